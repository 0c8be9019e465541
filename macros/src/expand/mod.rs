//! Code generation. It runs only on IR that passed every check; otherwise the errors are
//! emitted together with placeholder impls, so the user sees their mistake and not a cascade
//! of "trait not implemented" errors wherever the type is used.

mod api_enum;
mod bounds;
mod doc;
mod model_de;
mod model_ser;
mod placeholder;
mod spans;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Path};

use crate::ast::{Enum, Model};
use crate::attr::{ApiAttrs, Site};
use crate::check;
use crate::errors::Diagnostics;

pub fn model(input: &DeriveInput) -> TokenStream {
    let mut errors = Diagnostics::default();
    let model = Model::from_syn(input, &mut errors);
    if let Some(model) = &model {
        check::model(model, &mut errors);
    }
    match (errors.finish(), model) {
        (Ok(()), Some(model)) => {
            let krate = runtime_path(&model.attrs);
            let serialize = model_ser::expand(&model, &krate);
            let deserialize = model_de::expand(&model, &krate);
            let doc = doc::model(&model, &krate);
            wrap(quote!(#serialize #deserialize #doc))
        }
        (result, _) => {
            let error = result.err().unwrap_or_else(|| unreadable(input));
            placeholder::model(input, &placeholder_runtime(input, Site::Model), error)
        }
    }
}

pub fn api_enum(input: &DeriveInput) -> TokenStream {
    let mut errors = Diagnostics::default();
    let api_enum = Enum::from_syn(input, &mut errors);
    if let Some(api_enum) = &api_enum {
        check::api_enum(api_enum, &mut errors);
    }
    match (errors.finish(), api_enum) {
        (Ok(()), Some(api_enum)) => {
            let krate = runtime_path(&api_enum.attrs);
            wrap(api_enum::expand(&api_enum, &krate))
        }
        (result, _) => {
            let error = result.err().unwrap_or_else(|| unreadable(input));
            placeholder::api_enum(input, &placeholder_runtime(input, Site::Enum), error)
        }
    }
}

fn unreadable(input: &DeriveInput) -> syn::Error {
    syn::Error::new(input.ident.span(), "this item cannot be derived")
}

fn runtime_path(attrs: &ApiAttrs) -> Path {
    attrs
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::callparty))
}

/// The runtime path for placeholder impls, read again because the IR was not built.
fn placeholder_runtime(input: &DeriveInput, site: Site) -> Path {
    let mut ignored = Diagnostics::default();
    runtime_path(&ApiAttrs::parse(&input.attrs, site, &mut ignored))
}

/// Keeps every generated name out of the user's namespace.
fn wrap(tokens: TokenStream) -> TokenStream {
    quote! {
        #[doc(hidden)]
        #[allow(deprecated, non_upper_case_globals, unused_qualifications, clippy::all)]
        const _: () = {
            #tokens
        };
    }
}
