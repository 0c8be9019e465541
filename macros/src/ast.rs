//! The intermediate representation: what a model or an enum means, with every name resolved
//! and every node keeping `original` so later stages can point at the user's tokens.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, Type};

use crate::attr::{ApiAttrs, Name, Site};
use crate::case::RenameRule;
use crate::doc_comment::DocText;
use crate::errors::Diagnostics;
use crate::ty::{self, Borrow};

pub struct Model<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ApiAttrs,
    pub doc_name: String,
    pub doc: DocText,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: &'a Ident,
    /// The Rust name without `r#`.
    pub name: String,
    pub wire: Name,
    pub attrs: ApiAttrs,
    pub kind: FieldKind,
    pub borrow: Borrow,
    /// The type without its outer `Option`, for the docs.
    pub doc_ty: &'a Type,
    pub deprecated: bool,
    pub doc: DocText,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    Required,
    Optional,
    Defaulted,
    Skipped,
    Extra,
}

impl FieldKind {
    /// Whether the field appears on the wire under its own name.
    pub fn is_declared(self) -> bool {
        !matches!(self, FieldKind::Skipped | FieldKind::Extra)
    }
}

pub struct Enum<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ApiAttrs,
    pub doc_name: String,
    pub doc: DocText,
    pub variants: Vec<Variant<'a>>,
    pub other: Option<Other<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub value: Name,
    pub aliases: Vec<Name>,
    pub doc: DocText,
}

/// The `#[api(other)]` variant that keeps unknown values.
pub struct Other<'a> {
    pub original: &'a syn::Variant,
    pub span: Span,
}

impl<'a> Model<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Diagnostics) -> Option<Self> {
        let attrs = ApiAttrs::parse(&input.attrs, Site::Model, errors);
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => Some(named),
                Fields::Unnamed(_) => shape_error(errors, input, "a tuple struct"),
                Fields::Unit => shape_error(errors, input, "a unit struct"),
            },
            Data::Enum(_) => shape_error(
                errors,
                input,
                "an enum; use `#[derive(ApiEnum)]` for string enums",
            ),
            Data::Union(_) => shape_error(errors, input, "a union"),
        }?;
        let rule = attrs.rename_all.unwrap_or(RenameRule::Camel);
        let fields = named
            .named
            .iter()
            .filter_map(|field| Field::from_syn(field, rule, errors))
            .collect();
        Some(Model {
            original: input,
            doc_name: doc_name(&attrs, &input.ident),
            doc: DocText::from_attrs(&input.attrs),
            attrs,
            fields,
        })
    }

    pub fn declared_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|field| field.kind.is_declared())
    }

    pub fn extra_field(&self) -> Option<&Field<'a>> {
        self.fields
            .iter()
            .find(|field| field.kind == FieldKind::Extra)
    }
}

fn shape_error<T>(errors: &mut Diagnostics, input: &DeriveInput, what: &str) -> Option<T> {
    errors.at(
        input.ident.span(),
        format_args!(
            "`ApiModel` needs a struct with named fields, and `{}` is {what}",
            input.ident
        ),
    );
    None
}

fn doc_name(attrs: &ApiAttrs, ident: &Ident) -> String {
    attrs
        .rename
        .as_ref()
        .map_or_else(|| unraw(ident), |rename| rename.value.clone())
}

pub fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

impl<'a> Field<'a> {
    fn from_syn(field: &'a syn::Field, rule: RenameRule, errors: &mut Diagnostics) -> Option<Self> {
        let member = field.ident.as_ref()?;
        let attrs = ApiAttrs::parse(&field.attrs, Site::Field, errors);
        let name = unraw(member);
        // `type_` and `r#type` both mean the wire name `type`.
        let base = name
            .strip_suffix('_')
            .filter(|base| !base.is_empty())
            .unwrap_or(&name);
        let wire = attrs.rename.clone().unwrap_or_else(|| Name {
            value: rule.apply_to_field(base),
            span: member.span(),
        });
        let inner = ty::option_inner(&field.ty);
        let kind = if attrs.skip.is_some() {
            FieldKind::Skipped
        } else if attrs.extra.is_some() {
            FieldKind::Extra
        } else if inner.is_some() {
            FieldKind::Optional
        } else if attrs.default.is_some() {
            FieldKind::Defaulted
        } else {
            FieldKind::Required
        };
        Some(Field {
            original: field,
            member,
            name,
            wire,
            kind,
            borrow: ty::borrow_of(&field.ty),
            doc_ty: inner.unwrap_or(&field.ty),
            deprecated: field
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("deprecated")),
            doc: DocText::from_attrs(&field.attrs),
            attrs,
        })
    }

    pub fn ty(&self) -> &'a Type {
        &self.original.ty
    }

    /// Where errors about the field's type point. Tokens spanned with it still resolve names
    /// at the derive's call site: the type's own tokens may come from another hygiene context
    /// (a `macro_rules!` caller), where the generated locals and `self` are not visible.
    pub fn ty_span(&self) -> Span {
        Span::call_site().located_at(self.original.ty.span())
    }

    /// Where errors about reading the field's value point: the type inside `Option` for an
    /// optional field, which is the type that lacks the trait when one is missing.
    pub fn value_span(&self) -> Span {
        Span::call_site().located_at(self.doc_ty.span())
    }
}

impl<'a> Enum<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Diagnostics) -> Option<Self> {
        let attrs = ApiAttrs::parse(&input.attrs, Site::Enum, errors);
        let Data::Enum(data) = &input.data else {
            let what = match &input.data {
                Data::Struct(_) => "a struct; use `#[derive(ApiModel)]` for models",
                _ => "a union",
            };
            errors.at(
                input.ident.span(),
                format_args!("`ApiEnum` needs an enum, and `{}` is {what}", input.ident),
            );
            return None;
        };
        let rule = attrs.rename_all;
        let mut variants = Vec::new();
        let mut other: Option<Other> = None;
        for variant in &data.variants {
            let variant_attrs = ApiAttrs::parse(&variant.attrs, Site::Variant, errors);
            if let Some(span) = variant_attrs.other {
                if let Some(first) = &other {
                    errors.at(span, "only one variant can be `#[api(other)]`");
                    errors.at(first.span, "the first `#[api(other)]` variant is here");
                } else {
                    other = Some(Other {
                        original: variant,
                        span,
                    });
                }
                for misplaced in variant_attrs.rename.iter().chain(&variant_attrs.aliases) {
                    errors.at(
                        misplaced.span,
                        "the `other` variant holds unknown values and has no value of its own",
                    );
                }
                continue;
            }
            if !matches!(variant.fields, Fields::Unit) {
                errors.spanned(
                    &variant.fields,
                    format_args!(
                        "`{}` carries data, but an `ApiEnum` variant is a plain value; only the one `#[api(other)]` variant holds data, as in `#[api(other)] Unknown(callparty::UnknownValue)`",
                        unraw(&variant.ident)
                    ),
                );
            }
            let value = variant_attrs.rename.clone().unwrap_or_else(|| {
                let name = unraw(&variant.ident);
                Name {
                    value: rule.map_or(name.clone(), |rule| rule.apply_to_variant(&name)),
                    span: variant.ident.span(),
                }
            });
            variants.push(Variant {
                original: variant,
                value,
                aliases: variant_attrs.aliases,
                doc: DocText::from_attrs(&variant.attrs),
            });
        }
        Some(Enum {
            original: input,
            doc_name: doc_name(&attrs, &input.ident),
            doc: DocText::from_attrs(&input.attrs),
            attrs,
            variants,
            other,
        })
    }
}
