//! Every payload of the corpus (hand-written, realistic in every quirk of real traffic)
//! decodes, re-encodes to the same JSON, and loses nothing on the way. The only allowed
//! differences are the spelling fixes listed in `SPELLING_FIXES`. Every payload also
//! validates against its type's JSON Schema and against the committed OpenAPI document's
//! components, checked by an independent validator.

use callparty::doc::{Describe, TypeRef};
use callparty::lossless::{Difference, differences};
use callparty::models::*;
use callparty::operations::{ALL, Schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Aliases written back under their canonical spelling: (file, path, input, output).
/// A `null` stands for absent, as in a renamed key.
const SPELLING_FIXES: &[(&str, &str, &str, &str)] = &[
    (
        "telephony-session.json",
        "parties[2].status.code",
        r#""Voicemail""#,
        r#""VoiceMail""#,
    ),
    (
        "voicemail-session.json",
        "parties[1].status.code",
        r#""Voicemail""#,
        r#""VoiceMail""#,
    ),
    (
        "voicemail-notification.json",
        "body.parties[0].status.code",
        r#""Voicemail""#,
        r#""VoiceMail""#,
    ),
    (
        "mobile-pickup-spec-spelling.json",
        "status.mobilePickupData.srvlvl",
        r#""-149699523""#,
        "null",
    ),
    (
        "mobile-pickup-spec-spelling.json",
        "status.mobilePickupData.srvLvl",
        "null",
        r#""-149699523""#,
    ),
];

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The model of an operation's body in the corpus, through `callparty::operations`:
/// `request-<operationId>.json`, `answer-<operationId>.json`, or `error-<status>.json`.
fn operation_body(name: &str) -> Option<&'static str> {
    let stem = name.strip_suffix(".json")?;
    let schema = if let Some(id) = stem.strip_prefix("request-") {
        let operation = ALL.iter().find(|operation| operation.id == id)?;
        operation.request?.schema
    } else if let Some(id) = stem.strip_prefix("answer-") {
        ALL.iter().find(|operation| operation.id == id)?.response?
    } else {
        let status: u16 = stem.strip_prefix("error-")?.parse().ok()?;
        ALL.iter()
            .flat_map(|operation| operation.errors)
            .find(|error| error.status == status)?
            .schema
    };
    match schema {
        Schema::Model(doc) => Some(doc.name),
        Schema::Union(doc) => Some(doc.name),
        _ => None,
    }
}

/// What the tests do with a payload, for its Rust type.
#[derive(Clone, Copy)]
struct PayloadType {
    /// Decodes and encodes again.
    encode: fn(&str) -> Result<String, String>,
    /// The type's structure, for its schema.
    type_ref: &'static TypeRef,
}

fn payload_type<T: DeserializeOwned + Serialize + Describe>() -> PayloadType {
    PayloadType {
        encode: encode::<T>,
        type_ref: T::TYPE,
    }
}

/// The Rust type of each request, answer and error model the corpus holds.
fn body_type(model: &str) -> Option<PayloadType> {
    Some(match model {
        "MakeCallOutRequest" => payload_type::<MakeCallOutRequest>(),
        "HoldCallPartyRequest" => payload_type::<HoldCallPartyRequest>(),
        "IgnoreRequestBody" => payload_type::<IgnoreRequestBody>(),
        "BridgeTargetRequest" => payload_type::<BridgeTargetRequest>(),
        "AnswerTarget" => payload_type::<AnswerTarget>(),
        "PickupTarget" => payload_type::<PickupTarget>(),
        "CallPartyFlip" => payload_type::<CallPartyFlip>(),
        "AddPartyRequest" => payload_type::<AddPartyRequest>(),
        "DeletePartyRequest" => payload_type::<DeletePartyRequest>(),
        "PartyUpdateRequest" => payload_type::<PartyUpdateRequest>(),
        "CallRecordingUpdate" => payload_type::<CallRecordingUpdate>(),
        "SuperviseCallSessionRequest" => payload_type::<SuperviseCallSessionRequest>(),
        "PartySuperviseRequest" => payload_type::<PartySuperviseRequest>(),
        "CallRecording" => payload_type::<CallRecording>(),
        "PartySuperviseResponse" => payload_type::<PartySuperviseResponse>(),
        "SuperviseCallSessionResponse" => payload_type::<SuperviseCallSessionResponse>(),
        "ForwardCallPartyResponse" => payload_type::<ForwardCallPartyResponse>(),
        "ReplyParty" => payload_type::<ReplyParty>(),
        "ApiErrorResponseModel" => payload_type::<ApiErrorResponseModel>(),
        "ParameterizedErrorResponseModel" => payload_type::<ParameterizedErrorResponseModel>(),
        "TransferTarget" => payload_type::<TransferTarget>(),
        "ForwardTarget" => payload_type::<ForwardTarget>(),
        "CallPartyReply" => payload_type::<CallPartyReply>(),
        _ => return None,
    })
}

