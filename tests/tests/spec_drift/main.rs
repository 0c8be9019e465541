//! The models, their docs and the operations table against RingCentral's spec file, both
//! ways: wire names, required flags, JSON types, enum values and descriptions of every
//! schema, and method, path, bodies and statuses of every operation.
//!
//! `tests/data/spec/ringcentral-telephony-openapi.json` is a copy of the shared spec file.
//! Dropping a newer spec file in its place makes this test list every drift in one report.
//! Deliberate deviations are listed, one line each with its reason, in
//! `tests/data/spec/allowlist.txt`; a line no drift matches any more is reported too.
//!
//! The OpenAPI components that `callparty::schema` generates from the models go through the
//! same comparison: they must differ from the spec exactly where the models do.
//!
//! Descriptions are compared as Markdown reads them: the spec and the doc comments wrap long
//! lines in different places, and a line break inside a paragraph is a space.

mod allowlist;
mod compare;
mod components;
mod operations;
mod spec;

use std::path::PathBuf;

use callparty::models::{ENUMS, MODELS, UNIONS};
use serde_json::{Value, json};

use allowlist::Allowlist;
use spec::Spec;

/// One difference between the spec and the code: a one-line headline naming the schema and
/// property (what the allowlist matches), and the details.
pub struct Drift {
    /// `Schema.property: what differs`.
    pub headline: String,
    /// The spec's and the model's sides, on lines of their own.
    pub detail: String,
}

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/spec")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn spec_document() -> Value {
    serde_json::from_str(&data("ringcentral-telephony-openapi.json")).expect("the spec is JSON")
}

fn allowlist() -> Allowlist {
    Allowlist::parse(&data("allowlist.txt")).unwrap_or_else(|errors| panic!("{errors}"))
}

/// Every drift between `document` and the code.
fn drifts(document: &Value) -> Vec<Drift> {
    let spec = Spec::read(document).unwrap_or_else(|error| panic!("reading the spec: {error}"));
    let mut drifts = compare::models(&spec, MODELS, ENUMS, UNIONS);
    drifts.extend(operations::operations(
        &spec,
        callparty::operations::ALL,
        MODELS,
        UNIONS,
    ));
    drifts
}

#[test]
fn the_code_matches_the_spec_file_but_for_the_allowlist() {
    if let Some(report) = allowlist().report(&drifts(&spec_document())) {
        panic!("\n{report}");
    }
}

/// The generated components, read back (`components.rs`), drift from the spec exactly as
/// the models do: the same property names, required lists, JSON types, enum values and
/// descriptions, except for the allowlist's deviations.
#[test]
fn the_generated_openapi_components_match_the_spec_file_but_for_the_allowlist() {
    let spec = Spec::read(&spec_document()).unwrap_or_else(|error| panic!("{error}"));
    let components = callparty::schema::openapi_components(callparty::models::TYPES);
    let docs = components::as_docs(&components);
    let generated = compare::models(&spec, docs.models, docs.enums, docs.unions);
    if let Some(report) = allowlist().report(&generated) {
        panic!("\n{report}");
    }
    let headlines = |drifts: &[Drift]| {
        let mut headlines: Vec<String> = drifts.iter().map(|d| d.headline.clone()).collect();
        headlines.sort();
        headlines
    };
    assert_eq!(
        headlines(&generated),
        headlines(&compare::models(&spec, MODELS, ENUMS, UNIONS))
    );
}

/// The comparison of components is no rubber stamp: a component that loses a property, a
/// required mark or an enum value is reported.
#[test]
fn a_changed_component_is_reported() {
    let spec = Spec::read(&spec_document()).unwrap_or_else(|error| panic!("{error}"));
    let mut components = callparty::schema::openapi_components(callparty::models::TYPES);
    let party = components["CallParty"]["properties"]
        .as_object_mut()
        .unwrap();
    assert!(party.remove("accountId").is_some());
    components["ApiError"]["required"] = json!(["errorCode"]);
    components["CallPartyDirection"]["anyOf"][0]["enum"] = json!(["Inbound"]);
    let docs = components::as_docs(&components);
    let report = allowlist()
        .report(&compare::models(
            &spec,
            docs.models,
            docs.enums,
            docs.unions,
        ))
        .expect("a report");
    for line in [
        "- CallParty.accountId: property missing from the model\n",
        "- ApiError.message: required in the spec, optional in the model\n",
        "- CallParty.direction: enum value Outbound missing from the model\n",
    ] {
        assert!(
            report.contains(line),
            "{line:?} is not in the report:\n{report}"
        );
    }
}

