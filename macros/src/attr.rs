//! `#[api(...)]` parsing into typed attributes. Other attributes pass through untouched.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
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
}

impl Site {
    fn keys(self) -> &'static [&'static str] {
        match self {
            Site::Model => &["crate", "deny_unknown_fields", "rename", "rename_all"],
            Site::Field => &["alias", "default", "extra", "rename", "skip"],
            Site::Enum => &["crate", "rename", "rename_all"],
            Site::Variant => &["alias", "other", "rename"],
        }
    }
}

/// Every key any site accepts; a site only ever fills the ones it allows.
#[derive(Default)]
pub struct ApiAttrs {
    pub rename: Option<Name>,
    pub rename_all: Option<RenameRule>,
    pub aliases: Vec<Name>,
    pub krate: Option<syn::Path>,
    pub deny_unknown_fields: Option<Span>,
    pub default: Option<Span>,
    pub skip: Option<Span>,
    pub extra: Option<Span>,
    pub other: Option<Span>,
}

impl ApiAttrs {
    pub fn parse(attrs: &[Attribute], site: Site, errors: &mut Diagnostics) -> Self {
        let mut parsed = ApiAttrs::default();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("api")) {
            let result = attr.parse_nested_meta(|meta| {
                parsed.parse_key(&meta, site, errors);
                Ok(())
            });
            errors.keep(result);
        }
        parsed
    }

    fn parse_key(&mut self, meta: &ParseNestedMeta, site: Site, errors: &mut Diagnostics) {
        let key = meta.path.get_ident().map(ToString::to_string);
        let key = match key.as_deref() {
            Some(key) if site.keys().contains(&key) => key,
            _ => {
                let shown = quote::ToTokens::to_token_stream(&meta.path)
                    .to_string()
                    .replace(' ', "");
                errors.spanned(&meta.path, unknown_key_message(&shown, site));
                skip_value(meta.input);
                return;
            }
        };
        let span = meta.path.segments[0].ident.span();
        match key {
            "rename" => {
                let value = string_value(meta, key, errors);
                set_once(&mut self.rename, value, key, span, errors);
            }
            "alias" => self.aliases.extend(string_value(meta, key, errors)),
            "rename_all" => {
                let rule = string_value(meta, key, errors).and_then(|name| {
                    let rule = RenameRule::from_name(&name.value);
                    if rule.is_none() {
                        errors.at(
                            name.span,
                            format_args!(
                                "unknown rename rule `{}`, expected one of {RuleNames}",
                                name.value
                            ),
                        );
                    }
                    rule
                });
                set_once(&mut self.rename_all, rule, key, span, errors);
            }
            "crate" => {
                let path = string_value(meta, key, errors).and_then(|name| {
                    let literal = LitStr::new(&name.value, name.span);
                    errors.keep(literal.parse::<syn::Path>().map_err(|_| {
                        syn::Error::new(
                            name.span,
                            "expected a path, as in `crate = \"::callparty\"`",
                        )
                    }))
                });
                set_once(&mut self.krate, path, key, span, errors);
            }
            _ => {
                let flag = flag_value(meta, key, errors).then_some(span);
                let slot = match key {
                    "deny_unknown_fields" => &mut self.deny_unknown_fields,
                    "default" => &mut self.default,
                    "skip" => &mut self.skip,
                    "extra" => &mut self.extra,
                    _ => &mut self.other,
                };
                set_once(slot, flag, key, span, errors);
            }
        }
    }
}

pub fn unknown_key_message(key: &str, site: Site) -> String {
    let valid: Vec<String> = site.keys().iter().map(|key| format!("`{key}`")).collect();
    let place = match site {
        Site::Model => "on a model",
        Site::Field => "on a field",
        Site::Enum => "on an enum",
        Site::Variant => "on a variant",
    };
    format!(
        "unknown `api` key `{key}` {place}, expected one of {}",
        valid.join(", ")
    )
}

fn set_once<T>(
    slot: &mut Option<T>,
    value: Option<T>,
    key: &str,
    span: Span,
    errors: &mut Diagnostics,
) {
    let Some(value) = value else { return };
    if slot.is_some() {
        errors.at(span, format_args!("duplicate `{key}`"));
    } else {
        *slot = Some(value);
    }
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

    fn parse(attrs: &[Attribute], site: Site) -> (ApiAttrs, Vec<String>) {
        let mut errors = Diagnostics::default();
        let parsed = ApiAttrs::parse(attrs, site, &mut errors);
        let messages = match errors.finish() {
            Ok(()) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        };
        (parsed, messages)
    }

    #[test]
    fn reads_every_field_key() {
        let attrs: Vec<Attribute> = vec![
            parse_quote!(#[api(rename = "from", alias = "From", alias = "FROM")]),
            parse_quote!(#[doc = "kept for the docs"]),
            parse_quote!(#[api(default)]),
        ];
        let (parsed, errors) = parse(&attrs, Site::Field);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(parsed.rename.unwrap().value, "from");
        let aliases: Vec<_> = parsed.aliases.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(aliases, ["From", "FROM"]);
        assert!(parsed.default.is_some());
        assert!(parsed.skip.is_none());
    }

    #[test]
    fn reads_container_keys() {
        let attrs: Vec<Attribute> = vec![parse_quote!(
            #[api(rename_all = "snake_case", crate = "::my::rt", deny_unknown_fields)]
        )];
        let (parsed, errors) = parse(&attrs, Site::Model);
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
        let (_, errors) = parse(&attrs, Site::Field);
        assert_eq!(errors.len(), 6, "{errors:?}");
        assert!(errors[0].starts_with("unknown `api` key `renam` on a field, expected one of"));
        assert_eq!(errors[1], "expected `rename = \"...\"`");
        assert!(errors[2].starts_with("unknown `api` key `rename_all` on a field"));
        assert_eq!(errors[3], "expected `skip` with no value");
        assert!(errors[4].starts_with("unknown `api` key `other`"));
        assert_eq!(errors[5], "expected `alias = \"...\"`");
    }

    #[test]
    fn an_unknown_path_key_is_shown_as_written() {
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(serde::rename = "x")])];
        let (_, errors) = parse(&attrs, Site::Field);
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
            parse_quote!(#[api(rename = "b", rename_all = "Kebab")]),
        ];
        let (parsed, errors) = parse(&attrs, Site::Enum);
        assert_eq!(parsed.rename.unwrap().value, "a");
        assert_eq!(errors[0], "duplicate `rename`");
        assert!(
            errors[1].starts_with("unknown rename rule `Kebab`, expected one of \"lowercase\"")
        );
    }

    #[test]
    fn rejects_a_bad_crate_path() {
        let attrs: Vec<Attribute> = vec![parse_quote!(#[api(crate = "not a path")])];
        let (parsed, errors) = parse(&attrs, Site::Model);
        assert!(parsed.krate.is_none());
        assert_eq!(errors, ["expected a path, as in `crate = \"::callparty\"`"]);
    }
}
