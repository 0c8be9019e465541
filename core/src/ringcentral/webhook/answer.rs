//! The answers of the router, each with a [`Summary`] for request logs, and error bodies cut
//! to RingCentral's size limit.

use std::fmt;

use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::ApiModel;

/// The largest error body the router writes, in bytes. RingCentral counts headers and body
/// against its limit of 1,024 bytes per answer, and the headers of an error answer take
/// about 120.
pub const MAX_ERROR_BODY: usize = 768;

/// Summaries stay short enough to read as one log line, whatever the request carried.
const MAX_SUMMARY: usize = 240;

/// Paths come from the request's keys, so they are cut too; this bound keeps a path within
/// [`MAX_ERROR_BODY`] even when every byte of it is escaped as `\u00XX`.
const MAX_PATH: usize = 100;

/// What the router did with one request, in one line for a request log: e.g. `session s-1
/// sequence 3: ...`, `refused: Verification-Token missing`.
///
/// Every response of [`router`](super::router) carries one in its extensions. It never holds
/// a verification token, and a refused request's summary says nothing of its body.
///
/// ```
/// # use axum::response::Response;
/// fn log(response: &Response) {
///     if let Some(summary) = response.extensions().get::<callparty::webhook::Summary>() {
///         println!("{} {summary}", response.status());
///     }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary(String);

impl Summary {
    pub(super) fn new(text: &str) -> Summary {
        let one_line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        Summary(truncated(&one_line, MAX_SUMMARY))
    }

    /// The summary's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The body of every error answer.
#[derive(ApiModel)]
struct ErrorAnswer {
    error: String,
    path: Option<String>,
}

/// `200` with an empty body: the notification is applied (and on disk, with a journal).
pub(super) fn accepted(summary: &str) -> Response {
    with_summary(StatusCode::OK.into_response(), summary)
}

/// RingCentral's handshake: `200`, the `Validation-Token` echoed, an empty body.
pub(super) fn handshake(token: HeaderValue) -> Response {
    let response = (StatusCode::OK, [("validation-token", token)]).into_response();
    with_summary(response, "handshake: Validation-Token echoed")
}

/// A JSON document (the `GET` routes).
pub(super) fn json(body: String, summary: &str) -> Response {
    let response = ([(CONTENT_TYPE, "application/json")], body).into_response();
    with_summary(response, summary)
}

/// An error answer whose body, `{"error": ..., "path": ...}`, fits in [`MAX_ERROR_BODY`].
pub(super) fn error(
    status: StatusCode,
    message: &str,
    path: Option<&str>,
    summary: &str,
) -> Response {
    let body = error_body(message, path);
    let response = (status, [(CONTENT_TYPE, "application/json")], body).into_response();
    with_summary(response, summary)
}

fn with_summary(mut response: Response, summary: &str) -> Response {
    response.extensions_mut().insert(Summary::new(summary));
    response
}

fn error_body(message: &str, path: Option<&str>) -> String {
    let path = path.map(|path| truncated(path, MAX_PATH));
    // Escaping can make the message grow, so it is halved until the document fits; with an
    // empty message the document is at most ~30 bytes plus the escaped path.
    let mut kept = message.len();
    loop {
        let answer = ErrorAnswer {
            error: truncated(message, kept),
            path: path.clone(),
        };
        let body = crate::json::to_string(&answer).unwrap_or_default();
        if body.len() <= MAX_ERROR_BODY || kept == 0 {
            return body;
        }
        kept /= 2;
    }
}

/// `text` cut to at most `max` bytes on character boundaries, with `…` where it was cut. The
/// cut is in the middle: a decoding error starts with the path and ends with the type.
fn truncated(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let kept = max.saturating_sub('…'.len_utf8());
    let head = text.floor_char_boundary(kept - kept / 3);
    let tail = text.ceil_char_boundary(text.len() - (kept - head));
    format!("{}…{}", &text[..head], &text[tail..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_and_long_text_is_cut_on_a_character_boundary() {
        assert_eq!(truncated("abc", 3), "abc");
        assert_eq!(truncated("abcdefgh", 6), "ab…h");
        assert_eq!(
            truncated("path: long middle (decoding T)", 17),
            "path: long…g T)"
        );
        // 'é' is two bytes: cutting inside it would not be UTF-8.
        assert_eq!(truncated("ééé", 6), "ééé");
        assert_eq!(truncated("éééé", 7), "é…é");
        assert_eq!(truncated("éééé", 5), "é…");
        assert_eq!(truncated("abc", 0), "…");
        for max in 0..40 {
            let cut = truncated("ab€cdé€f€ghiéj€€klmnopé€qrstuvw€é", max);
            assert!(cut.len() <= max.max('…'.len_utf8()), "{max}: {cut}");
        }
    }

    #[test]
    fn error_bodies_fit_the_limit_however_much_escaping_they_need() {
        let escaped = "\u{1}".repeat(5_000);
        for (message, path) in [
            ("x".repeat(5_000), None),
            (escaped.clone(), Some(escaped.as_str())),
            ("short".to_owned(), Some("body.sequence")),
        ] {
            let body = error_body(&message, path);
            assert!(body.len() <= MAX_ERROR_BODY, "{} bytes", body.len());
            let decoded: serde_json::Value = serde_json::from_str(&body).unwrap();
            assert!(decoded["error"].is_string(), "{body}");
        }
        assert_eq!(
            error_body("short", Some("body.sequence")),
            r#"{"error":"short","path":"body.sequence"}"#
        );
        assert_eq!(error_body("no path", None), r#"{"error":"no path"}"#);
    }

    #[test]
    fn summaries_are_one_short_line() {
        let summary = Summary::new(&format!("a\nb\r\t{}", "c".repeat(1_000)));
        assert!(summary.as_str().starts_with("a b  c"));
        assert!(summary.as_str().len() <= MAX_SUMMARY);
        assert!(!summary.as_str().contains('\n'));
    }
}
