//! Folds a sequence of telephony-session notifications (webhook deliveries, possibly out of
//! order) into the final state of each party, and prints it.
//!
//! ```text
//! cargo run -p callparty --example notifications          # the bundled inbound call
//! cargo run -p callparty --example notifications -- FILE  # a JSON array of notifications
//! ```

use callparty::models::TelephonySessionsEvent;
use callparty::session_state::SessionStates;
use std::process::ExitCode;

const BUNDLED: &str = include_str!("../data/notifications-inbound.json");

fn main() -> ExitCode {
    let (source, text) = match std::env::args().nth(1) {
        None => (
            "bundled core/data/notifications-inbound.json".to_owned(),
            BUNDLED.to_owned(),
        ),
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => (path, text),
            Err(error) => {
                eprintln!("error: reading {path}: {error}");
                return ExitCode::from(2);
            }
        },
    };
    let mut events: Vec<TelephonySessionsEvent> = match callparty::json::from_str(&text) {
        Ok(events) => events,
        Err(error) => {
            eprintln!("error: {source}: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Deliveries arrive in any order; show that by folding them newest first.
    events.reverse();
    let mut states = SessionStates::default();
    for event in &events {
        let outcome = states.apply(event);
        if !outcome.is_applied() {
            println!("{outcome}");
        }
    }
    println!(
        "{} notifications from {source}, folded newest first",
        events.len()
    );
    for (id, session) in states.sessions() {
        println!("session {id} as of sequence {}", session.sequence());
        for party in session.parties() {
            let status = party.status.as_ref();
            let code = status.and_then(|status| status.code.as_ref());
            let reason = status.and_then(|status| status.reason.as_ref());
            println!(
                "  {}  {}  {}{}  (sequence {})",
                party.id.as_deref().unwrap_or("?"),
                party
                    .direction
                    .as_ref()
                    .map_or("?", |direction| direction.as_str()),
                code.map_or("?", |code| code.as_str()),
                reason
                    .map(|reason| format!(" ({reason})"))
                    .unwrap_or_default(),
                party
                    .id
                    .as_deref()
                    .and_then(|id| session.party_sequence(id))
                    .unwrap_or_default(),
            );
        }
    }
    ExitCode::SUCCESS
}
