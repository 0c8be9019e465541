//! Questions about field types that the expansion needs answered from syntax alone.

use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// `T` of `Option<T>` (also spelled `std::option::Option<T>` or `core::option::Option<T>`).
pub fn option_inner(ty: &Type) -> Option<&Type> {
    single_generic_argument(ty, "Option", &["std", "core"])
}

/// How a field borrows from the input, which decides how it is read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Borrow {
    /// Read through the type's own `Deserialize` impl; `&'a str` borrows that way already.
    None,
    /// `Cow<'a, str>`, whose own impl always copies: read through a seed that borrows.
    CowStr,
    /// `Option<Cow<'a, str>>`.
    OptionCowStr,
}

pub fn borrow_of(ty: &Type) -> Borrow {
    match option_inner(ty) {
        Some(inner) if is_cow_str(inner) => Borrow::OptionCowStr,
        Some(_) => Borrow::None,
        None if is_cow_str(ty) => Borrow::CowStr,
        None => Borrow::None,
    }
}

fn is_cow_str(ty: &Type) -> bool {
    let Some(segment) = last_segment(ty, "Cow", &["std", "alloc", "borrow"]) else {
        return false;
    };
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return false;
    };
    let mut arguments = arguments.args.iter();
    matches!(
        (arguments.next(), arguments.next(), arguments.next()),
        (Some(GenericArgument::Lifetime(_)), Some(GenericArgument::Type(Type::Path(target))), None)
            if target.qself.is_none() && target.path.is_ident("str")
    )
}

fn single_generic_argument<'a>(ty: &'a Type, name: &str, roots: &[&str]) -> Option<&'a Type> {
    let segment = last_segment(ty, name, roots)?;
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match (arguments.args.len(), arguments.args.first()) {
        (1, Some(GenericArgument::Type(inner))) => Some(inner),
        _ => None,
    }
}

/// The last segment of a plain path type named `name`, written bare or under one of `roots`.
fn last_segment<'a>(ty: &'a Type, name: &str, roots: &[&str]) -> Option<&'a syn::PathSegment> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    if last.ident != name {
        return None;
    }
    let prefix_ok = segments.len() == 1
        || segments
            .first()
            .is_some_and(|first| roots.iter().any(|root| first.ident == root));
    prefix_ok.then_some(last)
}

/// Whether `ty` is a plain path naming `name` in its last segment, under any prefix and
/// without generic arguments: `UnknownValue`, `callparty::UnknownValue`.
pub fn is_named(ty: &Type, name: &str) -> bool {
    let Type::Path(path) = ungroup(ty) else {
        return false;
    };
    path.qself.is_none()
        && path
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == name && matches!(last.arguments, PathArguments::None))
}

/// `ty` with every `Self` replaced by `with`: a field type as seen from code outside the
/// model's own impls, such as the visitor that reads it (`Vec<Self>` is `Vec<Tree>` there).
pub fn replace_self(ty: &Type, with: &TokenStream) -> Type {
    fn walk(tokens: TokenStream, with: &TokenStream) -> TokenStream {
        tokens
            .into_iter()
            .flat_map(|token| match token {
                TokenTree::Ident(ident) if ident == "Self" => with.clone(),
                TokenTree::Group(group) => {
                    let mut replaced = Group::new(group.delimiter(), walk(group.stream(), with));
                    replaced.set_span(group.span());
                    TokenTree::Group(replaced).into()
                }
                other => other.into(),
            })
            .collect()
    }
    if !mentions_self(ty) {
        return ty.clone();
    }
    Type::Verbatim(walk(ty.to_token_stream(), with))
}

fn mentions_self(ty: &Type) -> bool {
    fn walk(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => ident == "Self",
            TokenTree::Group(group) => walk(group.stream()),
            _ => false,
        })
    }
    walk(ty.to_token_stream())
}

/// Types that come out of `macro_rules!` arrive wrapped in invisible groups.
fn ungroup(mut ty: &Type) -> &Type {
    while let Type::Group(group) = ty {
        ty = &group.elem;
    }
    ty
}

