//! The error messages users see for realistic bad payloads, checked in full.
//!
//! `callparty::json::from_str` (and `from_slice`) writes `{path}: {serde_json message} (decoding {Type})`: the
//! path leads to the bad value through wire names, the message says what was found and the
//! form that was expected, and the serde_json part ends with the line and column.

use callparty::models::{CallParty, CallSessionObject, TelephonySessionsEvent};
use callparty::{ApiEnum, ApiModel};
use serde::de::DeserializeOwned;

/// A closed enum: without an `other` variant, unknown values are errors.
#[derive(ApiEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum CallAction {
    Hold,
    Unhold,
    Mute,
    Park,
}

/// A strict request body, as a call-control client would send it.
#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct ControlRequest {
    action: CallAction,
    party_id: String,
    #[api(alias = "telephonySessionId")]
    session_id: Option<String>,
    #[api(default)]
    retries: u8,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct ControlBatch {
    requests: Vec<ControlRequest>,
}

/// `from_str` and `from_slice` find the path by decoding a second time after a failure.
/// `from_reader` cannot read twice and reports no path, and otherwise what serde_json's own
/// reader reports, which may place an error a column later, having read a byte ahead.
#[track_caller]
fn check<T: DeserializeOwned + std::fmt::Debug>(json: &str, expected: &str) {
    let from_str = callparty::json::from_str::<T>(json);
    let from_slice = callparty::json::from_slice::<T>(json.as_bytes());
    for (entry_point, result) in [("from_str", &from_str), ("from_slice", &from_slice)] {
        match result {
            Ok(value) => panic!("{entry_point} decoded {value:?} from the bad payload {json}"),
            Err(error) => assert_eq!(error.to_string(), expected, "{entry_point} of {json}"),
        }
    }
    let from_reader = callparty::json::from_reader::<_, T>(json.as_bytes()).unwrap_err();
    let serde_json_reader = serde_json::from_reader::<_, T>(json.as_bytes()).unwrap_err();
    let type_name = from_str.unwrap_err().type_name().to_owned();
    assert_eq!(
        (from_reader.path(), from_reader.to_string()),
        ("", format!("{serde_json_reader} (decoding {type_name})")),
        "from_reader of {json}"
    );
}

#[test]
fn wrong_types_name_the_path_and_the_expected_form() {
    check::<CallParty>(
        r#"{"id": "p-1", "muted": "yes"}"#,
        r#"muted: invalid type: string "yes", expected a boolean at line 1 column 28 (decoding CallParty)"#,
    );
    check::<CallParty>(
        r#"{"id": 12345, "direction": "Inbound"}"#,
        "id: invalid type: integer `12345`, expected a string at line 1 column 12 (decoding CallParty)",
    );
    check::<CallParty>(
        r#"{"id": "p-1", "from": "+14155550123"}"#,
        r#"from: invalid type: string "+14155550123", expected a PartyInfo object at line 1 column 36 (decoding CallParty)"#,
    );
    check::<CallParty>(
        r#"{"id": "p-1", "recordings": {"id": "r-77", "active": true}}"#,
        "recordings: invalid type: map, expected a sequence at line 1 column 28 (decoding CallParty)",
    );
    check::<CallParty>(
        r#"{"id": "p-1", "recordings": [{"id": "r-77", "active": "true"}]}"#,
        r#"recordings[0].active: invalid type: string "true", expected a boolean at line 1 column 60 (decoding CallParty)"#,
    );
    check::<CallParty>(
        r#"{"id": "p-1", "status": {"code": 42}}"#,
        "status.code: invalid type: integer `42`, expected a CallStatusInfoCode string at line 1 column 35 (decoding CallParty)",
    );
    check::<CallSessionObject>(
        r#"{"id": "s-1", "parties": [{"id": "p-1"}, {"id": "p-2", "status": {"code": ["Answered"]}}]}"#,
        "parties[1].status.code: invalid type: sequence, expected a CallStatusInfoCode string at line 1 column 74 (decoding CallSessionObject)",
    );
    check::<CallSessionObject>(
        r#"{"id": "s-1", "parties": "p-1"}"#,
        r#"parties: invalid type: string "p-1", expected a sequence at line 1 column 30 (decoding CallSessionObject)"#,
    );
    check::<CallSessionObject>(
        r#"{"id": "s-1", "origin": {"type": null}, "creationTime": 1700000000}"#,
        "creationTime: invalid type: integer `1700000000`, expected a string at line 1 column 66 (decoding CallSessionObject)",
    );
    check::<TelephonySessionsEvent>(
        r#"{"uuid": "u-1", "body": {"parties": [{"direction": 1}]}}"#,
        "body.parties[0].direction: invalid type: integer `1`, expected a CallPartyDirection string at line 1 column 52 (decoding TelephonySessionsEvent)",
    );
}

