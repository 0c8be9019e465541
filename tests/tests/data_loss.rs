//! Issue 16, "Data loss": what a decode → encode round trip used to lose.
//!
//! A flattened model with an extra map: serde's flatten, untagged and tagged-enum
//! deserializers buffer the input and hand a model only the keys it asks for, so the model
//! must ask for a map (as serde_derive does for a struct that keeps unknown keys), not for a
//! struct with a list of fields. The differential property over these deserializers is
//! `tests/tests/differential/buffered.rs`.
//!
//! Numbers in unknown fields: through `callparty::json`, an unknown value comes back exactly
//! as it was written (digits, exponent form, trailing zeros, integers beyond 64 bits, key
//! order inside unknown objects), and `callparty::lossless::differences` sees any change of a
//! number. Other formats keep serde_json's reading of the value.

use callparty::models::CallParty;
use callparty::{ApiModel, Extra};
use serde_json::json;

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
}

/// Numbers serde_json would rewrite (as `1.2345678901234568e+29`, `100.0`, `1.5`,
/// `1.8446744073709552e+19`, `1e+22`, `0.0025`), in unknown fields at every depth, an
/// escape serde_json would not write, and an unknown object whose keys are not in sorted
/// order. (The unknown keys of the model itself are in sorted order: `Extra` is a `BTreeMap`.)
const NUMBERS: &str = r#"{"id":"p-1","beyondU64":18446744073709551616,"big":123456789012345678901234567890,"escaped":"\u00e9\n","exponent":1e2,"negativeZero":-0.0,"nested":{"z":[1.0,2.50e-3],"a":{"y":10000000000000000000000,"b":1}},"upper":1E+2,"zeros":1.50}"#;

#[test]
fn numbers_in_unknown_fields_come_back_as_written() {
    let party: Party = callparty::json::from_str(NUMBERS).unwrap();
    assert_eq!(callparty::json::to_string(&party).unwrap(), NUMBERS);
    let party: Party = callparty::json::from_slice(NUMBERS.as_bytes()).unwrap();
    assert_eq!(callparty::json::to_string(&party).unwrap(), NUMBERS);
}

#[test]
fn numbers_in_unknown_fields_of_the_ringcentral_models_come_back_as_written() {
    let input = r#"{"id":"p-1","status":{"code":"Setup","rank":1.10},"ids":[18446744073709551616],"queueWeight":2E3}"#;
    let party: CallParty = callparty::json::from_str(input).unwrap();
    assert_eq!(callparty::json::to_string(&party).unwrap(), input);
}

#[test]
fn unknown_values_of_an_indented_document_come_back_without_its_indentation() {
    let input = "{\n  \"id\": \"p-1\",\n  \"shape\": { \"z\" : [ 1.0 , 2 ],\n \"a\": \"x y\" }\n}";
    let party: Party = callparty::json::from_str(input).unwrap();
    assert_eq!(
        callparty::json::to_string(&party).unwrap(),
        r#"{"id":"p-1","shape":{"z":[1.0,2],"a":"x y"}}"#
    );
    let pretty = callparty::json::to_string_pretty(&party).unwrap();
    assert_eq!(
        pretty,
        "{\n  \"id\": \"p-1\",\n  \"shape\": {\"z\":[1.0,2],\"a\":\"x y\"}\n}"
    );
}

