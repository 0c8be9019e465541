//! Requests are written as struct literals: required properties are plain fields that a
//! literal must name, optional ones are `Option`s, and nothing needs `Default` to fill a
//! required field. What encodes is what the spec's request body expects.

use callparty::Extra;
use callparty::models::{
    CallPartyReply, HoldCallPartyRequest, HoldCallPartyRequestProto,
    MakeCallOutCallerInfoRequestFrom, MakeCallOutCallerInfoRequestTo, MakeCallOutRequest,
    PartySuperviseRequest, ReplyPattern, ReplyTimeUnit, ReplyWithPattern,
    SuperviseCallSessionRequest, SuperviseMediaSdp, SuperviseMode, TransferTarget,
};
use serde_json::{Value, json};

fn encoded<T: serde::Serialize>(value: &T) -> Value {
    serde_json::from_str(&callparty::json::to_string(value).unwrap()).unwrap()
}

#[test]
fn a_hold_request() {
    let hold = HoldCallPartyRequest {
        proto: Some(HoldCallPartyRequestProto::Rc),
        extra: Extra::new(),
    };
    assert_eq!(encoded(&hold), json!({"proto": "RC"}));
    // The body is optional, and so is its one property.
    assert_eq!(encoded(&HoldCallPartyRequest::default()), json!({}));
}

#[test]
fn a_supervise_request_for_one_party() {
    let supervise = PartySuperviseRequest {
        mode: SuperviseMode::Listen,
        supervisor_device_id: "80420004".into(),
        agent_extension_id: "62001002".into(),
        auto_answer: Some(true),
        media_sdp: Some(SuperviseMediaSdp::SendOnly),
        extra: Extra::new(),
    };
    assert_eq!(
        encoded(&supervise),
        json!({
            "mode": "Listen",
            "supervisorDeviceId": "80420004",
            "agentExtensionId": "62001002",
            "autoAnswer": true,
            "mediaSDP": "sendOnly",
        })
    );
}

#[test]
fn a_supervise_request_for_a_session() {
    let supervise = SuperviseCallSessionRequest {
        mode: SuperviseMode::Listen,
        supervisor_device_id: "80420004".into(),
        auto_answer: None,
        media_sdp: None,
        agent_extension_number: Some("103".into()),
        agent_extension_id: None,
        extra: Extra::new(),
    };
    assert_eq!(
        encoded(&supervise),
        json!({"mode": "Listen", "supervisorDeviceId": "80420004", "agentExtensionNumber": "103"})
    );
}

#[test]
fn a_call_out() {
    let call_out = MakeCallOutRequest {
        from: MakeCallOutCallerInfoRequestFrom {
            device_id: Some("80420001".into()),
            ..Default::default()
        },
        to: MakeCallOutCallerInfoRequestTo {
            phone_number: Some("+14155550188".into()),
            ..Default::default()
        },
        country_id: None,
        extra: Extra::new(),
    };
    assert_eq!(
        encoded(&call_out),
        json!({"from": {"deviceId": "80420001"}, "to": {"phoneNumber": "+14155550188"}})
    );
}

/// A required field left out of a literal, or filled in by `Default`, does not compile.
#[test]
fn leaving_out_a_required_field_does_not_compile() {
    trybuild::TestCases::new().compile_fail("ui-requests/*.rs");
}

#[test]
fn a_transfer_to_an_extension() {
    let transfer = TransferTarget::ExtensionNumber("103".into());
    assert_eq!(encoded(&transfer), json!({"extensionNumber": "103"}));
}

#[test]
fn a_reply_with_a_pattern() {
    let reply = CallPartyReply::ReplyWithPattern(ReplyWithPattern {
        pattern: Some(ReplyPattern::WillCallYouBack),
        time: Some(10),
        time_unit: Some(ReplyTimeUnit::Minute),
        extra: Extra::new(),
    });
    assert_eq!(
        encoded(&reply),
        json!({"replyWithPattern": {"pattern": "WillCallYouBack", "time": 10, "timeUnit": "Minute"}})
    );
}
