//! Collects every error of one derive so the user sees all their mistakes in one build.

use std::fmt::Display;

use quote::ToTokens;

/// The errors found so far, folded into one `syn::Error` that reports each at its own span.
#[derive(Default)]
pub struct Diagnostics {
    first: Option<syn::Error>,
}

impl Diagnostics {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.first {
            Some(first) => first.combine(error),
            None => self.first = Some(error),
        }
    }

    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn at(&mut self, span: proc_macro2::Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Records the error of `result`, if any, and passes its value on.
    pub fn keep<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    pub fn finish(self) -> syn::Result<()> {
        self.first.map_or(Ok(()), Err)
    }
}
