//! `callparty::json::from_str_with_report` and `from_slice_with_report`: the keys and values
//! a decode met that its types do not declare, each by its path, and the near misses of a
//! wrong `rename_all`; the same value as `from_str`, and the same error.

use std::collections::BTreeMap;

use callparty::json::report::{NearMiss, RenameRule};
use callparty::json::{Report, from_slice_with_report, from_str, from_str_with_report};
use callparty::{ApiEnum, ApiModel, ApiUnion, Extra, UnknownValue, UnknownVariant};

/// A node of an API that writes snake_case keys (GitHub's, Stripe's), modelled without
/// `rename_all`: every field is optional, so the payload "decodes" into empty fields and
/// the data sits in `extra`.
#[derive(ApiModel, Debug, PartialEq)]
struct ForgotRenameAll {
    node_id: Option<String>,
    html_url: Option<String>,
    name: Option<String>,
    created_at: Option<u64>,
    #[api(extra)]
    extra: Extra,
}

/// The same model written right.
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
struct RightRenameAll {
    node_id: Option<String>,
    html_url: Option<String>,
    name: Option<String>,
    created_at: Option<u64>,
    #[api(extra)]
    extra: Extra,
}

const SNAKE_CASE_REPO: &str = r#"{"node_id":"R_1","html_url":"https://example.com/r","name":"r","created_at":1700000000,"private":false}"#;

fn near_misses(report: &Report) -> Vec<(&str, &str, &str, RenameRule)> {
    report
        .near_misses()
        .iter()
        .map(|miss| (miss.path(), miss.key(), miss.field(), miss.rule()))
        .collect()
}

fn unknown_keys(report: &Report) -> Vec<&str> {
    report.unknown_keys().iter().map(|key| key.path()).collect()
}

fn unknown_values(report: &Report) -> Vec<(&str, &str, &str)> {
    report
        .unknown_values()
        .iter()
        .map(|value| (value.path(), value.type_name(), value.value()))
        .collect()
}

#[test]
fn a_forgotten_rename_all_is_found_with_the_rule_that_would_match() {
    let (repo, report) = from_str_with_report::<ForgotRenameAll>(SNAKE_CASE_REPO).unwrap();
    // The mistake a round trip cannot see: the decode succeeds, and writes back the input.
    assert_eq!(
        (repo.node_id, repo.html_url, repo.created_at),
        (None, None, None)
    );
    assert_eq!(repo.name.as_deref(), Some("r"));
    assert_eq!(repo.extra.len(), 4);
    assert_eq!(
        near_misses(&report),
        [
            ("node_id", "node_id", "nodeId", RenameRule::SnakeCase),
            ("html_url", "html_url", "htmlUrl", RenameRule::SnakeCase),
            (
                "created_at",
                "created_at",
                "createdAt",
                RenameRule::SnakeCase
            ),
        ]
    );
    assert_eq!(
        unknown_keys(&report),
        ["node_id", "html_url", "created_at", "private"]
    );
    assert!(report.unknown_values().is_empty());

    let (repo, report) = from_str_with_report::<RightRenameAll>(SNAKE_CASE_REPO).unwrap();
    assert_eq!(repo.node_id.as_deref(), Some("R_1"));
    assert!(report.near_misses().is_empty(), "{report}");
    assert_eq!(unknown_keys(&report), ["private"]);
}

