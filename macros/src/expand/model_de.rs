//! `Deserialize` for a model: a visitor over maps (self-describing formats) and sequences
//! (compact formats). Key matching, duplicate and missing-field errors live in the runtime;
//! the generated part is one `match` arm and one finishing line per field.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::{Path, Type, parse_quote};

use crate::ast::{Field, FieldKind, Model};
use crate::expand::bounds;
use crate::ty::{self, Borrow};

pub fn expand(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let name = &model.doc_name;
    let private = quote!(#krate::__private);
    let serde = quote!(#private::serde);

    // Field types as the visitor sees them: there, `Self` is the visitor, not the model.
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let self_ty = quote!(#ident #ty_generics);
    let types: Vec<Type> = model
        .fields
        .iter()
        .map(|field| ty::replace_self(field.ty(), &self_ty))
        .collect();
    let read = model
        .fields
        .iter()
        .zip(&types)
        .filter(|(field, _)| field.kind != FieldKind::Skipped)
        .map(|(_, ty)| ty);
    let defaulted = model
        .fields
        .iter()
        .zip(&types)
        .filter(|(field, _)| matches!(field.kind, FieldKind::Skipped | FieldKind::Defaulted))
        .map(|(_, ty)| ty);
    let generics = bounds::with_de_lifetime(&input.generics, read.clone());
    let generics = bounds::with_bound(&generics, read, &parse_quote!(#serde::Deserialize<'__de>));
    let generics = bounds::with_type_bound(
        &generics,
        defaulted,
        &parse_quote!(::core::default::Default),
    );
    let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();
    let de_ty = |field: &Field| ty::replace_self(field.ty(), &self_ty);

    let declared: Vec<&Field> = model.declared_fields().collect();
    let lookup_arms = declared.iter().enumerate().map(|(index, field)| {
        let index = index as u16;
        let names = std::iter::once(&field.wire)
            .chain(&field.attrs.aliases)
            .map(|name| &name.value);
        quote!(#(#names)|* => ::core::option::Option::Some(#index),)
    });
    let field_names = declared
        .iter()
        .flat_map(|field| std::iter::once(&field.wire).chain(&field.attrs.aliases))
        .map(|name| &name.value);
    let locals: Vec<_> = (0..declared.len())
        .map(|index| declared[index].local(index))
        .collect();
    let seeds: Vec<TokenStream> = declared
        .iter()
        .map(|field| seed(field, &de_ty(field), &private))
        .collect();

    let fill_arms = declared.iter().enumerate().map(|(index, field)| {
        let index = index as u16;
        let local = &locals[index as usize];
        let seed = &seeds[index as usize];
        let wire = &field.wire.value;
        // Spanned at the type, so a type that cannot be read is reported there.
        let private = super::respan(private.clone(), field.ty_span());
        let fill = quote_spanned! {field.ty_span()=>
            #private::fill(&mut #local, &mut __map, #seed, #name, #wire)?
        };
        quote! {
            #private::FieldKey::Known(#index) => {
                #fill
            }
        }
    });
    let finish_map = declared.iter().zip(&locals).map(|(field, local)| {
        let wire = &field.wire.value;
        let value = match field.kind {
            FieldKind::Required => quote! {
                match #local {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        return ::core::result::Result::Err(#private::missing_field(#name, #wire));
                    }
                }
            },
            FieldKind::Optional => quote!(::core::option::Option::flatten(#local)),
            _ => {
                quote_spanned!(field.ty_span()=> ::core::option::Option::unwrap_or_default(#local))
            }
        };
        quote!(let #local = #value;)
    });
    let read_seq = declared.iter().enumerate().map(|(index, field)| {
        let local = &locals[index];
        let seed = &seeds[index];
        let next = if field.kind == FieldKind::Required {
            quote!(seq_required)
        } else {
            quote!(seq_or_default)
        };
        // Every token but the type's own at the type, so a type that cannot be read is
        // reported there and nowhere else.
        let span = field.ty_span();
        let private = super::respan(private.clone(), span);
        let head = super::respan(quote!(let #local = #private::#next), span);
        let index = super::respan(quote!(#index), span);
        quote_spanned!(span=> #head(&mut __seq, #seed, #index, &self)?;)
    });

    let extra = model.extra_field();
    let keep_unknown = extra.is_some() || model.attrs.deny_unknown_fields.is_some();
    let unknown_arm = match extra {
        Some(extra) => {
            let ty = de_ty(extra);
            quote_spanned! {extra.ty_span()=>
                #private::FieldKey::Unknown(__name) => {
                    <#ty as #krate::ExtraFields>::insert_next(&mut __extra, __name, &mut __map, #name)?
                }
            }
        }
        None if keep_unknown => quote! {
            #private::FieldKey::Unknown(__name) => {
                return ::core::result::Result::Err(#private::unknown_field(#name, &__name, __FIELDS));
            }
        },
        None => quote!(),
    };
    let extra_local = extra.map(|extra| {
        let ty = de_ty(extra);
        quote_spanned!(extra.ty_span()=> let mut __extra: #ty = ::core::default::Default::default();)
    });
    let extra_in_seq = extra.map(|_| quote!(let __extra = ::core::default::Default::default();));

    let members = model.fields.iter().map(|field| {
        let member = field.member;
        match field.kind {
            FieldKind::Extra => quote!(#member: __extra),
            FieldKind::Skipped => {
                quote_spanned!(field.ty_span()=> #member: ::core::default::Default::default())
            }
            _ => {
                let index = declared
                    .iter()
                    .position(|declared| declared.member == field.member)
                    .unwrap_or_default();
                let local = &locals[index];
                quote!(#member: #local)
            }
        }
    });
    let members: Vec<_> = members.collect();
    let expecting = format!("a {name} object");

    quote! {
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
        }

        #[automatically_derived]
        impl #impl_generics #serde::de::Visitor<'__de> for __Visitor #visitor_generics #where_clause {
            type Value = #ident #ty_generics;

            fn expecting(&self, __f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                ::core::fmt::Formatter::write_str(__f, #expecting)
            }

            fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<Self::Value, __A::Error>
            where
                __A: #serde::de::MapAccess<'__de>,
            {
                #(let mut #locals = ::core::option::Option::None;)*
                #extra_local
                let __seed = #private::FieldSeed::new(__lookup, #keep_unknown);
                while let ::core::option::Option::Some(__key) =
                    #serde::de::MapAccess::next_key_seed(&mut __map, __seed)?
                {
                    match __key {
                        #(#fill_arms)*
                        #unknown_arm
                        _ => {
                            #serde::de::MapAccess::next_value::<#serde::de::IgnoredAny>(&mut __map)?;
                        }
                    }
                }
                #(#finish_map)*
                ::core::result::Result::Ok(#ident { #(#members),* })
            }

            fn visit_seq<__A>(self, mut __seq: __A) -> ::core::result::Result<Self::Value, __A::Error>
            where
                __A: #serde::de::SeqAccess<'__de>,
            {
                #(#read_seq)*
                #extra_in_seq
                ::core::result::Result::Ok(#ident { #(#members),* })
            }
        }

        #[automatically_derived]
        impl #impl_generics #serde::Deserialize<'__de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: #serde::Deserializer<'__de>,
            {
                #serde::Deserializer::deserialize_struct(
                    __deserializer,
                    #name,
                    __FIELDS,
                    __Visitor {
                        __marker: ::core::marker::PhantomData,
                        __lifetime: ::core::marker::PhantomData,
                    },
                )
            }
        }
    }
}

/// How one field's value is read: through its own `Deserialize`, or through a seed that
/// borrows `Cow<str>` from the input where serde's impl would copy.
fn seed(field: &Field, ty: &Type, private: &TokenStream) -> TokenStream {
    match field.borrow {
        Borrow::None => quote_spanned!(field.ty_span()=> ::core::marker::PhantomData::<#ty>),
        Borrow::CowStr => quote!(#private::BorrowCowStr),
        Borrow::OptionCowStr => quote!(#private::OptionBorrowCowStr),
    }
}
