//! Derive macros behind the `callparty` crate: `ApiModel` turns a struct into a JSON API model,
//! `ApiEnum` maps a fieldless enum to the strings an API sends, `ApiUnion` turns an enum of
//! newtype variants into a one-of type. Use them through `callparty`,
//! which documents them and holds the runtime they call.

mod ast;
mod attr;
mod case;
mod check;
mod doc_comment;
mod errors;
mod expand;
mod manifest;
#[cfg(test)]
mod no_panic_tests;
mod ty;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives `serde::Serialize`, `serde::Deserialize` and `callparty::ApiModel` for a struct with
/// named fields. See `callparty`'s documentation for the `#[api(...)]` attributes. `serde` is
/// registered too, so that a `#[serde(...)]` meant for these impls is an error that names its
/// `#[api]` equivalent, not an attribute that silently does nothing.
#[proc_macro_derive(ApiModel, attributes(api, serde))]
pub fn derive_api_model(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::model(&input).into()
}

/// Derives string conversions, serde impls and `callparty::ApiEnum` for a fieldless enum. See
/// `callparty`'s documentation for the `#[api(...)]` attributes; `#[serde(...)]` is an error,
/// as for `ApiModel`.
#[proc_macro_derive(ApiEnum, attributes(api, serde))]
pub fn derive_api_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::api_enum(&input).into()
}

/// Derives serde impls and `callparty::ApiUnion` for an enum of newtype and unit variants: one
/// key (the default), a tag field (`#[api(tag = "...")]`) or the JSON kind (`#[api(untagged)]`)
/// picks the variant. See `callparty`'s documentation for the `#[api(...)]` attributes.
#[proc_macro_derive(ApiUnion, attributes(api, serde))]
pub fn derive_api_union(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::api_union(&input).into()
}