#[test]
fn every_rule_is_named_as_rename_all_spells_it() {
    let cases = [
        (r#"{"NodeId":"x"}"#, RenameRule::PascalCase, "PascalCase"),
        (r#"{"node-id":"x"}"#, RenameRule::KebabCase, "kebab-case"),
        (
            r#"{"NODE_ID":"x"}"#,
            RenameRule::ScreamingSnakeCase,
            "SCREAMING_SNAKE_CASE",
        ),
        (
            r#"{"NODE-ID":"x"}"#,
            RenameRule::ScreamingKebabCase,
            "SCREAMING-KEBAB-CASE",
        ),
    ];
    for (input, rule, spelled) in cases {
        let (_, report) = from_str_with_report::<ForgotRenameAll>(input).unwrap();
        let [miss]: &[NearMiss] = report.near_misses() else {
            panic!("{input}: {report}")
        };
        assert_eq!((miss.field(), miss.rule()), ("nodeId", rule), "{input}");
        assert_eq!(miss.rule().to_string(), spelled);
    }
    // A snake_case model that meets camelCase keys: the rule is camelCase.
    let (_, report) = from_str_with_report::<RightRenameAll>(r#"{"nodeId":"x"}"#).unwrap();
    assert_eq!(
        near_misses(&report),
        [("nodeId", "nodeId", "node_id", RenameRule::CamelCase)]
    );
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Status {
    Active,
    #[api(other)]
    Unknown(UnknownValue),
}

/// Without an extra map: unknown keys are skipped, and still reported.
#[derive(ApiModel, Debug, PartialEq)]
struct Owner {
    login_name: Option<String>,
    status: Option<Status>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Hangup {
    party_id: String,
    owner: Option<Owner>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Transfer {
    target: Destination,
    #[api(extra)]
    extra: Extra,
}

/// One-key union.
#[derive(ApiUnion, Debug, PartialEq)]
enum Destination {
    Owner(Owner),
    Phone(String),
    #[api(other)]
    Unknown(UnknownVariant),
}

/// Tagged union.
#[derive(ApiUnion, Debug, PartialEq)]
#[api(tag = "event", rename_all = "snake_case")]
enum Event {
    Hangup(Hangup),
    Transfer(Transfer),
    #[api(other)]
    Unknown(UnknownVariant),
}

/// By-kind union.
#[derive(ApiUnion, Debug, PartialEq)]
#[api(untagged)]
enum OwnerRef {
    Id(String),
    Object(Owner),
}

#[derive(ApiModel, Debug, PartialEq)]
struct Batch {
    events: Vec<Event>,
    owners: Option<Vec<OwnerRef>>,
    by_name: Option<BTreeMap<String, Owner>>,
    primary: Option<Box<Owner>>,
    #[api(extra)]
    extra: Extra,
}

#[test]
fn paths_reach_into_nested_models_lists_maps_and_unions() {
    let input = r#"{
        "events": [
            {"event": "hangup", "partyId": "p-1", "owner": {"login_name": "a", "status": "Active"}},
            {"partyId": "p-2", "owner": {"loginName": "b", "color": 1}, "event": "hangup"},
            {"event": "transfer", "target": {"owner": {"status": "Away"}}, "reason": "busy"},
            {"event": "transfer", "target": {"sipUri": "sip:1@pbx"}},
            {"event": "split", "partyId": "p-3"}
        ],
        "owners": ["o-1", {"LoginName": "c"}],
        "by_name": {"x": {"status": "Gone"}},
        "primary": {"team": "ops"},
        "cursor": "c-9"
    }"#;
    let (batch, report) = from_str_with_report::<Batch>(input).unwrap();
    assert_eq!(batch, from_str::<Batch>(input).unwrap());
    assert_eq!(
        unknown_keys(&report),
        [
            "events[0].owner.login_name",
            "events[1].owner.color",
            "events[2].reason",
            "owners[1].LoginName",
            "by_name",
            "primary.team",
            "cursor",
        ]
    );
    assert_eq!(
        near_misses(&report),
        [
            (
                "events[0].owner.login_name",
                "login_name",
                "loginName",
                RenameRule::SnakeCase
            ),
            (
                "owners[1].LoginName",
                "LoginName",
                "loginName",
                RenameRule::PascalCase
            ),
            ("by_name", "by_name", "byName", RenameRule::SnakeCase),
        ]
    );
    // `by_name` went to `extra`, so `Gone` was never read as a `Status`.
    assert_eq!(
        unknown_values(&report),
        [
            ("events[2].target.owner.status", "Status", "Away"),
            ("events[3].target", "Destination", "sipUri"),
            ("events[4].event", "Event", "split"),
        ]
    );
}

#[test]
fn keys_before_a_tag_are_reported_at_their_place() {
    // Entries before the tag are buffered, then replayed into the variant's model.
    let input = r#"[{"owner": {"loginName": "a", "mood": "ok"}, "extra_key": 1, "partyId": "p", "event": "hangup"}]"#;
    let (events, report) = from_str_with_report::<Vec<Event>>(input).unwrap();
    assert_eq!(events, from_str::<Vec<Event>>(input).unwrap());
    assert_eq!(unknown_keys(&report), ["[0].owner.mood", "[0].extra_key"]);
}

#[test]
fn the_slice_form_reports_what_the_string_form_reports() {
    let (from_text, text_report) =
        from_str_with_report::<ForgotRenameAll>(SNAKE_CASE_REPO).unwrap();
    let (from_bytes, bytes_report) =
        from_slice_with_report::<ForgotRenameAll>(SNAKE_CASE_REPO.as_bytes()).unwrap();
    assert_eq!((from_text, text_report), (from_bytes, bytes_report));
}

#[test]
fn an_input_with_nothing_unknown_gives_an_empty_report() {
    let input = r#"{"events":[{"event":"hangup","partyId":"p","owner":{"loginName":"a","status":"Active"}}]}"#;
    let (_, report) = from_str_with_report::<Batch>(input).unwrap();
    assert!(report.is_empty(), "{report}");
    assert_eq!(report.to_string(), "nothing unknown");
}

#[test]
fn the_report_reads_as_log_lines() {
    let input = r#"{"node_id":"R_1","extra":true,"status":"x"}"#;
    let (_, report) = from_str_with_report::<ForgotRenameAll>(input).unwrap();
    assert_eq!(
        report.to_string(),
        [
            r#"near miss at node_id: key "node_id" is field "nodeId" under rename_all = "snake_case""#,
            r#"unknown key "node_id" at node_id"#,
            r#"unknown key "extra" at extra"#,
            r#"unknown key "status" at status"#,
        ]
        .join("\n")
    );
    let (_, report) = from_str_with_report::<Owner>(r#"{"status":"Gone"}"#).unwrap();
    assert_eq!(
        report.to_string(),
        r#"unknown Status value "Gone" at status"#
    );
}

#[test]
fn a_bad_payload_gives_the_error_from_str_gives() {
    let inputs = [
        r#"{"events":[{"event":"hangup"}]}"#,
        r#"{"events":[{"event":"hangup","partyId":7}]}"#,
        r#"{"events":[{"partyId":"p","event":"hangup","event":"hangup"}]}"#,
        r#"{"events":[],"owners":[true]}"#,
        r#"{"events":[{"event":"transfer","target":{}}]}"#,
        r#"{"events":[]} trailing"#,
        r#"{"events":[{"event":"hangup","partyId":"p"}"#,
        r#"{"events":[],"primary":{"status":7}}"#,
        r#"[]"#,
        "",
    ];
    for input in inputs {
        let plain = from_str::<Batch>(input).unwrap_err();
        let reported = from_str_with_report::<Batch>(input).unwrap_err();
        assert_eq!(reported.to_string(), plain.to_string(), "{input}");
        assert_eq!(
            (reported.path(), reported.classify()),
            (plain.path(), plain.classify()),
            "{input}"
        );
        let sliced = from_slice_with_report::<Batch>(input.as_bytes()).unwrap_err();
        assert_eq!(sliced.to_string(), plain.to_string(), "{input}");
    }
}

/// A serde_derive type around models: its own unknown keys are not ours to report, but the
/// path runs through it.
#[derive(serde::Deserialize, Debug, PartialEq)]
struct Envelope {
    data: Vec<Owner>,
}

#[test]
fn paths_run_through_types_of_other_derives() {
    let input = r#"{"data":[{"loginName":"a"},{"login":"b"}],"meta":{}}"#;
    let (_, report) = from_str_with_report::<Envelope>(input).unwrap();
    assert_eq!(unknown_keys(&report), ["data[1].login"]);
    let (_, report) = from_str_with_report::<Option<(u8, Owner)>>(r#"[1,{"x":1}]"#).unwrap();
    assert_eq!(unknown_keys(&report), ["[1].x"]);
}

#[derive(ApiModel, Debug, PartialEq)]
struct Holder {
    owner: Option<Owner>,
}

/// serde buffers an untagged enum's value, then replays it with a deserializer that keeps no
/// path.
#[derive(serde::Deserialize, Debug, PartialEq)]
#[serde(untagged)]
enum Untagged {
    Holder(Holder),
}

#[test]
fn a_key_in_a_value_serde_buffers_has_the_path_of_that_value() {
    let input = r#"[{"mood":"ok","owner":{"color":1}}]"#;
    let (_, report) = from_str_with_report::<Vec<Untagged>>(input).unwrap();
    // `color` sits at `[0].owner.color`; the documented limit gives the buffered value's path.
    assert_eq!(unknown_keys(&report), ["[0].mood", "[0].color"]);
}

/// A RingCentral party with keys and values the spec does not have (checked against
/// `CallParty` and the schemas it refers to in the spec): each is reported, and no key or
/// value the spec declares is.
#[test]
fn a_ringcentral_party_with_future_fields_is_reported() {
    let input = include_str!("../data/corpus/future-fields-party.json");
    let (party, report) = from_str_with_report::<callparty::models::CallParty>(input).unwrap();
    assert_eq!(party, from_str(input).unwrap());
    assert_eq!(
        unknown_keys(&report),
        [
            "origin",
            "status.screeningScore",
            "status.transcriptHints",
            "park.slot",
            "park.groupId",
            "from.callerIdType",
            "owner.siteId",
            "recordings[0].mode",
            "recordings[0].startedAt",
            "attributes.aiAssistant",
            "metadata[0].source",
            "queueCallV2",
            "uiCallInfo",
            "aiNotes",
            "handoffCount",
            "legacyFlag",
            "tags",
        ]
    );
    assert_eq!(
        unknown_values(&report),
        [
            ("direction", "CallPartyDirection", "Internal"),
            ("conferenceRole", "CallPartyConferenceRole", "Moderator"),
            ("ringOutRole", "CallPartyRingOutRole", "Observer"),
            ("status.code", "CallStatusInfoCode", "VMScreening"),
            ("status.reason", "CallStatusInfoReason", "SpamSuspected"),
        ]
    );
    assert!(report.near_misses().is_empty(), "{report}");
}
