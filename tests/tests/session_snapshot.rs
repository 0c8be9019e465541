//! Snapshots report the fold as it stands: one per session, each party with the sequence of
//! the notification that set it, the party as received, and a lossless JSON round trip.

use callparty::models::TelephonySessionsEvent;
use callparty::session_state::SessionStates;
use callparty::snapshot::SessionSnapshot;
use std::path::PathBuf;

fn events(name: &str) -> Vec<TelephonySessionsEvent> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    callparty::json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn a_snapshot_carries_each_party_with_the_sequence_that_set_it() {
    let events = events("data/notifications/inbound-call.json");
    // The answer at sequence 4 adds the callee; a stale Setup must not replace it.
    let mut states = SessionStates::default();
    for index in [3, 0] {
        let _ = states.apply(&events[index]);
    }
    let [snapshot] = states.snapshots().try_into().expect("one session");
    let body = events[3].body.as_ref().expect("a body");
    assert_eq!(
        Some(&snapshot.telephony_session_id),
        body.telephony_session_id.as_ref()
    );
    assert_eq!(Some(snapshot.sequence), body.sequence);
    let received = body.parties.as_ref().expect("parties");
    assert_eq!(snapshot.parties.len(), received.len());
    for party in &snapshot.parties {
        assert_eq!(party.sequence, 4);
        let sent = received.iter().find(|sent| sent.id == party.party.id);
        assert_eq!(Some(&party.party), sent);
    }
    // The callee first appeared at sequence 1, so it comes first though it arrived second.
    let first = snapshot.parties[0].party.id.as_deref().expect("an id");
    assert_eq!(
        first,
        events[0].body.as_ref().unwrap().parties.as_ref().unwrap()[0]
            .id
            .as_deref()
            .unwrap()
    );
    assert_eq!(
        states.snapshot(&snapshot.telephony_session_id),
        Some(snapshot)
    );
    assert_eq!(states.snapshot("s-unknown"), None);
}

#[test]
fn parties_keep_the_sequence_of_their_own_last_change() {
    let later: TelephonySessionsEvent = callparty::json::from_str(
        r#"{"body":{"sequence":7,"telephonySessionId":"s-1","parties":[{"id":"p-2"}]}}"#,
    )
    .unwrap();
    let earlier: TelephonySessionsEvent = callparty::json::from_str(
        r#"{"body":{"sequence":5,"telephonySessionId":"s-1","parties":[{"id":"p-1","muted":true}]}}"#,
    )
    .unwrap();
    let states: SessionStates = [&later, &earlier].into_iter().collect();
    let snapshot = states.snapshot("s-1").unwrap();
    assert_eq!(snapshot.sequence, 7);
    let parties: Vec<(Option<&str>, i64)> = snapshot
        .parties
        .iter()
        .map(|party| (party.party.id.as_deref(), party.sequence))
        .collect();
    // Ordered by first appearance in the session, not by arrival.
    assert_eq!(parties, [(Some("p-1"), 5), (Some("p-2"), 7)]);
}

#[test]
fn snapshots_of_every_bundled_call_round_trip_through_json() {
    let mut states = SessionStates::default();
    for file in [
        "data/notifications/inbound-call.json",
        "data/notifications/outbound-call.json",
        "../core/data/notifications-inbound.json",
    ] {
        for event in events(file) {
            let _ = states.apply(&event);
        }
    }
    let snapshots = states.snapshots();
    assert!(snapshots.len() >= 2, "{snapshots:?}");
    let text = callparty::json::to_string(&snapshots).unwrap();
    let decoded: Vec<SessionSnapshot> = callparty::json::from_str(&text).unwrap();
    assert_eq!(decoded, snapshots);
    assert_eq!(callparty::json::to_string(&decoded).unwrap(), text);
}

#[test]
fn a_snapshot_without_its_required_fields_is_rejected_with_the_field_named() {
    let error =
        callparty::json::from_str::<SessionSnapshot>(r#"{"sequence":1,"parties":[]}"#).unwrap_err();
    assert!(error.to_string().contains("telephonySessionId"), "{error}");
}
