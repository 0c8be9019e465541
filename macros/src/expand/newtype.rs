//! A newtype model (`struct CustomerId(String)`): transparent on the wire, as serde's
//! `#[serde(transparent)]`, and documented as the type it holds.

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Path, parse_quote, parse_quote_spanned};

use crate::ast::{Model, Newtype};
use crate::expand::{bounds, doc, runtime, schemars, type_ref};
use crate::ty;

pub fn expand(model: &Model, newtype: &Newtype, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let private = runtime::private();
    let serde = quote!(#private::serde);
    let inner = &newtype.original.ty;
    let (_, ty_generics, _) = input.generics.split_for_impl();

    let serialize_generics = match &model.bounds.serialize {
        Some(predicates) => bounds::with_predicates(&input.generics, predicates),
        None => {
            let serialize: Path = parse_quote!(#serde::Serialize);
            bounds::with_bound(&input.generics, std::iter::once(inner), &serialize)
        }
    };
    let (ser_impl, _, ser_where) = serialize_generics.split_for_impl();

    let borrowed = ty::implicitly_borrowed(inner);
    let de_generics = bounds::with_de_lifetime(&input.generics, borrowed.iter());
    let de_generics = match &model.bounds.deserialize {
        Some(predicates) => bounds::with_predicates(&de_generics, predicates),
        None => {
            let deserialize: Path = parse_quote!(#serde::Deserialize<'__de>);
            bounds::with_bound(&de_generics, std::iter::once(inner), &deserialize)
        }
    };
    let (de_impl, _, de_where) = de_generics.split_for_impl();
    let (doc_impl, _, doc_where) = input.generics.split_for_impl();
    let name = &model.doc_name;
    let description = doc::text(&model.doc);
    let shown = ty::display(inner);
    let describe = type_ref::describe_newtype(input, inner, krate);
    let json_schema = schemars::newtype(input, inner, krate);
    // The kind of the type held, so that a newtype (`CustomerId(String)`) can be a variant of
    // a by-kind union. The bound is under a binder so that a newtype of a type without a kind
    // still compiles (a bound on a concrete type that fails is an error on stable Rust); it
    // is checked where the kind is asked for.
    let mut kind_generics = input.generics.clone();
    kind_generics
        .make_where_clause()
        .predicates
        .push(parse_quote_spanned!(inner.span()=> for<'__kind> #inner: #krate::JsonValueKind));
    let (kind_impl, _, kind_where) = kind_generics.split_for_impl();

    quote! {
        #[automatically_derived]
        impl #ser_impl #serde::Serialize for #ident #ty_generics #ser_where {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<<__S as #serde::Serializer>::Ok, <__S as #serde::Serializer>::Error>
            where
                __S: #serde::Serializer,
            {
                #serde::Serialize::serialize(&self.0, __serializer)
            }
        }

        #[automatically_derived]
        impl #de_impl #serde::Deserialize<'__de> for #ident #ty_generics #de_where {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                ::core::result::Result::map(
                    <#inner as #serde::Deserialize<'__de>>::deserialize(__deserializer),
                    #ident,
                )
            }
        }

        #[automatically_derived]
        impl #doc_impl #krate::ApiModel for #ident #ty_generics #doc_where {
            const DOC: &'static #krate::doc::ModelDoc = &#krate::doc::ModelDoc {
                name: #name,
                description: #description,
                fields: &[],
                unknown_fields: #krate::doc::UnknownFields::Ignored,
                newtype_of: ::core::option::Option::Some(#shown),
                flattened: &[],
            };
        }

        #[automatically_derived]
        impl #kind_impl #krate::JsonValueKind for #ident #ty_generics #kind_where {
            const KIND: #krate::JsonKind = <#inner as #krate::JsonValueKind>::KIND;
        }

        #describe
        #json_schema
    }
}
