//! Doc comments become documentation metadata as rustdoc shows them: the text of `///`
//! lines, one leading space stripped per line, joined with `\n`; a block comment (`/** */`)
//! loses its blank first and last lines, its ` * ` decoration and its common indentation.

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
                }) => Piece::Text(literal(&text.value())),
                other => Piece::Expr(other.clone()),
            })
            .collect::<Vec<_>>();
        let mut pieces = pieces;
        // `/** text */` ends in a space before `*/`; trailing spaces say nothing at the end.
        if let Some(Piece::Text(last)) = pieces.last_mut() {
            last.truncate(last.trim_end_matches([' ', '\t']).len());
        }
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

/// The text of one `#[doc = "..."]` literal. Only a block comment spans several lines.
fn literal(text: &str) -> String {
    if text.contains('\n') {
        block(text)
    } else {
        strip_one_space_per_line(text)
    }
}

/// A block comment as rustdoc shows it: rustc's beautifying of block doc comments (the
/// first line if it is all `*`, the last if it is, and a ` *` column down the left side),
/// then rustdoc's (blank lines around the text, and the indentation all lines share).
fn block(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    if lines
        .first()
        .is_some_and(|line| line.chars().all(|c| c == '*'))
    {
        lines.remove(0);
    }
    if lines
        .last()
        .is_some_and(|line| !line.is_empty() && line.chars().all(|c| c == '*'))
    {
        lines.pop();
    }
    if let Some(decoration) = star_column(&lines) {
        for line in &mut lines {
            if let Some(rest) = line.strip_prefix(decoration.as_str()) {
                *line = rest;
                if *line == "*" || line.starts_with("* ") || line.starts_with("**") {
                    *line = &line[1..];
                }
            }
        }
    }
    while lines.first().is_some_and(|line| line.trim().is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|line| line.get(indent..).unwrap_or_else(|| line.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What stands before the `*` that starts every line of a decorated block comment (the blank
/// lines at either end and an undecorated first line aside), as rustc finds it.
fn star_column(lines: &[&str]) -> Option<String> {
    let start = match lines.first() {
        Some(first) if !first.trim_start().starts_with('*') => 1,
        _ => 0,
    };
    let mut decorated = lines.get(start..).unwrap_or_default();
    while decorated.first().is_some_and(|line| line.trim().is_empty()) {
        decorated = &decorated[1..];
    }
    while decorated.last().is_some_and(|line| line.trim().is_empty()) {
        decorated = &decorated[..decorated.len() - 1];
    }
    let mut column: Option<usize> = None;
    for line in decorated {
        let star = line.find(|c: char| c != ' ' && c != '\t')?;
        if !line[star..].starts_with('*') || column.is_some_and(|column| column != star) {
            return None;
        }
        column = Some(star);
    }
    Some(decorated.first()?[..column?].to_owned())
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
    fn block_comments_lose_their_decoration_as_in_rustdoc() {
        let cases = [
            ("\n * Party\n *   of a call\n ", "Party\n  of a call"),
            ("*\n * Party\n *\n * Call\n ", "Party\n\nCall"),
            ("\n   Plain\n     indented\n   ", "Plain\n  indented"),
            (" First line\n * then stars\n ", "First line\n then stars"),
            ("\n * a **bold** word\n ", "a **bold** word"),
            ("\n * mixed\n - not stars\n ", "* mixed\n- not stars"),
            (" one line ", "one line"),
        ];
        for (comment, shown) in cases {
            let attrs = vec![parse_quote!(#[doc = #comment])];
            assert_eq!(text_of(attrs).as_deref(), Some(shown), "{comment:?}");
        }
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
