//! Moving generated tokens to the user's tokens, so that a compiler error in them is reported
//! where the user can act on it.

use proc_macro2::{Group, Span, TokenStream, TokenTree};

/// `tokens` with every span set to `span`, e.g. the runtime path at a field's type, so that
/// a call whose arguments fail a trait bound is reported at the type alone and not at a
/// range from the derive to the type.
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}
