//! Round-trip checks shared by the fuzz targets and by `tests/tests/fuzz_corpus_replay.rs`,
//! which replays the committed corpus on stable Rust.
//!
//! Each check decodes arbitrary bytes into a model. A rejection is fine; a panic never is.
//! When the decode succeeds, the value is encoded again and decoded again, and must come back
//! equal, and its second encoding must be the same bytes as its first.

use std::fmt::Debug;

use callparty::models::{
    CallParty, CallPartyReply, CallSession, CallSessionObject, ForwardTarget,
    TelephonySessionsEvent, TransferTarget,
};
use callparty::{ApiUnion, UnknownVariant};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A tagged union over the payload models, as a webhook router would write one: the tag may
/// come anywhere, and an unknown `kind` is kept with its object.
#[derive(ApiUnion, Debug, PartialEq)]
#[api(tag = "kind", rename_all = "camelCase")]
pub enum Payload {
    Session(Box<CallSessionObject>),
    Party(Box<CallParty>),
    Notification(Box<TelephonySessionsEvent>),
    Ping,
    #[api(other)]
    Unknown(UnknownVariant),
}

/// A union by JSON kind: a party by id, inline, or many; a count; a flag; `null`.
#[derive(ApiUnion, Debug, PartialEq)]
#[api(untagged)]
pub enum PartyRef {
    Id(String),
    Party(Box<CallParty>),
    Parties(Vec<CallParty>),
    Count(u64),
    Flag(bool),
    Nothing,
}

/// Decodes `bytes` as JSON into every model a payload arrives as: a session (GET), a party
/// (call-control actions), a call-out result, and a notification envelope, alone or in the
/// arrays that the bundled notification files hold; and into a union of each form: the
/// one-key request bodies, [`Payload`] (tagged) and [`PartyRef`] (by kind). Returns how many
/// of them accepted it.
pub fn json_models(bytes: &[u8]) -> usize {
    [
        json_round_trip::<CallSessionObject>(bytes),
        json_round_trip::<CallParty>(bytes),
        json_round_trip::<CallSession>(bytes),
        json_round_trip::<TelephonySessionsEvent>(bytes),
        json_round_trip::<Vec<TelephonySessionsEvent>>(bytes),
        json_round_trip::<TransferTarget>(bytes),
        json_round_trip::<ForwardTarget>(bytes),
        json_round_trip::<CallPartyReply>(bytes),
        json_round_trip::<Payload>(bytes),
        json_round_trip::<Vec<PartyRef>>(bytes),
    ]
    .into_iter()
    .filter(|accepted| *accepted)
    .count()
}

/// Decodes `bytes` as postcard into the session and party models, and the unions of every
/// form (a serde enum there). Returns how many of them accepted it.
pub fn postcard_models(bytes: &[u8]) -> usize {
    [
        postcard_round_trip::<CallSessionObject>(bytes),
        postcard_round_trip::<CallParty>(bytes),
        postcard_round_trip::<TransferTarget>(bytes),
        postcard_round_trip::<CallPartyReply>(bytes),
        postcard_round_trip::<Payload>(bytes),
        postcard_round_trip::<PartyRef>(bytes),
    ]
    .into_iter()
    .filter(|accepted| *accepted)
    .count()
}

/// JSON decode → encode → decode for one model; `false` when the first decode rejects.
pub fn json_round_trip<T>(bytes: &[u8]) -> bool
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let Ok(first) = callparty::json::from_slice::<T>(bytes) else {
        return false;
    };
    let text = callparty::json::to_string(&first)
        .unwrap_or_else(|error| panic!("a decoded {first:?} does not encode: {error}"));
    let second: T = callparty::json::from_str(&text)
        .unwrap_or_else(|error| panic!("our own output {text} does not decode: {error}"));
    assert_eq!(first, second, "decode → encode → decode changed the value");
    let again = callparty::json::to_string(&second).expect("encoded once already");
    assert_eq!(
        text, again,
        "encoding the same value twice gave different JSON"
    );
    true
}

/// Postcard decode → encode → decode for one model; `false` when the first decode rejects.
pub fn postcard_round_trip<T>(bytes: &[u8]) -> bool
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let Ok(first) = postcard::from_bytes::<T>(bytes) else {
        return false;
    };
    // A compact decode never fills `extra`, so the encode cannot hit the extra-map error.
    let encoded = postcard::to_allocvec(&first)
        .unwrap_or_else(|error| panic!("a decoded {first:?} does not encode: {error}"));
    let second: T = postcard::from_bytes(&encoded)
        .unwrap_or_else(|error| panic!("our own output {encoded:?} does not decode: {error}"));
    assert_eq!(first, second, "decode → encode → decode changed the value");
    let again = postcard::to_allocvec(&second).expect("encoded once already");
    assert_eq!(
        encoded, again,
        "encoding the same value twice gave different bytes"
    );
    true
}
