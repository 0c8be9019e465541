//! Every core model through formats other than JSON, with all fields set and with every
//! optional field `None`:
//! - postcard: compact and not self-describing; models are read back by position;
//! - CBOR (ciborium): self-describing but not human-readable; models are maps that hold every
//!   declared field, `None` as `null`;
//! - YAML (serde_norway): the second human-readable format, where `None` is omitted and extra
//!   fields are written after the declared ones, as in JSON. YAML, rather than RON or
//!   MessagePack, because it is the other human-readable format APIs use: RON has its own
//!   struct syntax that no map-based format shares, and MessagePack is binary and not
//!   human-readable, like CBOR already is.
//!
//! A model whose extra map is not empty fails at serialize time in the formats that are not
//! human-readable, as `callparty::ExtraFields` documents, and round-trips in YAML.

use std::fmt::Debug;

use callparty::doc::{FieldDoc, ModelDoc};
use callparty::models::*;
use callparty::snapshot::{PartySnapshot, SessionSnapshot};
use callparty::{ApiModel, Extra};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Runs `$check::<Model>()` for every model in `callparty::models::MODELS`.
macro_rules! every_model {
    ($check:ident) => {
        $check::<CallParty>();
        $check::<CallStatusInfo>();
        $check::<PeerInfo>();
        $check::<ParkInfo>();
        $check::<PartyInfo>();
        $check::<OwnerInfo>();
        $check::<RecordingInfo>();
        $check::<CallSessionObject>();
        $check::<CallSession>();
        $check::<OriginInfo>();
        $check::<MobilePickupData>();
        $check::<Attributes>();
        $check::<MetaData>();
        $check::<MetaDataValue>();
        $check::<TelephonySessionsEvent>();
        $check::<TelephonySessionsEventBody>();
        $check::<TelephonySessionsEventPartyInfo>();
        $check::<CallPartyShortInfo>();
        $check::<SipData>();
        $check::<UiCallInfo>();
        $check::<UiCallInfoRecord>();
        $check::<MakeCallOutRequest>();
        $check::<MakeCallOutCallerInfoRequestFrom>();
        $check::<MakeCallOutCallerInfoRequestTo>();
        $check::<AnswerTarget>();
        $check::<PickupTarget>();
        $check::<IgnoreRequestBody>();
        $check::<BridgeTargetRequest>();
        $check::<AddPartyRequest>();
        $check::<DeletePartyRequest>();
        $check::<CallPartyFlip>();
        $check::<HoldCallPartyRequest>();
        $check::<PartyUpdateRequest>();
        $check::<PartyUpdateInfo>();
        $check::<ReplyWithPattern>();
        $check::<PartySuperviseRequest>();
        $check::<SuperviseCallSessionRequest>();
        $check::<CallRecordingUpdate>();
        $check::<CallRecording>();
        $check::<ForwardCallPartyResponse>();
        $check::<ReplyParty>();
        $check::<PartySuperviseResponse>();
        $check::<SuperviseCallSessionResponse>();
        $check::<ApiErrorResponseModel>();
        $check::<ApiError>();
        $check::<ParameterizedErrorResponseModel>();
        $check::<ApiErrorWithParameter>();
        $check::<SessionSnapshot>();
        $check::<PartySnapshot>();
    };
}

trait Model: ApiModel + Serialize + DeserializeOwned + PartialEq + Debug {}

impl<T: ApiModel + Serialize + DeserializeOwned + PartialEq + Debug> Model for T {}

#[derive(Clone, Copy)]
enum Enums {
    Known,
    Unknown,
}

/// A document that sets every declared field of `model`, recursively; enum fields get their
/// last known value, or a value no enum knows.
fn full_document(model: &ModelDoc, enums: Enums) -> Value {
    document(model, enums, |_| true)
}

/// A document that sets the required fields of `model` only, recursively.
fn minimal_document(model: &ModelDoc) -> Value {
    document(model, Enums::Known, |field| field.required)
}

fn document(model: &ModelDoc, enums: Enums, set: fn(&FieldDoc) -> bool) -> Value {
    let fields = model.fields.iter().filter(|field| set(field)).map(|field| {
        let value = value_of_type(field.ty, enums);
        (field.wire_name.to_owned(), value)
    });
    Value::Object(fields.collect())
}

fn value_of_type(ty: &str, enums: Enums) -> Value {
    if let Some(item) = ty.strip_prefix("Vec<").and_then(|ty| ty.strip_suffix('>')) {
        return json!([value_of_type(item, enums), value_of_type(item, enums)]);
    }
    // A boxed field holds a model inside itself (`pn_apns`): its required fields end the
    // recursion.
    if let Some(item) = ty.strip_prefix("Box<").and_then(|ty| ty.strip_suffix('>')) {
        let model = MODELS.iter().find(|model| model.name == item);
        return minimal_document(model.expect("a boxed model"));
    }
    if let Some(model) = MODELS.iter().find(|model| model.name == ty) {
        return full_document(model, enums);
    }
    if let Some(api_enum) = ENUMS.iter().find(|api_enum| api_enum.name == ty) {
        return match enums {
            Enums::Known => json!(api_enum.variants.last().expect("a value").value),
            Enums::Unknown => json!("NotYetInTheSpec"),
        };
    }
    match ty {
        "String" => json!("p-1 \"ü\" \\ 😀"),
        "bool" => json!(true),
        "i64" | "CountryId" => json!(-9_007_199_254_740_993_i64),
        "i32" => json!(i32::MIN),
        _ => panic!("formats.rs has no value for the field type `{ty}`"),
    }
}

