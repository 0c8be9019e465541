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

/// `generics` with a leading `'de` that outlives every lifetime the read fields borrow.
pub fn with_de_lifetime<'a>(
    generics: &Generics,
    types: impl Iterator<Item = &'a Type> + Clone,
) -> Generics {
    let mut generics = generics.clone();
    let mut de = LifetimeParam::new(Lifetime::new("'de", proc_macro2::Span::call_site()));
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
