//! Questions about field types that the expansion needs answered from syntax alone.

use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// `T` of `Option<T>` (also spelled `std::option::Option<T>` or `core::option::Option<T>`).
pub fn option_inner(ty: &Type) -> Option<&Type> {
    single_generic_argument(ty, "Option", &["std", "core"])
}

/// `T` of `Nullable<T>`, under any path (`callparty::Nullable<T>`, or through the path of
/// `#[api(crate = "...")]`): the name is the runtime's, and no standard type has it.
pub fn nullable_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    let last = path.path.segments.last().filter(|_| path.qself.is_none())?;
    (last.ident == "Nullable").then(|| only_type_argument(last))?
}

/// How a field's value is read, which decides whether a `Cow<str>` borrows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Borrow {
    /// Through the type's own `Deserialize` impl; `&'a str` borrows that way already.
    None,
    /// A `Cow<'a, str>` with `#[api(borrow)]`, whose own impl always copies: read through a
    /// seed that borrows.
    CowStr,
    /// An `Option<Cow<'a, str>>` with `#[api(borrow)]`.
    OptionCowStr,
}

/// How a field of type `ty` is read; `explicit` is whether it has `#[api(borrow)]`. Without
/// it a `Cow` is read by its own impl, so that a type named `Cow` that is not
/// `std::borrow::Cow` keeps its own meaning; with it, the user says that it is one.
pub fn borrow_of(ty: &Type, explicit: bool) -> Borrow {
    if !explicit {
        return Borrow::None;
    }
    match option_inner(ty) {
        Some(inner) if is_cow_str(inner) => Borrow::OptionCowStr,
        Some(_) => Borrow::None,
        None if is_cow_str(ty) => Borrow::CowStr,
        None => Borrow::None,
    }
}

/// `Cow<'a, str>` under any path: only asked of fields marked `#[api(borrow)]`.
fn is_cow_str(ty: &Type) -> bool {
    let Type::Path(path) = ungroup(ty) else {
        return false;
    };
    let Some(segment) = path.path.segments.last().filter(|_| path.qself.is_none()) else {
        return false;
    };
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return false;
    };
    let mut arguments = arguments.args.iter();
    segment.ident == "Cow"
        && matches!(
            (arguments.next(), arguments.next(), arguments.next()),
            (Some(GenericArgument::Lifetime(_)), Some(GenericArgument::Type(Type::Path(target))), None)
                if target.qself.is_none() && target.path.is_ident("str")
        )
}

/// The lifetimes of `&'a str` and `&'a [u8]` in `ty`, which borrow from the input without
/// being asked to, as in serde; nothing inside `PhantomData`.
pub fn implicitly_borrowed(ty: &Type) -> Vec<syn::Lifetime> {
    let mut found = Vec::new();
    each_type(ty, &mut |ty| {
        if let Type::Reference(reference) = ty {
            let elem = ungroup(&reference.elem);
            let borrows = match elem {
                Type::Path(path) => path.qself.is_none() && path.path.is_ident("str"),
                Type::Slice(slice) => {
                    matches!(ungroup(&slice.elem), Type::Path(path) if path.path.is_ident("u8"))
                }
                _ => false,
            };
            if let Some(lifetime) = reference.lifetime.as_ref().filter(|_| borrows) {
                push_new(&mut found, lifetime);
            }
        }
    });
    found
}

/// Every lifetime written in `ty`, in order.
pub fn lifetimes(ty: &Type) -> Vec<syn::Lifetime> {
    fn walk(tokens: TokenStream, found: &mut Vec<syn::Lifetime>) {
        let mut after_tick: Option<proc_macro2::Span> = None;
        for token in tokens {
            match &token {
                TokenTree::Ident(ident) if after_tick.is_some() => {
                    let lifetime = syn::Lifetime {
                        apostrophe: after_tick.unwrap_or_else(proc_macro2::Span::call_site),
                        ident: ident.clone(),
                    };
                    push_new(found, &lifetime);
                }
                TokenTree::Group(group) => walk(group.stream(), found),
                _ => {}
            }
            after_tick = match &token {
                TokenTree::Punct(punct) if punct.as_char() == '\'' => Some(punct.span()),
                _ => None,
            };
        }
    }
    let mut found = Vec::new();
    walk(ty.to_token_stream(), &mut found);
    found
}

fn push_new(found: &mut Vec<syn::Lifetime>, lifetime: &syn::Lifetime) {
    if !found.iter().any(|known| known.ident == lifetime.ident) {
        found.push(lifetime.clone());
    }
}

