//! `#[api(...)]` keys as one closed table, read into typed attributes per site. Other
//! attributes pass through untouched.
//!
//! The table is [`Key::slot`]: for every key and every site, the slot of that site's typed
//! attributes that the key fills, or `None` where the key is not accepted. The slot's variant
//! is the value's shape. Both matches are exhaustive, so a new key has no row until it is
//! given one, and a new site is not accepted anywhere until each key says whether it is.
//!
//! Adding an attribute touches these files:
//! 1. `attr.rs`: a [`Key`] variant with its name in [`Key::name`] and its place in
//!    [`Key::ALL`]; its row in [`Key::slot`]; the field it fills in the typed attributes of
//!    each site that accepts it. A new value shape is a new [`Slot`] variant and its reader in
//!    [`Slot::fill`]. A new site (a union, its variants) is a [`Site`] and a [`Target`]
//!    variant with its typed attributes, and the compiler then asks every row about it.
//! 2. `ast.rs`: the IR value the field resolves to, and that value in the fingerprint of
//!    `ast::tests` (its destructuring names every IR field). The test there tries every key
//!    at every site that accepts it, and fails for one that leaves the IR unchanged.
//! 3. `check.rs`: the checks of how it combines with other keys.
//! 4. `expand/`: the code that reads the new IR value.
//! 5. `tests/`: a behaviour test, a `tests/ui` case per new diagnostic, and the attribute
//!    reference in README.md.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, LitStr, Token};

use crate::case::{RenameRule, RuleNames};
use crate::errors::Diagnostics;

/// A string from the user's code with the span to point at when it is wrong.
#[derive(Clone, Debug)]
pub struct Name {
    pub value: String,
    pub span: Span,
}

/// Where an attribute stands; each place accepts its own keys.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Site {
    Model,
    Field,
    Enum,
    Variant,
    Union,
    UnionVariant,
}

impl Site {
    #[cfg(test)]
    pub const ALL: [Site; 6] = [
        Site::Model,
        Site::Field,
        Site::Enum,
        Site::Variant,
        Site::Union,
        Site::UnionVariant,
    ];

    fn place(self) -> &'static str {
        match self {
            Site::Model => "on a model",
            Site::Field => "on a field",
            Site::Enum => "on an enum",
            Site::Variant => "on a variant",
            Site::Union => "on a union",
            Site::UnionVariant => "on a union variant",
        }
    }
}

/// Every `#[api(...)]` key.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    Alias,
    Borrow,
    Bound,
    Crate,
    Default,
    DenyUnknownFields,
    DeserializeWith,
    Extra,
    Flatten,
    Other,
    Rename,
    RenameAll,
    Required,
    SerializeWith,
    Skip,
    SkipDeserializing,
    SkipSerializing,
    Tag,
    Untagged,
    With,
    WriteNone,
}

