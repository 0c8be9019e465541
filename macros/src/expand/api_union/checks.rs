//! What only the compiler can check, as `const` evaluation that fails at the variant:
//! a tag that is also a field of a variant's model, and two variants of a by-kind union
//! whose values are of the same JSON kind.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;

use super::Ctx;
use crate::ast::Form;
use crate::expand::spans::respan;

/// The body of `UnionShape::CHECKS`: a block that panics, at compile time, with the first
/// problem found.
pub fn body(ctx: &Ctx) -> TokenStream {
    let checks = match &ctx.union.form {
        Form::OneKey => Vec::new(),
        Form::Tagged(tag) => tag_collisions(ctx, &tag.value),
        Form::ByKind => kind_clashes(ctx),
    };
    quote!({ #(#checks)* })
}

/// For a union without type parameters, the checks run where it is defined; a generic
/// union's run where it is decoded, once its types are known.
pub fn force(ctx: &Ctx) -> TokenStream {
    if ctx.generics().type_params().next().is_some() || matches!(ctx.union.form, Form::OneKey) {
        return TokenStream::new();
    }
    let Ctx { private, ident, .. } = ctx;
    // Lifetimes do not change the checks; `'static` names the type.
    let lifetimes: Vec<TokenStream> = ctx
        .generics()
        .lifetimes()
        .map(|_| quote!('static))
        .collect();
    let ty = if lifetimes.is_empty() {
        quote!(#ident)
    } else {
        quote!(#ident<#(#lifetimes),*>)
    };
    quote! {
        const _: () = <#ty as #private::union::UnionShape>::CHECKS;
    }
}

fn tag_collisions(ctx: &Ctx, tag: &str) -> Vec<TokenStream> {
    let Ctx { krate, private, .. } = ctx;
    let union = ctx.name();
    ctx.variants
        .iter()
        .filter_map(|known| {
            let ty = known.variant.ty()?;
            let span = Span::call_site().located_at(ty.span());
            let krate = respan(krate.to_token_stream(), span);
            let message = format!(
                "the tag `{tag}` of `{union}` is also a field of the model `{}`, which would never see it; rename one of them",
                crate::ty::display(ty)
            );
            Some(quote_spanned! {span=>
                if #private::union::model_has_wire_name(<#ty as #krate::ApiModel>::DOC, #tag) {
                    ::core::panic!(#message);
                }
            })
        })
        .collect()
}

fn kind_clashes(ctx: &Ctx) -> Vec<TokenStream> {
    let Ctx { krate, private, .. } = ctx;
    let union = ctx.name();
    let kind = |known: &super::Known| match known.variant.ty() {
        Some(ty) => quote!(<#ty as #krate::JsonValueKind>::KIND),
        None => quote!(#krate::JsonKind::Null),
    };
    let mut checks = Vec::new();
    for (position, second) in ctx.variants.iter().enumerate() {
        for first in &ctx.variants[..position] {
            let span = second
                .variant
                .ty()
                .map_or(second.variant.original.ident.span(), |ty| ty.span());
            let span = Span::call_site().located_at(span);
            let message = format!(
                "`{}` and `{}` of `{union}` hold values of the same JSON kind, and an `untagged` union picks its variant by the kind alone",
                first.variant.original.ident, second.variant.original.ident
            );
            let (a, b) = (kind(first), kind(second));
            checks.push(quote_spanned! {span=>
                if #private::union::same_kind(#a, #b) {
                    ::core::panic!(#message);
                }
            });
        }
    }
    checks
}
