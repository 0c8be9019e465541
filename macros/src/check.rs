//! Checks of the finished IR, before any code is generated. Every problem is reported, at
//! the user's tokens.
//!
//! Where a check goes:
//! - A check of one key alone (is it known at its site, is it written once, is its value of
//!   the right form) happens while `attr.rs` parses that key.
//! - A check of the item's shape without which there is no IR to fill (`ApiModel` on an enum)
//!   happens while `ast.rs` builds it.
//! - Every check that relates several things happens here: keys that do not go together, on
//!   one item or on several (two `extra` fields), names that collide after renaming, a key
//!   and the type or the shape it stands on.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::Fields;

use crate::ast::{Enum, Field, FieldKind, Model, Other, UnknownKeys, Variant, Wrapper};

mod union;

use crate::attr::{Key, Name, Written};
use crate::errors::Diagnostics;
pub use union::union;

pub fn model(model: &Model, errors: &mut Diagnostics) {
    let mut first_extra: Option<Span> = None;
    for field in &model.fields {
        match field.kind {
            FieldKind::Skipped => {
                // `default` is not here: it fills the field, as in serde.
                let mut keys = vec![
                    Key::Rename,
                    Key::Alias,
                    Key::Extra,
                    Key::Borrow,
                    Key::Required,
                    Key::With,
                    Key::SerializeWith,
                    Key::DeserializeWith,
                ];
                // Without `skip`, the two together are what skips the field.
                if field.written.span(Key::Skip).is_some() {
                    keys.extend([Key::SkipSerializing, Key::SkipDeserializing]);
                }
                no_effect(
                    &field.written,
                    &keys,
                    "a `skip` field, which is never read or written",
                    errors,
                );
            }
            FieldKind::Extra => extra_field(model, field, &mut first_extra, errors),
            FieldKind::Flattened => flattened(field, errors),
            FieldKind::Required
            | FieldKind::Optional
            | FieldKind::RequiredNullable
            | FieldKind::Defaulted => {
                if field.kind == FieldKind::RequiredNullable {
                    required(field, errors);
                }
                if !field.deserialized {
                    no_effect(
                        &field.written,
                        &[Key::Alias, Key::Borrow, Key::Required, Key::DeserializeWith],
                        "a `skip_deserializing` field, which is never read",
                        errors,
                    );
                }
                if !field.serialized {
                    no_effect(
                        &field.written,
                        &[Key::SerializeWith],
                        "a `skip_serializing` field, which is never written",
                        errors,
                    );
                }
                functions(field, errors);
                borrow(field, errors);
                empty_wire_name(field, errors);
            }
        }
    }
    if model.newtype.is_some() {
        newtype(model, errors);
    }
    packed(model, errors);
    let names = model.declared_fields().flat_map(Field::names);
    reject_collisions(names, "field wire name", errors);
    // Decoded keys carry a `u16` field index.
    if let Some(field) = model.declared_fields().nth(usize::from(u16::MAX)) {
        errors.spanned(
            field.member,
            format_args!("a model reads at most {} fields", u16::MAX),
        );
    }
}

/// The `#[api(extra)]` field: the only one, in a model that does not deny unknown keys, with
/// no key that names it on the wire, and a map rather than an `Option`.
fn extra_field(
    model: &Model,
    field: &Field,
    first_extra: &mut Option<Span>,
    errors: &mut Diagnostics,
) {
    let Some(extra) = field.written.span(Key::Extra) else {
        return;
    };
    if let Some(first) = *first_extra {
        errors.at(extra, "only one field can be `#[api(extra)]`");
        errors.at(first, "the first `#[api(extra)]` field is here");
    }
    first_extra.get_or_insert(extra);
    if let UnknownKeys::Deny(deny) = model.unknown_keys {
        errors.at(deny, "`deny_unknown_fields` rejects the keys that the `#[api(extra)]` field keeps; use one or the other");
        errors.at(extra, "the `#[api(extra)]` field is here");
    }
    no_effect(
        &field.written,
        OWN_VALUE_KEYS,
        "the `extra` field, whose entries keep their own keys",
        errors,
    );
    let wrapper = match field.wrapper {
        Wrapper::Plain => return,
        Wrapper::Option => "Option",
        Wrapper::Nullable => "Nullable",
    };
    errors.at(
        field.ty_span(),
        format_args!(
            "the `extra` field is a map, not an `{wrapper}`: an empty map means no extra fields"
        ),
    );
}

/// The keys about a field's own key and value, which an `extra` or `flatten` field does not
/// have: its entries keep their own keys.
const OWN_VALUE_KEYS: &[Key] = &[
    Key::Rename,
    Key::Alias,
    Key::Default,
    Key::Borrow,
    Key::Required,
    Key::SkipSerializing,
    Key::SkipDeserializing,
    Key::With,
    Key::SerializeWith,
    Key::DeserializeWith,
];

