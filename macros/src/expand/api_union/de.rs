//! Decoding: the union's constants for the runtime, `decode_variant`, and `Deserialize`
//! through the runtime's visitor for the form.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Path, parse_quote};

use super::{Ctx, Known};
use crate::ast::{Form, Held};
use crate::expand::bounds;

/// `UnionShape`, and `KindShape` for the by-kind form.
pub fn shape(ctx: &Ctx) -> TokenStream {
    let Ctx { krate, private, .. } = ctx;
    let name = ctx.name();
    let wires = ctx.variants.iter().map(|known| &known.wire);
    let expected = ctx
        .variants
        .iter()
        .flat_map(|known| known.variant.names())
        .map(|name| &name.value);
    let expected = if ctx.is_by_kind() {
        quote!(<Self as #private::union::UnionShape>::VARIANTS)
    } else {
        quote!(&[#(#expected),*])
    };
    let units = ctx
        .variants
        .iter()
        .map(|known| matches!(known.variant.held, Held::Nothing));
    let wrap_unknown = match ctx.union.other() {
        Some(other) => {
            let variant = &other.original.ident;
            quote!(::core::option::Option::Some(Self::#variant))
        }
        None => quote!(::core::option::Option::None),
    };
    let checks = super::checks::body(ctx);
    let kind_bound: Path = parse_quote!(#krate::JsonValueKind);
    let generics = if ctx.is_by_kind() {
        ctx.with_type_bound(&kind_bound)
    } else {
        ctx.with_type_bound(&parse_quote!(#krate::ApiModel))
    };
    let generics = match ctx.union.form {
        Form::Tagged(_) | Form::ByKind => generics,
        Form::OneKey => ctx.generics().clone(),
    };
    let head = ctx.impl_of(quote!(#private::union::UnionShape), &generics);
    let kind_shape = ctx.is_by_kind().then(|| {
        let kinds = ctx.variants.iter().map(|known| match known.variant.ty() {
            Some(ty) => {
                let span = Span::call_site().located_at(ty.span());
                quote_spanned!(span=> <#ty as #krate::JsonValueKind>::KIND)
            }
            None => quote!(#krate::JsonKind::Null),
        });
        let head = ctx.impl_of(quote!(#private::union::KindShape), &generics);
        quote! {
            #head {
                const KINDS: &'static [#krate::JsonKind] = &[#(#kinds),*];
            }
        }
    });
    quote! {
        #head {
            const NAME: &'static ::core::primitive::str = #name;
            const VARIANTS: &'static [&'static ::core::primitive::str] = &[#(#wires),*];
            const EXPECTED: &'static [&'static ::core::primitive::str] = #expected;
            const UNITS: &'static [::core::primitive::bool] = &[#(#units),*];
            const WRAP_UNKNOWN: ::core::option::Option<fn(#krate::UnknownVariant) -> Self> = #wrap_unknown;
            const CHECKS: () = #checks;
        }

        #kind_shape
    }
}

/// `DecodeVariant`: the known names, and the decoding of each variant's value.
pub fn decode_variant(ctx: &Ctx) -> TokenStream {
    let Ctx { private, .. } = ctx;
    let serde = quote!(#private::serde);
    let lookup_arms = (!ctx.is_by_kind()).then(|| {
        let arms = ctx.variants.iter().map(|known| {
            let names = known.variant.names().map(|name| &name.value);
            let index = known.index;
            quote!(#(#names)|* => ::core::option::Option::Some(#index),)
        });
        quote!(#(#arms)*)
    });
    // The last variant takes every other index, so that no arm is left that cannot run.
    let last = ctx.variants.len().saturating_sub(1);
    let decode_arms = ctx.variants.iter().enumerate().map(|(position, known)| {
        let index = known.index;
        let pattern = if position == last {
            quote!(_)
        } else {
            quote!(#index)
        };
        let body = decode_one(known, &serde);
        quote!(#pattern => #body,)
    });
    let decode_body = if ctx.variants.is_empty() {
        let name = ctx.name();
        quote! {
            ::core::result::Result::Err(<<__D as #serde::Deserializer<'__de>>::Error as #serde::de::Error>::custom(
                ::core::format_args!("{} has no known variant", #name),
            ))
        }
    } else {
        quote! {
            match __index {
                #(#decode_arms)*
            }
        }
    };
    let generics = de_generics(ctx);
    let head = ctx.impl_of(quote!(#private::union::DecodeVariant<'__de>), &generics);
    quote! {
        #head {
            #[inline]
            fn lookup(__name: &::core::primitive::str) -> ::core::option::Option<::core::primitive::u16> {
                match __name {
                    #lookup_arms
                    _ => ::core::option::Option::None,
                }
            }

            #[inline]
            fn decode_variant<__D>(__index: ::core::primitive::u16, __deserializer: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                #decode_body
            }
        }
    }
}

/// Decodes one variant's value from `__deserializer`: the held type's own `Deserialize`; a
/// unit variant reads and ignores anything (the rest of a tagged object, or `null`).
fn decode_one(known: &Known, serde: &TokenStream) -> TokenStream {
    let variant = known.variant;
    match variant.ty() {
        Some(ty) => {
            let span = Span::call_site().located_at(ty.span());
            let value = quote_spanned! {span=>
                <#ty as #serde::Deserialize<'__de>>::deserialize(__deserializer)?
            };
            let path = Ctx::variant_path(variant, value);
            quote!(::core::result::Result::Ok(#path))
        }
        None => {
            let path = Ctx::variant_path(variant, TokenStream::new());
            quote!({
                <#serde::de::IgnoredAny as #serde::Deserialize<'__de>>::deserialize(__deserializer)?;
                ::core::result::Result::Ok(#path)
            })
        }
    }
}

/// `Deserialize` through the runtime's entry for the form.
pub fn deserialize(ctx: &Ctx) -> TokenStream {
    let Ctx { private, .. } = ctx;
    let serde = quote!(#private::serde);
    let call = match &ctx.union.form {
        Form::OneKey => quote!(#private::union::deserialize_one_key::<Self, __D>(__deserializer)),
        Form::Tagged(tag) => {
            let tag = &tag.value;
            quote!(#private::union::deserialize_tagged::<Self, __D>(__deserializer, #tag))
        }
        Form::ByKind => quote!(#private::union::deserialize_by_kind::<Self, __D>(__deserializer)),
    };
    let generics = de_generics(ctx);
    let head = ctx.impl_of(quote!(#serde::Deserialize<'__de>), &generics);
    quote! {
        #head {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                #call
            }
        }
    }
}

/// The generics of the decoding impls: `'__de`, which outlives what the variants borrow, and
/// `Deserialize<'__de>` of every parameter the variants hold, plus what `UnionShape` needs.
fn de_generics(ctx: &Ctx) -> syn::Generics {
    let Ctx { krate, private, .. } = ctx;
    // A union has no `#[api(borrow)]` of its own, so a variant's type borrows with every
    // lifetime it names (a `Named<'a>` model of `&'a str` fields reads borrowed).
    let borrowed: Vec<syn::Lifetime> = ctx.held_types().flat_map(crate::ty::lifetimes).collect();
    let generics = bounds::with_de_lifetime(ctx.generics(), borrowed.iter());
    let deserialize: Path = parse_quote!(#private::serde::Deserialize<'__de>);
    let generics = bounds::with_bound(&generics, ctx.held_types(), &deserialize);
    let shape_bound: Option<Path> = match ctx.union.form {
        Form::OneKey => None,
        Form::Tagged(_) => Some(parse_quote!(#krate::ApiModel)),
        Form::ByKind => Some(parse_quote!(#krate::JsonValueKind)),
    };
    match shape_bound {
        Some(bound) => bounds::with_type_bound(&generics, ctx.held_types(), &bound),
        None => generics,
    }
}