#[test]
fn numbers_out_of_range_or_of_the_wrong_kind() {
    check::<TelephonySessionsEvent>(
        r#"{"uuid": "u-1", "body": {"sequence": "7"}}"#,
        r#"body.sequence: invalid type: string "7", expected i64 at line 1 column 40 (decoding TelephonySessionsEvent)"#,
    );
    check::<TelephonySessionsEvent>(
        r#"{"uuid": "u-1", "body": {"sequence": 7.5}}"#,
        "body.sequence: invalid type: floating point `7.5`, expected i64 at line 1 column 40 (decoding TelephonySessionsEvent)",
    );
    check::<TelephonySessionsEvent>(
        r#"{"uuid": "u-1", "body": {"sequence": 9223372036854775808}}"#,
        "body.sequence: invalid value: integer `9223372036854775808`, expected i64 at line 1 column 56 (decoding TelephonySessionsEvent)",
    );
    check::<ControlRequest>(
        r#"{"action": "Hold", "partyId": "p-1", "retries": 300}"#,
        "retries: invalid value: integer `300`, expected u8 at line 1 column 51 (decoding ControlRequest)",
    );
}

#[test]
fn missing_required_fields_in_nested_items() {
    check::<CallParty>(
        r#"{"id": "p-1", "metadata": [{"values": [{"id": "m-1", "value": "x"}]}, {"vals": []}]}"#,
        r#"metadata[1]: missing field "values" in MetaData at line 1 column 82 (decoding CallParty)"#,
    );
    check::<CallParty>(
        r#"{"id": "p-1", "metadata": [{"values": [{"id": "m-1", "value": "x"}, {"id": "m-2"}]}]}"#,
        r#"metadata[0].values[1]: missing field "value" in MetaDataValue at line 1 column 81 (decoding CallParty)"#,
    );
    check::<CallParty>(
        r#"{"id": "p-1", "metadata": [{"values": [{"id": null, "value": "x"}]}]}"#,
        "metadata[0].values[0].id: invalid type: null, expected a string at line 1 column 50 (decoding CallParty)",
    );
    check::<ControlBatch>(
        r#"{"requests": [{"action": "Hold", "partyId": "p-1"}, {"action": "Mute"}]}"#,
        r#"requests[1]: missing field "partyId" in ControlRequest at line 1 column 70 (decoding ControlBatch)"#,
    );
    check::<ControlRequest>(
        r#"{"partyId": "p-1"}"#,
        r#"missing field "action" in ControlRequest at line 1 column 18 (decoding ControlRequest)"#,
    );
}