/// A spec with one description changed, one property removed and one enum value added gives
/// one report that names all three, and nothing else.
#[test]
fn a_changed_spec_is_reported_field_by_field_in_one_report() {
    let mut document = spec_document();
    let schemas = &mut document["components"]["schemas"];
    schemas["CallParty"]["properties"]["id"]["description"] = json!("Identifier of a party");
    let party_info = schemas["PartyInfo"]["properties"].as_object_mut().unwrap();
    assert!(party_info.remove("deviceId").is_some());
    schemas["CallStatusInfo"]["properties"]["code"]["enum"]
        .as_array_mut()
        .unwrap()
        .push(json!("Ringing"));

    let report = allowlist().report(&drifts(&document)).expect("a report");
    let expected = [
        "- CallParty.id: description differs\n",
        "    spec:  \"Identifier of a party\"\n    model: \"Internal identifier of a party\"\n",
        "- PartyInfo.deviceId: property not in the spec\n",
        "- CallStatusInfo.code: enum value Ringing missing from the model\n",
    ];
    for line in expected {
        assert!(
            report.contains(line),
            "{line:?} is not in the report:\n{report}"
        );
    }
    assert!(
        report.starts_with("3 drift(s) from the spec that "),
        "only the three changes are drifts:\n{report}"
    );
}

/// A one-of is compared branch by branch with its union: a branch the spec drops, one it
/// adds and a description it changes are three drifts.
#[test]
fn a_changed_one_of_is_reported_branch_by_branch() {
    let mut document = spec_document();
    let schemas = &mut document["components"]["schemas"];
    let branches = schemas["TransferTarget"]["allOf"][1]["oneOf"]
        .as_array_mut()
        .unwrap();
    let before = branches.len();
    branches.retain(|branch| branch["required"][0] != "parkOrbit");
    assert_eq!(branches.len(), before - 1);
    branches.push(json!({
        "type": "object",
        "required": ["sipUri"],
        "properties": {"sipUri": {"type": "string", "description": "SIP URI"}}
    }));
    schemas["CallPartyReply"]["oneOf"][0]["properties"]["replyWithText"]["description"] =
        json!("Reply text");

    let report = allowlist().report(&drifts(&document)).expect("a report");
    for line in [
        "- TransferTarget.parkOrbit: variant not in the spec\n",
        "- TransferTarget.sipUri: branch missing from the union\n",
        "- CallPartyReply.replyWithText: description differs\n",
    ] {
        assert!(report.contains(line), "{line:?} is not in:\n{report}");
    }
    assert!(
        report.starts_with("3 drift(s) from the spec that "),
        "{report}"
    );
}

/// A deviation the spec catches up with leaves an allowlist line that matches nothing, and
/// the report says to remove it.
#[test]
fn an_allowlist_line_that_no_drift_matches_is_reported() {
    let mut document = spec_document();
    document["components"]["schemas"]["CallPartyShortInfo"]["properties"]["deviceId"] =
        json!({"type": "string"});
    let report = allowlist().report(&drifts(&document)).expect("a report");
    assert!(
        report.contains("allowlist line(s) that no drift matches any more"),
        "{report}"
    );
    assert!(
        report.contains(": CallPartyShortInfo.deviceId: property not in the spec\n"),
        "{report}"
    );
    // The new spec property has no description while the field has one.
    assert!(
        report.contains("- CallPartyShortInfo.deviceId: description differs\n"),
        "{report}"
    );
}

#[test]
fn operations_the_spec_adds_or_changes_are_reported() {
    let mut document = spec_document();
    let paths = document["paths"].as_object_mut().unwrap();
    let hold = "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/hold";
    paths[hold]["post"]["responses"]["200"]["content"]["application/json"]["schema"] =
        json!({"$ref": "#/components/schemas/CallSession"});
    let mut new = paths[hold].clone();
    new["post"]["operationId"] = json!("holdAllParties");
    paths.insert(hold.replace("{partyId}/hold", "hold-all"), new);

    let report = allowlist().report(&drifts(&document)).expect("a report");
    assert!(
        report.contains("- operation holdCallParty: answer differs\n"),
        "{report}"
    );
    assert!(
        report.contains("- operation holdAllParties: constant differs\n"),
        "{report}"
    );
}

#[test]
fn a_malformed_allowlist_line_is_an_error() {
    let error = Allowlist::parse("# fine\nCallParty.brandId: property not in the spec\n")
        .err()
        .expect("a line without a reason");
    assert!(
        error.starts_with("line 2 is not `<drift> — <reason>`"),
        "{error}"
    );
    let error = Allowlist::parse("A: no model — why\nA: no model — again\n")
        .err()
        .expect("a repeated line");
    assert_eq!(error, "line 2 repeats line 1: A: no model");
}

/// The names the comparison maps are real Rust aliases of the types it compares them with.
#[test]
fn mapped_schema_names_are_aliases_of_the_compared_types() {
    use callparty::models::{
        AccountTelephonySessionsEvent, CountryId, ExtensionTelephonySessionsEvent,
        TelephonySessionsEvent,
    };
    let account: fn(AccountTelephonySessionsEvent) -> TelephonySessionsEvent = |event| event;
    let extension: fn(ExtensionTelephonySessionsEvent) -> TelephonySessionsEvent = |event| event;
    let country: fn(CountryId) -> i64 = |id| id;
    let _ = (account, extension, country);
    assert_eq!(compare::SAME_TYPE.len(), 2);
    assert_eq!(compare::SCALARS, [("CountryId", "i64")]);
}
