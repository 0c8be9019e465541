//! Everything `ApiUnion` generates: what the runtime needs to know of the union (its names,
//! how a variant is decoded), `Deserialize` through the runtime's visitor for the form,
//! `Serialize`, the checks only the compiler can make, and `callparty::ApiUnion` with its
//! documentation.

mod checks;
mod de;
mod ser;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Generics, Ident, Path, Type};

use crate::ast::{Form, Held, Union, UnionVariant};
use crate::expand::spans::respan;
use crate::expand::{runtime, type_ref};

pub fn expand(union: &Union, krate: &Path) -> TokenStream {
    let ctx = Ctx::new(union, krate);
    let shape = de::shape(&ctx);
    let checks = checks::force(&ctx);
    let decode = de::decode_variant(&ctx);
    let deserialize = de::deserialize(&ctx);
    let serialize = ser::serialize(&ctx);
    let api_union = ctx.api_union_impl();
    let kind = ctx.kind_impl();
    quote!(#shape #checks #decode #deserialize #serialize #api_union #kind)
}

/// What every part of the expansion reads.
struct Ctx<'c, 'a> {
    union: &'c Union<'a>,
    krate: &'c Path,
    private: TokenStream,
    ident: &'a Ident,
    /// The known variants, in order, each with the expression of its wire name.
    variants: Vec<Known<'c, 'a>>,
}

/// A known variant and what the expansion says of it.
struct Known<'c, 'a> {
    variant: &'c UnionVariant<'a>,
    /// Its place among the known variants, which compact formats write.
    index: u16,
    /// A `&'static str` expression of its wire name: a literal, or in the by-kind form the
    /// kind of its type, which only the compiler knows.
    wire: TokenStream,
}

impl<'c, 'a> Ctx<'c, 'a> {
    fn new(union: &'c Union<'a>, krate: &'c Path) -> Self {
        let variants = union
            .variants
            .iter()
            .enumerate()
            .map(|(index, variant)| Known {
                variant,
                // `check.rs` allows no more variants than a `u16` numbers.
                index: u16::try_from(index).unwrap_or(u16::MAX),
                wire: wire(union, variant, krate),
            })
            .collect();
        Ctx {
            union,
            krate,
            private: runtime::private(),
            ident: &union.original.ident,
            variants,
        }
    }

    fn name(&self) -> &'c str {
        &self.union.doc_name
    }

    fn generics(&self) -> &'a Generics {
        &self.union.original.generics
    }

    /// The types the variants hold, in order.
    fn held_types(&self) -> impl Iterator<Item = &'a Type> + Clone + use<'a, 'c> {
        let variants: &'c [UnionVariant<'a>] = &self.union.variants;
        variants.iter().filter_map(UnionVariant::ty)
    }

    fn is_by_kind(&self) -> bool {
        matches!(self.union.form, Form::ByKind)
    }

    /// `#[automatically_derived] impl<..> Trait for Union<..> where ..`, ready for its body.
    fn impl_of(&self, trait_path: TokenStream, generics: &Generics) -> TokenStream {
        let ident = self.ident;
        let (impl_generics, _, where_clause) = generics.split_for_impl();
        let (_, ty_generics, _) = self.generics().split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics #trait_path for #ident #ty_generics #where_clause
        }
    }

    /// The union's generics with `bound` on every held type that mentions a parameter.
    fn with_type_bound(&self, bound: &Path) -> Generics {
        crate::expand::bounds::with_type_bound(self.generics(), self.held_types(), bound)
    }

    /// `Self::Variant` with the pattern or value `inner`, for unit and newtype variants.
    fn variant_path(variant: &UnionVariant, inner: TokenStream) -> TokenStream {
        let ident = &variant.original.ident;
        match variant.held {
            Held::One(_) => quote!(Self::#ident(#inner)),
            Held::Nothing | Held::Unsupported => quote!(Self::#ident),
        }
    }

    fn api_union_impl(&self) -> TokenStream {
        let krate = self.krate;
        let doc = crate::expand::doc::union(
            self.union,
            krate,
            self.variants.iter().map(|known| &known.wire),
        );
        let bound: Path = syn::parse_quote!(#krate::JsonValueKind);
        let generics = if self.is_by_kind() {
            self.with_type_bound(&bound)
        } else {
            self.generics().clone()
        };
        // The variants' shapes in `DOC` describe the held types at the instance.
        let generics = type_ref::with_describe(&generics, self.held_types(), krate);
        let head = self.impl_of(quote!(#krate::ApiUnion), &generics);
        quote! {
            #head {
                const DOC: &'static #krate::doc::UnionDoc = &#doc;
            }
        }
    }

    /// One-key and tagged unions are objects, which a by-kind union can hold.
    fn kind_impl(&self) -> TokenStream {
        if self.is_by_kind() {
            return TokenStream::new();
        }
        let krate = self.krate;
        let head = self.impl_of(quote!(#krate::JsonValueKind), self.generics());
        quote! {
            #head {
                const KIND: #krate::JsonKind = #krate::JsonKind::Object;
            }
        }
    }
}

/// The wire name of `variant` as an expression.
fn wire(union: &Union, variant: &UnionVariant, krate: &Path) -> TokenStream {
    if !matches!(union.form, Form::ByKind) {
        let value = &variant.wire.value;
        return quote!(#value);
    }
    match variant.ty() {
        Some(ty) => {
            let span = Span::call_site().located_at(syn::spanned::Spanned::span(ty));
            let krate = respan(krate.to_token_stream(), span);
            quote_spanned!(span=> <#ty as #krate::JsonValueKind>::KIND.name())
        }
        None => quote!(#krate::JsonKind::Null.name()),
    }
}