#[test]
fn unknown_values_of_a_closed_enum_list_the_known_ones() {
    check::<ControlRequest>(
        r#"{"action": "Transfer", "partyId": "p-1"}"#,
        r#"action: unknown CallAction value "Transfer", expected one of "Hold", "Unhold", "Mute", "Park" at line 1 column 21 (decoding ControlRequest)"#,
    );
    // Values are case-sensitive on the wire.
    check::<ControlRequest>(
        r#"{"action": "hold", "partyId": "p-1"}"#,
        r#"action: unknown CallAction value "hold", expected one of "Hold", "Unhold", "Mute", "Park" at line 1 column 17 (decoding ControlRequest)"#,
    );
    check::<ControlRequest>(
        r#"{"action": null, "partyId": "p-1"}"#,
        "action: invalid type: null, expected a CallAction string at line 1 column 15 (decoding ControlRequest)",
    );
}

#[test]
fn deny_unknown_fields_names_the_key_and_the_expected_ones() {
    check::<ControlRequest>(
        r#"{"action": "Hold", "partyId": "p-1", "reason": "busy"}"#,
        r#"unknown field "reason" in ControlRequest, expected one of "action", "partyId", "sessionId", "telephonySessionId", "retries" at line 1 column 45 (decoding ControlRequest)"#,
    );
    check::<ControlBatch>(
        r#"{"requests": [{"action": "Hold", "partyId": "p-1"}, {"action": "Mute", "partyId": "p-2", "muted": true}]}"#,
        r#"requests[1]: unknown field "muted" in ControlRequest, expected one of "action", "partyId", "sessionId", "telephonySessionId", "retries" at line 1 column 96 (decoding ControlBatch)"#,
    );
}

#[test]
fn duplicate_keys_name_the_field() {
    check::<CallParty>(
        r#"{"id": "p-1", "id": "p-2"}"#,
        r#"duplicate field "id" in CallParty at line 1 column 18 (decoding CallParty)"#,
    );
    // Unknown keys are kept in `extra`, so a repeated one would lose data.
    check::<CallParty>(
        r#"{"id": "p-1", "brandId": "1210", "brandId": "1211"}"#,
        r#"duplicate field "brandId" in CallParty at line 1 column 42 (decoding CallParty)"#,
    );
    // An alias is the same field under another name.
    check::<ControlRequest>(
        r#"{"action": "Hold", "partyId": "p-1", "sessionId": "s-1", "telephonySessionId": "s-1"}"#,
        r#"duplicate field "sessionId" in ControlRequest at line 1 column 77 (decoding ControlRequest)"#,
    );
}

#[test]
fn truncated_and_malformed_json() {
    check::<CallSessionObject>(
        r#"{"id": "s-1", "parties": [{"id": "p-1", "status": {"code": "Answ"#,
        "parties[0].status.code: EOF while parsing a string at line 1 column 64 (decoding CallSessionObject)",
    );
    check::<CallSessionObject>(
        r#"{"id": "s-1"} {"id": "s-2"}"#,
        "trailing characters at line 1 column 15 (decoding CallSessionObject)",
    );
    check::<CallSessionObject>(
        "<html><body>502 Bad Gateway</body></html>",
        "expected value at line 1 column 1 (decoding CallSessionObject)",
    );
    check::<CallParty>(
        r#"{"id": "p-1", "from": {"name": "Ada \ud800 Park"}}"#,
        "from.name: unexpected end of hex escape at line 1 column 43 (decoding CallParty)",
    );
    check::<CallParty>(
        "{\"id\": \"p-1\", \"to\": {\"name\": \"Ada\tPark\"}}",
        r"to.name: control character (\u0000-\u001F) found while parsing a string at line 1 column 34 (decoding CallParty)",
    );
}

/// When the input ends between two keys, serde_path_to_error ends the path with a `?` segment
/// for "some key"; it tells the user nothing, so the path stops at the last known place.
#[test]
fn truncated_between_keys_shows_no_placeholder_segment() {
    check::<CallSessionObject>(
        "{\"id\": \"s-1\", \"parties\": [{\"id\": \"p-1\",\n  \"status\": {\"code\": \"Answered\"}",
        "parties[0]: EOF while parsing an object at line 2 column 32 (decoding CallSessionObject)",
    );
}
