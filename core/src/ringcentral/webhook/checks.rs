//! The checks a notification passes before its body is read: who sent it, and in what form.

use axum::http::HeaderMap;
use axum::http::header::CONTENT_TYPE;
use subtle::ConstantTimeEq;

/// The header in which RingCentral sends the subscription's `verificationToken`.
pub(super) const VERIFICATION_TOKEN: &str = "verification-token";

/// Why a notification was refused `403`. It names no value, so that it can be logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    Missing,
    Wrong,
}

impl Refusal {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Refusal::Missing => "Verification-Token missing",
            Refusal::Wrong => "Verification-Token wrong",
        }
    }
}

/// Checks the `Verification-Token` header against `expected`, in constant time for tokens of
/// the expected length.
pub(super) fn verify(expected: &[u8], headers: &HeaderMap) -> Result<(), Refusal> {
    let received = headers.get(VERIFICATION_TOKEN).ok_or(Refusal::Missing)?;
    if bool::from(received.as_bytes().ct_eq(expected)) {
        Ok(())
    } else {
        Err(Refusal::Wrong)
    }
}

/// Whether the content type is JSON: `application/json` or `application/*+json`, any
/// parameters (RingCentral sends `application/json; charset=UTF-8`), any letter case.
pub(super) fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    let subtype = subtype.to_ascii_lowercase();
    kind.eq_ignore_ascii_case("application") && (subtype == "json" || subtype.ends_with("+json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(name: &'static str, value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn json_content_types_are_recognised() {
        for accepted in [
            "application/json",
            "application/json; charset=UTF-8",
            "Application/JSON",
            " application/json ;charset=utf-8",
            "application/vnd.api+json",
        ] {
            assert!(is_json(&headers("content-type", accepted)), "{accepted}");
        }
        for refused in [
            "text/plain",
            "text/json",
            "application/jsonp",
            "application/x-www-form-urlencoded",
            "json",
            "",
        ] {
            assert!(!is_json(&headers("content-type", refused)), "{refused}");
        }
        assert!(!is_json(&HeaderMap::new()));
    }

    #[test]
    fn the_verification_token_must_be_present_and_equal() {
        let expected = b"s3cret";
        assert_eq!(verify(expected, &HeaderMap::new()), Err(Refusal::Missing));
        assert_eq!(
            verify(expected, &headers(VERIFICATION_TOKEN, "s3cret")),
            Ok(())
        );
        for wrong in ["s3creT", "s3cre", "s3cret ", ""] {
            assert_eq!(
                verify(expected, &headers(VERIFICATION_TOKEN, wrong)),
                Err(Refusal::Wrong),
                "{wrong:?}"
            );
        }
    }
}
