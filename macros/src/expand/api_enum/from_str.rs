//! `FromStr`: for a closed enum it fails on an unknown value; for an open one (with an
//! `#[api(other)]` variant) it cannot fail, and `From<&str>` and `From<String>` come with it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::Ctx;

pub(super) fn impls(ctx: &Ctx) -> TokenStream {
    let Ctx { krate, private, .. } = ctx;
    let from_str = ctx.impl_of(quote!(::core::str::FromStr));
    let Some(other) = ctx.other() else {
        return quote! {
            #from_str {
                type Err = #krate::ParseEnumError;

                #[inline]
                fn from_str(__value: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
                    <Self as #krate::ApiEnum>::try_parse(__value)
                }
            }
        };
    };
    let variant = &other.original.ident;
    let private_at_other = &ctx.private_at_other;
    let wrap_str = quote_spanned! {ctx.other_span=>
        Self::#variant(#private_at_other::unknown_from_str(__value))
    };
    let wrap_string = quote_spanned! {ctx.other_span=>
        Self::#variant(#private_at_other::unknown_from_string(__value))
    };
    let from_str_ref = ctx.impl_of(quote!(::core::convert::From<&::core::primitive::str>));
    let from_string = ctx.impl_of(quote!(::core::convert::From<#private::String>));
    quote! {
        #from_str {
            type Err = ::core::convert::Infallible;

            #[inline]
            fn from_str(__value: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
                ::core::result::Result::Ok(::core::convert::From::from(__value))
            }
        }

        #from_str_ref {
            #[inline]
            fn from(__value: &::core::primitive::str) -> Self {
                match <Self as #private::StringEnum>::known(__value) {
                    ::core::option::Option::Some(__known) => __known,
                    ::core::option::Option::None => #wrap_str,
                }
            }
        }

        #from_string {
            #[inline]
            fn from(__value: #private::String) -> Self {
                match <Self as #private::StringEnum>::known(&__value) {
                    ::core::option::Option::Some(__known) => __known,
                    ::core::option::Option::None => #wrap_string,
                }
            }
        }
    }
}