/// The type as written, with whitespace normalised: `Vec<RecordingInfo>`, `&'a str`,
/// `HashMap<String, Vec<u8>>`, `[u8; 4]`.
pub fn display(ty: &Type) -> String {
    let mut out = String::new();
    write_tokens(ty.to_token_stream(), &mut out);
    out
}

fn write_tokens(tokens: TokenStream, out: &mut String) {
    let mut previous_was_word = false;
    let mut previous_was_lifetime_tick = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                // `<Vec<T> as Trait>`: a word after closing generics stands apart.
                if (previous_was_word && !previous_was_lifetime_tick) || out.ends_with('>') {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                previous_was_word = true;
                previous_was_lifetime_tick = false;
            }
            TokenTree::Literal(literal) => {
                if previous_was_word {
                    out.push(' ');
                }
                out.push_str(&literal.to_string());
                previous_was_word = true;
                previous_was_lifetime_tick = false;
            }
            TokenTree::Punct(punct) => {
                let ch = punct.as_char();
                match ch {
                    ',' | ';' => out.push_str(&format!("{ch} ")),
                    '=' | '+' if punct.spacing() == Spacing::Alone => {
                        trim_trailing_space(out);
                        out.push_str(&format!(" {ch} "));
                    }
                    '>' if out.ends_with('-') => {
                        out.pop();
                        trim_trailing_space(out);
                        out.push_str(" -> ");
                    }
                    _ => {
                        if ch == '\'' && previous_was_word {
                            out.push(' ');
                        }
                        out.push(ch);
                    }
                }
                previous_was_lifetime_tick = ch == '\'';
                previous_was_word = false;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if previous_was_word && group.delimiter() == Delimiter::Parenthesis {
                    // `Fn(u8)` keeps the call form; `dyn (Trait)` is too rare to special-case.
                }
                out.push_str(open);
                write_tokens(group.stream(), out);
                trim_trailing_space(out);
                out.push_str(close);
                previous_was_word = group.delimiter() == Delimiter::None;
                previous_was_lifetime_tick = false;
            }
        }
    }
    trim_trailing_space(out);
}

fn trim_trailing_space(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

/// Whether `ident` occurs anywhere in `ty`, e.g. to tell which type parameters a field uses.
pub fn mentions_ident(ty: &Type, ident: &syn::Ident) -> bool {
    fn walk(tokens: TokenStream, ident: &syn::Ident) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(found) => found == *ident,
            TokenTree::Group(group) => walk(group.stream(), ident),
            _ => false,
        })
    }
    walk(ty.to_token_stream(), ident)
}

