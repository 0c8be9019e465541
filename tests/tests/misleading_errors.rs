//! Issue 16, "Errors that mislead": errors and the documentation of errors must say what
//! really happens.

use callparty::{ApiModel, Extra};
use serde_json::json;

#[derive(ApiModel, Debug, Default)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// postcard keeps no message for a custom error, so its error cannot name the model; the
/// README and `ExtraFields` say what it keeps instead of claiming a message.
#[test]
fn postcard_error_for_a_non_empty_extra_is_described_as_it_is() {
    let mut party = Party::default();
    party
        .extra
        .insert("brandId".to_owned(), json!("1210").into());
    let error = postcard::to_allocvec(&party).unwrap_err();
    assert_eq!(error, postcard::Error::SerdeSerCustom);
    assert_eq!(error.to_string(), "Serde Serialization Error");

    let readme = words(include_str!("../../README.md"));
    assert!(!readme.contains("fails at serialize time, naming the model, in compact ones"));
    assert!(readme.contains(
        "fails at serialize time in compact ones: CBOR's error names the model and the count; \
         postcard keeps no error text, only its kind, `postcard::Error::SerdeSerCustom`."
    ));
}
