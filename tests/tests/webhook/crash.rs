//! The server process is killed (SIGKILL, no chance to clean up) while eight clients post;
//! restarted on the same journal, it has the state of every notification that got a `200`.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use callparty::models::TelephonySessionsEvent;

use crate::client::{agent, notify, sessions};
use crate::notifications::{bundled, journal_lines, offline_fold, scratch};
use crate::server::Server;

const CLIENTS: usize = 8;
const ROUNDS: usize = 120;
/// The kill comes once this many notifications were acknowledged, well before the end.
const KILL_AFTER: usize = 600;

/// Every bundled notification, once per round, each round a different set of sessions, so
/// that every body is unique and can be found in the journal.
fn distinct_bodies() -> Vec<String> {
    let bundled = bundled();
    let mut bodies = Vec::new();
    for round in 0..ROUNDS {
        for body in &bundled {
            let mut event: TelephonySessionsEvent = callparty::json::from_str(body).unwrap();
            let body = event.body.as_mut().expect("a body");
            let id = body.telephony_session_id.as_mut().expect("a session id");
            id.push_str(&format!("-round-{round}"));
            bodies.push(callparty::json::to_string(&event).unwrap());
        }
    }
    bodies
}

#[derive(Default)]
struct Outcome {
    acknowledged: Vec<String>,
    /// The one request a client had in flight when the server died.
    unanswered: Option<String>,
}

#[test]
fn a_killed_server_restarts_with_every_acknowledged_notification() {
    let journal = scratch("crash").join("journal.jsonl");
    let server = Server::start(&journal, &[]);
    let bodies = distinct_bodies();
    assert!(bodies.len() > KILL_AFTER * 2);
    let acknowledged = AtomicUsize::new(0);

    let outcomes: Vec<Outcome> = thread::scope(|scope| {
        let clients: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let share: Vec<&String> = bodies.iter().skip(client).step_by(CLIENTS).collect();
                let (server, acknowledged) = (&server, &acknowledged);
                scope.spawn(move || {
                    let agent = agent();
                    let mut outcome = Outcome::default();
                    for body in share {
                        match notify(&agent, server, None, body) {
                            Ok(answer) if answer.status == 200 => {
                                outcome.acknowledged.push(body.clone());
                                acknowledged.fetch_add(1, Ordering::SeqCst);
                            }
                            Ok(answer) => panic!("{}: {}", answer.status, answer.body),
                            Err(_) => {
                                outcome.unanswered = Some(body.clone());
                                break;
                            }
                        }
                    }
                    outcome
                })
            })
            .collect();
        let deadline = Instant::now() + Duration::from_secs(120);
        while acknowledged.load(Ordering::SeqCst) < KILL_AFTER && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(1));
        }
        server.signal("KILL");
        clients
            .into_iter()
            .map(|client| client.join().unwrap())
            .collect()
    });

    let killed = server.stopped();
    assert!(!killed.status.success(), "{:?}", killed.status);
    let acked: HashSet<&String> = outcomes.iter().flat_map(|o| &o.acknowledged).collect();
    assert!(acked.len() >= KILL_AFTER, "the run got going");
    assert!(
        acked.len() < bodies.len(),
        "the kill came in the middle of the run"
    );
    let in_flight: HashSet<&String> = outcomes
        .iter()
        .filter_map(|o| o.unanswered.as_ref())
        .collect();

    // The journal holds every acknowledged notification, and besides them only notifications
    // whose answer the kill cut off (written, but never acknowledged).
    let restarted = Server::start(&journal, &[]);
    let lines = journal_lines(&journal);
    let journaled: HashSet<&String> = lines.iter().collect();
    for body in &acked {
        assert!(
            journaled.contains(body),
            "acknowledged but not journaled: {body}"
        );
    }
    let unacknowledged: Vec<&String> = lines.iter().filter(|line| !acked.contains(line)).collect();
    for line in &unacknowledged {
        assert!(
            in_flight.contains(line),
            "journaled but never posted in full: {line}"
        );
    }

    let agent = agent();
    let expected = offline_fold(
        acked
            .iter()
            .chain(&unacknowledged)
            .map(|body| body.as_str()),
    );
    assert_eq!(sessions(&agent, &restarted), expected);

    // RingCentral delivers an unanswered notification again: then nothing is missing.
    for body in &in_flight {
        let answer = notify(&agent, &restarted, None, body).unwrap();
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    let delivered = acked.iter().copied().chain(in_flight.iter().copied());
    assert_eq!(
        sessions(&agent, &restarted),
        offline_fold(delivered.map(String::as_str))
    );
}
