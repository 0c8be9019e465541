//! `schemars::JsonSchema`, for `callparty`'s `schemars` feature: an impl that reads the
//! type's `Describe::TYPE`, and a check that every field type (or type a union's variant
//! holds) implements `Describe`, which reports a type it cannot describe at that type. Both sit inside the runtime's
//! `if_schemars!`, which drops them when the feature is off.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Generics, Path, Type};

use crate::ast::{Model, Union};
use crate::expand::{runtime, type_ref};
use crate::ty;

pub fn model(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let private = runtime::private();
    let ident = &input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let this = quote!(#ident #ty_generics);
    let checks: Vec<TokenStream> = model
        .fields
        .iter()
        .filter(|field| field.described_by_type())
        .map(|field| {
            // The check is a free function, where `Self` means nothing.
            let ty = ty::replace_self(field.ty(), &this);
            quote_spanned!(field.ty_span()=> #private::require_describe::<#ty>();)
        })
        .collect();
    json_schema(
        input,
        &type_ref::model_generics(model, krate),
        krate,
        &checks,
    )
}

pub fn union(union: &Union, krate: &Path) -> TokenStream {
    let private = runtime::private();
    let checks: Vec<TokenStream> = union
        .variants
        .iter()
        .filter_map(|variant| {
            let held = variant.ty()?;
            let span = Span::call_site().located_at(held.span());
            Some(quote_spanned!(span=> #private::require_describe::<#held>();))
        })
        .collect();
    json_schema(
        union.original,
        &type_ref::union_generics(union, krate),
        krate,
        &checks,
    )
}

pub fn newtype(input: &DeriveInput, inner: &Type, krate: &Path) -> TokenStream {
    let private = runtime::private();
    let span = Span::call_site().located_at(inner.span());
    let check = quote_spanned!(span=> #private::require_describe::<#inner>(););
    let generics = type_ref::with_describe(&input.generics, std::iter::once(inner), krate);
    json_schema(input, &generics, krate, &[check])
}

pub fn api_enum(input: &DeriveInput, krate: &Path) -> TokenStream {
    json_schema(input, &input.generics, krate, &[])
}

/// The impl, and a function that calls `checks`, both kept only with the feature.
pub fn json_schema(
    input: &DeriveInput,
    generics: &Generics,
    krate: &Path,
    checks: &[TokenStream],
) -> TokenStream {
    let private = runtime::private();
    let ident = &input.ident;
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let check = (!checks.is_empty()).then(|| {
        quote! {
            #[allow(dead_code, clippy::extra_unused_lifetimes, clippy::extra_unused_type_parameters)]
            fn __field_types_have_schemas #impl_generics () #where_clause {
                #(#checks)*
            }
        }
    });
    let described = quote!(<Self as #krate::doc::Describe>::TYPE);
    let str = quote!(::core::primitive::str);
    quote! {
        #private::if_schemars! {
            #[automatically_derived]
            impl #impl_generics #private::schemars::JsonSchema for #ident #ty_generics #where_clause {
                fn schema_name() -> #private::Cow<'static, #str> {
                    #private::schemars_name(#described)
                }

                fn schema_id() -> #private::Cow<'static, #str> {
                    #private::Cow::Borrowed(::core::any::type_name::<Self>())
                }

                fn json_schema(
                    __generator: &mut #private::schemars::SchemaGenerator,
                ) -> #private::schemars::Schema {
                    #private::schemars_schema(#described, __generator)
                }
            }

            #check
        }
    }
}
