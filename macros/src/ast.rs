//! The intermediate representation: what a model, an enum or a union means, with every name
//! resolved and every node keeping `original` so later stages can point at the user's tokens.
//! `check.rs` and `expand/` read this and never the attributes.
//!
//! The IR is built as far as the input allows, also when it has errors: the placeholder impls
//! of a failed derive take what they need (the runtime path, whether an enum is open) from it.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, Path, Type};

use crate::attr::{
    self, BorrowAttr, Bounds, EnumAttrs, FieldAttrs, ModelAttrs, Name, VariantAttrs, Written,
};
use crate::case::RenameRule;
use crate::doc_comment::DocText;
use crate::errors::Diagnostics;
use crate::ty::{self, Borrow};

mod union;

pub use union::{Form, Held, Union, UnionVariant};

pub struct Model<'a> {
    pub original: &'a DeriveInput,
    /// The path of the runtime the generated code calls: `#[api(crate = "...")]`, else
    /// `::callparty`.
    pub runtime: Path,
    pub doc_name: String,
    pub doc: DocText,
    /// Every named field, in order; none when the input is not a struct with named fields.
    pub fields: Vec<Field<'a>>,
    pub unknown_keys: UnknownKeys,
    /// `#[api(bound = ...)]`: the predicates that replace the inferred bounds of each impl.
    pub bounds: Bounds,
    /// `#[api(write_none)]`: an empty `Option` or `Nullable` field is written as `null` in
    /// every format, not left out of human-readable ones.
    pub write_none: bool,
    /// The one field of a newtype model (`struct CustomerId(String)`), which is the model on
    /// the wire; `fields` is then empty.
    pub newtype: Option<Newtype<'a>>,
    /// The keys written on the model, for the checks of how they combine.
    pub written: Written,
}

/// The field of a newtype model.
pub struct Newtype<'a> {
    pub original: &'a syn::Field,
    /// The keys written on the field, which a newtype's field does not take.
    pub written: Written,
}

/// What decoding does with a key that names no field.
#[derive(Clone, Copy, Debug)]
pub enum UnknownKeys {
    /// Skips it, as serde does.
    Ignore,
    /// Fails (`#[api(deny_unknown_fields)]`, written here).
    Deny(Span),
    /// Keeps it in the `#[api(extra)]` field at this index of `fields`.
    Keep(usize),
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: &'a Ident,
    /// Its place among the model's fields.
    pub index: usize,
    /// The Rust name without `r#`.
    pub name: String,
    pub wire: Name,
    pub aliases: Vec<Name>,
    pub kind: FieldKind,
    /// Whether the field is written (not `skip_serializing`).
    pub serialized: bool,
    /// Whether the field is read (not `skip_deserializing`); a field that is not takes its
    /// default.
    pub deserialized: bool,
    /// What fills the field when its key is missing (`Defaulted`), or when it is not read.
    pub default: DefaultValue,
    /// `serialize_with = "path"`, or `with = "module"`'s `module::serialize`: the function
    /// that writes the field in place of its type's `Serialize`.
    pub serialize_with: Option<Path>,
    /// `deserialize_with = "path"`, or `with = "module"`'s `module::deserialize`.
    pub deserialize_with: Option<Path>,
    /// What the type is spelled as: an `Option`, a `Nullable`, or anything else.
    pub wrapper: Wrapper,
    /// How the value is read: a `Cow<str>` with `#[api(borrow)]` borrows through a seed.
    pub borrow: Borrow,
    /// The lifetimes of the input the value borrows, which `'de` must outlive: those of
    /// `&'a str` and `&'a [u8]`, or what `#[api(borrow)]` names; none for a skipped field.
    pub borrowed: Vec<syn::Lifetime>,
    /// `#[api(borrow)]` as written, for the checks against the type.
    pub borrow_attr: Option<BorrowAttr>,
    /// The type of the value: the one inside `Option` or `Nullable` for such a field.
    pub value_ty: &'a Type,
    pub deprecated: bool,
    pub doc: DocText,
    /// The keys written on the field, for the checks of how they combine.
    pub written: Written,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    /// A missing key is read from nothing: an error, unless the type is an `Option` that
    /// the derive cannot see.
    Required,
    /// An `Option` or `Nullable`: a missing key reads `None` or `Absent`, which is left out
    /// on writing unless the model has `write_none`.
    Optional,
    /// An `Option` or `Nullable` with `#[api(required)]`: the key must be there, with `null`
    /// or a value, and it is always written.
    RequiredNullable,
    Defaulted,
    Skipped,
    Extra,
    /// `#[api(flatten)]`: another model whose keys are read from and written into this
    /// model's map.
    Flattened,
}

