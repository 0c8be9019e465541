//! `Serialize` for a model: one linear call per field into one of the runtime's serializer
//! shapes, which decides per format whether `None` is omitted and where extra fields go, and
//! keeps the first error for `end` to return.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::{Path, parse_quote};

use crate::ast::{Field, FieldKind, Model, Wrapper};
use crate::expand::{bounds, runtime, with};

pub fn expand(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let name = &model.doc_name;
    let private = runtime::private();
    let generics = match &model.bounds.serialize {
        Some(predicates) => bounds::with_predicates(&input.generics, predicates),
        None => {
            // A field written by a function asks nothing of its type, as in serde.
            let values = model
                .written_fields()
                .filter(|field| field.serialize_with.is_none())
                .map(Field::ty);
            let serialize: Path = parse_quote!(#private::serde::Serialize);
            let generics = bounds::with_bound(&input.generics, values, &serialize);
            let extra = model.extra_field().map(Field::ty);
            let extra_fields: Path = parse_quote!(#krate::ExtraFields);
            bounds::with_type_bound(&generics, extra.into_iter(), &extra_fields)
        }
    };
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();

    // Compact formats write a flattened model as one field, where it stands.
    let written = model.written_fields().count() + model.flattened_fields().count();
    // An empty `Option` or `Nullable` is left out of human-readable formats, unless the
    // model writes every `None` or the field's key is required.
    let omits_empty = |field: &Field| {
        field.wrapper != Wrapper::Plain
            && matches!(field.kind, FieldKind::Optional | FieldKind::Defaulted)
            && !model.write_none
    };
    let always_written = model
        .written_fields()
        .filter(|field| !omits_empty(field))
        .count();
    let flattens = model.flattened_fields().next().is_some();
    let writer = if model.extra_field().is_some() || flattens {
        quote!(#private::WithExtraSerializer)
    } else {
        quote!(#private::StructSerializer)
    };
    let mut present = vec![quote!(#always_written)];
    let mut calls = Vec::with_capacity(model.fields.len());
    let mut wrappers = Vec::new();
    let in_order = model.fields.iter().filter(|field| {
        field.kind == FieldKind::Flattened || (field.kind.is_declared() && field.serialized)
    });
    for field in in_order {
        let member = field.member;
        if field.kind == FieldKind::Flattened {
            let name = &field.name;
            calls.push(quote_spanned! {field.ty_span()=>
                #writer::flatten(&mut __out, #name, &self.#member);
            });
            continue;
        }
        if let Some(function) = &field.serialize_with {
            let wire = &field.wire.value;
            let (wrapper, value) = with::serialize(model, field, function, &generics, &private);
            wrappers.push(wrapper);
            calls.push(quote!(#writer::field(&mut __out, #wire, #value);));
            continue;
        }
        let wire = &field.wire.value;
        let value_ty = field.value_ty;
        let skip_empty = if omits_empty(field) {
            quote!(__human_readable)
        } else {
            quote!(false)
        };
        if omits_empty(field) {
            present.push(match field.wrapper {
                Wrapper::Nullable => quote!(
                    !#private::Nullable::is_absent(&self.#member) as ::core::primitive::usize
                ),
                Wrapper::Option | Wrapper::Plain => quote!(
                    ::core::option::Option::is_some(&self.#member) as ::core::primitive::usize
                ),
            });
        }
        calls.push(match field.wrapper {
            Wrapper::Option => quote_spanned! {field.ty_span()=>
                #writer::optional::<#value_ty>(&mut __out, #wire, &self.#member, #skip_empty);
            },
            Wrapper::Nullable => quote_spanned! {field.ty_span()=>
                #writer::nullable::<#value_ty>(&mut __out, #wire, &self.#member, #skip_empty);
            },
            Wrapper::Plain => quote_spanned! {field.ty_span()=>
                #writer::field::<#value_ty>(&mut __out, #wire, &self.#member);
            },
        });
    }
    if let Some(extra) = model.extra_field() {
        let member = extra.member;
        let ty = extra.ty();
        present.push(quote_spanned! {extra.ty_span()=>
            <#ty as #krate::ExtraFields>::field_count(&self.#member)
        });
        calls.push(quote_spanned! {extra.ty_span()=>
            #writer::extra::<#ty>(&mut __out, &self.#member);
        });
    }

    let serde = quote!(#private::serde);
    // The map's length is the flattened models' to know; the struct's is known.
    let present = match (flattens, model.extra_field().is_some()) {
        (true, _) => quote!(::core::option::Option::None),
        (false, true) => quote!(::core::option::Option::Some(#(#present)+*)),
        (false, false) => quote!(#(#present)+*),
    };
    quote! {
        #(#wrappers)*

        #[automatically_derived]
        impl #impl_generics #private::serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<<__S as #serde::Serializer>::Ok, <__S as #serde::Serializer>::Error>
            where
                __S: #private::serde::Serializer,
            {
                let __present = #present;
                let __human_readable = #private::serde::Serializer::is_human_readable(&__serializer);
                let mut __out = #writer::begin(
                    __serializer, #name, #written, __present, __human_readable,
                );
                #(#calls)*
                #writer::end(__out)
            }
        }
    }
}
