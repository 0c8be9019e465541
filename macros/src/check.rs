//! Validation of the finished IR: collisions and combinations that cannot work. Every problem
//! is reported, at the user's tokens, before any code is generated.

use std::collections::HashMap;

use syn::Fields;

use crate::ast::{Enum, Model};
use crate::attr::Name;
use crate::errors::Diagnostics;

pub fn model(model: &Model, errors: &mut Diagnostics) {
    let mut first_extra: Option<proc_macro2::Span> = None;
    for field in &model.fields {
        let attrs = &field.attrs;
        if attrs.skip.is_some() {
            let conflicts = [
                ("rename", attrs.rename.as_ref().map(|name| name.span)),
                ("alias", attrs.aliases.first().map(|name| name.span)),
                ("default", attrs.default),
                ("extra", attrs.extra),
            ];
            for (key, span) in conflicts {
                if let Some(span) = span {
                    errors.at(
                        span,
                        format_args!("`{key}` has no effect on a `skip` field, which is never read or written"),
                    );
                }
            }
            continue;
        }
        let Some(extra) = attrs.extra else { continue };
        if let Some(first) = first_extra {
            errors.at(extra, "only one field can be `#[api(extra)]`");
            errors.at(first, "the first `#[api(extra)]` field is here");
        }
        first_extra.get_or_insert(extra);
        if let Some(deny) = model.attrs.deny_unknown_fields {
            errors.at(deny, "`deny_unknown_fields` rejects the keys that the `#[api(extra)]` field keeps; use one or the other");
            errors.at(extra, "the `#[api(extra)]` field is here");
        }
        let conflicts = [
            ("rename", attrs.rename.as_ref().map(|name| name.span)),
            ("alias", attrs.aliases.first().map(|name| name.span)),
            ("default", attrs.default),
        ];
        for (key, span) in conflicts {
            if let Some(span) = span {
                errors.at(
                    span,
                    format_args!("`{key}` has no effect on the `extra` field, whose entries keep their own keys"),
                );
            }
        }
        if crate::ty::option_inner(field.ty()).is_some() {
            errors.at(
                field.ty_span(),
                "the `extra` field is a map, not an `Option`: an empty map means no extra fields",
            );
        }
    }
    let names = model
        .fields
        .iter()
        .filter(|field| field.kind.is_declared())
        .flat_map(|field| std::iter::once(&field.wire).chain(&field.attrs.aliases));
    reject_collisions(names, "field wire name", errors);
    // Decoded keys carry a `u16` field index.
    if let Some(field) = model.declared_fields().nth(usize::from(u16::MAX)) {
        errors.spanned(
            field.member,
            format_args!("a model reads at most {} fields", u16::MAX),
        );
    }
}

pub fn api_enum(api_enum: &Enum, errors: &mut Diagnostics) {
    if let Some(other) = &api_enum.other {
        let held = match &other.original.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed.first(),
            _ => None,
        };
        if let Some(held) = held.filter(|held| !crate::ty::is_named(&held.ty, "UnknownValue")) {
            // Recognised by name, like `Option`: the generated code needs exactly this type.
            errors.spanned(
                &held.ty,
                format_args!(
                    "the `#[api(other)]` variant holds the unknown value as a `callparty::UnknownValue`, not as `{}`",
                    crate::ty::display(&held.ty)
                ),
            );
        }
        if held.is_none() {
            errors.at(
                other.original.ident.span(),
                format_args!(
                    "the `#[api(other)]` variant holds the unknown value: write `{}(callparty::UnknownValue)`",
                    other.original.ident
                ),
            );
        }
    }
    let values = api_enum
        .variants
        .iter()
        .flat_map(|variant| std::iter::once(&variant.value).chain(&variant.aliases));
    reject_collisions(values, "value", errors);
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
        if let Some(model) = Model::from_syn(&input, &mut errors) {
            super::model(&model, &mut errors);
        }
        messages(errors)
    }

    fn enum_errors(input: DeriveInput) -> Vec<String> {
        let mut errors = Diagnostics::default();
        if let Some(api_enum) = Enum::from_syn(&input, &mut errors) {
            super::api_enum(&api_enum, &mut errors);
        }
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
                struct Tuple(u8);
            )),
            ["`ApiModel` needs a struct with named fields, and `Tuple` is a tuple struct"]
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
