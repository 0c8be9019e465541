//! Folding notifications gives the same final state of every party in whatever order they
//! arrive, and a stale notification never overwrites a newer state.

use callparty::models::TelephonySessionsEvent;
use callparty::session_state::SessionStates;
use proptest::prelude::*;
use std::path::PathBuf;

fn sequence_file(name: &str) -> Vec<TelephonySessionsEvent> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    callparty::json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn bundled_sequences() -> Vec<Vec<TelephonySessionsEvent>> {
    [
        "data/notifications/inbound-call.json",
        "data/notifications/outbound-call.json",
        "../core/data/notifications-inbound.json",
    ]
    .into_iter()
    .map(sequence_file)
    .collect()
}

/// (party id, status code, sequence) of every party, in the order the fold reports them.
fn summary(states: &SessionStates) -> Vec<(String, String, i64)> {
    states
        .sessions()
        .flat_map(|(_, session)| {
            session.parties().map(move |party| {
                let id = party.id.clone().unwrap_or_default();
                let code = party
                    .status
                    .as_ref()
                    .and_then(|status| status.code.as_ref());
                let sequence = session.party_sequence(&id).unwrap_or(-1);
                (
                    id,
                    code.map(|code| code.as_str().to_owned())
                        .unwrap_or_default(),
                    sequence,
                )
            })
        })
        .collect()
}

#[test]
fn in_order_folds_end_with_every_party_disconnected_at_the_last_sequence() {
    for events in bundled_sequences() {
        let last = events
            .iter()
            .filter_map(|event| event.body.as_ref()?.sequence)
            .max()
            .unwrap();
        let states: SessionStates = events.iter().collect();
        let (_, session) = states.sessions().next().expect("one session");
        assert_eq!(session.sequence(), last);
        let parties = summary(&states);
        assert!(!parties.is_empty());
        for (id, code, _) in &parties {
            assert_eq!(code, "Disconnected", "party {id}");
        }
    }
}

#[test]
fn a_stale_notification_does_not_overwrite_a_newer_one() {
    let events = sequence_file("data/notifications/inbound-call.json");
    let mut states = SessionStates::default();
    let last = events.last().unwrap();
    states.apply(last);
    let before = summary(&states);
    let applied = states.apply(&events[0]);
    assert!(applied.stale > 0, "{applied:?}");
    assert_eq!(applied.updated, summary(&states).len() - before.len());
    for (id, code, sequence) in summary(&states) {
        if let Some(kept) = before.iter().find(|(kept_id, ..)| *kept_id == id) {
            assert_eq!(
                (&code, sequence),
                (&kept.1, kept.2),
                "party {id} went back in time"
            );
        }
    }
}

#[test]
fn notifications_without_a_sequence_are_reported_not_applied() {
    let event: TelephonySessionsEvent = callparty::json::from_str(
        r#"{"body":{"telephonySessionId":"s-1","parties":[{"id":"p-1"}]}}"#,
    )
    .unwrap();
    let mut states = SessionStates::default();
    assert!(states.apply(&event).ignored);
    assert!(states.session("s-1").is_none());
}

#[test]
fn redelivery_of_the_same_notification_changes_nothing() {
    let events = sequence_file("data/notifications/outbound-call.json");
    let once: SessionStates = events.iter().collect();
    let twice: SessionStates = events.iter().chain(&events).collect();
    assert_eq!(once, twice);
}

fn shuffles_of(index: usize) -> impl Strategy<Value = Vec<TelephonySessionsEvent>> {
    Just(bundled_sequences().swap_remove(index)).prop_shuffle()
}

proptest! {
    // 256 orders of each bundled sequence (the acceptance asks for at least 100).
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_order_of_the_inbound_call_gives_the_in_order_state(events in shuffles_of(0)) {
        check_same_as_in_order(events)?;
    }

    #[test]
    fn every_order_of_the_outbound_call_gives_the_in_order_state(events in shuffles_of(1)) {
        check_same_as_in_order(events)?;
    }

    #[test]
    fn every_order_of_the_bundled_call_gives_the_in_order_state(events in shuffles_of(2)) {
        check_same_as_in_order(events)?;
    }

    #[test]
    fn interleaved_sessions_fold_independently(
        events in Just(bundled_sequences().into_iter().flatten().collect::<Vec<_>>()).prop_shuffle()
    ) {
        check_same_as_in_order(events)?;
    }
}

fn check_same_as_in_order(shuffled: Vec<TelephonySessionsEvent>) -> Result<(), TestCaseError> {
    let mut in_order = shuffled.clone();
    in_order.sort_by_key(|event| event.body.as_ref().and_then(|body| body.sequence));
    let expected: SessionStates = in_order.iter().collect();
    let folded: SessionStates = shuffled.iter().collect();
    prop_assert_eq!(summary(&folded), summary(&expected));
    prop_assert_eq!(folded, expected);
    Ok(())
}