/// How a field's default is made.
#[derive(Clone)]
pub enum DefaultValue {
    /// `Default::default()`.
    Trait,
    /// `default = "path"`: a call of this function.
    Function(Path),
}

/// The type a field is spelled with, as far as decoding a missing key and writing an empty
/// value go.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrapper {
    Plain,
    /// `Option<T>`: missing and `null` are both `None`.
    Option,
    /// `callparty::Nullable<T>`: missing is `Absent`, `null` is `Null`.
    Nullable,
}

impl FieldKind {
    /// Whether the field appears on the wire under its own name.
    pub fn is_declared(self) -> bool {
        !matches!(
            self,
            FieldKind::Skipped | FieldKind::Extra | FieldKind::Flattened
        )
    }
}

pub struct Enum<'a> {
    pub original: &'a DeriveInput,
    /// As for [`Model::runtime`].
    pub runtime: Path,
    pub doc_name: String,
    pub doc: DocText,
    /// The variants with a value of their own, in order; none when the input is not an enum.
    pub variants: Vec<Variant<'a>>,
    /// The `#[api(other)]` variants, in order; `check.rs` allows one.
    pub others: Vec<Other<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub value: Name,
    pub aliases: Vec<Name>,
    pub doc: DocText,
}

/// An `#[api(other)]` variant, which keeps unknown values.
pub struct Other<'a> {
    pub original: &'a syn::Variant,
    /// Where `other` is written.
    pub span: Span,
    /// The keys written on the variant, for the checks of how they combine.
    pub written: Written,
}

impl<'a> Model<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Diagnostics) -> Self {
        let (attrs, written) = attr::parse::<ModelAttrs>(&input.attrs, errors);
        let mut newtype = None;
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => Some(named),
                Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => {
                    newtype = unnamed.unnamed.first().map(|field| Newtype {
                        original: field,
                        written: attr::parse::<FieldAttrs>(&field.attrs, errors).1,
                    });
                    None
                }
                Fields::Unnamed(_) => {
                    shape_error(errors, input, "a tuple struct of several fields")
                }
                Fields::Unit => shape_error(errors, input, "a unit struct"),
            },
            Data::Enum(_) => shape_error(
                errors,
                input,
                "an enum; use `#[derive(ApiEnum)]` for string enums",
            ),
            Data::Union(_) => shape_error(errors, input, "a union"),
        };
        let rule = attrs.rename_all.unwrap_or(RenameRule::Camel);
        let fields: Vec<Field> = named
            .into_iter()
            .flat_map(|named| &named.named)
            .filter_map(|field| Some((field, field.ident.as_ref()?)))
            .enumerate()
            .map(|(index, (field, member))| Field::from_syn(field, member, index, rule, errors))
            .collect();
        let unknown_keys = match attrs.deny_unknown_fields {
            Some(span) => UnknownKeys::Deny(span),
            None => fields
                .iter()
                .position(|field| field.kind == FieldKind::Extra)
                .map_or(UnknownKeys::Ignore, UnknownKeys::Keep),
        };
        Model {
            original: input,
            runtime: runtime_path(attrs.krate),
            doc_name: doc_name(attrs.rename, &input.ident),
            doc: DocText::from_attrs(&input.attrs),
            fields,
            unknown_keys,
            bounds: attrs.bound.unwrap_or_default(),
            write_none: attrs.write_none.is_some(),
            newtype,
            written,
        }
    }

    /// The fields with a name on the wire: read, written, or both.
    pub fn declared_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|field| field.kind.is_declared())
    }

    /// The `#[api(flatten)]` fields.
    pub fn flattened_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(|field| field.kind == FieldKind::Flattened)
    }

    /// The declared fields that decoding reads.
    pub fn read_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.declared_fields().filter(|field| field.deserialized)
    }

    /// The declared fields that encoding writes.
    pub fn written_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.declared_fields().filter(|field| field.serialized)
    }

    /// The field that keeps unknown keys, if any.
    pub fn extra_field(&self) -> Option<&Field<'a>> {
        match self.unknown_keys {
            UnknownKeys::Keep(index) => self.fields.get(index),
            UnknownKeys::Ignore | UnknownKeys::Deny(_) => None,
        }
    }
}

