//! Generic bounds, inferred as serde_derive infers them: on the type parameters that the
//! fields hold as values and on the associated types they name, never through
//! `PhantomData`. `#[api(bound = "...")]` replaces them.

use syn::{GenericParam, Generics, Lifetime, LifetimeParam, Type, WherePredicate, parse_quote};

use crate::ty;

/// `generics` with `bound` required of what `types` use (see [`ty::uses`]): each type
/// parameter they hold, and each associated type they name.
pub fn with_bound<'a>(
    generics: &Generics,
    types: impl Iterator<Item = &'a Type>,
    bound: &syn::Path,
) -> Generics {
    let mut bounded = generics.clone();
    let params: Vec<&syn::Ident> = generics.type_params().map(|param| &param.ident).collect();
    let mut used: Vec<&syn::Ident> = Vec::new();
    let mut associated: Vec<&Type> = Vec::new();
    for ty in types {
        let uses = ty::uses(ty, &params);
        for param in uses.params {
            if !used.contains(&param) {
                used.push(param);
            }
        }
        for ty in uses.associated {
            if !associated.iter().any(|known| ty::same_type(known, ty)) {
                associated.push(ty);
            }
        }
    }
    let where_clause = bounded.make_where_clause();
    // In declaration order, so the where clause reads like the generics.
    for param in params.iter().filter(|param| used.contains(param)) {
        let predicate: WherePredicate = parse_quote!(#param: #bound);
        where_clause.predicates.push(predicate);
    }
    for ty in associated {
        let predicate: WherePredicate = parse_quote!(#ty: #bound);
        where_clause.predicates.push(predicate);
    }
    bounded
}

/// `generics` with `bound` required of every one of `types` that uses a type parameter:
/// the field type itself is bounded, not its parameters, so a skipped `PhantomData<U>` asks
/// nothing of `U`. Types without parameters need no bound; the body checks them.
pub fn with_type_bound<'a>(
    generics: &Generics,
    types: impl Iterator<Item = &'a Type>,
    bound: &syn::Path,
) -> Generics {
    let mut generics = generics.clone();
    let params: Vec<syn::Ident> = generics
        .type_params()
        .map(|param| param.ident.clone())
        .collect();
    let generic_types: Vec<&Type> = types
        .filter(|ty| params.iter().any(|param| ty::mentions_ident(ty, param)))
        .collect();
    let where_clause = generics.make_where_clause();
    for ty in generic_types {
        let predicate: WherePredicate = parse_quote!(#ty: #bound);
        where_clause.predicates.push(predicate);
    }
    generics
}

/// `generics` with `predicates`, written by the user in place of the inferred bounds.
pub fn with_predicates(generics: &Generics, predicates: &[WherePredicate]) -> Generics {
    let mut generics = generics.clone();
    generics
        .make_where_clause()
        .predicates
        .extend(predicates.iter().cloned());
    generics
}

/// `generics` with a leading `'__de` that outlives every lifetime that the fields borrow from
/// the input (`'static` too); the name leaves `'de` free for the user's own lifetimes.
pub fn with_de_lifetime<'a>(
    generics: &Generics,
    borrowed: impl Iterator<Item = &'a Lifetime>,
) -> Generics {
    let mut generics = generics.clone();
    let mut de = LifetimeParam::new(Lifetime::new("'__de", proc_macro2::Span::call_site()));
    for lifetime in borrowed {
        if !de.bounds.iter().any(|known| known.ident == lifetime.ident) {
            de.bounds.push(lifetime.clone());
        }
    }
    generics.params.insert(0, GenericParam::Lifetime(de));
    generics
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    fn where_clause(generics: &Generics) -> String {
        generics
            .where_clause
            .as_ref()
            .map(|clause| clause.to_token_stream().to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_type_bound_goes_on_generic_field_types_only() {
        let generics: Generics = parse_quote!(<T, U>);
        let types: Vec<Type> = vec![
            parse_quote!(PhantomData<U>),
            parse_quote!(u32),
            parse_quote!(Vec<T>),
        ];
        let bounded = with_type_bound(&generics, types.iter(), &parse_quote!(Default));
        assert_eq!(
            where_clause(&bounded),
            "where PhantomData < U > : Default , Vec < T > : Default"
        );
    }

    #[test]
    fn a_parameter_bound_goes_on_used_parameters_and_associated_types() {
        let generics: Generics = parse_quote!(<T, U, R: Resource>);
        let types: Vec<Type> = vec![
            parse_quote!(Vec<T>),
            parse_quote!(PhantomData<U>),
            parse_quote!(Option<R::Id>),
            parse_quote!(T),
        ];
        let bounded = with_bound(&generics, types.iter(), &parse_quote!(Serialize));
        assert_eq!(
            where_clause(&bounded),
            "where T : Serialize , R :: Id : Serialize"
        );
    }

    #[test]
    fn the_de_lifetime_leaves_the_users_names_free() {
        let generics: Generics = parse_quote!(<'de, 'a, T>);
        let borrowed: Vec<Lifetime> =
            vec![parse_quote!('de), parse_quote!('static), parse_quote!('de)];
        let with_de = with_de_lifetime(&generics, borrowed.iter());
        assert_eq!(
            with_de.to_token_stream().to_string(),
            "< '__de : 'de + 'static , 'de , 'a , T >"
        );
    }
}
