//! On an error: the `compile_error!`s plus impls of every trait the derive would have
//! implemented, with bodies that never run, so the error is the only one the user sees.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Path};

use crate::ast::{Enum, Form, Model, Union};
use crate::expand::{runtime, type_ref};

pub fn model(model: &Model, error: syn::Error) -> TokenStream {
    let input = model.original;
    let krate = &model.runtime;
    let ident = &input.ident;
    let private = runtime::private();
    let import = runtime::import(krate);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let common = serde_impls(input);
    let describe = type_ref::placeholder(input, krate);
    let kind = kind_impl(input, krate, quote!(Object));
    let error = error.to_compile_error();
    quote! {
        #error
        const _: () = {
            #import
            #common
            #describe

            #[automatically_derived]
            impl #impl_generics #krate::ApiModel for #ident #ty_generics #where_clause {
                const DOC: &'static #krate::doc::ModelDoc = &#private::PLACEHOLDER_MODEL_DOC;
            }

            #kind
        };
    }
}

pub fn api_union(union: &Union, error: syn::Error) -> TokenStream {
    let input = union.original;
    let krate = &union.runtime;
    let ident = &input.ident;
    let private = runtime::private();
    let import = runtime::import(krate);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let common = serde_impls(input);
    // A by-kind union has no kind of its own; the others are objects.
    let kind =
        (!matches!(union.form, Form::ByKind)).then(|| kind_impl(input, krate, quote!(Object)));
    let describe = type_ref::placeholder(input, krate);
    let error = error.to_compile_error();
    quote! {
        #error
        const _: () = {
            #import
            #common
            #describe

            #[automatically_derived]
            impl #impl_generics #krate::ApiUnion for #ident #ty_generics #where_clause {
                const DOC: &'static #krate::doc::UnionDoc = &#private::union::PLACEHOLDER_UNION_DOC;
            }

            #kind
        };
    }
}

pub fn api_enum(api_enum: &Enum, error: syn::Error) -> TokenStream {
    let input = api_enum.original;
    let krate = &api_enum.runtime;
    let ident = &input.ident;
    let private = runtime::private();
    let import = runtime::import(krate);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let common = serde_impls(input);
    let from_str = enum_from_str(input, krate, api_enum.other().is_some());
    let describe = type_ref::placeholder(input, krate);
    let kind = kind_impl(input, krate, quote!(Text));
    let error = error.to_compile_error();
    quote! {
        #error
        const _: () = {
            #import
            #common
            #describe

            #[automatically_derived]
            impl #impl_generics #ident #ty_generics #where_clause {
                #[doc = "Not generated: the derive reported an error."]
                pub fn as_str(&self) -> &::core::primitive::str {
                    ::core::unreachable!()
                }
            }

            #kind

            #[automatically_derived]
            impl #impl_generics #krate::ApiEnum for #ident #ty_generics #where_clause {
                const DOC: &'static #krate::doc::EnumDoc = &#private::PLACEHOLDER_ENUM_DOC;
                const VALUES: &'static [&'static ::core::primitive::str] = &[];

                fn as_str(&self) -> &::core::primitive::str {
                    ::core::unreachable!()
                }

                fn try_parse(_: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseEnumError> {
                    ::core::unreachable!()
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }

            #from_str
        };
    }
}

/// `FromStr`, with the error type the real impl would have, and for an enum with an `other`
/// variant the `From` impls too: code that relies on either still builds.
fn enum_from_str(input: &DeriveInput, krate: &Path, open: bool) -> TokenStream {
    let ident = &input.ident;
    let private = runtime::private();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    if !open {
        return quote! {
            #[automatically_derived]
            impl #impl_generics ::core::str::FromStr for #ident #ty_generics #where_clause {
                type Err = #krate::ParseEnumError;

                fn from_str(_: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
                    ::core::unreachable!()
                }
            }
        };
    }
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::str::FromStr for #ident #ty_generics #where_clause {
            type Err = ::core::convert::Infallible;

            fn from_str(_: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::From<&::core::primitive::str> for #ident #ty_generics #where_clause {
            fn from(_: &::core::primitive::str) -> Self {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#private::String> for #ident #ty_generics #where_clause {
            fn from(_: #private::String) -> Self {
                ::core::unreachable!()
            }
        }
    }
}

/// `callparty::JsonValueKind`, whose kind a by-kind union reads: the variant of `JsonKind`.
fn kind_impl(input: &DeriveInput, krate: &Path, kind: TokenStream) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::JsonValueKind for #ident #ty_generics #where_clause {
            const KIND: #krate::JsonKind = #krate::JsonKind::#kind;
        }
    }
}

fn serde_impls(input: &DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let private = runtime::private();
    let serde = quote!(#private::serde);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let de_generics = super::bounds::with_de_lifetime(&input.generics, std::iter::empty());
    let (de_impl_generics, _, de_where_clause) = de_generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, _: __S) -> ::core::result::Result<<__S as #serde::Serializer>::Ok, <__S as #serde::Serializer>::Error>
            where
                __S: #serde::Serializer,
            {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #de_impl_generics #serde::Deserialize<'__de> for #ident #ty_generics #de_where_clause {
            fn deserialize<__D>(_: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                ::core::unreachable!()
            }
        }
    }
}
