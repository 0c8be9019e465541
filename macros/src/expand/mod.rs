//! Code generation. It runs only on IR that passed every check; otherwise the errors are
//! emitted together with placeholder impls, so the user sees their mistake and not a cascade
//! of "trait not implemented" errors wherever the type is used.

mod bounds;
mod doc;
mod r#enum;
mod model_de;
mod model_ser;
mod placeholder;

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;
use syn::{DeriveInput, Path};

use crate::ast::{Enum, Model};
use crate::attr::{ApiAttrs, Site};
use crate::check;
use crate::ctx::Errors;

pub fn model(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
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
    let mut errors = Errors::default();
    let api_enum = Enum::from_syn(input, &mut errors);
    if let Some(api_enum) = &api_enum {
        check::api_enum(api_enum, &mut errors);
    }
    match (errors.finish(), api_enum) {
        (Ok(()), Some(api_enum)) => {
            let krate = runtime_path(&api_enum.attrs);
            wrap(r#enum::expand(&api_enum, &krate))
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
    let mut ignored = Errors::default();
    runtime_path(&ApiAttrs::parse(&input.attrs, site, &mut ignored))
}

/// `tokens` with every span set to `span`, e.g. the runtime path at a field's type, so that
/// a call whose arguments fail a trait bound is reported at the type alone and not at a
/// range from the derive to the type.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
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
