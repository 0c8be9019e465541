//! Doc comments become documentation metadata: the text of `///` lines, one leading space
//! stripped per line, joined with `\n`.

use syn::{Attribute, Expr, ExprLit, Lit, Meta};

/// The pieces of one item's documentation, kept as expressions so that
/// `#[doc = include_str!("...")]` works: the expansion joins them with `concat!`.
#[derive(Default)]
pub struct DocText {
    pieces: Vec<Piece>,
}

/// One `#[doc = ...]` value.
pub enum Piece {
    /// A string literal, one leading space stripped per line.
    Text(String),
    /// Anything else, such as `include_str!(..)`.
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

    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// The whole text when every piece is a literal; `None` when one is an expression.
    pub fn literal_text(&self) -> Option<String> {
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

    fn text_of(attrs: Vec<Attribute>) -> Option<String> {
        DocText::from_attrs(&attrs).literal_text()
    }

    #[test]
    fn strips_one_space_and_joins_lines() {
        let attrs = vec![
            parse_quote!(#[doc = " Direction of a call"]),
            parse_quote!(#[doc = "   indented"]),
            parse_quote!(#[doc = ""]),
            parse_quote!(#[api(rename = "x")]),
        ];
        assert_eq!(
            text_of(attrs).as_deref(),
            Some("Direction of a call\n  indented\n")
        );
    }

    #[test]
    fn block_comments_keep_their_newlines() {
        let attrs = vec![parse_quote!(#[doc = " first\n second"])];
        assert_eq!(text_of(attrs).as_deref(), Some("first\nsecond"));
    }

    #[test]
    fn a_macro_value_is_kept_as_an_expression() {
        let attrs = vec![
            parse_quote!(#[doc = " intro"]),
            parse_quote!(#[doc = include_str!("part.md")]),
        ];
        let doc = DocText::from_attrs(&attrs);
        assert_eq!(doc.literal_text(), None);
        assert!(matches!(doc.pieces(), [Piece::Text(text), Piece::Expr(_)] if text == "intro"));
    }

    #[test]
    fn no_docs_is_empty() {
        assert_eq!(text_of(Vec::new()).as_deref(), Some(""));
    }
}
