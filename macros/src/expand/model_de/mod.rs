//! `Deserialize` for a model: a visitor over maps (self-describing formats) and sequences
//! (compact formats). Key matching, duplicate and missing-field errors live in the runtime;
//! the generated part is one `match` arm and at most one finishing line per field.
//!
//! Two body shapes: a model whose fields are all optional (or skipped) is read straight into
//! the value it returns ([`in_place`]); one with required or defaulted fields keeps a local
//! per field until every required one is known and every missing default is made
//! ([`locals`]).

mod in_place;
mod locals;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Path, Type, parse_quote};

use crate::ast::{DefaultValue, Field, FieldKind, Model, UnknownKeys, Wrapper};
use crate::expand::{bounds, runtime, with};
use crate::ty::{self, Borrow};

/// What both body shapes read from the model.
struct Ctx<'c, 'a> {
    model: &'c Model<'a>,
    krate: &'c Path,
    private: TokenStream,
    /// Each field's type as the visitor sees it, by field index: there, `Self` is the
    /// visitor, not the model, so it is replaced by the model's type.
    de_types: Vec<Type>,
    declared: Vec<&'c Field<'a>>,
    /// One per declared field, in the same order.
    seeds: Vec<TokenStream>,
}

/// The bodies of `visit_map` and `visit_seq`.
struct Bodies {
    visit_map: TokenStream,
    visit_seq: TokenStream,
}