fn shape_error<T>(errors: &mut Diagnostics, input: &DeriveInput, what: &str) -> Option<T> {
    errors.at(
        input.ident.span(),
        format_args!(
            "`ApiModel` needs a struct with named fields or a newtype of one field, and `{}` is \
             {what}",
            input.ident
        ),
    );
    None
}

fn runtime_path(krate: Option<Path>) -> Path {
    krate.unwrap_or_else(|| syn::parse_quote!(::callparty))
}

fn doc_name(rename: Option<Name>, ident: &Ident) -> String {
    rename.map_or_else(|| unraw(ident), |rename| rename.value)
}

/// A variant's wire name: its `rename`, else its name under `rule`, else its name.
fn variant_name(rename: Option<Name>, variant: &syn::Variant, rule: Option<RenameRule>) -> Name {
    rename.unwrap_or_else(|| {
        let name = unraw(&variant.ident);
        Name {
            value: rule.map_or(name.clone(), |rule| rule.apply_to_variant(&name)),
            span: variant.ident.span(),
        }
    })
}

/// `module::function` for `with = "module"`.
fn in_module(module: &Option<Path>, function: &str) -> Option<Path> {
    let mut path = module.clone()?;
    let span = path
        .segments
        .last()
        .map_or_else(Span::call_site, |last| last.ident.span());
    path.segments.push(Ident::new(function, span).into());
    Some(path)
}

pub fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

impl<'a> Field<'a> {
    fn from_syn(
        field: &'a syn::Field,
        member: &'a Ident,
        index: usize,
        rule: RenameRule,
        errors: &mut Diagnostics,
    ) -> Self {
        let (attrs, written) = attr::parse::<FieldAttrs>(&field.attrs, errors);
        let name = unraw(member);
        // `type_` and `r#type` both mean the wire name `type`.
        let base = name
            .strip_suffix('_')
            .filter(|base| !base.is_empty())
            .unwrap_or(&name);
        let wire = attrs.rename.unwrap_or_else(|| Name {
            value: rule.apply_to_field(base),
            span: member.span(),
        });
        let serialize_with = attrs
            .serialize_with
            .or_else(|| in_module(&attrs.with, "serialize"));
        let deserialize_with = attrs
            .deserialize_with
            .or_else(|| in_module(&attrs.with, "deserialize"));
        // A function of the user's reads or writes the whole type, `Option` or not, as in
        // serde: such a field is written even when `None`.
        let functions = serialize_with.is_some() || deserialize_with.is_some();
        let (wrapper, inner) = match (ty::option_inner(&field.ty), ty::nullable_inner(&field.ty)) {
            _ if functions => (Wrapper::Plain, None),
            (Some(inner), _) => (Wrapper::Option, Some(inner)),
            (None, Some(inner)) => (Wrapper::Nullable, Some(inner)),
            (None, None) => (Wrapper::Plain, None),
        };
        let kind = if attrs.skip.is_some()
            || (attrs.skip_serializing.is_some() && attrs.skip_deserializing.is_some())
        {
            FieldKind::Skipped
        } else if attrs.extra.is_some() {
            FieldKind::Extra
        } else if attrs.flatten.is_some() {
            FieldKind::Flattened
        } else if attrs.required.is_some() {
            // Also on a type that is neither: `check.rs` reports it there.
            FieldKind::RequiredNullable
        } else if attrs.default.is_some() {
            FieldKind::Defaulted
        } else if inner.is_some() {
            FieldKind::Optional
        } else {
            FieldKind::Required
        };
        let borrowed = match (kind, &attrs.borrow) {
            (FieldKind::Skipped, _) => Vec::new(),
            (
                _,
                Some(BorrowAttr {
                    lifetimes: Some(listed),
                    ..
                }),
            ) => listed.clone(),
            (_, Some(_)) => ty::lifetimes(&field.ty),
            (_, None) => ty::implicitly_borrowed(&field.ty),
        };
        Field {
            original: field,
            member,
            index,
            name,
            wire,
            aliases: attrs.aliases,
            kind,
            serialized: attrs.skip_serializing.is_none(),
            deserialized: attrs.skip_deserializing.is_none(),
            default: match attrs.default {
                Some(attr::DefaultAttr {
                    function: Some(function),
                    ..
                }) => DefaultValue::Function(function),
                _ => DefaultValue::Trait,
            },
            serialize_with,
            deserialize_with,
            wrapper,
            borrow: ty::borrow_of(&field.ty, attrs.borrow.is_some()),
            borrowed,
            borrow_attr: attrs.borrow,
            value_ty: inner.unwrap_or(&field.ty),
            deprecated: field
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("deprecated")),
            doc: DocText::from_attrs(&field.attrs),
            written,
        }
    }

    pub fn ty(&self) -> &'a Type {
        &self.original.ty
    }

    /// Every name the field is read under: its wire name, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &Name> {
        std::iter::once(&self.wire).chain(&self.aliases)
    }

    /// Whether the field's JSON is its type's, so that its type's `Describe` says what it is:
    /// not for a skipped field, nor for one read or written by `with` functions.
    pub fn described_by_type(&self) -> bool {
        self.kind != FieldKind::Skipped
            && self.serialize_with.is_none()
            && self.deserialize_with.is_none()
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
        Span::call_site().located_at(self.value_ty.span())
    }
}