impl Key {
    /// Every key, in the order that error messages list them.
    pub const ALL: [Key; 21] = [
        Key::Alias,
        Key::Borrow,
        Key::Bound,
        Key::Crate,
        Key::Default,
        Key::DenyUnknownFields,
        Key::DeserializeWith,
        Key::Extra,
        Key::Flatten,
        Key::Other,
        Key::Rename,
        Key::RenameAll,
        Key::Required,
        Key::SerializeWith,
        Key::Skip,
        Key::SkipDeserializing,
        Key::SkipSerializing,
        Key::Tag,
        Key::Untagged,
        Key::With,
        Key::WriteNone,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Key::Alias => "alias",
            Key::Borrow => "borrow",
            Key::Bound => "bound",
            Key::Crate => "crate",
            Key::Default => "default",
            Key::DenyUnknownFields => "deny_unknown_fields",
            Key::DeserializeWith => "deserialize_with",
            Key::Extra => "extra",
            Key::Flatten => "flatten",
            Key::Other => "other",
            Key::Rename => "rename",
            Key::RenameAll => "rename_all",
            Key::Required => "required",
            Key::SerializeWith => "serialize_with",
            Key::Skip => "skip",
            Key::SkipDeserializing => "skip_deserializing",
            Key::SkipSerializing => "skip_serializing",
            Key::Tag => "tag",
            Key::Untagged => "untagged",
            Key::With => "with",
            Key::WriteNone => "write_none",
        }
    }

    fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|key| key.name() == name)
    }

    /// The table: the slot that this key fills in `target`, or `None` where it is not
    /// accepted.
    fn slot<'s>(self, target: &'s mut Target<'_>) -> Option<Slot<'s>> {
        use Target::{Enum, Field, Model, Union, UnionVariant, Variant};
        match self {
            Key::Alias => match target {
                Field(attrs) => Some(Slot::Names(&mut attrs.aliases)),
                Variant(attrs) => Some(Slot::Names(&mut attrs.aliases)),
                UnionVariant(attrs) => Some(Slot::Names(&mut attrs.aliases)),
                Model(_) | Enum(_) | Union(_) => None,
            },
            Key::Borrow => match target {
                Field(attrs) => Some(Slot::Lifetimes(&mut attrs.borrow)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Bound => match target {
                Model(attrs) => Some(Slot::Bounds(&mut attrs.bound)),
                Field(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Crate => match target {
                Model(attrs) => Some(Slot::Path(&mut attrs.krate, "::callparty")),
                Enum(attrs) => Some(Slot::Path(&mut attrs.krate, "::callparty")),
                Union(attrs) => Some(Slot::Path(&mut attrs.krate, "::callparty")),
                Field(_) | Variant(_) | UnionVariant(_) => None,
            },
            Key::Default => match target {
                Field(attrs) => Some(Slot::Default(&mut attrs.default)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::DenyUnknownFields => match target {
                Model(attrs) => Some(Slot::Flag(&mut attrs.deny_unknown_fields)),
                Field(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::DeserializeWith => match target {
                Field(attrs) => Some(Slot::Path(&mut attrs.deserialize_with, "from_seconds")),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Extra => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.extra)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Flatten => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.flatten)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Other => match target {
                Variant(attrs) => Some(Slot::Flag(&mut attrs.other)),
                UnionVariant(attrs) => Some(Slot::Flag(&mut attrs.other)),
                Model(_) | Field(_) | Enum(_) | Union(_) => None,
            },
            Key::Rename => match target {
                Model(attrs) => Some(Slot::Name(&mut attrs.rename)),
                Field(attrs) => Some(Slot::Name(&mut attrs.rename)),
                Enum(attrs) => Some(Slot::Name(&mut attrs.rename)),
                Variant(attrs) => Some(Slot::Name(&mut attrs.rename)),
                Union(attrs) => Some(Slot::Name(&mut attrs.rename)),
                UnionVariant(attrs) => Some(Slot::Name(&mut attrs.rename)),
            },
            Key::RenameAll => match target {
                Model(attrs) => Some(Slot::Rule(&mut attrs.rename_all)),
                Enum(attrs) => Some(Slot::Rule(&mut attrs.rename_all)),
                Union(attrs) => Some(Slot::Rule(&mut attrs.rename_all)),
                Field(_) | Variant(_) | UnionVariant(_) => None,
            },
            Key::Required => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.required)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::SerializeWith => match target {
                Field(attrs) => Some(Slot::Path(&mut attrs.serialize_with, "to_seconds")),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Skip => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.skip)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::SkipDeserializing => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.skip_deserializing)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::SkipSerializing => match target {
                Field(attrs) => Some(Slot::Flag(&mut attrs.skip_serializing)),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::Tag => match target {
                Union(attrs) => Some(Slot::Name(&mut attrs.tag)),
                Model(_) | Field(_) | Enum(_) | Variant(_) | UnionVariant(_) => None,
            },
            Key::Untagged => match target {
                Union(attrs) => Some(Slot::Flag(&mut attrs.untagged)),
                Model(_) | Field(_) | Enum(_) | Variant(_) | UnionVariant(_) => None,
            },
            Key::With => match target {
                Field(attrs) => Some(Slot::Path(&mut attrs.with, "unix_seconds")),
                Model(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
            Key::WriteNone => match target {
                Model(attrs) => Some(Slot::Flag(&mut attrs.write_none)),
                Field(_) | Enum(_) | Variant(_) | Union(_) | UnionVariant(_) => None,
            },
        }
    }

    fn accepted_at(self, site: Site) -> bool {
        Target::empty(site, |target| self.slot(target).is_some())
    }

    /// `key = <value>` with a value of the right shape, for tests that try every key.
    #[cfg(test)]
    pub fn example(self, site: Site) -> Option<proc_macro2::TokenStream> {
        let key: proc_macro2::TokenStream = self.name().parse().ok()?;
        Target::empty(site, |target| {
            Some(match self.slot(target)? {
                Slot::Name(_) | Slot::Names(_) => quote::quote!(#key = "example"),
                Slot::Rule(_) => quote::quote!(#key = "SCREAMING_SNAKE_CASE"),
                Slot::Path(_, _) => quote::quote!(#key = "::example"),
                Slot::Flag(_) | Slot::Lifetimes(_) | Slot::Default(_) => key,
                Slot::Bounds(_) => quote::quote!(#key = "T: Clone"),
            })
        })
    }
}

/// The attributes of a model.
#[derive(Default)]
pub struct ModelAttrs {
    pub bound: Option<Bounds>,
    pub krate: Option<syn::Path>,
    pub deny_unknown_fields: Option<Span>,
    pub rename: Option<Name>,
    pub rename_all: Option<RenameRule>,
    pub write_none: Option<Span>,
}

/// The attributes of a model's field.
#[derive(Default)]
pub struct FieldAttrs {
    pub rename: Option<Name>,
    pub aliases: Vec<Name>,
    pub borrow: Option<BorrowAttr>,
    pub default: Option<DefaultAttr>,
    pub required: Option<Span>,
    pub skip: Option<Span>,
    pub flatten: Option<Span>,
    pub skip_serializing: Option<Span>,
    pub skip_deserializing: Option<Span>,
    pub with: Option<syn::Path>,
    pub serialize_with: Option<syn::Path>,
    pub deserialize_with: Option<syn::Path>,
    pub extra: Option<Span>,
}

/// The attributes of an enum.
#[derive(Default)]
pub struct EnumAttrs {
    pub krate: Option<syn::Path>,
    pub rename: Option<Name>,
    pub rename_all: Option<RenameRule>,
}

/// The attributes of an enum's variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub rename: Option<Name>,
    pub aliases: Vec<Name>,
    pub other: Option<Span>,
}

/// The attributes of a union.
#[derive(Default)]
pub struct UnionAttrs {
    pub krate: Option<syn::Path>,
    pub rename: Option<Name>,
    pub rename_all: Option<RenameRule>,
    pub tag: Option<Name>,
    pub untagged: Option<Span>,
}

/// The attributes of a union's variant.
#[derive(Default)]
pub struct UnionVariantAttrs {
    pub rename: Option<Name>,
    pub aliases: Vec<Name>,
    pub other: Option<Span>,
}

/// `borrow` (every lifetime of the field's type) or `borrow = "'a + 'b"` (these).
pub struct BorrowAttr {
    pub span: Span,
    pub lifetimes: Option<Vec<syn::Lifetime>>,
}

/// `default` (`Default::default()`) or `default = "path"` (a function that makes the value).
pub struct DefaultAttr {
    pub function: Option<syn::Path>,
}

/// `bound = "..."` (both impls) or `bound(serialize = "...", deserialize = "...")`: the
/// where-clause predicates that replace the inferred ones of that impl.
#[derive(Default)]
pub struct Bounds {
    pub serialize: Option<Vec<syn::WherePredicate>>,
    pub deserialize: Option<Vec<syn::WherePredicate>>,
}

/// The typed attributes of one site, being filled.
pub enum Target<'a> {
    Model(&'a mut ModelAttrs),
    Field(&'a mut FieldAttrs),
    Enum(&'a mut EnumAttrs),
    Variant(&'a mut VariantAttrs),
    Union(&'a mut UnionAttrs),
    UnionVariant(&'a mut UnionVariantAttrs),
}

impl Target<'_> {
    /// `with` called on empty attributes of `site`, to ask the table about it.
    fn empty<R>(site: Site, with: impl FnOnce(&mut Target) -> R) -> R {
        match site {
            Site::Model => with(&mut Target::Model(&mut ModelAttrs::default())),
            Site::Field => with(&mut Target::Field(&mut FieldAttrs::default())),
            Site::Enum => with(&mut Target::Enum(&mut EnumAttrs::default())),
            Site::Variant => with(&mut Target::Variant(&mut VariantAttrs::default())),
            Site::Union => with(&mut Target::Union(&mut UnionAttrs::default())),
            Site::UnionVariant => {
                with(&mut Target::UnionVariant(&mut UnionVariantAttrs::default()))
            }
        }
    }

    fn site(&self) -> Site {
        match self {
            Target::Model(_) => Site::Model,
            Target::Field(_) => Site::Field,
            Target::Enum(_) => Site::Enum,
            Target::Variant(_) => Site::Variant,
            Target::Union(_) => Site::Union,
            Target::UnionVariant(_) => Site::UnionVariant,
        }
    }
}

/// Typed attributes that [`parse`] fills.
pub trait SiteAttrs: Default {
    fn target(&mut self) -> Target<'_>;
}

impl SiteAttrs for ModelAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::Model(self)
    }
}

impl SiteAttrs for FieldAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::Field(self)
    }
}

impl SiteAttrs for EnumAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::Enum(self)
    }
}

impl SiteAttrs for VariantAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::Variant(self)
    }
}

impl SiteAttrs for UnionAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::Union(self)
    }
}

impl SiteAttrs for UnionVariantAttrs {
    fn target(&mut self) -> Target<'_> {
        Target::UnionVariant(self)
    }
}

/// The keys written on one item, each with the span of its value (of the key itself, for a
/// flag), in the order written. The IR keeps it so that `check.rs` can point at keys that do
/// not go together.
#[derive(Default)]
pub struct Written(Vec<(Key, Span)>);

impl Written {
    /// Every key written, with where, in order.
    pub fn all(&self) -> impl Iterator<Item = (Key, Span)> + '_ {
        self.0.iter().copied()
    }

    /// Where `key` was written, every time.
    pub fn spans(&self, key: Key) -> impl Iterator<Item = Span> + '_ {
        self.0
            .iter()
            .filter(move |(written, _)| *written == key)
            .map(|(_, span)| *span)
    }

    /// Where `key` was first written.
    pub fn span(&self, key: Key) -> Option<Span> {
        self.spans(key).next()
    }
}

/// The `#[api(...)]` attributes among `attrs`, read into `A`. Every mistake goes to `errors`,
/// and reading goes on after it, so that the user sees them all.
pub fn parse<A: SiteAttrs>(attrs: &[Attribute], errors: &mut Diagnostics) -> (A, Written) {
    let mut parsed = A::default();
    let mut written = Written::default();
    let mut target = parsed.target();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("api")) {
        let result = attr.parse_nested_meta(|meta| {
            parse_key(&meta, &mut target, &mut written, errors);
            Ok(())
        });
        errors.keep(result);
    }
    let site = target.site();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        reject_serde(attr, site, errors);
    }
    (parsed, written)
}

