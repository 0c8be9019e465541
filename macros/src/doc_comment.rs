//! Doc comments become documentation metadata: the text of `///` lines, one leading space
//! stripped per line, joined with `\n`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Expr, ExprLit, Lit, Meta};

/// The pieces of one item's documentation, kept as expressions so that
/// `#[doc = include_str!("...")]` works: they are joined with `concat!` in the output.
#[derive(Default)]
pub struct DocText {
    pieces: Vec<Piece>,
}

enum Piece {
    Text(String),
    Expr(Expr),
}

impl DocText {
    pub fn from_attrs(attrs: &[Attribute]) -> Self {
        let pieces = attrs
            .iter()
            .filter_map(|attr| match &attr.meta {
                Meta::NameValue(doc) if doc.path.is_ident("doc") => Some(&doc.value),
                _ => None,
            })
            .map(|value| match value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(text),
                    ..
                }) => Piece::Text(strip_one_space_per_line(&text.value())),
                other => Piece::Expr(other.clone()),
            })
            .collect();
        DocText { pieces }
    }

    /// A `&'static str` expression: a literal when every piece is one, else `concat!`.
    pub fn to_expr(&self) -> TokenStream {
        if let Some(text) = self.literal_text() {
            return quote!(#text);
        }
        let mut parts = Vec::with_capacity(self.pieces.len() * 2);
        for (index, piece) in self.pieces.iter().enumerate() {
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

    fn literal_text(&self) -> Option<String> {
        let mut lines = Vec::with_capacity(self.pieces.len());
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => lines.push(text.as_str()),
                Piece::Expr(_) => return None,
            }
        }
        Some(lines.join("\n"))
    }
}

fn strip_one_space_per_line(text: &str) -> String {
    text.split('\n')
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn text_of(attrs: Vec<Attribute>) -> String {
        DocText::from_attrs(&attrs).to_expr().to_string()
    }

    #[test]
    fn strips_one_space_and_joins_lines() {
        let attrs = vec![
            parse_quote!(#[doc = " Direction of a call"]),
            parse_quote!(#[doc = "   indented"]),
            parse_quote!(#[doc = ""]),
            parse_quote!(#[api(rename = "x")]),
        ];
        assert_eq!(text_of(attrs), r#""Direction of a call\n  indented\n""#);
    }

    #[test]
    fn block_comments_keep_their_newlines() {
        let attrs = vec![parse_quote!(#[doc = " first\n second"])];
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