#[test]
fn unknown_values_read_with_from_reader_and_from_value_keep_their_numbers() {
    let from_reader: Party = serde_json::from_reader(NUMBERS.as_bytes()).unwrap();
    assert_eq!(callparty::json::to_string(&from_reader).unwrap(), NUMBERS);
    // A `serde_json::Value` has already rewritten the numbers; what it holds is kept.
    let value: serde_json::Value = serde_json::from_str(r#"{"id":"p-1","n":1e2}"#).unwrap();
    let from_value: Party = serde_json::from_value(value).unwrap();
    assert_eq!(
        callparty::json::to_string(&from_value).unwrap(),
        r#"{"id":"p-1","n":100.0}"#
    );
}

#[test]
fn unknown_values_read_as_serde_json_values_for_comparison() {
    let party: Party = callparty::json::from_str(NUMBERS).unwrap();
    assert_eq!(party.extra["escaped"], "é\n");
    assert_eq!(party.extra["exponent"], json!(100.0));
    assert_eq!(party.extra["nested"]["a"]["b"], 1);
    assert_eq!(party.extra["zeros"].as_f64(), Some(1.5));
    assert_eq!(party.extra["zeros"].json(), Some("1.50"));
    assert_eq!(
        party.extra["nested"].to_string(),
        r#"{"z":[1.0,2.50e-3],"a":{"y":10000000000000000000000,"b":1}}"#
    );
}

/// What serde_json's `Value` cannot hold is still an error, so every kept value has one.
#[test]
fn numbers_beyond_f64_in_unknown_fields_are_still_rejected() {
    let error = callparty::json::from_str::<Party>(r#"{"id":"p-1","huge":[1e400]}"#).unwrap_err();
    assert_eq!(error.path(), "huge");
    assert!(
        error.to_string().starts_with("huge: number out of range"),
        "{error}"
    );
}

/// Other formats (and serde_json used directly) keep today's behaviour: the value as
/// serde_json reads it.
#[test]
fn unknown_numbers_through_other_formats_are_serde_json_values() {
    let party: Party =
        callparty::json::from_str(r#"{"id":"p-1","exponent":1e2,"zeros":1.50}"#).unwrap();
    let yaml = serde_norway::to_string(&party).unwrap();
    assert_eq!(yaml, "id: p-1\nexponent: 100.0\nzeros: 1.5\n");
    let back: Party = serde_norway::from_str(&yaml).unwrap();
    assert_eq!(back, party);
    assert_eq!(
        serde_json::to_string(&party).unwrap(),
        r#"{"id":"p-1","exponent":100.0,"zeros":1.5}"#
    );
    assert_eq!(
        serde_json::to_value(&party).unwrap(),
        json!({"id": "p-1", "exponent": 100.0, "zeros": 1.5})
    );
}

/// serde's buffering deserializers (untagged here) read the model through serde's own
/// `Content`, which has already read the numbers; the model still decodes.
#[test]
fn unknown_values_inside_serde_buffering_deserializers_decode() {
    #[derive(serde_derive::Deserialize, Debug)]
    #[serde(untagged)]
    enum Either {
        Party(Party),
    }
    let Either::Party(party) =
        serde_json::from_str(r#"{"id":"p-1","brandId":"1210","n":1e2}"#).unwrap();
    assert_eq!(party.extra["brandId"], "1210");
    assert_eq!(party.extra["n"], 100.0);
    let mut cbor = Vec::new();
    ciborium::into_writer(
        &json!({"id": "p-1", "brandId": "1210", "n": [1.5]}),
        &mut cbor,
    )
    .unwrap();
    let from_cbor: Party = ciborium::from_reader(cbor.as_slice()).unwrap();
    assert_eq!(from_cbor.extra["n"], json!([1.5]));
}

#[test]
fn lossless_differences_catch_any_change_of_a_number() {
    use callparty::lossless::differences;
    let cases = [
        ("1e2", "100.0"),
        ("1.50", "1.5"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("18446744073709551616", "1.8446744073709552e+19"),
        ("1", "1.0"),
        ("-0.0", "0.0"),
    ];
    for (input, output) in cases {
        let input = format!(r#"{{"a":[{{"n":{input}}}]}}"#);
        let output = format!(r#"{{"a":[{{"n":{output}}}]}}"#);
        let found = differences(&input, &output).unwrap();
        assert_eq!(found.len(), 1, "{input} → {output}");
        assert_eq!(found[0].path, "a[0].n");
    }
    assert!(
        differences(r#"{"n":1e2}"#, r#"{ "n" : 1e2 }"#)
            .unwrap()
            .is_empty()
    );
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
struct Envelope {
    uuid: String,
    #[serde(flatten)]
    party: Party,
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(tag = "type")]
enum InternallyTagged {
    Party(Party),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(tag = "type", content = "body")]
enum AdjacentlyTagged {
    Party(Party),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(untagged)]
enum Untagged {
    Party(Party),
}

fn cbor(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).unwrap();
    bytes
}

fn brand_party() -> Party {
    Party {
        id: Some("p-1".to_owned()),
        extra: Extra::from([("brandId".to_owned(), json!("1210").into())]),
    }
}

#[test]
fn a_flattened_model_with_an_extra_map_keeps_every_unknown_key() {
    let input = r#"{"uuid":"u-1","id":"p-1","brandId":"1210"}"#;
    let envelope: Envelope = serde_json::from_str(input).unwrap();
    assert_eq!(envelope.party, brand_party());
    assert_eq!(serde_json::to_string(&envelope).unwrap(), input);
    let from_cbor: Envelope =
        ciborium::from_reader(&cbor(&serde_json::from_str(input).unwrap())[..]).unwrap();
    assert_eq!(from_cbor.party, brand_party());
}

#[test]
fn a_model_with_an_extra_map_in_a_tagged_enum_keeps_every_unknown_key() {
    let internal = json!({"type": "Party", "id": "p-1", "brandId": "1210"});
    let adjacent = json!({"type": "Party", "body": {"id": "p-1", "brandId": "1210"}});
    let untagged = json!({"id": "p-1", "brandId": "1210"});

    let InternallyTagged::Party(party) = serde_json::from_value(internal.clone()).unwrap();
    assert_eq!(party, brand_party());
    let InternallyTagged::Party(party) = ciborium::from_reader(&cbor(&internal)[..]).unwrap();
    assert_eq!(party, brand_party());

    let AdjacentlyTagged::Party(party) = serde_json::from_value(adjacent.clone()).unwrap();
    assert_eq!(party, brand_party());
    let AdjacentlyTagged::Party(party) = ciborium::from_reader(&cbor(&adjacent)[..]).unwrap();
    assert_eq!(party, brand_party());

    let Untagged::Party(party) = serde_json::from_value(untagged.clone()).unwrap();
    assert_eq!(party, brand_party());
    let Untagged::Party(party) = ciborium::from_reader(&cbor(&untagged)[..]).unwrap();
    assert_eq!(party, brand_party());
}

/// The sequence form stays for compact formats, which write a model by position.
#[test]
fn a_model_with_an_extra_map_still_reads_by_position_in_compact_formats() {
    let party = Party {
        id: Some("p-1".to_owned()),
        extra: Extra::new(),
    };
    let bytes = postcard::to_allocvec(&party).unwrap();
    assert_eq!(postcard::from_bytes::<Party>(&bytes).unwrap(), party);
    let envelope = Envelope {
        uuid: "u-1".to_owned(),
        party,
    };
    let mut cbor = Vec::new();
    ciborium::into_writer(&envelope, &mut cbor).unwrap();
    assert_eq!(
        ciborium::from_reader::<Envelope, _>(&cbor[..]).unwrap(),
        envelope
    );
}