/// `#[serde(...)]` on an item of these derives does nothing (another derive, such as
/// schemars', may have registered the attribute; ours registers it to say so): an error at
/// each key, naming the `#[api]` key to write instead.
fn reject_serde(attr: &Attribute, site: Site, errors: &mut Diagnostics) {
    let derive = match site {
        Site::Model | Site::Field => "ApiModel",
        Site::Enum | Site::Variant => "ApiEnum",
        Site::Union | Site::UnionVariant => "ApiUnion",
    };
    let result = attr.parse_nested_meta(|meta| {
        let shown = quote::ToTokens::to_token_stream(&meta.path)
            .to_string()
            .replace(' ', "");
        let instead = match serde_equivalent(&shown, site) {
            // serde flattens maps too, which `extra` keeps.
            Some(_) if shown == "flatten" => {
                "; write `#[api(flatten)]` for a model, `#[api(extra)]` for a map".to_owned()
            }
            Some(form) => format!("; write `#[api({form})]`"),
            None if shown == "skip_serializing_if" => {
                "; an `Option` field is left out when it is `None` without it".to_owned()
            }
            None => "; `#[api]` has no equivalent".to_owned(),
        };
        errors.spanned(
            &meta.path,
            format_args!("`{derive}` does not read `#[serde({shown})]`{instead}"),
        );
        skip_nested(meta.input);
        Ok(())
    });
    if result.is_err() {
        errors.spanned(
            attr,
            format_args!("`{derive}` does not read `#[serde]`; write `#[api(...)]`"),
        );
    }
}

