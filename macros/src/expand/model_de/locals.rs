//! The body shape for a model with required or defaulted fields: a local `Option` per field,
//! so that a missing required field is found before the model exists, and a default is made
//! only for a key that never came.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::{Bodies, Ctx, default_function_name, default_value, empty_value};
use crate::ast::{DefaultValue, Field, FieldKind, Wrapper};
use crate::expand::spans::respan;
use crate::expand::with;

pub(super) fn bodies(ctx: &Ctx) -> Bodies {
    let private = &ctx.private;
    let serde = quote!(#private::serde);
    let ident = &ctx.model.original.ident;
    let locals: Vec<_> = ctx.declared.iter().map(|field| local(field)).collect();

    let key_loop = ctx.key_loop(
        |index| {
            let field = ctx.declared[index];
            let local = &locals[index];
            let seed = &ctx.seeds[index];
            let field_name = ctx.field_name(&field.wire.value);
            // Spanned at the type, so a type that cannot be read is reported there.
            let private = respan(private.clone(), field.value_span());
            quote_spanned! {field.value_span()=>
                #private::fill(&mut #local, &mut __map, #seed, &#field_name)
            }
        },
        quote!(__extra),
    );
    let finish_map = ctx.declared.iter().zip(&locals).enumerate().map(|(index, (field, local))| {
        if field.deserialize_with.is_some() {
            let value = read_with(ctx, field, local);
            return quote!(let #local = #value;);
        }
        let value = match field.kind {
            // Read from nothing, so that an `Option` the derive cannot see reads `None`.
            FieldKind::Required => {
                let seed = &ctx.seeds[index];
                let field_name = ctx.field_name(&field.wire.value);
                // Spanned at the type, so a type that cannot be read is reported there.
                let span = field.value_span();
                let missing = respan(quote!(#private::missing), span);
                let error = respan(quote!(<__A as #serde::de::MapAccess<'__de>>::Error), span);
                quote_spanned! {span=>
                    match #local {
                        ::core::option::Option::Some(__value) => __value,
                        ::core::option::Option::None => #missing::<_, #error>(#seed, &#field_name)?,
                    }
                }
            }
            FieldKind::Optional => match field.wrapper {
                Wrapper::Option => quote!(::core::option::Option::flatten(#local)),
                Wrapper::Nullable | Wrapper::Plain => {
                    let empty = empty_value(field, private);
                    quote!(::core::option::Option::unwrap_or(#local, #empty))
                }
            },
            // Unlike a plain required field, never read from nothing: that would be `None`.
            FieldKind::RequiredNullable => {
                let model = ctx.name();
                let wire = &field.wire.value;
                quote! {
                    match #local {
                        ::core::option::Option::Some(__value) => __value,
                        ::core::option::Option::None => {
                            return ::core::result::Result::Err(#private::missing_field(#model, #wire));
                        }
                    }
                }
            }
            _ => match &field.default {
                DefaultValue::Trait => quote_spanned! {field.ty_span()=>
                    ::core::option::Option::unwrap_or_default(#local)
                },
                DefaultValue::Function(_) => {
                    let default = default_value(ctx.model, field);
                    quote! {
                        match #local {
                            ::core::option::Option::Some(__value) => __value,
                            ::core::option::Option::None => #default,
                        }
                    }
                }
            },
        };
        quote!(let #local = #value;)
    });
    let extra = ctx.model.extra_field();
    let extra_local = extra.map(|extra| {
        let ty = ctx.de_ty(extra);
        quote_spanned!(extra.ty_span()=> let mut __extra: #ty = ::core::default::Default::default();)
    });
    let members = members(ctx);
    let flattened: Vec<&Field> = ctx.model.flattened_fields().collect();
    let buffers = flattened.iter().map(|field| super::flat_buffer(field));
    let nested = flattened.iter().map(|field| super::nested_local(field));
    let read_flattened = flattened.iter().map(|field| {
        let local = local(field);
        let buffer = super::flat_buffer(field);
        let nested = super::nested_local(field);
        let ty = ctx.de_ty(field);
        let model = ctx.name();
        quote_spanned! {field.ty_span()=>
            let #local = match #nested {
                ::core::option::Option::Some(__value) => __value,
                ::core::option::Option::None => #private::read_flattened::<#ty, <__A as #serde::de::MapAccess<'__de>>::Error>(#buffer, #model)?,
            };
        }
    });

    Bodies {
        visit_map: quote! {
            #(let mut #locals = ::core::option::Option::None;)*
            #(let mut #buffers: #private::FlatEntries = ::std::vec::Vec::new();)*
            #(let mut #nested = ::core::option::Option::None;)*
            #extra_local
            #key_loop
            #(#finish_map)*
            #(#read_flattened)*
            ::core::result::Result::Ok(#ident { #(#members),* })
        },
        visit_seq: visit_seq(ctx),
    }
}

/// The body of `visit_seq`, for both shapes: a local per field, read in order through
/// `SeqReader`, and the model built from them at the end. Compact formats without a depth
/// limit (postcard) recurse through it, so it keeps no model under construction on the
/// stack: building the model first and reading into it cost about 1.5× serde_derive's stack
/// per level. An optional or defaulted field's read cannot fail here (the reader remembers
/// the error), so the function has one way out instead of one per field.
pub(super) fn visit_seq(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.model.original.ident;
    // In declaration order, flattened fields among the others, each at its position.
    let position = |field: &Field| {
        ctx.model
            .fields
            .iter()
            .take_while(|other| other.index != field.index)
            .filter(|other| {
                other.kind == FieldKind::Flattened
                    || (other.kind.is_declared() && other.deserialized)
            })
            .count()
    };
    let reader = quote!(#private::SeqReader);
    let flattened = ctx.model.flattened_fields().map(|field| {
        let local = local(field);
        let ty = ctx.de_ty(field);
        let at = position(field);
        let read = quote_spanned! {field.ty_span()=>
            let #local = #reader::required(&mut __reader, ::core::marker::PhantomData::<#ty>, #at)?;
        };
        (at, read)
    });
    let mut defaults_after = Vec::new();
    let mut read_seq = Vec::new();
    for (index, field) in ctx.declared.iter().enumerate() {
        let at = position(field);
        let local = local(field);
        let seed = &ctx.seeds[index];
        let unwrap = field.deserialize_with.as_ref().map(|_| quote!(.__value));
        // Every token but the type's own at the type, so a type that cannot be read is
        // reported there and nowhere else.
        let span = field.value_span();
        let reader = respan(reader.clone(), span);
        let read = match field.kind {
            FieldKind::Required | FieldKind::RequiredNullable => {
                let index = respan(quote!(#at), span);
                quote_spanned!(span=> #reader::required(&mut __reader, #seed, #index)? #unwrap)
            }
            // A default function runs only once every field has been read, so never for
            // a model that fails (serde_derive's runs, then a later field fails). The
            // wrapper of a `deserialize_with` field is made around the default.
            FieldKind::Defaulted
                if field.deserialize_with.is_some()
                    || matches!(field.default, DefaultValue::Function(_)) =>
            {
                let default = match field.deserialize_with {
                    Some(_) => {
                        let wrapped = with::wrap(field, default_value(ctx.model, field));
                        quote!(|| #wrapped)
                    }
                    None => default_function_name(ctx.model, field),
                };
                defaults_after.push(quote! {
                    let #local = ::core::option::Option::unwrap_or_else(#local, #default) #unwrap;
                });
                quote_spanned!(span=> #reader::next(&mut __reader, #seed))
            }
            _ => quote_spanned!(span=> #reader::or_default(&mut __reader, #seed) #unwrap),
        };
        read_seq.push((at, quote!(let #local = #read;)));
    }
    read_seq.extend(flattened);
    read_seq.sort_by_key(|(at, _)| *at);

    let extra_in_seq = ctx
        .model
        .extra_field()
        .map(|_| quote!(let __extra = ::core::default::Default::default();));
    let members = members(ctx);
    // `mut` only where a field is read, so that the user's crate gets no `unused_mut`.
    let mutable = (!read_seq.is_empty()).then(|| quote!(mut));
    let read_seq = read_seq.into_iter().map(|(_, read)| read);
    quote! {
        let #mutable __reader = #reader::new(__seq, &self);
        #(#read_seq)*
        #reader::finish(__reader)?;
        #(#defaults_after)*
        #extra_in_seq
        ::core::result::Result::Ok(#ident { #(#members),* })
    }
}

/// The value of a field read by its `deserialize_with` function, from the wrapper in its
/// local: as in serde, a missing key is an error, never read from nothing, unless the field
/// has a default.
fn read_with(ctx: &Ctx, field: &Field, local: &Ident) -> TokenStream {
    let private = &ctx.private;
    let missing = match field.kind {
        FieldKind::Defaulted => default_value(ctx.model, field),
        _ => {
            let model = ctx.name();
            let wire = &field.wire.value;
            quote!(return ::core::result::Result::Err(#private::missing_field(#model, #wire)))
        }
    };
    quote! {
        match #local {
            ::core::option::Option::Some(__wrapper) => __wrapper.__value,
            ::core::option::Option::None => #missing,
        }
    }
}

/// `member: value` for every field of the model, from the locals of both bodies.
fn members(ctx: &Ctx) -> Vec<TokenStream> {
    ctx.model
        .fields
        .iter()
        .map(|field| {
            let member = field.member;
            if field.kind == FieldKind::Extra {
                quote!(#member: __extra)
            } else if field.kind == FieldKind::Flattened
                || (field.kind.is_declared() && field.deserialized)
            {
                let local = local(field);
                quote!(#member: #local)
            } else {
                let default = default_value(ctx.model, field);
                quote!(#member: #default)
            }
        })
        .collect()
}

/// The local that holds a field while it is decoded.
fn local(field: &Field) -> Ident {
    format_ident!("__field{}", field.index)
}
