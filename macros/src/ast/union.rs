//! The IR of a union (`#[derive(ApiUnion)]`): its form and its variants, each with the name
//! that picks it on the wire and what it holds.

use syn::{Data, DeriveInput, Fields, Path};

use super::{Other, doc_name, runtime_path, variant_name};
use crate::attr::{self, Name, UnionAttrs, UnionVariantAttrs, Written};
use crate::case::RenameRule;
use crate::doc_comment::DocText;
use crate::errors::Diagnostics;

pub struct Union<'a> {
    pub original: &'a DeriveInput,
    /// As for [`super::Model::runtime`].
    pub runtime: Path,
    pub doc_name: String,
    pub doc: DocText,
    pub form: Form,
    /// Whether the union's own attributes have an error, such as `tag = kind`: its form may
    /// then not be the one meant, and `check.rs` leaves out the checks that depend on it,
    /// which would only repeat that error.
    pub attrs_failed: bool,
    /// The variants with a name of their own, in order; none when the input is not an enum.
    pub variants: Vec<UnionVariant<'a>>,
    /// The `#[api(other)]` variants, in order; `check.rs` allows one.
    pub others: Vec<Other<'a>>,
    /// The keys written on the union, for the checks of how they combine.
    pub written: Written,
}

/// What picks the variant.
#[derive(Clone, Debug)]
pub enum Form {
    /// The one key of an object (the default).
    OneKey,
    /// The field of this name (`#[api(tag = "...")]`).
    Tagged(Name),
    /// The kind of the JSON value (`#[api(untagged)]`).
    ByKind,
}

pub struct UnionVariant<'a> {
    pub original: &'a syn::Variant,
    /// Its key (one-key form) or tag value (tagged form). The by-kind form names a variant
    /// by its type's kind instead, which only the compiler knows.
    pub wire: Name,
    pub aliases: Vec<Name>,
    pub held: Held<'a>,
    pub deprecated: bool,
    pub doc: DocText,
    /// The keys written on the variant, for the checks of how they combine.
    pub written: Written,
}

/// What a variant holds.
#[derive(Clone, Copy)]
pub enum Held<'a> {
    /// One unnamed field: `PhoneNumber(String)`.
    One(&'a syn::Field),
    /// Nothing: `Ping`.
    Nothing,
    /// Any other shape (`A(B, C)`, `A { b: B }`, `A()`), which `check.rs` reports.
    Unsupported,
}

impl<'a> Union<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Diagnostics) -> Self {
        let clean = errors.is_empty();
        let (attrs, written) = attr::parse::<UnionAttrs>(&input.attrs, errors);
        let attrs_failed = clean && !errors.is_empty();
        let data = match &input.data {
            Data::Enum(data) => Some(data),
            Data::Struct(_) | Data::Union(_) => {
                let what = match &input.data {
                    Data::Struct(_) => "a struct; use `#[derive(ApiModel)]` for models",
                    _ => "a union",
                };
                errors.at(
                    input.ident.span(),
                    format_args!(
                        "`ApiUnion` needs an enum of newtype and unit variants, and `{}` is {what}",
                        input.ident
                    ),
                );
                None
            }
        };
        let UnionAttrs {
            krate,
            rename,
            rename_all,
            tag,
            untagged,
        } = attrs;
        // A tag wins over `untagged` here; `check.rs` reports that both were written.
        let form = match (tag, untagged) {
            (Some(tag), _) => Form::Tagged(tag),
            (None, Some(_)) => Form::ByKind,
            (None, None) => Form::OneKey,
        };
        // Keys follow field naming; tag values follow `ApiEnum`'s.
        let rule = match form {
            Form::OneKey => Some(rename_all.unwrap_or(RenameRule::Camel)),
            Form::Tagged(_) | Form::ByKind => rename_all,
        };
        let mut variants = Vec::new();
        let mut others = Vec::new();
        for variant in data.into_iter().flat_map(|data| &data.variants) {
            let (variant_attrs, written) = attr::parse::<UnionVariantAttrs>(&variant.attrs, errors);
            if let Some(span) = variant_attrs.other {
                others.push(Other {
                    original: variant,
                    span,
                    written,
                });
                continue;
            }
            let wire = variant_name(variant_attrs.rename, variant, rule);
            variants.push(UnionVariant {
                original: variant,
                wire,
                aliases: variant_attrs.aliases,
                held: held(&variant.fields),
                deprecated: variant
                    .attrs
                    .iter()
                    .any(|attr| attr.path().is_ident("deprecated")),
                doc: DocText::from_attrs(&variant.attrs),
                written,
            });
        }
        Union {
            original: input,
            runtime: runtime_path(krate),
            doc_name: doc_name(rename, &input.ident),
            doc: DocText::from_attrs(&input.attrs),
            form,
            attrs_failed,
            variants,
            others,
            written,
        }
    }

    /// The variant that keeps unknown variants, if any.
    pub fn other(&self) -> Option<&Other<'a>> {
        self.others.first()
    }

    /// The tag field's name, in the tagged form.
    pub fn tag(&self) -> Option<&Name> {
        match &self.form {
            Form::Tagged(tag) => Some(tag),
            Form::OneKey | Form::ByKind => None,
        }
    }
}

impl<'a> UnionVariant<'a> {
    /// Every name the variant is read under: its own, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &Name> {
        std::iter::once(&self.wire).chain(&self.aliases)
    }

    /// The type the variant holds, if it holds one.
    pub fn ty(&self) -> Option<&'a syn::Type> {
        match self.held {
            Held::One(field) => Some(&field.ty),
            Held::Nothing | Held::Unsupported => None,
        }
    }
}

fn held(fields: &Fields) -> Held<'_> {
    match fields {
        Fields::Unit => Held::Nothing,
        Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => {
            unnamed.unnamed.first().map_or(Held::Unsupported, Held::One)
        }
        Fields::Unnamed(_) | Fields::Named(_) => Held::Unsupported,
    }
}