/// `#[api(flatten)]`: a model's keys go into this model's map, so no key names the field,
/// and it is read and written like the model it holds.
fn flattened(field: &Field, errors: &mut Diagnostics) {
    no_effect(
        &field.written,
        OWN_VALUE_KEYS,
        "a `flatten` field, whose model's fields keep their own names",
        errors,
    );
    if field.wrapper != Wrapper::Plain {
        errors.spanned(
            field.ty(),
            format_args!(
                "`flatten` needs a model, not `{}`: the flattened model's own fields say which \
                 of its keys may be missing",
                crate::ty::display(field.ty())
            ),
        );
    }
}

/// A newtype model is its field's value on the wire: no key of the field, and none of the
/// container's that are about named fields.
fn newtype(model: &Model, errors: &mut Diagnostics) {
    no_effect(
        &model.written,
        &[Key::RenameAll, Key::DenyUnknownFields, Key::WriteNone],
        "a newtype model, which is its field's value on the wire",
        errors,
    );
    for (key, span) in model
        .newtype
        .iter()
        .flat_map(|newtype| newtype.written.all())
    {
        errors.at(
            span,
            format_args!(
                "`{}` has no effect on the field of a newtype model, which is the model's \
                 value on the wire",
                key.name()
            ),
        );
    }
}

/// `with` names both functions, so a `serialize_with` or `deserialize_with` beside it says one
/// of them twice.
fn functions(field: &Field, errors: &mut Diagnostics) {
    let Some(with) = field.written.span(Key::With) else {
        return;
    };
    for key in [Key::SerializeWith, Key::DeserializeWith] {
        if let Some(span) = field.written.span(key) {
            errors.at(
                span,
                format_args!(
                    "`{}` names a function that `with` already gives; keep one of the two",
                    key.name()
                ),
            );
            errors.at(with, "`with` is here");
        }
    }
}

/// `#[api(required)]`: on an `Option` or a `Nullable`, whose key it makes mandatory, and
/// without `default`, which would never be used.
fn required(field: &Field, errors: &mut Diagnostics) {
    if field.wrapper == Wrapper::Plain
        && let Some(span) = field.written.span(Key::Required)
    {
        errors.at(
            span,
            format_args!(
                "`required` makes the key of an `Option<T>` or `Nullable<T>` field mandatory, \
                 with `null` allowed; a field of type `{}` is required already",
                crate::ty::display(field.ty())
            ),
        );
    }
    no_effect(
        &field.written,
        &[Key::Default],
        "a `required` field, whose key is never missing",
        errors,
    );
}

/// A name made of underscores (`__`) has no wire name left once `r#`, one trailing `_` and the
/// rename rule have done their work; the user must give it one.
fn empty_wire_name(field: &Field, errors: &mut Diagnostics) {
    if field.wire.value.is_empty() && field.written.span(Key::Rename).is_none() {
        errors.spanned(
            field.member,
            format_args!(
                "the wire name of `{}` is empty: a field's name loses `r#` and one trailing `_`, \
                 then the rename rule drops underscores; name it with `#[api(rename = \"...\")]`",
                field.name
            ),
        );
    }
}

/// `#[repr(packed)]`: the generated code borrows each field, which a packed struct forbids.
fn packed(model: &Model, errors: &mut Diagnostics) {
    for attr in &model.original.attrs {
        if !attr.path().is_ident("repr") {
            continue;
        }
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("packed") {
                errors.spanned(
                    &meta.path,
                    "`ApiModel` cannot derive for a `#[repr(packed)]` struct: its code reads and \
                     writes each field through a reference, which a packed field cannot give; \
                     remove `packed`",
                );
            }
            if meta.input.peek(syn::token::Paren) {
                let _ = meta.input.parse::<proc_macro2::TokenTree>();
            }
            Ok(())
        });
    }
}

/// `#[api(borrow)]` names lifetimes of the field's type, and the type has one to borrow.
fn borrow(field: &Field, errors: &mut Diagnostics) {
    let Some(borrow) = &field.borrow_attr else {
        return;
    };
    let ty = crate::ty::display(field.ty());
    match &borrow.lifetimes {
        None if crate::ty::lifetimes(field.ty()).is_empty() => errors.at(
            borrow.span,
            format_args!("`borrow` needs a lifetime to borrow, and `{ty}` has none"),
        ),
        None => {}
        Some(listed) => {
            for lifetime in listed {
                if !crate::ty::mentions_lifetime(field.ty(), lifetime) {
                    errors.at(
                        lifetime.span(),
                        format_args!(
                            "`{lifetime}` is not a lifetime of `{ty}`, so it cannot be borrowed"
                        ),
                    );
                }
            }
        }
    }
}