/// Which type a payload is, by its file name.
fn type_of(path: &Path) -> Result<PayloadType, String> {
    let name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let in_notifications = path
        .parent()
        .is_some_and(|dir| dir.ends_with("notifications"));
    Ok(if let Some(model) = operation_body(name) {
        body_type(model).ok_or_else(|| format!("no Rust type for {model}"))?
    } else if in_notifications || name.starts_with("notifications-") {
        payload_type::<Vec<TelephonySessionsEvent>>()
    } else if name.ends_with("-notification.json") {
        payload_type::<TelephonySessionsEvent>()
    } else if name == "call-out.json" {
        payload_type::<CallSession>()
    } else if name.contains("session") {
        payload_type::<CallSessionObject>()
    } else {
        payload_type::<CallParty>()
    })
}

fn round_trip(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|error| error.to_string())?;
    (type_of(path)?.encode)(&text)
}

fn encode<T: DeserializeOwned + Serialize>(text: &str) -> Result<String, String> {
    let value: T = callparty::json::from_str(text).map_err(|error| error.to_string())?;
    callparty::json::to_string(&value).map_err(|error| error.to_string())
}

fn payloads() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for dir in [
        data_dir().join("corpus"),
        data_dir().join("notifications"),
        data_dir().join("../../core/data"),
    ] {
        for entry in
            std::fs::read_dir(&dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        {
            let path = entry.expect("a readable entry").path();
            if path
                .extension()
                .is_some_and(|extension| extension == "json")
            {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
}

fn is_listed_fix(file: &str, difference: &Difference) -> bool {
    let shown = |text: &Option<String>| text.as_deref().unwrap_or("null").to_owned();
    SPELLING_FIXES
        .iter()
        .any(|(fix_file, path, input, output)| {
            *fix_file == file
                && *path == difference.path
                && shown(&difference.input) == *input
                && shown(&difference.output) == *output
        })
}

#[test]
fn the_corpus_covers_every_kind_of_payload() {
    let names: Vec<String> = payloads()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 24, "{names:?}");
    for expected in [
        "call-out.json",
        "control-bridge.json",
        "future-fields-party.json",
        "outbound-call.json",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "{expected} is missing"
        );
    }
}

/// Each operation's request body is in the corpus, one-of unions included, as are both
/// error answer models.
#[test]
fn the_corpus_has_a_request_body_per_operation_and_the_error_answers() {
    let names: Vec<String> = payloads()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut bodies = 0;
    for operation in ALL {
        let Some(request) = operation.request else {
            continue;
        };
        let file = format!("request-{}.json", operation.id);
        let name = request.schema.name();
        assert!(names.contains(&file), "{file} is missing");
        assert_eq!(operation_body(&file), Some(name));
        bodies += 1;
    }
    assert_eq!(bodies, 16);
    for (file, model) in [
        ("error-404.json", "ApiErrorResponseModel"),
        ("error-400.json", "ParameterizedErrorResponseModel"),
    ] {
        assert!(names.contains(&file.to_owned()), "{file} is missing");
        assert_eq!(operation_body(file), Some(model));
    }
    for name in names.iter().filter(|name| operation_body(name).is_some()) {
        let model = operation_body(name).unwrap();
        assert!(
            body_type(model).is_some(),
            "{name}: no Rust type for {model}"
        );
    }
}

#[test]
fn every_payload_decodes_re_encodes_equal_and_loses_nothing() {
    let mut fixes_seen = 0;
    for path in payloads() {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let output =
            round_trip(&path).unwrap_or_else(|error| panic!("{file} does not decode: {error}"));
        for difference in differences(&text, &output).unwrap() {
            if is_listed_fix(&file, &difference) {
                fixes_seen += 1;
                continue;
            }
            assert!(
                difference.output.is_some(),
                "{file}: the round trip lost {difference}"
            );
            panic!("{file}: the round trip changed {difference}");
        }
    }
    assert_eq!(
        fixes_seen,
        SPELLING_FIXES.len(),
        "a listed spelling fix no longer happens"
    );
}

#[test]
fn unknown_values_and_fields_survive_in_the_future_fields_party() {
    let text = std::fs::read_to_string(data_dir().join("corpus/future-fields-party.json")).unwrap();
    let party: CallParty = callparty::json::from_str(&text).unwrap();
    assert_eq!(
        party.direction.as_ref().map(|direction| direction.as_str()),
        Some("Internal")
    );
    assert!(matches!(
        party.direction,
        Some(callparty::models::CallPartyDirection::Unknown(_))
    ));
    assert!(!party.extra.is_empty());
}

#[test]
fn metadata_without_values_names_the_field_and_the_path() {
    let text = r#"{"id":"p-1","metadata":[{"values":[{"id":"a","value":"b"}]},{"tag":"x"}]}"#;
    let error = callparty::json::from_str::<CallParty>(text).unwrap_err();
    assert_eq!(error.path(), "metadata[1]");
    assert_eq!(
        error.to_string(),
        "metadata[1]: missing field \"values\" in MetaData at line 1 column 71 (decoding CallParty)"
    );
}

#[test]
fn metadata_value_without_id_names_the_nested_path() {
    let text = r#"{"metadata":[{"values":[{"value":"b"}]}]}"#;
    let error = callparty::json::from_str::<CallParty>(text).unwrap_err();
    assert_eq!(error.path(), "metadata[0].values[0]");
    assert!(
        error
            .to_string()
            .contains("missing field \"id\" in MetaDataValue"),
        "{error}"
    );
}

#[test]
fn the_push_form_is_recognised_and_written_back_as_it_came() {
    let text =
        std::fs::read_to_string(data_dir().join("corpus/pushed-call-notification.json")).unwrap();
    let event: TelephonySessionsEvent = callparty::json::from_str(&text).unwrap();
    assert!(event.extra.is_empty(), "left in extra: {:?}", event.extra);
    assert!(event.body.is_none());
    let pushed = event
        .pn_apns
        .as_deref()
        .expect("the push wrapper is declared");
    assert!(pushed.extra.contains_key("aps"));
    let body = event.notification().body.as_ref().expect("the pushed body");
    assert_eq!(body.account_id.as_deref(), Some("62000001"));
    assert_eq!(body.extension_id.as_deref(), Some("62001003"));
    assert!(body.extra.is_empty(), "left in extra: {:?}", body.extra);
    let written: serde_json::Value =
        serde_json::from_str(&callparty::json::to_string(&event).unwrap()).unwrap();
    assert!(written.get("body").is_none() && written["pn_apns"]["body"].is_object());
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::validator_for(schema).unwrap_or_else(|error| panic!("{error}"))
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

#[test]
fn every_payload_validates_against_its_types_schema() {
    for path in payloads() {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let instance: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let schema = callparty::schema::json_schema_of(type_of(&path).unwrap().type_ref);
        let errors = errors(&validator(&schema), &instance);
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
}

/// The same with the components of `docs/openapi/callparty.json`, as a client generated from
/// that file would check them.
#[test]
fn every_payload_validates_against_the_committed_openapi_components() {
    let path = data_dir().join("../../docs/openapi/callparty.json");
    let document: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut checked = 0;
    for path in payloads() {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let root = match type_of(&path).unwrap().type_ref {
            TypeRef::Model(model) => component(model.doc().name),
            TypeRef::Union(union) => component(union.doc().name),
            TypeRef::List(TypeRef::Model(model)) => {
                json!({"type": "array", "items": component(model.doc().name)})
            }
            other => panic!("{file}: a payload of type {other:?}"),
        };
        let mut schema = root;
        schema["components"] = document["components"].clone();
        let instance: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errors = errors(&validator(&schema), &instance);
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        checked += 1;
    }
    assert_eq!(checked, payloads().len());
}

fn component(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// The validator is no rubber stamp: a payload with a wrong type somewhere fails it.
#[test]
fn a_broken_payload_fails_its_schema() {
    let path = data_dir().join("corpus/get-session-inbound.json");
    let mut instance: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let schema = callparty::schema::json_schema_of(type_of(&path).unwrap().type_ref);
    instance["parties"][0]["muted"] = json!("yes");
    let errors = errors(&validator(&schema), &instance);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].ends_with("at /parties/0/muted"), "{errors:#?}");
    assert!(callparty::json::from_str::<CallSessionObject>(&instance.to_string()).is_err());
}
