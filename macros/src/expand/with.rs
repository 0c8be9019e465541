//! `serialize_with`, `deserialize_with` and `with`: a field written or read by a function of
//! the user's goes through a wrapper type per field whose `Serialize` or `Deserialize` impl
//! calls that function, as serde_derive does. The wrappers take the model's generics, so that
//! the function may be generic over them too.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericParam, Generics, Lifetime, LifetimeParam, Path, Type};

use crate::ast::{Field, Model};
use crate::ty;

/// The wrapper that writes `field` with its `serialize_with` function, and the expression
/// that wraps the field of `self`; `generics` are those of the model's `Serialize` impl.
pub fn serialize(
    model: &Model,
    field: &Field,
    function: &Path,
    generics: &Generics,
    private: &TokenStream,
) -> (TokenStream, TokenStream) {
    let name = format_ident!("__SerializeWith{}", field.index);
    let mut generics = generics.clone();
    let lifetime = Lifetime::new("'__a", Span::call_site());
    generics
        .params
        .insert(0, GenericParam::Lifetime(LifetimeParam::new(lifetime)));
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let model_ty = model_type(model);
    let ty = field_type(model, field);
    let serde = quote!(#private::serde);
    let call = quote_spanned!(at(function)=> #function(self.__value, __serializer));
    let wrapper = quote! {
        struct #name #impl_generics #where_clause {
            __value: &'__a #ty,
            __model: ::core::marker::PhantomData<&'__a #model_ty>,
        }

        #[automatically_derived]
        impl #impl_generics #serde::Serialize for #name #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<<__S as #serde::Serializer>::Ok, <__S as #serde::Serializer>::Error>
            where
                __S: #serde::Serializer,
            {
                #call
            }
        }
    };
    let member = field.member;
    let value = quote! {
        &#name {
            __value: &self.#member,
            // The model's parameters, which the field's type may not name.
            __model: ::core::marker::PhantomData::<&Self>,
        }
    };
    (wrapper, value)
}

/// The wrapper that reads `field` with its `deserialize_with` function; `generics` are those
/// of the model's `Deserialize` impl, `'__de` first. The value is in its `__value` field.
pub fn deserialize(
    model: &Model,
    field: &Field,
    function: &Path,
    generics: &Generics,
    private: &TokenStream,
) -> TokenStream {
    let name = wrapper_name(field);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let model_ty = model_type(model);
    let ty = field_type(model, field);
    let serde = quote!(#private::serde);
    // The whole statement at the path, so that a function of another type is reported there.
    let call = quote_spanned!(at(function)=> let __value: #ty = #function(__deserializer)?;);
    quote! {
        struct #name #impl_generics #where_clause {
            __value: #ty,
            __model: ::core::marker::PhantomData<(&'__de (), #model_ty)>,
        }

        #[automatically_derived]
        impl #impl_generics #serde::Deserialize<'__de> for #name #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                #call
                ::core::result::Result::Ok(#name {
                    __value,
                    __model: ::core::marker::PhantomData,
                })
            }
        }
    }
}

/// The name of the wrapper that reads `field`.
pub fn wrapper_name(field: &Field) -> syn::Ident {
    format_ident!("__DeserializeWith{}", field.index)
}

/// `wrapper` made of the value `value`, for a default that fills a read wrapper.
pub fn wrap(field: &Field, value: TokenStream) -> TokenStream {
    let name = wrapper_name(field);
    quote! {
        #name {
            __value: #value,
            __model: ::core::marker::PhantomData,
        }
    }
}

fn model_type(model: &Model) -> TokenStream {
    let ident = &model.original.ident;
    let (_, ty_generics, _) = model.original.generics.split_for_impl();
    quote!(#ident #ty_generics)
}

/// The field's type outside the model's impls, where `Self` is another type.
fn field_type(model: &Model, field: &Field) -> Type {
    ty::replace_self(field.ty(), &model_type(model))
}

/// Where an error about the function points: at its path.
fn at(function: &Path) -> Span {
    Span::call_site().located_at(function.span())
}