/// An error at the first of each of `keys` that was written, which has no effect on `what`.
fn no_effect(written: &Written, keys: &[Key], what: &str, errors: &mut Diagnostics) {
    for key in keys {
        if let Some(span) = written.span(*key) {
            errors.at(
                span,
                format_args!("`{}` has no effect on {what}", key.name()),
            );
        }
    }
}

pub fn api_enum(api_enum: &Enum, errors: &mut Diagnostics) {
    for variant in &api_enum.variants {
        plain_value(variant, errors);
    }
    others(&api_enum.others, &UNKNOWN_VALUE, errors);
    let values = api_enum.variants.iter().flat_map(Variant::names);
    reject_collisions(values, "value", errors);
}

/// What an `#[api(other)]` variant keeps, as its messages say it.
struct Kept {
    /// `value` or `variant`.
    what: &'static str,
    /// The type that holds it, under `callparty::`.
    ty: &'static str,
}

const UNKNOWN_VALUE: Kept = Kept {
    what: "value",
    ty: "UnknownValue",
};

/// The `#[api(other)]` variants: one at most, with no name of its own, holding exactly the
/// type that keeps what is unknown.
fn others(others: &[Other], kept: &Kept, errors: &mut Diagnostics) {
    let Kept { what, ty } = kept;
    for (index, other) in others.iter().enumerate() {
        if let Some(first) = others.first().filter(|_| index > 0) {
            errors.at(other.span, "only one variant can be `#[api(other)]`");
            errors.at(first.span, "the first `#[api(other)]` variant is here");
        }
        let written = &other.written;
        for span in written.spans(Key::Rename).chain(written.spans(Key::Alias)) {
            errors.at(
                span,
                format_args!(
                    "the `other` variant holds unknown {what}s and has no {what} of its own"
                ),
            );
        }
    }
    let Some(other) = others.first() else {
        return;
    };
    let held = match &other.original.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed.first(),
        _ => None,
    };
    if let Some(held) = held.filter(|held| !crate::ty::is_named(&held.ty, ty)) {
        // Recognised by name, like `Option`: the generated code needs exactly this type.
        errors.spanned(
            &held.ty,
            format_args!(
                "the `#[api(other)]` variant holds the unknown {what} as a `callparty::{ty}`, not as `{}`",
                crate::ty::display(&held.ty)
            ),
        );
    }
    if held.is_none() {
        errors.at(
            other.original.ident.span(),
            format_args!(
                "the `#[api(other)]` variant holds the unknown {what}: write `{}(callparty::{ty})`",
                other.original.ident
            ),
        );
    }
}

/// A variant other than the `other` one is a plain value and holds no data.
fn plain_value(variant: &Variant, errors: &mut Diagnostics) {
    let original = variant.original;
    if !matches!(original.fields, Fields::Unit) {
        errors.spanned(
            &original.fields,
            format_args!(
                "`{}` carries data, but an `ApiEnum` variant is a plain value; only the one `#[api(other)]` variant holds data, as in `#[api(other)] Unknown(callparty::UnknownValue)`",
                crate::ast::unraw(&original.ident)
            ),
        );
    }
}