fn full<T: Model>(enums: Enums) -> T {
    let model: T = serde_json::from_value(full_document(T::DOC, enums)).expect("a full model");
    let written = serde_json::to_value(&model).expect("encodes");
    for field in T::DOC.fields {
        assert!(
            written.get(field.wire_name).is_some_and(|v| !v.is_null()),
            "{}.{} is not set",
            T::DOC.name,
            field.wire_name
        );
    }
    model
}

fn postcard_round_trip<T: Model>(value: &T) -> T {
    let bytes = postcard::to_allocvec(value).expect("postcard encodes");
    postcard::from_bytes(&bytes).expect("postcard decodes")
}

fn cbor_round_trip<T: Model>(value: &T) -> T {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).expect("CBOR encodes");
    ciborium::from_reader(bytes.as_slice()).expect("CBOR decodes")
}

fn yaml_round_trip<T: Model>(value: &T) -> T {
    let text = serde_norway::to_string(value).expect("YAML encodes");
    serde_norway::from_str(&text).expect("YAML decodes")
}

fn minimal<T: Model>() -> T {
    serde_json::from_value(minimal_document(T::DOC)).expect("a model of its required fields")
}

fn round_trips<T: Model>() {
    let name = T::DOC.name;
    for value in [
        full::<T>(Enums::Known),
        full::<T>(Enums::Unknown),
        minimal::<T>(),
    ] {
        assert_eq!(postcard_round_trip(&value), value, "postcard, {name}");
        assert_eq!(cbor_round_trip(&value), value, "CBOR, {name}");
        assert_eq!(yaml_round_trip(&value), value, "YAML, {name}");
    }
}

#[test]
fn every_model_round_trips_with_all_fields_set_and_all_none() {
    every_model!(round_trips);
}

thread_local! {
    static LISTED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn record<T: Model>() {
    LISTED.with(|listed| listed.borrow_mut().push(T::DOC.name));
}

/// A model added to `callparty::models` must join `every_model!`.
#[test]
fn every_model_lists_every_model() {
    every_model!(record);
    let mut listed = LISTED.take();
    let mut every: Vec<&str> = MODELS.iter().map(|model| model.name).collect();
    every.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, every);
}

/// Formats that are not human-readable write the declared fields only and have no place for
/// undeclared ones: the encode fails, naming the model and the count.
/// (ciborium's error `Display` shows its `Value(..)` wrapper.)
#[test]
fn a_non_empty_extra_map_fails_to_encode_in_compact_formats() {
    let mut party = full::<CallParty>(Enums::Known);
    party.extra = Extra::from([("brandId".to_owned(), json!("1210").into())]);

    let mut cbor = Vec::new();
    let error = ciborium::into_writer(&party, &mut cbor).expect_err("CBOR cannot carry extra");
    assert_eq!(
        error.to_string(),
        "Value(\"CallParty holds 1 undeclared field(s) in its `extra` map, which a format \
         that is not human-readable cannot carry; encode it as JSON instead\")"
    );

    // postcard drops the text of custom errors; only the kind is left.
    let error = postcard::to_allocvec(&party).expect_err("postcard cannot carry extra");
    assert_eq!(error, postcard::Error::SerdeSerCustom);
}

#[test]
fn a_non_empty_extra_map_deep_inside_fails_too() {
    let mut session = full::<CallSessionObject>(Enums::Known);
    let parties = session.parties.as_mut().expect("set");
    let status = parties[1].status.as_mut().expect("set");
    status.extra = Extra::from([
        ("a".to_owned(), json!(1).into()),
        ("b".to_owned(), json!([null]).into()),
    ]);
    let mut cbor = Vec::new();
    let error = ciborium::into_writer(&session, &mut cbor).expect_err("nested extra");
    assert!(
        error
            .to_string()
            .contains("CallStatusInfo holds 2 undeclared field(s)"),
        "{error}"
    );
    assert!(postcard::to_allocvec(&session).is_err());
}

/// Human-readable formats keep undeclared fields, after the declared ones.
#[test]
fn a_non_empty_extra_map_round_trips_in_yaml() {
    let mut session = full::<CallSessionObject>(Enums::Unknown);
    session.extra = Extra::from([
        ("brandId".to_owned(), json!("1210").into()),
        (
            "weights".to_owned(),
            json!([1.5, -2, null, {"deep": [true]}]).into(),
        ),
    ]);
    let parties = session.parties.as_mut().expect("set");
    parties[0].extra = Extra::from([("uiCallInfo".to_owned(), json!({"primary": "x"}).into())]);
    let text = serde_norway::to_string(&session).expect("YAML encodes");
    assert!(
        text.ends_with("brandId: '1210'\nweights:\n- 1.5\n- -2\n- null\n- deep:\n  - true\n"),
        "{text}"
    );
    let back: CallSessionObject = serde_norway::from_str(&text).expect("YAML decodes");
    assert_eq!(back, session);
}

/// YAML omits `None`; CBOR writes every declared field, `None` as `null`, so positions and
/// names both survive.
#[test]
fn none_is_omitted_in_yaml_and_written_in_cbor() {
    let party = ParkInfo::default();
    assert_eq!(serde_norway::to_string(&party).unwrap(), "{}\n");
    let mut cbor = Vec::new();
    ciborium::into_writer(&party, &mut cbor).unwrap();
    // A map of one entry: "id" => null.
    assert_eq!(cbor, [0xa1, 0x62, b'i', b'd', 0xf6]);
}
