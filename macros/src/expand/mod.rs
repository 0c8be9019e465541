//! Code generation. It runs only on IR that passed every check; otherwise the errors are
//! emitted together with placeholder impls, so the user sees their mistake and not a cascade
//! of "trait not implemented" errors wherever the type is used.

mod api_enum;
mod api_union;
mod bounds;
mod doc;
mod model_de;
mod model_ser;
mod newtype;
mod placeholder;
mod runtime;
mod schemars;
mod spans;
mod type_ref;
mod with;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Path};

use crate::ast::{Enum, Model, Union};
use crate::check;
use crate::errors::Diagnostics;

pub fn model(input: &DeriveInput) -> TokenStream {
    let mut errors = Diagnostics::default();
    let mut model = Model::from_syn(input, &mut errors);
    check::model(&model, &mut errors);
    runtime::check_renamed(&mut model.runtime, &input.ident, &mut errors);
    match errors.finish() {
        Ok(()) => {
            let krate = &model.runtime;
            if let Some(newtype) = &model.newtype {
                return wrap(krate, newtype::expand(&model, newtype, krate));
            }
            let serialize = model_ser::expand(&model, krate);
            let deserialize = model_de::expand(&model, krate);
            let doc = doc::model(&model, krate);
            let describe = type_ref::describe_model(&model, krate);
            let json_schema = schemars::model(&model, krate);
            wrap(
                krate,
                quote!(#serialize #deserialize #doc #describe #json_schema),
            )
        }
        Err(error) => placeholder::model(&model, error),
    }
}

pub fn api_enum(input: &DeriveInput) -> TokenStream {
    let mut errors = Diagnostics::default();
    let mut api_enum = Enum::from_syn(input, &mut errors);
    check::api_enum(&api_enum, &mut errors);
    runtime::check_renamed(&mut api_enum.runtime, &input.ident, &mut errors);
    match errors.finish() {
        Ok(()) => {
            let krate = &api_enum.runtime;
            let expanded = api_enum::expand(&api_enum, krate);
            let describe = type_ref::describe_enum(&api_enum, krate);
            let json_schema = schemars::api_enum(api_enum.original, krate);
            wrap(krate, quote!(#expanded #describe #json_schema))
        }
        Err(error) => placeholder::api_enum(&api_enum, error),
    }
}

pub fn api_union(input: &DeriveInput) -> TokenStream {
    let mut errors = Diagnostics::default();
    let union = Union::from_syn(input, &mut errors);
    check::union(&union, &mut errors);
    match errors.finish() {
        Ok(()) => {
            let krate = &union.runtime;
            let expanded = api_union::expand(&union, krate);
            let describe = type_ref::describe_union(&union, krate);
            let json_schema = schemars::union(&union, krate);
            wrap(krate, quote!(#expanded #describe #json_schema))
        }
        Err(error) => placeholder::api_union(&union, error),
    }
}

/// Keeps every generated name out of the user's namespace, and brings in the runtime.
fn wrap(krate: &Path, tokens: TokenStream) -> TokenStream {
    let runtime = runtime::import(krate);
    quote! {
        #[doc(hidden)]
        #[allow(deprecated, non_upper_case_globals, unused_qualifications, clippy::all)]
        const _: () = {
            #runtime
            #tokens
        };
    }
}
