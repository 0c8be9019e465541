//! `Serialize`: each variant through the runtime's writer for the form.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Path, parse_quote};

use super::Ctx;
use crate::ast::Form;
use crate::expand::bounds;

pub fn serialize(ctx: &Ctx) -> TokenStream {
    let Ctx { krate, private, .. } = ctx;
    let serde = quote!(#private::serde);
    let name = ctx.name();
    let tag = ctx.union.tag().map(|tag| &tag.value);
    let arms = ctx.variants.iter().map(|known| {
        let index = u32::from(known.index);
        let wire = &known.wire;
        let variant_name = quote! {
            #private::union::VariantName { union: #name, index: #index, wire: #wire }
        };
        let writer = match (&ctx.union.form, known.variant.ty().is_some()) {
            (Form::OneKey, _) => quote!(one_key),
            (Form::Tagged(_), true) => quote!(tagged),
            (Form::Tagged(_), false) => quote!(tagged_unit),
            (Form::ByKind, true) => quote!(by_kind),
            (Form::ByKind, false) => quote!(by_kind_unit),
        };
        let tag = tag.map(|tag| quote!(, #tag));
        match known.variant.ty() {
            Some(ty) => {
                let span = Span::call_site().located_at(ty.span());
                let pattern = Ctx::variant_path(known.variant, quote!(ref __value));
                let call = quote_spanned! {span=>
                    #private::union::#writer::<__S, #ty>(__serializer, #variant_name #tag, __value)
                };
                quote!(#pattern => #call,)
            }
            None => {
                let pattern = Ctx::variant_path(known.variant, TokenStream::new());
                quote!(#pattern => #private::union::#writer::<__S>(__serializer, #variant_name #tag),)
            }
        }
    });
    let other_arm = ctx.union.other().map(|other| {
        let variant = &other.original.ident;
        let call = match ctx.union.tag() {
            Some(tag) => {
                let tag = &tag.value;
                quote!(#private::union::tagged_unknown::<__S>(__serializer, #name, #tag, __value))
            }
            None => quote!(#private::union::one_key_unknown::<__S>(__serializer, #name, __value)),
        };
        quote!(Self::#variant(ref __value) => #call,)
    });
    let bound: Path = parse_quote!(#serde::Serialize);
    let generics = bounds::with_bound(ctx.generics(), ctx.held_types(), &bound);
    let generics = if ctx.is_by_kind() {
        bounds::with_type_bound(
            &generics,
            ctx.held_types(),
            &parse_quote!(#krate::JsonValueKind),
        )
    } else {
        generics
    };
    let head = ctx.impl_of(quote!(#serde::Serialize), &generics);
    quote! {
        #head {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<<__S as #serde::Serializer>::Ok, <__S as #serde::Serializer>::Error>
            where
                __S: #serde::Serializer,
            {
                // On `*self`, so that a union without variants has an exhaustive match too.
                match *self {
                    #(#arms)*
                    #other_arm
                }
            }
        }
    }
}
