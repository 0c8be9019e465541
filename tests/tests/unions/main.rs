//! Behaviour of `ApiUnion` types through the public API: the one-key, tagged and by-kind
//! forms in JSON, unknown variants, compact formats, serde tokens and documentation.

mod attributes;
mod by_kind;
mod compact;
mod docs;
mod fixtures;
mod one_key;
mod tagged;
mod tokens;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Decodes `json` with `callparty::json`, panicking with the error on failure.
fn decode<T: DeserializeOwned>(json: &str) -> T {
    callparty::json::from_str(json).unwrap_or_else(|error| panic!("{json}: {error}"))
}

/// The error `callparty::json` reports for `json`, as text.
fn decode_error<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> callparty::json::Error {
    match callparty::json::from_str::<T>(json) {
        Ok(value) => panic!("{json} decoded to {value:?}"),
        Err(error) => error,
    }
}

/// Decoding `json` fails with a message that starts with `start`; returns the error.
fn rejects<T: DeserializeOwned + std::fmt::Debug>(
    json: &str,
    start: &str,
) -> callparty::json::Error {
    let error = decode_error::<T>(json);
    assert!(error.to_string().starts_with(start), "{json}: {error}");
    error
}

fn encode<T: Serialize>(value: &T) -> String {
    callparty::json::to_string(value).expect("encodable")
}

/// Decoding `json` and encoding the result gives `json` back, byte for byte.
fn round_trips<T: DeserializeOwned + Serialize>(json: &str) {
    let value: T = decode(json);
    assert_eq!(encode(&value), json);
}