/// Names that resolve to the same string after rename rules: an error at both places.
fn reject_collisions<'a>(
    names: impl Iterator<Item = &'a Name>,
    what: &str,
    errors: &mut Diagnostics,
) {
    let mut seen: HashMap<&str, &Name> = HashMap::new();
    for name in names {
        match seen.get(name.value.as_str()) {
            Some(first) => {
                errors.at(
                    name.span,
                    format_args!("{what} \"{}\" is used twice", name.value),
                );
                errors.at(
                    first.span,
                    format_args!("{what} \"{}\" is first used here", name.value),
                );
            }
            None => {
                seen.insert(&name.value, name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::{Enum, Model};
    use crate::errors::Diagnostics;
    use syn::{DeriveInput, parse_quote};

    fn model_errors(input: DeriveInput) -> Vec<String> {
        let mut errors = Diagnostics::default();
        let model = Model::from_syn(&input, &mut errors);
        super::model(&model, &mut errors);
        messages(errors)
    }

    fn enum_errors(input: DeriveInput) -> Vec<String> {
        let mut errors = Diagnostics::default();
        let api_enum = Enum::from_syn(&input, &mut errors);
        super::api_enum(&api_enum, &mut errors);
        messages(errors)
    }

    fn messages(errors: Diagnostics) -> Vec<String> {
        match errors.finish() {
            Ok(()) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn a_valid_model_passes() {
        let errors = model_errors(parse_quote! {
            struct CallParty {
                id: Option<String>,
                #[api(rename = "from", alias = "source")]
                from_: Option<String>,
                #[api(skip)]
                cache: u8,
                #[api(extra)]
                extra: callparty::Extra,
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn wire_names_collide_after_renaming() {
        let errors = model_errors(parse_quote! {
            struct Twice { id: u8, id_: u8, #[api(rename = "id")] other: u8, #[api(alias = "other")] last: u8 }
        });
        assert_eq!(
            errors,
            [
                "field wire name \"id\" is used twice",
                "field wire name \"id\" is first used here",
                "field wire name \"id\" is used twice",
                "field wire name \"id\" is first used here",
            ]
        );
    }

    #[test]
    fn alias_against_a_renamed_field() {
        let errors = model_errors(parse_quote! {
            struct Alias { #[api(rename = "x")] a: u8, #[api(alias = "x")] b: u8 }
        });
        assert_eq!(errors.len(), 2, "{errors:?}");
    }

    #[test]
    fn extra_rules() {
        let errors = model_errors(parse_quote! {
            #[api(deny_unknown_fields)]
            struct Extra { #[api(extra)] a: Extra, #[api(extra, rename = "b")] b: Option<Extra> }
        });
        assert_eq!(
            errors,
            [
                "`deny_unknown_fields` rejects the keys that the `#[api(extra)]` field keeps; use one or the other",
                "the `#[api(extra)]` field is here",
                "only one field can be `#[api(extra)]`",
                "the first `#[api(extra)]` field is here",
                "`deny_unknown_fields` rejects the keys that the `#[api(extra)]` field keeps; use one or the other",
                "the `#[api(extra)]` field is here",
                "`rename` has no effect on the `extra` field, whose entries keep their own keys",
                "the `extra` field is a map, not an `Option`: an empty map means no extra fields",
            ]
        );
    }

    #[test]
    fn too_many_fields() {
        let fields = (0..=u16::MAX).map(|index| quote::format_ident!("f{index}"));
        let errors = model_errors(parse_quote!(struct Wide { #(#fields: u8),* }));
        assert_eq!(errors, ["a model reads at most 65535 fields"]);
    }

    #[test]
    fn skip_with_rename() {
        let errors = model_errors(parse_quote! {
            struct Skip { #[api(skip, rename = "x")] a: u8 }
        });
        assert_eq!(
            errors,
            ["`rename` has no effect on a `skip` field, which is never read or written"]
        );
    }

    #[test]
    fn wrong_shapes() {
        assert_eq!(
            model_errors(parse_quote!(
                struct Tuple(u8, u8);
            )),
            [
                "`ApiModel` needs a struct with named fields or a newtype of one field, and \
                 `Tuple` is a tuple struct of several fields"
            ]
        );
        assert!(
            model_errors(parse_quote!(
                struct Newtype(u8);
            ))
            .is_empty()
        );
        assert_eq!(
            enum_errors(parse_quote!(
                struct S {
                    a: u8,
                }
            )),
            ["`ApiEnum` needs an enum, and `S` is a struct; use `#[derive(ApiModel)]` for models"]
        );
    }

    #[test]
    fn the_other_variant_holds_an_unknown_value() {
        let errors = enum_errors(parse_quote! {
            enum E { A, #[api(other)] Unknown(String) }
        });
        assert_eq!(
            errors,
            [
                "the `#[api(other)]` variant holds the unknown value as a `callparty::UnknownValue`, not as `String`"
            ]
        );
        for valid in [
            parse_quote!(
                enum E {
                    A,
                    #[api(other)]
                    Unknown(UnknownValue),
                }
            ),
            parse_quote!(
                enum E {
                    A,
                    #[api(other)]
                    Unknown(callparty::UnknownValue),
                }
            ),
        ] {
            assert_eq!(enum_errors(valid), Vec::<String>::new());
        }
    }

    #[test]
    fn enum_rules() {
        let errors = enum_errors(parse_quote! {
            #[api(rename_all = "lowercase")]
            enum E {
                Host,
                #[api(alias = "host")]
                Guest,
                Data(u8),
                #[api(other)]
                Unknown,
                #[api(other)]
                Again(callparty::UnknownValue),
            }
        });
        assert_eq!(
            errors,
            [
                "`Data` carries data, but an `ApiEnum` variant is a plain value; only the one `#[api(other)]` variant holds data, as in `#[api(other)] Unknown(callparty::UnknownValue)`",
                "only one variant can be `#[api(other)]`",
                "the first `#[api(other)]` variant is here",
                "the `#[api(other)]` variant holds the unknown value: write `Unknown(callparty::UnknownValue)`",
                "value \"host\" is used twice",
                "value \"host\" is first used here",
            ]
        );
    }
}