/// The `#[api]` form of serde's key `key` at `site`, if this site has one.
fn serde_equivalent(key: &str, site: Site) -> Option<String> {
    let key = Key::from_name(key)?;
    Target::empty(site, |target| {
        let name = key.name();
        Some(match key.slot(target)? {
            Slot::Name(_) | Slot::Names(_) | Slot::Rule(_) | Slot::Path(..) | Slot::Bounds(_) => {
                format!("{name} = \"...\"")
            }
            Slot::Flag(_) | Slot::Lifetimes(_) | Slot::Default(_) => name.to_owned(),
        })
    })
}

fn parse_key(
    meta: &ParseNestedMeta,
    target: &mut Target,
    written: &mut Written,
    errors: &mut Diagnostics,
) {
    let site = target.site();
    let found = meta.path.get_ident().and_then(|ident| {
        let key = Key::from_name(&ident.to_string())?;
        Some((key, ident.span(), key.slot(target)?))
    });
    let Some((key, key_span, slot)) = found else {
        let shown = quote::ToTokens::to_token_stream(&meta.path)
            .to_string()
            .replace(' ', "");
        errors.spanned(&meta.path, unknown_key_message(&shown, site));
        skip_value(meta.input);
        return;
    };
    if let Some(span) = slot.fill(meta, key.name(), key_span, errors) {
        written.0.push((key, span));
    }
}

fn unknown_key_message(key: &str, site: Site) -> String {
    let valid: Vec<String> = Key::ALL
        .into_iter()
        .filter(|key| key.accepted_at(site))
        .map(|key| format!("`{}`", key.name()))
        .collect();
    format!(
        "unknown `api` key `{key}` {}, expected one of {}",
        site.place(),
        valid.join(", ")
    )
}

