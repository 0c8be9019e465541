//! Documentation metadata as `'static` data: the `ApiModel` impl, and the `DOC` constant of
//! an `ApiEnum` and of an `ApiUnion`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Path;

use crate::ast::{Enum, FieldKind, Form, Model, Union, Wrapper};
use crate::doc_comment::{DocText, Piece};
use crate::expand::type_ref;
use crate::ty;

pub fn model(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let generics = type_ref::model_generics(model, krate);
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let name = &model.doc_name;
    let description = text(&model.doc);
    let fields = model.declared_fields().map(|field| {
        let field_name = &field.name;
        let wire = &field.wire.value;
        let aliases = field.aliases.iter().map(|alias| &alias.value);
        let ty = ty::display(field.value_ty);
        let shape = if field.described_by_type() {
            type_ref::shape(field.ty())
        } else {
            quote!(&#krate::doc::TypeRef::Undescribed)
        };
        let required = field.deserialized
            && matches!(
                field.kind,
                FieldKind::Required | FieldKind::RequiredNullable
            );
        let nullable = field.wrapper == Wrapper::Nullable
            || (field.wrapper == Wrapper::Option && field.kind == FieldKind::RequiredNullable);
        let deprecated = field.deprecated;
        let description = text(&field.doc);
        quote! {
            #krate::doc::FieldDoc {
                name: #field_name,
                wire_name: #wire,
                aliases: &[#(#aliases),*],
                ty: #ty,
                shape: #shape,
                required: #required,
                nullable: #nullable,
                deprecated: #deprecated,
                description: #description,
            }
        }
    });
    let unknown_fields = type_ref::unknown_fields(model, krate);
    let flattened = model
        .flattened_fields()
        .map(|field| type_ref::shape(field.ty()));
    let undescribed = type_ref::probe_fallback_in_scope();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::ApiModel for #ident #ty_generics #where_clause {
            const DOC: &'static #krate::doc::ModelDoc = {
                #undescribed
                &#krate::doc::ModelDoc {
                    name: #name,
                    description: #description,
                    fields: &[#(#fields),*],
                    unknown_fields: #unknown_fields,
                    newtype_of: ::core::option::Option::None,
                    flattened: &[#(#flattened),*],
                }
            };
        }

        #[automatically_derived]
        impl #impl_generics #krate::JsonValueKind for #ident #ty_generics #where_clause {
            const KIND: #krate::JsonKind = #krate::JsonKind::Object;
        }
    }
}

/// The `EnumDoc` value of an enum.
pub fn api_enum(api_enum: &Enum, krate: &Path) -> TokenStream {
    let name = &api_enum.doc_name;
    let description = text(&api_enum.doc);
    let open = api_enum.other().is_some();
    let variants = api_enum.variants.iter().map(|variant| {
        let variant_name = crate::ast::unraw(&variant.original.ident);
        let value = &variant.value.value;
        let aliases = variant.aliases.iter().map(|alias| &alias.value);
        let description = text(&variant.doc);
        quote! {
            #krate::doc::VariantDoc {
                name: #variant_name,
                value: #value,
                aliases: &[#(#aliases),*],
                description: #description,
            }
        }
    });
    quote! {
        #krate::doc::EnumDoc {
            name: #name,
            description: #description,
            variants: &[#(#variants),*],
            open: #open,
        }
    }
}

/// The `UnionDoc` value of a union; `wires` are the expressions of its variants' wire names.
pub fn union<'w>(
    union: &Union,
    krate: &Path,
    wires: impl Iterator<Item = &'w TokenStream>,
) -> TokenStream {
    let name = &union.doc_name;
    let description = text(&union.doc);
    let tag = match union.tag() {
        Some(tag) => {
            let tag = &tag.value;
            quote!(::core::option::Option::Some(#tag))
        }
        None => quote!(::core::option::Option::None),
    };
    let untagged = matches!(union.form, Form::ByKind);
    let open = union.other().is_some();
    let variants = union.variants.iter().zip(wires).map(|(variant, wire)| {
        let aliases = variant.aliases.iter().map(|alias| &alias.value);
        let ty = variant.ty().map(ty::display).unwrap_or_default();
        let shape = match variant.ty() {
            Some(held) => {
                let shape = type_ref::shape(held);
                quote!(::core::option::Option::Some(#shape))
            }
            None => quote!(::core::option::Option::None),
        };
        let description = text(&variant.doc);
        let deprecated = variant.deprecated;
        quote! {
            #krate::doc::UnionVariantDoc {
                wire_name: #wire,
                aliases: &[#(#aliases),*],
                ty: #ty,
                shape: #shape,
                description: #description,
                deprecated: #deprecated,
            }
        }
    });
    let probe_fallback = type_ref::probe_fallback_in_scope();
    quote! {
        {
            #probe_fallback
            #krate::doc::UnionDoc {
                name: #name,
                description: #description,
                tag: #tag,
                untagged: #untagged,
                open: #open,
                variants: &[#(#variants),*],
            }
        }
    }
}

/// A `&'static str` expression: a literal when every piece is one, else `concat!`, so that
/// `#[doc = include_str!("...")]` works.
pub fn text(doc: &DocText) -> TokenStream {
    if let Some(text) = doc.literal_text() {
        return quote!(#text);
    }
    let mut parts = Vec::with_capacity(doc.pieces().len() * 2);
    for (index, piece) in doc.pieces().iter().enumerate() {
        if index > 0 {
            parts.push(quote!("\n"));
        }
        parts.push(match piece {
            Piece::Text(text) => quote!(#text),
            Piece::Expr(expr) => quote!(#expr),
        });
    }
    quote!(::core::concat!(#(#parts),*))
}

#[cfg(test)]
mod tests {
    use syn::{Attribute, parse_quote};

    use super::*;

    fn text_of(attrs: Vec<Attribute>) -> String {
        text(&DocText::from_attrs(&attrs)).to_string()
    }

    #[test]
    fn literal_lines_become_one_literal() {
        let attrs = vec![
            parse_quote!(#[doc = " first"]),
            parse_quote!(#[doc = " second"]),
        ];
        assert_eq!(text_of(attrs), r#""first\nsecond""#);
    }

    #[test]
    fn macro_values_go_through_concat() {
        let attrs = vec![
            parse_quote!(#[doc = " intro"]),
            parse_quote!(#[doc = include_str!("part.md")]),
        ];
        assert_eq!(
            text_of(attrs),
            r#":: core :: concat ! ("intro" , "\n" , include_str ! ("part.md"))"#
        );
    }

    #[test]
    fn no_docs_is_empty() {
        assert_eq!(text_of(Vec::new()), r#""""#);
    }
}