impl<'a> Enum<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Diagnostics) -> Self {
        let (attrs, _) = attr::parse::<EnumAttrs>(&input.attrs, errors);
        let data = match &input.data {
            Data::Enum(data) => Some(data),
            Data::Struct(_) | Data::Union(_) => {
                let what = match &input.data {
                    Data::Struct(_) => "a struct; use `#[derive(ApiModel)]` for models",
                    _ => "a union",
                };
                errors.at(
                    input.ident.span(),
                    format_args!("`ApiEnum` needs an enum, and `{}` is {what}", input.ident),
                );
                None
            }
        };
        let mut variants = Vec::new();
        let mut others = Vec::new();
        for variant in data.into_iter().flat_map(|data| &data.variants) {
            let (variant_attrs, written) = attr::parse::<VariantAttrs>(&variant.attrs, errors);
            if let Some(span) = variant_attrs.other {
                others.push(Other {
                    original: variant,
                    span,
                    written,
                });
                continue;
            }
            let value = variant_name(variant_attrs.rename, variant, attrs.rename_all);
            variants.push(Variant {
                original: variant,
                value,
                aliases: variant_attrs.aliases,
                doc: DocText::from_attrs(&variant.attrs),
            });
        }
        Enum {
            original: input,
            runtime: runtime_path(attrs.krate),
            doc_name: doc_name(attrs.rename, &input.ident),
            doc: DocText::from_attrs(&input.attrs),
            variants,
            others,
        }
    }

    /// The variant that keeps unknown values, if any.
    pub fn other(&self) -> Option<&Other<'a>> {
        self.others.first()
    }
}

impl Variant<'_> {
    /// Every value the variant is read from: its own, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &Name> {
        std::iter::once(&self.value).chain(&self.aliases)
    }
}

#[cfg(test)]
mod tests {
    use quote::{ToTokens, format_ident, quote};
    use syn::parse_quote;

    use super::*;
    use crate::attr::{Key, Site};

    /// Everything in a model's IR that a key can change, as text. The destructuring lists
    /// every field, so a field added to the IR must be added here (or skipped by name).
    fn model_fingerprint(model: &Model) -> String {
        let Model {
            original: _,
            runtime,
            doc_name,
            doc,
            fields,
            unknown_keys,
            bounds,
            write_none,
            newtype,
            written: _,
        } = model;
        let unknown_keys = match unknown_keys {
            UnknownKeys::Ignore => "ignore".to_owned(),
            UnknownKeys::Deny(_) => "deny".to_owned(),
            UnknownKeys::Keep(index) => format!("keep {index}"),
        };
        let fields: Vec<String> = fields.iter().map(field_fingerprint).collect();
        let predicates = |side: &Option<Vec<syn::WherePredicate>>| {
            side.as_ref().map(|predicates| {
                predicates
                    .iter()
                    .map(|predicate| predicate.to_token_stream().to_string())
                    .collect::<Vec<_>>()
            })
        };
        format!(
            "runtime {} name {doc_name} doc {:?} unknown keys {unknown_keys} bounds {:?} {:?} \
             write none {write_none} newtype {} fields {fields:?}",
            runtime.to_token_stream(),
            doc.literal_text(),
            predicates(&bounds.serialize),
            predicates(&bounds.deserialize),
            newtype.is_some(),
        )
    }