/// Where a key's value goes; the variant is the value's shape.
enum Slot<'s> {
    /// `key = "..."`, once.
    Name(&'s mut Option<Name>),
    /// `key = "..."`, any number of times.
    Names(&'s mut Vec<Name>),
    /// `key = "<rename rule>"`, once.
    Rule(&'s mut Option<RenameRule>),
    /// `key = "<path>"`, once; the example is shown when the value is not a path.
    Path(&'s mut Option<syn::Path>, &'static str),
    /// A bare `key`, once.
    Flag(&'s mut Option<Span>),
    /// A bare `key` or `key = "'a + 'b"`, once.
    Lifetimes(&'s mut Option<BorrowAttr>),
    /// `key = "<predicates>"` or `key(serialize = "...", deserialize = "...")`, once.
    Bounds(&'s mut Option<Bounds>),
    /// A bare `key` or `key = "<path>"`, once.
    Default(&'s mut Option<DefaultAttr>),
}

impl Slot<'_> {
    /// Reads the value of `key` into the slot; the span of what it stored, if it stored one.
    fn fill(
        self,
        meta: &ParseNestedMeta,
        key: &str,
        key_span: Span,
        errors: &mut Diagnostics,
    ) -> Option<Span> {
        match self {
            Slot::Name(slot) => {
                let name = string_value(meta, key, errors)?;
                let span = name.span;
                set_once(slot, name, key, key_span, errors).then_some(span)
            }
            Slot::Names(list) => {
                let name = string_value(meta, key, errors)?;
                let span = name.span;
                list.push(name);
                Some(span)
            }
            Slot::Rule(slot) => {
                let name = string_value(meta, key, errors)?;
                let Some(rule) = RenameRule::from_name(&name.value) else {
                    errors.at(
                        name.span,
                        format_args!(
                            "unknown rename rule `{}`, expected one of {RuleNames}",
                            name.value
                        ),
                    );
                    return None;
                };
                set_once(slot, rule, key, key_span, errors).then_some(name.span)
            }
            Slot::Path(slot, example) => {
                let (path, span) = parsed_value(
                    meta,
                    key,
                    errors,
                    <syn::Path as syn::parse::Parse>::parse,
                    format_args!("expected a path, as in `{key} = \"{example}\"`"),
                )?;
                set_once(slot, path, key, key_span, errors).then_some(span)
            }
            Slot::Flag(slot) => {
                if !flag_value(meta, key, errors) {
                    return None;
                }
                set_once(slot, key_span, key, key_span, errors).then_some(key_span)
            }
            Slot::Lifetimes(slot) => {
                let lifetimes = if meta.input.peek(Token![=]) {
                    Some(lifetimes_value(meta, key, errors)?)
                } else if flag_value(meta, key, errors) {
                    None
                } else {
                    return None;
                };
                let borrow = BorrowAttr {
                    span: key_span,
                    lifetimes,
                };
                set_once(slot, borrow, key, key_span, errors).then_some(key_span)
            }
            Slot::Bounds(slot) => {
                let bounds = bounds_value(meta, key, errors)?;
                set_once(slot, bounds, key, key_span, errors).then_some(key_span)
            }
            Slot::Default(slot) => {
                let function = if meta.input.peek(Token![=]) {
                    let (path, _) = parsed_value(
                        meta,
                        key,
                        errors,
                        <syn::Path as syn::parse::Parse>::parse,
                        format_args!(
                            "expected `{key}` or the path of a function, as in `{key} = \"zero\"`"
                        ),
                    )?;
                    Some(path)
                } else if flag_value(meta, key, errors) {
                    None
                } else {
                    return None;
                };
                let default = DefaultAttr { function };
                set_once(slot, default, key, key_span, errors).then_some(key_span)
            }
        }
    }
}

/// Stores `value` unless the key was given before, which is an error at the second one.
fn set_once<T>(
    slot: &mut Option<T>,
    value: T,
    key: &str,
    key_span: Span,
    errors: &mut Diagnostics,
) -> bool {
    if slot.is_some() {
        errors.at(key_span, format_args!("duplicate `{key}`"));
        return false;
    }
    *slot = Some(value);
    true
}

/// Reads `key = "..."`; a value of any other form is an error that shows the expected form,
/// and the tokens up to the next key are skipped so later keys are still checked.
fn string_value(meta: &ParseNestedMeta, key: &str, errors: &mut Diagnostics) -> Option<Name> {
    let expected = format!("expected `{key} = \"...\"`");
    if !meta.input.peek(Token![=]) {
        errors.spanned(&meta.path, &expected);
        skip_value(meta.input);
        return None;
    }
    let parsed = meta.value().and_then(|value| value.parse::<LitStr>());
    match parsed {
        Ok(literal) => Some(Name {
            value: literal.value(),
            span: literal.span(),
        }),
        Err(error) => {
            errors.at(error.span(), &expected);
            skip_rest(meta.input);
            None
        }
    }
}

/// Reads `key = "..."` and parses the string with `parser`, into the value and the span of
/// the string; an error shows `expected`.
fn parsed_value<T>(
    meta: &ParseNestedMeta,
    key: &str,
    errors: &mut Diagnostics,
    parser: impl FnOnce(ParseStream) -> syn::Result<T>,
    expected: impl std::fmt::Display,
) -> Option<(T, Span)> {
    let name = string_value(meta, key, errors)?;
    let literal = LitStr::new(&name.value, name.span);
    let parsed = literal.parse_with(parser);
    let value = errors.keep(parsed.map_err(|_| syn::Error::new(name.span, expected)))?;
    Some((value, name.span))
}

/// Reads `key = "'a + 'b"`: one or more lifetimes joined by `+`.
fn lifetimes_value(
    meta: &ParseNestedMeta,
    key: &str,
    errors: &mut Diagnostics,
) -> Option<Vec<syn::Lifetime>> {
    let (lifetimes, _) = parsed_value(
        meta,
        key,
        errors,
        Punctuated::<syn::Lifetime, Token![+]>::parse_separated_nonempty,
        format_args!("expected lifetimes, as in `{key} = \"'a\"` or `{key} = \"'a + 'b\"`"),
    )?;
    Some(lifetimes.into_iter().collect())
}

/// Reads `key = "T: Clone, U::Item: Default"`: where-clause predicates, possibly none.
fn predicates_value(
    meta: &ParseNestedMeta,
    key: &str,
    errors: &mut Diagnostics,
) -> Option<Vec<syn::WherePredicate>> {
    let (predicates, _) = parsed_value(
        meta,
        key,
        errors,
        Punctuated::<syn::WherePredicate, Token![,]>::parse_terminated,
        format_args!("expected where-clause predicates, as in `{key} = \"T: Clone\"`"),
    )?;
    Some(predicates.into_iter().collect())
}

/// Reads `key = "<predicates>"`, which sets both sides, or `key(serialize = "<predicates>",
/// deserialize = "<predicates>")`, which sets either or both.
fn bounds_value(meta: &ParseNestedMeta, key: &str, errors: &mut Diagnostics) -> Option<Bounds> {
    if meta.input.peek(Token![=]) {
        let predicates = predicates_value(meta, key, errors)?;
        return Some(Bounds {
            serialize: Some(predicates.clone()),
            deserialize: Some(predicates),
        });
    }
    if !meta.input.peek(syn::token::Paren) {
        let expected = format!(
            "expected `{key} = \"...\"` or `{key}(serialize = \"...\", deserialize = \"...\")`"
        );
        errors.spanned(&meta.path, expected);
        skip_value(meta.input);
        return None;
    }
    let mut bounds = Bounds::default();
    let result = meta.parse_nested_meta(|side| {
        let Some(ident) = side.path.get_ident() else {
            return Err(side.error("expected `serialize` or `deserialize`"));
        };
        let (name, slot) = match ident.to_string().as_str() {
            "serialize" => ("serialize", &mut bounds.serialize),
            "deserialize" => ("deserialize", &mut bounds.deserialize),
            other => {
                errors.spanned(
                    ident,
                    format_args!(
                        "unknown `{key}` side `{other}`, expected `serialize` or `deserialize`"
                    ),
                );
                skip_value(side.input);
                return Ok(());
            }
        };
        if let Some(predicates) = predicates_value(&side, name, errors) {
            set_once(slot, predicates, name, ident.span(), errors);
        }
        Ok(())
    });
    errors.keep(result)?;
    Some(bounds)
}

/// Reads a bare `key`; `key = ...` or `key(...)` is an error.
fn flag_value(meta: &ParseNestedMeta, key: &str, errors: &mut Diagnostics) -> bool {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        return true;
    }
    errors.spanned(&meta.path, format_args!("expected `{key}` with no value"));
    skip_value(meta.input);
    false
}

fn skip_value(input: ParseStream) {
    if input.peek(Token![=]) {
        let _ = input.parse::<Token![=]>();
    }
    skip_rest(input);
}

/// Skips a key's value of any form: `= ...`, `(...)`, or nothing.
fn skip_nested(input: ParseStream) {
    if input.peek(syn::token::Paren) {
        let _ = input.parse::<TokenTree>();
    }
    skip_value(input);
}

fn skip_rest(input: ParseStream) {
    while !input.is_empty() && !input.peek(Token![,]) {
        if input.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn parse_at<A: SiteAttrs>(attrs: &[Attribute]) -> (A, Written, Vec<String>) {
        let mut errors = Diagnostics::default();
        let (parsed, written) = parse::<A>(attrs, &mut errors);
        let messages = match errors.finish() {
            Ok(()) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        };
        (parsed, written, messages)
    }

    #[test]
    fn reads_every_field_key() {
        let attrs: Vec<Attribute> = vec![
            parse_quote!(#[api(rename = "from", alias = "From", alias = "FROM")]),
            parse_quote!(#[doc = "kept for the docs"]),
            parse_quote!(#[api(default)]),
        ];
        let (parsed, written, errors) = parse_at::<FieldAttrs>(&attrs);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(parsed.rename.unwrap().value, "from");
        let aliases: Vec<_> = parsed.aliases.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(aliases, ["From", "FROM"]);
        assert!(parsed.default.is_some());
        assert!(parsed.skip.is_none());
        let keys: Vec<Key> = written.0.iter().map(|(key, _)| *key).collect();
        assert_eq!(keys, [Key::Rename, Key::Alias, Key::Alias, Key::Default]);
        assert_eq!(written.spans(Key::Alias).count(), 2);
    }

    #[test]
    fn reads_container_keys() {
        let attrs: Vec<Attribute> = vec![parse_quote!(
            #[api(rename_all = "snake_case", crate = "::my::rt", deny_unknown_fields)]
        )];
        let (parsed, _, errors) = parse_at::<ModelAttrs>(&attrs);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(parsed.rename_all, Some(RenameRule::Snake));
        let krate = parsed.krate.unwrap();
        assert_eq!(quote::quote!(#krate).to_string(), ":: my :: rt");
        assert!(parsed.deny_unknown_fields.is_some());
    }

    #[test]
    fn collects_every_mistake_of_one_attribute() {
        let attrs: Vec<Attribute> = vec![parse_quote!(
            #[api(renam = "x", rename = 5, rename_all = "Camel", skip = true, other, alias)]
        )];
        let (_, written, errors) = parse_at::<FieldAttrs>(&attrs);
        assert_eq!(errors.len(), 6, "{errors:?}");
        assert!(errors[0].starts_with("unknown `api` key `renam` on a field, expected one of"));
        assert_eq!(errors[1], "expected `rename = \"...\"`");
        assert!(errors[2].starts_with("unknown `api` key `rename_all` on a field"));
        assert_eq!(errors[3], "expected `skip` with no value");
        assert!(errors[4].starts_with("unknown `api` key `other`"));
        assert_eq!(errors[5], "expected `alias = \"...\"`");
        assert!(
            written.0.is_empty(),
            "a key with a bad value is not written"
        );
    }

    #[test]
    fn an_unknown_key_lists_the_keys_of_its_site() {
        let expected = [
            (
                Site::Model,
                "`bound`, `crate`, `deny_unknown_fields`, `rename`, `rename_all`, `write_none`",
            ),
            (
                Site::Field,
                "`alias`, `borrow`, `default`, `deserialize_with`, `extra`, `flatten`, `rename`, \
                 `required`, `serialize_with`, `skip`, `skip_deserializing`, `skip_serializing`, \
                 `with`",
            ),
            (Site::Enum, "`crate`, `rename`, `rename_all`"),
            (Site::Variant, "`alias`, `other`, `rename`"),
            (
                Site::Union,
                "`crate`, `rename`, `rename_all`, `tag`, `untagged`",
            ),
            (Site::UnionVariant, "`alias`, `other`, `rename`"),
        ];
        for (site, keys) in expected {
            assert_eq!(
                unknown_key_message("x", site),
                format!(
                    "unknown `api` key `x` {}, expected one of {keys}",
                    site.place()
                )
            );
        }
    }

    #[test]
    fn an_unknown_path_key_is_shown_as_written() {
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(serde::rename = "x")])];
        let (_, _, errors) = parse_at::<FieldAttrs>(&attrs);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("unknown `api` key `serde::rename` on a field"),
            "{errors:?}"
        );
    }

    #[test]
    fn rejects_duplicates_and_unknown_rules() {
        let attrs: Vec<Attribute> = vec![
            parse_quote!(#[api(rename = "a")]),
            parse_quote!(#[api(rename = "b", rename_all = "Kebab", other)]),
        ];
        let (parsed, _, errors) = parse_at::<EnumAttrs>(&attrs);
        assert_eq!(parsed.rename.unwrap().value, "a");
        assert_eq!(errors[0], "duplicate `rename`");
        assert!(
            errors[1].starts_with("unknown rename rule `Kebab`, expected one of \"lowercase\"")
        );
        assert!(errors[2].starts_with("unknown `api` key `other` on an enum"));
    }

    #[test]
    fn reads_union_keys() {
        let attrs: Vec<Attribute> = vec![parse_quote!(
            #[api(tag = "kind", untagged, rename_all = "snake_case", tag = "type", extra)]
        )];
        let (parsed, written, errors) = parse_at::<UnionAttrs>(&attrs);
        assert_eq!(parsed.tag.unwrap().value, "kind");
        assert!(parsed.untagged.is_some());
        assert_eq!(parsed.rename_all, Some(RenameRule::Snake));
        assert_eq!(errors[0], "duplicate `tag`");
        assert!(errors[1].starts_with("unknown `api` key `extra` on a union"));
        assert_eq!(written.spans(Key::Tag).count(), 1);
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(tag = kind)])];
        let (_, _, errors) = parse_at::<UnionAttrs>(&attrs);
        assert_eq!(errors, ["expected `tag = \"...\"`"]);
    }

    #[test]
    fn reads_borrow_and_bound_in_each_form() {
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(borrow = "'a + 'b")])];
        let (parsed, _, errors) = parse_at::<FieldAttrs>(&attrs);
        assert!(errors.is_empty(), "{errors:?}");
        let listed: Vec<String> = parsed
            .borrow
            .and_then(|borrow| borrow.lifetimes)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(listed, ["'a", "'b"]);
        let (parsed, _, _) = parse_at::<FieldAttrs>(&[parse_quote!(#[api(borrow)])]);
        assert!(
            parsed
                .borrow
                .is_some_and(|borrow| borrow.lifetimes.is_none())
        );

        let shown =
            |side: Option<Vec<syn::WherePredicate>>| side.map(|predicates| predicates.len());
        let (parsed, _, errors) =
            parse_at::<ModelAttrs>(&[parse_quote!(#[api(bound = "T: Clone, U: Default")])]);
        assert!(errors.is_empty(), "{errors:?}");
        let bound = parsed.bound.unwrap();
        assert_eq!(
            (shown(bound.serialize), shown(bound.deserialize)),
            (Some(2), Some(2))
        );
        let (parsed, _, errors) =
            parse_at::<ModelAttrs>(&[parse_quote!(#[api(bound(deserialize = ""))])]);
        assert!(errors.is_empty(), "{errors:?}");
        let bound = parsed.bound.unwrap();
        assert_eq!(
            (shown(bound.serialize), shown(bound.deserialize)),
            (None, Some(0))
        );
        let (_, _, errors) = parse_at::<ModelAttrs>(&[parse_quote!(
            #[api(bound, bound(serialize = "", serialize = ""))]
        )]);
        assert_eq!(
            errors,
            [
                "expected `bound = \"...\"` or `bound(serialize = \"...\", deserialize = \"...\")`",
                "duplicate `serialize`",
            ]
        );
    }

    #[test]
    fn reads_default_bare_or_with_a_function() {
        let (parsed, _, errors) = parse_at::<FieldAttrs>(&[parse_quote!(#[api(default)])]);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(
            parsed
                .default
                .is_some_and(|default| default.function.is_none())
        );
        let (parsed, _, errors) =
            parse_at::<FieldAttrs>(&[parse_quote!(#[api(default = "Port::http")])]);
        assert!(errors.is_empty(), "{errors:?}");
        let function = parsed.default.and_then(|default| default.function).unwrap();
        assert_eq!(quote::quote!(#function).to_string(), "Port :: http");
        let (_, _, errors) = parse_at::<FieldAttrs>(&[parse_quote!(#[api(default = 3)])]);
        assert_eq!(errors, ["expected `default = \"...\"`"]);
    }

    #[test]
    fn rejects_a_bad_crate_path() {
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(crate = "not a path")])];
        let (parsed, _, errors) = parse_at::<ModelAttrs>(&attrs);
        assert!(parsed.krate.is_none());
        assert_eq!(errors, ["expected a path, as in `crate = \"::callparty\"`"]);
    }

    #[test]
    fn every_key_has_its_own_name_and_a_site() {
        let mut names: Vec<&str> = Key::ALL.iter().map(|key| key.name()).collect();
        assert!(names.is_sorted(), "messages list the keys in this order");
        names.dedup();
        assert_eq!(names.len(), Key::ALL.len());
        for key in Key::ALL {
            assert_eq!(Key::from_name(key.name()), Some(key));
            let sites = Site::ALL.into_iter().filter(|site| key.accepted_at(*site));
            assert!(sites.count() > 0, "`{}` is accepted nowhere", key.name());
        }
    }
}
