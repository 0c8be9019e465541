//! The body shape for a model whose fields are all optional: the model is built with every
//! field empty (`None`, or the default of a skipped field) and each value is read straight
//! into its field. An error
//! then drops one value instead of a local per field, and nothing moves at the end; this is
//! most of an API's models, and the shape that keeps their generated code small.

use quote::{format_ident, quote, quote_spanned};

use super::{Bodies, Ctx, default_value, empty_value};
use crate::ast::FieldKind;
use crate::expand::spans::respan;
use crate::ty::is_scalar_or_string;

/// A model of at most this many fields reads its scalar and `String` fields inline rather than
/// through the shared, out-of-line `fill_in_place`. Its object costs the same to open and close
/// as a large one's, so a call per field weighs most there: two calls per `RecordingInfo` kept
/// its decode at 0.995× of serde_derive's instructions, inlined 1.010×. The bound caps the
/// code it adds per model; inlining every such read cost 13% of the release build of
/// 500 models of 10-15 fields (BENCHMARKS.md, attempts 26 and 27).
const INLINE_READS_UP_TO: usize = 3;

pub(super) fn bodies(ctx: &Ctx) -> Bodies {
    let private = &ctx.private;
    let ident = &ctx.model.original.ident;
    let empty = ctx.model.fields.iter().map(|field| {
        let member = field.member;
        if field.kind == FieldKind::Optional && field.deserialized {
            let empty = empty_value(field, private);
            quote!(#member: #empty)
        } else {
            let default = default_value(ctx.model, field);
            quote!(#member: #default)
        }
    });
    let empty = quote!(let mut __value = #ident { #(#empty),* };);
    let count = ctx.declared.len();

    let extra = ctx.model.extra_field().map(|field| field.member);
    let key_loop = ctx.key_loop(
        |index| {
            let field = ctx.declared[index];
            let member = field.member;
            let seed = &ctx.seeds[index];
            let wire = &field.wire.value;
            // Spanned at the type, so a type that cannot be read is reported there.
            let span = field.value_span();
            let private = respan(private.clone(), span);
            let seen = respan(quote!(&mut __seen[#index]), span);
            let field_name = ctx.field_name(wire);
            // The function's name at the type's span too: with the derive's span on it, a
            // type that cannot be read was reported across the whole model, and twice.
            let fill = if count <= INLINE_READS_UP_TO && is_scalar_or_string(field.value_ty) {
                format_ident!("fill_in_place_inline", span = span)
            } else {
                format_ident!("fill_in_place", span = span)
            };
            quote_spanned! {span=>
                #private::#fill(&mut __value.#member, #seen, &mut __map, #seed, &#field_name)
            }
        },
        quote!(__value.#extra),
    );
    Bodies {
        visit_map: quote! {
            #empty
            let mut __seen = [false; #count];
            #key_loop
            ::core::result::Result::Ok(__value)
        },
        visit_seq: super::locals::visit_seq(ctx),
    }
}
