//! The structured type references of the documentation: each field's `shape`, a model's
//! unknown-field policy, and `callparty::doc::Describe` for the derived type itself, which
//! is how other types' docs refer to it.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Generics, Path, Type, parse_quote};

use crate::ast::{Enum, Form, Model, Union, UnionVariant, UnknownKeys};
use crate::expand::{bounds, runtime};

/// The `&'static TypeRef` of a field type: its own `Describe::TYPE`, or `TypeRef::Undescribed`
/// for a type without one. Needs [`probe_fallback_in_scope`] around it.
pub fn shape(ty: &Type) -> TokenStream {
    let private = runtime::private();
    quote!(<#private::Probe<#ty>>::TYPE)
}

/// The import that lets [`shape`] fall back to `TypeRef::Undescribed`.
pub fn probe_fallback_in_scope() -> TokenStream {
    let private = runtime::private();
    quote!(#[allow(unused_imports)] use #private::ProbeFallback as _;)
}

/// The `UnknownFields` value of a model's `DOC`.
pub fn unknown_fields(model: &Model, krate: &Path) -> TokenStream {
    let policy = quote!(#krate::doc::UnknownFields);
    match model.unknown_keys {
        UnknownKeys::Ignore => quote!(#policy::Ignored),
        UnknownKeys::Deny(_) => quote!(#policy::Denied),
        UnknownKeys::Keep(_) => match model.extra_field() {
            Some(extra) => {
                let shape = shape(extra.ty());
                quote!(#policy::Kept(#shape))
            }
            None => quote!(#policy::Ignored),
        },
    }
}

/// The model's generics with `Describe` required of every type parameter that a field read
/// or written uses, as serde's bounds are: a field of type `Vec<T>` is described through
/// `T`'s description, whichever `T` the model is used with.
pub fn model_generics(model: &Model, krate: &Path) -> Generics {
    let described = model
        .fields
        .iter()
        .filter(|field| field.described_by_type())
        .map(|field| field.ty());
    with_describe(&model.original.generics, described, krate)
}

/// `generics` with `Describe` required of every type parameter that `types` use.
pub fn with_describe<'t>(
    generics: &Generics,
    types: impl Iterator<Item = &'t Type> + Clone,
    krate: &Path,
) -> Generics {
    let bound: Path = parse_quote!(#krate::doc::Describe);
    bounds::with_bound(generics, types, &bound)
}

/// `impl Describe for Model`: a reference to its `DOC`.
pub fn describe_model(model: &Model, krate: &Path) -> TokenStream {
    let generics = model_generics(model, krate);
    let reference = quote!(Model(#krate::doc::ModelRef::of::<Self>()));
    describe(model.original, &generics, krate, reference)
}

/// `impl Describe for Newtype`: the description of the type it holds, as its JSON is that
/// type's JSON (schemars does the same for `#[serde(transparent)]`).
pub fn describe_newtype(input: &DeriveInput, inner: &Type, krate: &Path) -> TokenStream {
    let generics = with_describe(&input.generics, std::iter::once(inner), krate);
    let shape = shape(inner);
    let fallback = probe_fallback_in_scope();
    describe_as(input, &generics, krate, quote!({ #fallback #shape }))
}

/// `impl Describe for Enum`: a reference to its `DOC`.
pub fn describe_enum(api_enum: &Enum, krate: &Path) -> TokenStream {
    let reference = quote!(Enum(#krate::doc::EnumRef::of::<Self>()));
    describe(
        api_enum.original,
        &api_enum.original.generics,
        krate,
        reference,
    )
}

/// `impl Describe for Union`: a reference to its `DOC`.
pub fn describe_union(union: &Union, krate: &Path) -> TokenStream {
    let generics = union_generics(union, krate);
    let reference = quote!(Union(#krate::doc::UnionRef::of::<Self>()));
    describe(union.original, &generics, krate, reference)
}

/// The union's generics with what its `ApiUnion` impl asks: `Describe` of the type
/// parameters its variants hold, and for the by-kind form `JsonValueKind` of the held types.
pub fn union_generics(union: &Union, krate: &Path) -> Generics {
    let held = union.variants.iter().filter_map(UnionVariant::ty);
    let generics = if matches!(union.form, Form::ByKind) {
        let kind: Path = parse_quote!(#krate::JsonValueKind);
        bounds::with_type_bound(&union.original.generics, held.clone(), &kind)
    } else {
        union.original.generics.clone()
    };
    with_describe(&generics, held, krate)
}

/// What a failed derive implements instead, so that other types' docs and schemas still
/// compile.
pub fn placeholder(input: &DeriveInput, krate: &Path) -> TokenStream {
    let describe = describe(input, &input.generics, krate, quote!(Undescribed));
    let json_schema = super::schemars::json_schema(input, &input.generics, krate, &[]);
    quote!(#describe #json_schema)
}

/// `impl Describe` whose `TYPE` is the `TypeRef` variant `type_ref`.
fn describe(
    input: &DeriveInput,
    generics: &Generics,
    krate: &Path,
    type_ref: TokenStream,
) -> TokenStream {
    describe_as(
        input,
        generics,
        krate,
        quote!(&#krate::doc::TypeRef::#type_ref),
    )
}

/// `impl Describe` whose `TYPE` is the expression `value`.
fn describe_as(
    input: &DeriveInput,
    generics: &Generics,
    krate: &Path,
    value: TokenStream,
) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::doc::Describe for #ident #ty_generics #where_clause {
            const TYPE: &'static #krate::doc::TypeRef = #value;
        }
    }
}
