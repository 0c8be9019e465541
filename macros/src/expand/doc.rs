//! The `ApiModel` impl: documentation metadata as `'static` data.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Path;

use crate::ast::{FieldKind, Model};
use crate::ty;

pub fn model(model: &Model, krate: &Path) -> TokenStream {
    let input = model.original;
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let name = &model.doc_name;
    let description = model.doc.to_expr();
    let fields = model.declared_fields().map(|field| {
        let field_name = &field.name;
        let wire = &field.wire.value;
        let aliases = field.attrs.aliases.iter().map(|alias| &alias.value);
        let ty = ty::display(field.doc_ty);
        let required = field.kind == FieldKind::Required;
        let deprecated = field.deprecated;
        let description = field.doc.to_expr();
        quote! {
            #krate::doc::FieldDoc {
                name: #field_name,
                wire_name: #wire,
                aliases: &[#(#aliases),*],
                ty: #ty,
                required: #required,
                deprecated: #deprecated,
                description: #description,
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::ApiModel for #ident #ty_generics #where_clause {
            const DOC: &'static #krate::doc::ModelDoc = &#krate::doc::ModelDoc {
                name: #name,
                description: #description,
                fields: &[#(#fields),*],
            };
        }
    }
}