impl<'c, 'a> Ctx<'c, 'a> {
    fn name(&self) -> &'c str {
        &self.model.doc_name
    }

    /// A field's type as the visitor sees it.
    fn de_ty(&self, field: &Field) -> &Type {
        &self.de_types[field.index]
    }

    /// A `FieldName` constant, promoted to a `'static` where it is borrowed.
    fn field_name(&self, wire: &str) -> TokenStream {
        let private = &self.private;
        let model = self.name();
        quote!(#private::FieldName { model: #model, wire: #wire })
    }

    /// Whether keys that match no field reach the `match` as `FieldKey::Unknown`.
    fn keep_unknown(&self) -> bool {
        !matches!(self.model.unknown_keys, UnknownKeys::Ignore)
            || self.model.flattened_fields().next().is_some()
    }

    /// The `match` arm for an undeclared key; `extra` is the place of the extra map.
    fn unknown_arm(&self, extra: TokenStream) -> TokenStream {
        let private = &self.private;
        let krate = self.krate;
        let name = self.name();
        let otherwise = match self.model.unknown_keys {
            UnknownKeys::Keep(index) => {
                let field = &self.model.fields[index];
                let ty = self.de_ty(field);
                quote_spanned! {field.ty_span()=>
                    <#ty as #krate::ExtraFields>::insert_next(&mut #extra, __name, &mut __map, #name)
                }
            }
            UnknownKeys::Deny(_) => quote! {
                ::core::result::Result::Err(#private::unknown_field(#name, &__name, __FIELDS))
            },
            UnknownKeys::Ignore if self.model.flattened_fields().next().is_some() => quote! {
                #private::skip_value(&mut __map)
            },
            UnknownKeys::Ignore => return quote!(),
        };
        // In a compact format, the flattened model is one field under its Rust name.
        let nested = self.model.flattened_fields().map(|field| {
            let ty = self.de_ty(field);
            let rust_name = &field.name;
            let local = nested_local(field);
            let field_name = self.field_name(rust_name);
            quote_spanned! {field.ty_span()=>
                if !self.__human_readable && __name == #rust_name {
                    #private::fill(&mut #local, &mut __map, ::core::marker::PhantomData::<#ty>, &#field_name)
                } else
            }
        });
        // A key that a flattened model declares is buffered for it, the first one that does.
        let claims = self.model.flattened_fields().map(|field| {
            let ty = self.de_ty(field);
            let buffer = flat_buffer(field);
            quote_spanned! {field.ty_span()=>
                if #private::flatten_claims::<#ty>(&__name) {
                    #private::buffer_flattened(&mut #buffer, __name, &mut __map, #name)
                } else
            }
        });
        quote! {
            #private::FieldKey::Unknown(__name) => {
                #(#nested)* #(#claims)* {
                    #otherwise
                }
            }
        }
    }

    /// The key loop of `visit_map`, with `known` giving the arm body for a declared field.
    ///
    /// Every arm is a `Result<(), _>` and one `?` follows the `match`, instead of one in each
    /// arm: in a debug build each `?` is two calls (`Try::branch`, `FromResidual`) and a
    /// way out that drops the key, in every arm of every model.
    fn key_loop(&self, known: impl Fn(usize) -> TokenStream, extra: TokenStream) -> TokenStream {
        let private = &self.private;
        let serde = quote!(#private::serde);
        let keep_unknown = self.keep_unknown();
        let known_arms = (0..self.declared.len()).map(|index| {
            let key = index as u16;
            let body = known(index);
            quote!(#private::FieldKey::Known(#key) => #body,)
        });
        let unknown_arm = self.unknown_arm(extra);
        quote! {
            let __seed = #private::FieldSeed::new(__lookup, #keep_unknown);
            while let ::core::option::Option::Some(__key) =
                #serde::de::MapAccess::next_key_seed(&mut __map, __seed)?
            {
                let __read = match __key {
                    #(#known_arms)*
                    #unknown_arm
                    _ => #private::skip_value(&mut __map),
                };
                __read?;
            }
        }
    }
}

pub fn expand(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let name = &model.doc_name;
    let private = runtime::private();
    let serde = quote!(#private::serde);

    let (_, ty_generics, _) = input.generics.split_for_impl();
    let self_ty = quote!(#ident #ty_generics);
    let de_types: Vec<Type> = model
        .fields
        .iter()
        .map(|field| ty::replace_self(field.ty(), &self_ty))
        .collect();
    let borrowed = model.fields.iter().flat_map(|field| &field.borrowed);
    let generics = bounds::with_de_lifetime(&input.generics, borrowed);
    let generics = match &model.bounds.deserialize {
        Some(predicates) => bounds::with_predicates(&generics, predicates),
        None => {
            // A field read by a function asks nothing of its type, as in serde.
            let values = model
                .read_fields()
                .filter(|field| field.deserialize_with.is_none())
                .map(Field::ty);
            let deserialize = parse_quote!(#serde::Deserialize<'__de>);
            let generics = bounds::with_bound(&generics, values, &deserialize);
            let extra = model.extra_field().map(|field| &de_types[field.index]);
            let extra_fields = parse_quote!(#krate::ExtraFields);
            let generics = bounds::with_type_bound(&generics, extra.into_iter(), &extra_fields);
            let defaulted = model
                .fields
                .iter()
                .filter(|field| {
                    takes_default(field) && matches!(field.default, DefaultValue::Trait)
                })
                .map(|field| &de_types[field.index]);
            bounds::with_type_bound(
                &generics,
                defaulted,
                &parse_quote!(::core::default::Default),
            )
        }
    };
    let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();

    let declared: Vec<&Field> = model.read_fields().collect();
    let lookup_arms = declared.iter().enumerate().map(|(index, field)| {
        let index = index as u16;
        let names = field.names().map(|name| &name.value);
        quote!(#(#names)|* => ::core::option::Option::Some(#index),)
    });
    let lookup_arms: Vec<TokenStream> = lookup_arms.collect();
    let field_names: Vec<&String> = declared
        .iter()
        .flat_map(|field| field.names())
        .map(|name| &name.value)
        .collect();
    let mut ctx = Ctx {
        model,
        krate,
        private,
        de_types,
        declared,
        seeds: Vec::new(),
    };
    ctx.seeds = ctx
        .declared
        .iter()
        .map(|field| match &field.deserialize_with {
            Some(_) => {
                let wrapper = with::wrapper_name(field);
                quote!(::core::marker::PhantomData::<#wrapper #visitor_generics>)
            }
            None => seed(field, ctx.de_ty(field), &ctx.private),
        })
        .collect();
    let wrappers: Vec<TokenStream> = ctx
        .declared
        .iter()
        .filter_map(|field| {
            let function = field.deserialize_with.as_ref()?;
            Some(with::deserialize(
                model,
                field,
                function,
                &generics,
                &ctx.private,
            ))
        })
        .collect();
    // A default is made only for a missing key, which the shape with a local per field
    // knows at the end; the other shape makes every field's empty value up front.
    let needs_locals = model.flattened_fields().next().is_some()
        || ctx.declared.iter().any(|field| {
            matches!(
                field.kind,
                FieldKind::Required | FieldKind::RequiredNullable | FieldKind::Defaulted
            )
        });
    let Bodies {
        visit_map,
        visit_seq,
    } = if needs_locals {
        locals::bodies(&ctx)
    } else {
        in_place::bodies(&ctx)
    };
    let expecting = format!("a {name} object");
    // A model with a flattened one remembers the format's kind: a compact format holds the
    // flattened model as one field, under its Rust name, also where it has keys (CBOR). So
    // does one that denies unknown keys, which asks for a struct in every format (`entry`)
    // and refuses the sequence form in human-readable ones, as the other models do.
    let flattens = model.flattened_fields().next().is_some();
    let denies_as_struct = matches!(model.unknown_keys, UnknownKeys::Deny(_)) && !flattens;
    let (format_field, format_value, format_local) = if flattens || denies_as_struct {
        (
            quote!(__human_readable: ::core::primitive::bool,),
            quote!(__human_readable,),
            quote!(let __human_readable = #serde::Deserializer::is_human_readable(&__deserializer);),
        )
    } else {
        (quote!(), quote!(), quote!())
    };
    let visitor = quote! {
        __Visitor {
            __marker: ::core::marker::PhantomData,
            __lifetime: ::core::marker::PhantomData,
            #format_value
        }
    };
    let entry = entry(model, &serde, name, &visitor);
    let refuse_readable_seq = denies_as_struct.then(|| {
        quote! {
            if self.__human_readable {
                return ::core::result::Result::Err(
                    <<__A as #serde::de::SeqAccess<'__de>>::Error as #serde::de::Error>::invalid_type(
                        #serde::de::Unexpected::Seq,
                        &self,
                    ),
                );
            }
        }
    });

    let defaults = model
        .fields
        .iter()
        .filter_map(|field| default_function(model, field, &ctx.de_types[field.index]));
    // `#[inline]` on `visit_map` and `deserialize`: with several codegen units (16 in the
    // default release profile) a generic function without it is compiled into the unit of the
    // module that defines its type and called from the others, so the format's
    // `deserialize_struct` and this `visit_map` stayed two functions calling one another.
    // Marked, they are compiled where the format calls them and inlined into one loop, as
    // serde_derive's visitor is in our benchmarks. `visit_map` has one caller per format, so
    // this adds no copies. One `plain` `CallParty` with serde_json: 24,528 → 23,239
    // instructions (callgrind), serde_derive 22,886.
    //
    // `__lookup` is not marked: it is not generic, and in the 500-model benchmark crate the
    // inliner kept it out of line anyway, so the mark only made a copy of it in each unit
    // that reads the model's keys: two per model, the second 3.6% of the crate's machine
    // code. See BENCHMARKS.md for decoding without it.
    quote! {
        #(#defaults)*
        #(#wrappers)*

        const __FIELDS: &[&::core::primitive::str] = &[#(#field_names),*];

        fn __lookup(__name: &::core::primitive::str) -> ::core::option::Option<::core::primitive::u16> {
            match __name {
                #(#lookup_arms)*
                _ => ::core::option::Option::None,
            }
        }

        struct __Visitor #impl_generics #where_clause {
            __marker: ::core::marker::PhantomData<#ident #ty_generics>,
            __lifetime: ::core::marker::PhantomData<&'__de ()>,
            #format_field
        }

        #[automatically_derived]
        impl #impl_generics #serde::de::Visitor<'__de> for __Visitor #visitor_generics #where_clause {
            type Value = #ident #ty_generics;

            fn expecting(&self, __f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                ::core::fmt::Formatter::write_str(__f, #expecting)
            }

            #[inline]
            fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<#ident #ty_generics, <__A as #serde::de::MapAccess<'__de>>::Error>
            where
                __A: #serde::de::MapAccess<'__de>,
            {
                #visit_map
            }

            fn visit_seq<__A>(self, __seq: __A) -> ::core::result::Result<#ident #ty_generics, <__A as #serde::de::SeqAccess<'__de>>::Error>
            where
                __A: #serde::de::SeqAccess<'__de>,
            {
                #refuse_readable_seq
                #visit_seq
            }
        }

        #[automatically_derived]
        impl #impl_generics #serde::Deserialize<'__de> for #ident #ty_generics #where_clause {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, <__D as #serde::Deserializer<'__de>>::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                #format_local
                #entry
            }
        }
    }
}

/// What the model asks the deserializer for. In human-readable formats a model is an object,
/// so it asks for a map, as serde_derive does for a struct with a flattened field:
/// - serde's buffering deserializers (`flatten`, untagged and tagged enums) hand a struct only
///   the keys of its `FIELDS`, and would drop every unknown key of a model that keeps them;
/// - a JSON array is not read as a model by position (serde_derive's struct form reads one),
///   which no API sends and no schema of the model describes;
/// - once `is_human_readable` is inlined, the struct branch is gone before monomorphization,
///   so a release build compiles no `visit_seq` for JSON: 27% of the machine code of the
///   500-model benchmark crate (BENCHMARKS.md).
///
/// Compact formats have no keys and read the model by position, from the struct form. A model
/// that denies unknown keys asks for serde_derive's struct form everywhere: inside `flatten`,
/// the keys of its `FIELDS` are the only ones it may see. Its `visit_seq` refuses a sequence
/// in human-readable formats instead.
fn entry(model: &Model, serde: &TokenStream, name: &str, visitor: &TokenStream) -> TokenStream {
    // A model with a flattened one asks for a map even when it denies unknown keys: the
    // flattened model's keys are not in `FIELDS`. Its struct form has one more field per
    // flattened model, which formats such as postcard count.
    let flattens = model.flattened_fields().next().is_some();
    let in_order = model
        .fields
        .iter()
        .filter(|field| {
            field.kind == FieldKind::Flattened || (field.kind.is_declared() && field.deserialized)
        })
        .map(|field| match field.kind {
            FieldKind::Flattened => &field.name,
            _ => &field.wire.value,
        });
    let fields = if flattens {
        quote!(&[#(#in_order),*])
    } else {
        quote!(__FIELDS)
    };
    let as_struct = quote! {
        #serde::Deserializer::deserialize_struct(__deserializer, #name, #fields, #visitor)
    };
    match model.unknown_keys {
        UnknownKeys::Deny(_) if !flattens => as_struct,
        UnknownKeys::Ignore | UnknownKeys::Deny(_) | UnknownKeys::Keep(_) => quote! {
            if #serde::Deserializer::is_human_readable(&__deserializer) {
                #serde::Deserializer::deserialize_map(__deserializer, #visitor)
            } else {
                #as_struct
            }
        },
    }
}

/// The local of a flattened field read as one field, in a compact format.
fn nested_local(field: &Field) -> syn::Ident {
    format_ident!("__nested{}", field.index)
}

/// The local that buffers the entries of a flattened field.
fn flat_buffer(field: &Field) -> syn::Ident {
    format_ident!("__flat{}", field.index)
}

/// Whether the field can be filled with its default: it is never read, or its key may be
/// missing with `default`.
fn takes_default(field: &Field) -> bool {
    matches!(field.kind, FieldKind::Skipped | FieldKind::Defaulted)
        || (field.kind.is_declared() && !field.deserialized)
}

/// The default of a field: `Default::default()`, or a call of the `default = "..."`
/// function through [`default_function`].
fn default_value(model: &Model, field: &Field) -> TokenStream {
    match &field.default {
        DefaultValue::Trait => {
            quote_spanned!(field.ty_span()=> ::core::default::Default::default())
        }
        DefaultValue::Function(_) => {
            let function = default_function_name(model, field);
            quote!(#function())
        }
    }
}

/// The generated function that calls a field's `default = "..."` function, with the model's
/// generics: the one place that names the user's function, as a `fn() -> T` so that one of
/// another type is one error at its path.
fn default_function(model: &Model, field: &Field, ty: &Type) -> Option<TokenStream> {
    let DefaultValue::Function(function) = &field.default else {
        return None;
    };
    let name = format_ident!("__default{}", field.index);
    let (impl_generics, _, where_clause) = model.original.generics.split_for_impl();
    let span = Span::call_site().located_at(function.span());
    let typed = quote_spanned!(span=> let __function: fn() -> #ty = #function;);
    Some(quote! {
        fn #name #impl_generics() -> #ty #where_clause {
            #typed
            __function()
        }
    })
}

/// The path of a field's [`default_function`], with the model's generic arguments.
fn default_function_name(model: &Model, field: &Field) -> TokenStream {
    let name = format_ident!("__default{}", field.index);
    let (_, ty_generics, _) = model.original.generics.split_for_impl();
    let turbofish = ty_generics.as_turbofish();
    quote!(#name #turbofish)
}

/// The value of an optional field whose key is missing: `None`, or `Nullable::Absent`.
fn empty_value(field: &Field, private: &TokenStream) -> TokenStream {
    match field.wrapper {
        Wrapper::Nullable => quote!(#private::Nullable::Absent),
        Wrapper::Option | Wrapper::Plain => quote!(::core::option::Option::None),
    }
}

/// How one field's value is read: through its own `Deserialize`, or through a seed that
/// borrows `Cow<str>` from the input where serde's impl would copy.
fn seed(field: &Field, ty: &Type, private: &TokenStream) -> TokenStream {
    match field.borrow {
        Borrow::None => quote_spanned!(field.value_span()=> ::core::marker::PhantomData::<#ty>),
        Borrow::CowStr => quote!(#private::BorrowCowStr(::core::marker::PhantomData)),
        Borrow::OptionCowStr => quote!(#private::OptionBorrowCowStr(::core::marker::PhantomData)),
    }
}