/// What a field type asks of the generic parameters for a trait bound, as serde_derive
/// infers it: the parameters it holds as values (`T` in `Vec<T>`), and the associated types
/// it names (`R::Id`, `<T as Trait>::Out`), which are bounded themselves. Nothing inside
/// `PhantomData`, which is `Serialize` and `Deserialize` whatever it holds, nor inside a
/// type macro.
pub struct Uses<'a> {
    pub params: Vec<&'a syn::Ident>,
    pub associated: Vec<&'a Type>,
}

pub fn uses<'a>(ty: &'a Type, params: &[&'a syn::Ident]) -> Uses<'a> {
    let mut uses = Uses {
        params: Vec::new(),
        associated: Vec::new(),
    };
    each_type(ty, &mut |ty| {
        let Type::Path(path) = ty else { return };
        let first = path.path.segments.first().map(|segment| &segment.ident);
        let param = params.iter().find(|param| Some(**param) == first);
        let associated = match (&path.qself, param) {
            (Some(qself), _) => params.iter().any(|param| mentions_ident(&qself.ty, param)),
            (None, Some(_)) => path.path.segments.len() > 1,
            (None, None) => false,
        };
        if associated {
            if !uses.associated.iter().any(|known| same_type(known, ty)) {
                uses.associated.push(ty);
            }
        } else if let Some(param) =
            param.filter(|param| path.path.segments.len() == 1 && !uses.params.contains(param))
        {
            uses.params.push(param);
        }
    });
    uses
}

/// Whether `a` and `b` are written the same way (syn's types have no `PartialEq` in the
/// features this crate takes).
pub fn same_type(a: &Type, b: &Type) -> bool {
    a.to_token_stream().to_string() == b.to_token_stream().to_string()
}

/// Calls `visit` on `ty` and each type inside it, except inside `PhantomData` and type
/// macros and below an associated type (whose parts are not values of the field).
fn each_type<'a>(ty: &'a Type, visit: &mut impl FnMut(&'a Type)) {
    let ty = ungroup(ty);
    visit(ty);
    match ty {
        Type::Array(array) => each_type(&array.elem, visit),
        Type::Slice(slice) => each_type(&slice.elem, visit),
        Type::Paren(paren) => each_type(&paren.elem, visit),
        Type::Reference(reference) => each_type(&reference.elem, visit),
        Type::Ptr(pointer) => each_type(&pointer.elem, visit),
        Type::Tuple(tuple) => tuple.elems.iter().for_each(|elem| each_type(elem, visit)),
        Type::Path(path) if path.qself.is_none() => {
            for segment in &path.path.segments {
                if segment.ident == "PhantomData" {
                    return;
                }
                if let PathArguments::AngleBracketed(arguments) = &segment.arguments {
                    for argument in &arguments.args {
                        match argument {
                            GenericArgument::Type(ty) => each_type(ty, visit),
                            GenericArgument::AssocType(assoc) => each_type(&assoc.ty, visit),
                            _ => {}
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

fn single_generic_argument<'a>(ty: &'a Type, name: &str, roots: &[&str]) -> Option<&'a Type> {
    only_type_argument(last_segment(ty, name, roots)?)
}

/// `T` of a segment `Name<T>`.
fn only_type_argument(segment: &syn::PathSegment) -> Option<&Type> {
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

/// Whether `ty` is spelled as a std scalar or `String`: a value read by one call into the
/// format, with nothing nested to inline behind it. Decided on the spelling only, for a
/// choice of code placement: a type of the user's own with one of these names is read the
/// same way, only inlined.
pub fn is_scalar_or_string(ty: &Type) -> bool {
    const NAMES: &[&str] = &[
        "String", "bool", "char", "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8",
        "u16", "u32", "u64", "u128", "usize",
    ];
    NAMES.iter().any(|name| is_named(ty, name))
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
    fn tells_scalars_and_strings_from_types_that_nest() {
        for ty in [
            parse_quote!(String),
            parse_quote!(std::string::String),
            parse_quote!(bool),
            parse_quote!(i64),
            parse_quote!(f64),
        ] {
            assert!(is_scalar_or_string(&ty), "{}", display(&ty));
        }
        for ty in [
            parse_quote!(Vec<String>),
            parse_quote!(Option<String>),
            parse_quote!(Cow<'a, str>),
            parse_quote!(&'a str),
            parse_quote!(PeerInfo),
            parse_quote!(CallStatusInfoCode),
        ] {
            assert!(!is_scalar_or_string(&ty), "{}", display(&ty));
        }
    }

    #[test]
    fn finds_nullable_under_any_path() {
        for ty in [
            parse_quote!(Nullable<String>),
            parse_quote!(callparty::Nullable<String>),
            parse_quote!(::rt::Nullable<String>),
        ] {
            assert_eq!(nullable_inner(&ty).map(display).as_deref(), Some("String"));
        }
        for ty in [
            parse_quote!(Option<String>),
            parse_quote!(Nullable),
            parse_quote!(Nullable<String, u8>),
            parse_quote!(<T as Tr>::Nullable<String>),
        ] {
            assert!(nullable_inner(&ty).is_none(), "{}", display(&ty));
        }
    }

    #[test]
    fn a_cow_borrows_only_when_asked() {
        for explicit in [false, true] {
            let expected = |borrow| if explicit { borrow } else { Borrow::None };
            let cases: Vec<(Type, Borrow)> = vec![
                (parse_quote!(Cow<'a, str>), expected(Borrow::CowStr)),
                (
                    parse_quote!(std::borrow::Cow<'a, str>),
                    expected(Borrow::CowStr),
                ),
                (parse_quote!(my::Cow<'a, str>), expected(Borrow::CowStr)),
                (
                    parse_quote!(Option<Cow<'a, str>>),
                    expected(Borrow::OptionCowStr),
                ),
                (parse_quote!(Cow<'a, [u8]>), Borrow::None),
                (parse_quote!(&'a str), Borrow::None),
            ];
            for (ty, borrow) in cases {
                assert_eq!(borrow_of(&ty, explicit), borrow, "{}", display(&ty));
            }
        }
    }

    #[test]
    fn str_and_byte_references_borrow_implicitly() {
        let cases: Vec<(Type, Vec<&str>)> = vec![
            (parse_quote!(&'a str), vec!["a"]),
            (parse_quote!(&'static [u8]), vec!["static"]),
            (
                parse_quote!(Option<Vec<(&'a str, &'b [u8])>>),
                vec!["a", "b"],
            ),
            (parse_quote!(Cow<'a, str>), vec![]),
            (parse_quote!(&'a String), vec![]),
            (parse_quote!(PhantomData<&'a str>), vec![]),
            (parse_quote!(&'a [u16]), vec![]),
        ];
        for (ty, expected) in cases {
            let found: Vec<String> = implicitly_borrowed(&ty)
                .iter()
                .map(|lifetime| lifetime.ident.to_string())
                .collect();
            assert_eq!(found, expected, "{}", display(&ty));
        }
        let all: Vec<String> = lifetimes(&parse_quote!(Vec<(Cow<'a, str>, &'b T, &'a u8)>))
            .iter()
            .map(|lifetime| lifetime.ident.to_string())
            .collect();
        assert_eq!(all, ["a", "b"]);
    }

    #[test]
    fn tells_the_parameters_and_associated_types_a_field_uses() {
        let t: syn::Ident = parse_quote!(T);
        let r: syn::Ident = parse_quote!(R);
        let params = [&t, &r];
        let cases: Vec<(Type, &str, &str)> = vec![
            (parse_quote!(Vec<T>), "T", ""),
            (parse_quote!(R::Id), "", "R :: Id"),
            (parse_quote!(Option<Vec<R::Id>>), "", "R :: Id"),
            (
                parse_quote!(<T as Iterator>::Item),
                "",
                "< T as Iterator > :: Item",
            ),
            (parse_quote!(PhantomData<T>), "", ""),
            (parse_quote!(std::marker::PhantomData<(T, R)>), "", ""),
            (parse_quote!(HashMap<String, (T, [R; 2])>), "T R", ""),
            (parse_quote!(my::T), "", ""),
            (parse_quote!(T!()), "", ""),
        ];
        for (ty, expected_params, expected_associated) in cases {
            let found = uses(&ty, &params);
            let params: Vec<String> = found.params.iter().map(ToString::to_string).collect();
            let associated: Vec<String> = found
                .associated
                .iter()
                .map(|ty| ty.to_token_stream().to_string())
                .collect();
            assert_eq!(params.join(" "), expected_params, "{}", display(&ty));
            assert_eq!(
                associated.join(", "),
                expected_associated,
                "{}",
                display(&ty)
            );
        }
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