/// Whether the lifetime `'name` occurs in `ty`.
pub fn mentions_lifetime(ty: &Type, lifetime: &syn::Lifetime) -> bool {
    fn walk(tokens: TokenStream, name: &syn::Ident) -> bool {
        let mut after_tick = false;
        for token in tokens {
            let found = match &token {
                TokenTree::Ident(ident) => after_tick && ident == name,
                TokenTree::Group(group) => walk(group.stream(), name),
                TokenTree::Punct(_) | TokenTree::Literal(_) => false,
            };
            if found {
                return true;
            }
            after_tick = matches!(&token, TokenTree::Punct(punct) if punct.as_char() == '\'');
        }
        false
    }
    walk(ty.to_token_stream(), &lifetime.ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn finds_option_in_every_spelling() {
        for ty in [
            parse_quote!(Option<String>),
            parse_quote!(std::option::Option<String>),
            parse_quote!(::core::option::Option<String>),
        ] {
            assert_eq!(option_inner(&ty).map(display).as_deref(), Some("String"));
        }
        for ty in [
            parse_quote!(Vec<String>),
            parse_quote!(my::Option<String>),
            parse_quote!(Option),
            parse_quote!(Option<String, u8>),
        ] {
            assert!(option_inner(&ty).is_none(), "{}", display(&ty));
        }
    }

    #[test]
    fn tells_borrowed_fields() {
        assert_eq!(borrow_of(&parse_quote!(Cow<'a, str>)), Borrow::CowStr);
        assert_eq!(
            borrow_of(&parse_quote!(std::borrow::Cow<'a, str>)),
            Borrow::CowStr
        );
        assert_eq!(
            borrow_of(&parse_quote!(Option<Cow<'a, str>>)),
            Borrow::OptionCowStr
        );
        assert_eq!(borrow_of(&parse_quote!(Cow<'a, [u8]>)), Borrow::None);
        assert_eq!(borrow_of(&parse_quote!(&'a str)), Borrow::None);
    }

    #[test]
    fn displays_types_as_written() {
        let cases: Vec<(Type, &str)> = vec![
            (parse_quote!(Vec<RecordingInfo>), "Vec<RecordingInfo>"),
            (parse_quote!(Vec<RecordingInfo>), "Vec<RecordingInfo>"),
            (parse_quote!(&'a str), "&'a str"),
            (parse_quote!(&'a mut Vec<u8>), "&'a mut Vec<u8>"),
            (
                parse_quote!(HashMap<String,Vec<u8>>),
                "HashMap<String, Vec<u8>>",
            ),
            (parse_quote!([u8; 4]), "[u8; 4]"),
            (parse_quote!(Cow<'a, str>), "Cow<'a, str>"),
            (
                parse_quote!(::std::option::Option<T>),
                "::std::option::Option<T>",
            ),
            (
                parse_quote!(Box<dyn Fn(u8) -> u8 + Send>),
                "Box<dyn Fn(u8) -> u8 + Send>",
            ),
            (parse_quote!((u8, String)), "(u8, String)"),
            (parse_quote!(<T as Trait>::Output), "<T as Trait>::Output"),
            (
                parse_quote!(<Vec<T> as IntoIterator>::Item),
                "<Vec<T> as IntoIterator>::Item",
            ),
            (
                parse_quote!(Box<dyn Fn(Vec<u8>) -> Vec<u8>>),
                "Box<dyn Fn(Vec<u8>) -> Vec<u8>>",
            ),
            (
                parse_quote!(Box<dyn Iterator<Item = u8>>),
                "Box<dyn Iterator<Item = u8>>",
            ),
        ];
        for (ty, want) in cases {
            assert_eq!(display(&ty), want);
        }
    }

    #[test]
    fn replaces_self_everywhere_in_a_type() {
        let with = quote::quote!(Tree<T>);
        let cases: Vec<(Type, &str)> = vec![
            (parse_quote!(Vec<Self>), "Vec<Tree<T>>"),
            (
                parse_quote!(Option<(Box<Self>, [Self; 2])>),
                "Option<(Box<Tree<T>>, [Tree<T>; 2])>",
            ),
            (
                parse_quote!(<Self as Trait>::Out),
                "<Tree<T> as Trait>::Out",
            ),
            (parse_quote!(SelfLike), "SelfLike"),
        ];
        for (ty, want) in cases {
            assert_eq!(display(&replace_self(&ty, &with)), want);
        }
    }

    #[test]
    fn tells_a_type_by_its_last_name() {
        for ty in [
            parse_quote!(UnknownValue),
            parse_quote!(callparty::UnknownValue),
            parse_quote!(::callparty::UnknownValue),
            parse_quote!(crate::rt::UnknownValue),
        ] {
            assert!(is_named(&ty, "UnknownValue"), "{}", display(&ty));
        }
        for ty in [
            parse_quote!(String),
            parse_quote!(UnknownValue<u8>),
            parse_quote!(<T as X>::UnknownValue),
            parse_quote!(&UnknownValue),
            parse_quote!(UnknownValue::Inner),
        ] {
            assert!(!is_named(&ty, "UnknownValue"), "{}", display(&ty));
        }
    }

    #[test]
    fn finds_parameters_and_lifetimes() {
        let ty: Type = parse_quote!(Vec<(T, &'a str)>);
        assert!(mentions_ident(&ty, &parse_quote!(T)));
        assert!(!mentions_ident(&ty, &parse_quote!(U)));
        assert!(mentions_lifetime(&ty, &parse_quote!('a)));
        assert!(!mentions_lifetime(&ty, &parse_quote!('b)));
        let named_a: Type = parse_quote!(Vec<a>);
        assert!(!mentions_lifetime(&named_a, &parse_quote!('a)));
    }
}
