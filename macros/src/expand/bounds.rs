//! Generic bounds, added only for the parameters that the fields actually use.

use syn::{GenericParam, Generics, Lifetime, LifetimeParam, Type, WherePredicate, parse_quote};

use crate::ty;

/// `generics` with `bound` required of every type parameter that occurs in one of `types`.
pub fn with_bound<'a>(
    generics: &Generics,
    types: impl Iterator<Item = &'a Type> + Clone,
    bound: &syn::Path,
) -> Generics {
    let mut generics = generics.clone();
    let used: Vec<syn::Ident> = generics
        .type_params()
        .filter(|param| types.clone().any(|ty| ty::mentions_ident(ty, &param.ident)))
        .map(|param| param.ident.clone())
        .collect();
    let where_clause = generics.make_where_clause();
    for ident in used {
        let predicate: WherePredicate = parse_quote!(#ident: #bound);
        where_clause.predicates.push(predicate);
    }
    generics
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

/// `generics` with a leading `'__de` that outlives every lifetime the read fields borrow; the
/// name leaves `'de` free for the user's own lifetimes.
pub fn with_de_lifetime<'a>(
    generics: &Generics,
    types: impl Iterator<Item = &'a Type> + Clone,
) -> Generics {
    let mut generics = generics.clone();
    let mut de = LifetimeParam::new(Lifetime::new("'__de", proc_macro2::Span::call_site()));
    for param in generics.lifetimes() {
        if types
            .clone()
            .any(|ty| ty::mentions_lifetime(ty, &param.lifetime))
        {
            de.bounds.push(param.lifetime.clone());
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
    fn a_parameter_bound_goes_on_used_parameters_only() {
        let generics: Generics = parse_quote!(<T, U>);
        let types: Vec<Type> = vec![parse_quote!(Vec<T>)];
        let bounded = with_bound(&generics, types.iter(), &parse_quote!(Serialize));
        assert_eq!(where_clause(&bounded), "where T : Serialize");
    }

    #[test]
    fn the_de_lifetime_leaves_the_users_names_free() {
        let generics: Generics = parse_quote!(<'de, 'a, T>);
        let types: Vec<Type> = vec![parse_quote!(&'de str)];
        let with_de = with_de_lifetime(&generics, types.iter());
        assert_eq!(
            with_de.to_token_stream().to_string(),
            "< '__de : 'de , 'de , 'a , T >"
        );
    }
}
