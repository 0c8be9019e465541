//! The checks of a union: its form against its variants' shapes and keys, its `other`
//! variant, and names that collide.

use syn::Fields;

use super::{Kept, no_effect, others, reject_collisions};
use crate::ast::{Form, Held, Union, UnionVariant};
use crate::attr::Key;
use crate::errors::Diagnostics;

const UNKNOWN_VARIANT: Kept = Kept {
    what: "variant",
    ty: "UnknownVariant",
};

pub fn union(union: &Union, errors: &mut Diagnostics) {
    if let (Some(tag), Some(untagged)) = (
        union.written.span(Key::Tag),
        union.written.span(Key::Untagged),
    ) {
        errors.at(
            untagged,
            "`untagged` picks the variant by the kind of the value, `tag` by a field; use one",
        );
        errors.at(tag, "the `tag` is here");
    }
    for variant in &union.variants {
        shape(union, variant, errors);
    }
    others(&union.others, &UNKNOWN_VARIANT, errors);
    match &union.form {
        // The names and the form may not be the ones meant.
        _ if union.attrs_failed => {}
        Form::OneKey => reject_collisions(names(union), "key", errors),
        Form::Tagged(_) => reject_collisions(names(union), "tag value", errors),
        Form::ByKind => by_kind(union, errors),
    }
    // Variants are numbered with a `u16` in the generated code.
    if let Some(variant) = union.variants.get(usize::from(u16::MAX)) {
        errors.spanned(
            &variant.original.ident,
            format_args!("a union has at most {} variants", u16::MAX),
        );
    }
}

/// A variant holds one value, or nothing where a tag or `null` can stand for it.
fn shape(union: &Union, variant: &UnionVariant, errors: &mut Diagnostics) {
    let original = variant.original;
    let name = crate::ast::unraw(&original.ident);
    match (variant.held, &union.form) {
        (Held::One(_), _) | (Held::Nothing, Form::Tagged(_) | Form::ByKind) => {}
        (Held::Nothing, Form::OneKey) if union.attrs_failed => {}
        (Held::Nothing, Form::OneKey) => errors.spanned(
            &original.ident,
            format_args!(
                "`{name}` holds nothing, but in the one-key form the key's value is the variant's: hold one, as in `{name}(T)`, or pick variants by a field with `#[api(tag = \"...\")]`"
            ),
        ),
        (Held::Unsupported, _) => {
            let found = match &original.fields {
                Fields::Named(_) => "is a struct variant".to_owned(),
                Fields::Unnamed(fields) => format!("holds {} fields", fields.unnamed.len()),
                Fields::Unit => "holds nothing".to_owned(),
            };
            errors.spanned(
                &original.fields,
                format_args!(
                    "`{name}` {found}, but a union variant holds one value, as in `{name}(T)`; make a model of its fields"
                ),
            );
        }
    }
}

/// The by-kind form: the kind of a variant's value is its name, so names given by hand have
/// no effect, and every value has a variant, so none is unknown.
fn by_kind(union: &Union, errors: &mut Diagnostics) {
    no_effect(
        &union.written,
        &[Key::RenameAll],
        "an `untagged` union, whose variants are picked by the kind of their value",
        errors,
    );
    for variant in &union.variants {
        no_effect(
            &variant.written,
            &[Key::Rename, Key::Alias],
            "a variant of an `untagged` union, which is picked by the kind of its value",
            errors,
        );
    }
    for other in &union.others {
        errors.at(
            other.span,
            "`other` is not allowed in an `untagged` union: a value is picked by its kind, and no kind is unknown",
        );
    }
}

fn names<'u>(union: &'u Union) -> impl Iterator<Item = &'u crate::attr::Name> {
    union.variants.iter().flat_map(UnionVariant::names)
}

#[cfg(test)]
mod tests {
    use syn::{DeriveInput, parse_quote};

    use crate::ast::Union;
    use crate::errors::Diagnostics;

    fn union_errors(input: DeriveInput) -> Vec<String> {
        let mut errors = Diagnostics::default();
        let union = Union::from_syn(&input, &mut errors);
        super::union(&union, &mut errors);
        match errors.finish() {
            Ok(()) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn valid_unions_of_every_form_pass() {
        for input in [
            parse_quote! {
                enum Target { PhoneNumber(String), #[api(alias = "ext")] ExtensionId(String), #[api(other)] Unknown(UnknownVariant) }
            },
            parse_quote! {
                #[api(tag = "kind", rename_all = "snake_case")]
                enum Event { Created(Created), Ping, #[api(other)] Unknown(callparty::UnknownVariant) }
            },
            parse_quote! {
                #[api(untagged)]
                enum CustomerRef { Id(String), Customer(Customer), Nothing }
            },
        ] {
            let errors = union_errors(input);
            assert!(errors.is_empty(), "{errors:?}");
        }
    }

    #[test]
    fn tag_values_collide_with_aliases() {
        let errors = union_errors(parse_quote! {
            #[api(tag = "kind")]
            enum Event { Created(Created), #[api(alias = "Created")] New(Created) }
        });
        assert_eq!(
            errors,
            [
                "tag value \"Created\" is used twice",
                "tag value \"Created\" is first used here"
            ]
        );
    }

    #[test]
    fn names_by_hand_have_no_effect_in_the_by_kind_form() {
        let errors = union_errors(parse_quote! {
            #[api(untagged, rename_all = "camelCase")]
            enum CustomerRef { #[api(rename = "id", alias = "ident")] Id(String) }
        });
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("`rename_all` has no effect on an `untagged` union"));
        assert!(errors[1].starts_with("`rename` has no effect on a variant of an `untagged`"));
        assert!(errors[2].starts_with("`alias` has no effect on a variant of an `untagged`"));
    }

    #[test]
    fn every_wrong_shape_is_reported() {
        let errors = union_errors(parse_quote! {
            enum Target { A(), B(u8, u8), C { x: u8 }, D, E(u8) }
        });
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].starts_with("`A` holds 0 fields"));
        assert!(errors[1].starts_with("`B` holds 2 fields"));
        assert!(errors[2].starts_with("`C` is a struct variant"));
        assert!(errors[3].starts_with("`D` holds nothing, but in the one-key form"));
    }
}