    /// `written` is left out: it records every key, so it would change for all of them.
    fn field_fingerprint(field: &Field) -> String {
        let Field {
            original: _,
            member,
            index,
            name,
            wire,
            aliases,
            kind,
            serialized,
            deserialized,
            default,
            serialize_with,
            deserialize_with,
            wrapper,
            borrow,
            borrowed,
            borrow_attr,
            value_ty,
            deprecated,
            doc,
            written: _,
        } = field;
        let borrowed: Vec<String> = borrowed.iter().map(ToString::to_string).collect();
        format!(
            "{index} {member} {name} wire {} aliases {:?} {kind:?} ser {serialized} \
             de {deserialized} default {} with {:?} {:?} {wrapper:?} {borrow:?} \
             borrowed {borrowed:?} asked {} {} deprecated {deprecated} doc {:?}",
            wire.value,
            names(aliases),
            match default {
                DefaultValue::Trait => "trait".to_owned(),
                DefaultValue::Function(path) => path.to_token_stream().to_string(),
            },
            serialize_with
                .as_ref()
                .map(|path| path.to_token_stream().to_string()),
            deserialize_with
                .as_ref()
                .map(|path| path.to_token_stream().to_string()),
            borrow_attr.is_some(),
            ty::display(value_ty),
            doc.literal_text(),
        )
    }

    fn enum_fingerprint(api_enum: &Enum) -> String {
        let Enum {
            original: _,
            runtime,
            doc_name,
            doc,
            variants,
            others,
        } = api_enum;
        let variants: Vec<String> = variants
            .iter()
            .map(|variant| {
                let Variant {
                    original,
                    value,
                    aliases,
                    doc,
                } = variant;
                format!(
                    "{} {} aliases {:?} doc {:?}",
                    original.ident,
                    value.value,
                    names(aliases),
                    doc.literal_text()
                )
            })
            .collect();
        // `written` is left out, as for fields.
        let others: Vec<String> = others
            .iter()
            .map(|other| {
                let Other {
                    original,
                    span: _,
                    written: _,
                } = other;
                original.ident.to_string()
            })
            .collect();
        format!(
            "runtime {} name {doc_name} doc {:?} variants {variants:?} others {others:?}",
            runtime.to_token_stream(),
            doc.literal_text(),
        )
    }

    fn union_fingerprint(union: &Union) -> String {
        let Union {
            original: _,
            runtime,
            doc_name,
            doc,
            form,
            attrs_failed: _,
            variants,
            others,
            written: _,
        } = union;
        let form = match form {
            Form::OneKey => "one key".to_owned(),
            Form::Tagged(tag) => format!("tag {}", tag.value),
            Form::ByKind => "by kind".to_owned(),
        };
        let variants: Vec<String> = variants
            .iter()
            .map(|variant| {
                let UnionVariant {
                    original,
                    wire,
                    aliases,
                    held,
                    deprecated,
                    doc,
                    written: _,
                } = variant;
                let held = match held {
                    Held::One(field) => ty::display(&field.ty),
                    Held::Nothing => "nothing".to_owned(),
                    Held::Unsupported => "unsupported".to_owned(),
                };
                format!(
                    "{} {} aliases {:?} holds {held} deprecated {deprecated} doc {:?}",
                    original.ident,
                    wire.value,
                    names(aliases),
                    doc.literal_text()
                )
            })
            .collect();
        let others: Vec<String> = others
            .iter()
            .map(|other| other.original.ident.to_string())
            .collect();
        format!(
            "runtime {} name {doc_name} doc {:?} form {form} variants {variants:?} others {others:?}",
            runtime.to_token_stream(),
            doc.literal_text(),
        )
    }

    fn names(names: &[Name]) -> Vec<&str> {
        names.iter().map(|name| name.value.as_str()).collect()
    }

    /// The IR of a small item with `attr` at `site` (nothing when `attr` is empty), and the
    /// errors it gave.
    fn fingerprint_with(site: Site, attr: proc_macro2::TokenStream) -> (String, usize) {
        let attr = (!attr.is_empty()).then(|| quote!(#[api(#attr)]));
        let (container, inner) = match site {
            Site::Model | Site::Enum | Site::Union => (attr, None),
            Site::Field | Site::Variant | Site::UnionVariant => (None, attr),
        };
        let mut errors = Diagnostics::default();
        let fingerprint = match site {
            Site::Model | Site::Field => {
                let input: DeriveInput =
                    parse_quote!(#container struct Sample { #inner call_id: String });
                model_fingerprint(&Model::from_syn(&input, &mut errors))
            }
            Site::Enum | Site::Variant => {
                let input: DeriveInput = parse_quote!(#container enum Sample { #inner CallParty });
                enum_fingerprint(&Enum::from_syn(&input, &mut errors))
            }
            Site::Union | Site::UnionVariant => {
                let input: DeriveInput =
                    parse_quote!(#container enum Sample { #inner CallParty(String) });
                union_fingerprint(&Union::from_syn(&input, &mut errors))
            }
        };
        let count = errors
            .finish()
            .err()
            .map_or(0, |error| error.into_iter().count());
        (fingerprint, count)
    }

    /// Each key that a site accepts changes that site's IR: a key that is parsed but not
    /// resolved into the IR fails here.
    #[test]
    fn every_accepted_key_changes_the_ir() {
        let mut tried = Vec::new();
        for site in Site::ALL {
            let (plain, _) = fingerprint_with(site, quote!());
            for key in Key::ALL {
                let Some(example) = key.example(site) else {
                    continue;
                };
                let (with_key, errors) = fingerprint_with(site, example.clone());
                assert_eq!(errors, 0, "`{example}` {site:?}");
                assert_ne!(with_key, plain, "`{example}` changes nothing {site:?}");
                tried.push(key);
            }
        }
        for key in Key::ALL {
            assert!(tried.contains(&key), "`{}` was not tried", key.name());
        }
    }

    #[test]
    fn fields_know_their_index_names_and_option() {
        let input: DeriveInput = parse_quote! {
            #[api(deny_unknown_fields)]
            struct Party {
                #[api(skip)]
                cache: u8,
                #[api(alias = "source", alias = "origin")]
                from_: Option<String>,
                r#type: std::option::Option<Vec<Self>>,
            }
        };
        let mut errors = Diagnostics::default();
        let model = Model::from_syn(&input, &mut errors);
        assert!(errors.finish().is_ok());
        let indices: Vec<usize> = model.fields.iter().map(|field| field.index).collect();
        assert_eq!(indices, [0, 1, 2]);
        let from: Vec<&str> = model.fields[1]
            .names()
            .map(|name| name.value.as_str())
            .collect();
        assert_eq!(from, ["from", "source", "origin"]);
        assert_eq!(model.fields[2].wrapper, Wrapper::Option);
        assert_eq!(model.fields[0].wrapper, Wrapper::Plain);
        assert_eq!(ty::display(model.fields[2].value_ty), "Vec<Self>");
        assert!(matches!(model.unknown_keys, UnknownKeys::Deny(_)));
        assert!(model.extra_field().is_none());
    }

    #[test]
    fn the_extra_field_keeps_unknown_keys() {
        let input: DeriveInput = parse_quote! {
            struct Party { id: u8, #[api(extra)] rest: Extra }
        };
        let model = Model::from_syn(&input, &mut Diagnostics::default());
        assert!(matches!(model.unknown_keys, UnknownKeys::Keep(1)));
        assert_eq!(
            model.extra_field().map(|field| field.name.as_str()),
            Some("rest")
        );
    }

    #[test]
    fn a_wrong_shape_still_gives_the_runtime_path() {
        let input: DeriveInput = parse_quote! {
            #[api(crate = "::rt")]
            enum NotAModel { #[api(other)] A(u8) }
        };
        let mut errors = Diagnostics::default();
        let model = Model::from_syn(&input, &mut errors);
        assert!(errors.finish().is_err());
        assert_eq!(model.runtime.to_token_stream().to_string(), ":: rt");
        assert!(model.fields.is_empty());

        let input: DeriveInput = parse_quote!(
            #[api(crate = "::rt")]
            struct NotAnEnum {
                a: u8,
            }
        );
        let api_enum = Enum::from_syn(&input, &mut Diagnostics::default());
        assert_eq!(api_enum.runtime.to_token_stream().to_string(), ":: rt");
        assert!(api_enum.variants.is_empty() && api_enum.other().is_none());
    }

    #[test]
    fn every_other_variant_is_kept_for_the_checks() {
        let input: DeriveInput = parse_quote! {
            enum E { A, #[api(other)] B(UnknownValue), #[api(other, rename = "c")] C }
        };
        let api_enum = Enum::from_syn(&input, &mut Diagnostics::default());
        let others: Vec<String> = api_enum
            .others
            .iter()
            .map(|other| other.original.ident.to_string())
            .collect();
        assert_eq!(others, ["B", "C"]);
        assert_eq!(
            api_enum.other().map(|other| other.original.ident.clone()),
            Some(format_ident!("B"))
        );
        assert!(api_enum.others[1].written.span(Key::Rename).is_some());
    }
}
