//! Eight clients post every bundled notification at once, in a shuffled order, with
//! duplicates: the server's snapshots equal the offline fold, every answer is a small `200`,
//! each request has its log line, and Ctrl-C then a restart give the same state back.

use std::thread;

use crate::client::{self, agent, notify, sessions};
use crate::notifications::{bundled, journal_lines, offline_fold, scratch, shuffle};
use crate::server::Server;

const CLIENTS: usize = 8;
const TOKEN: &str = "t0ken-from-the-subscription";

/// Each notification three times compact and once pretty-printed, over several lines.
fn deliveries() -> Vec<String> {
    let mut bodies = Vec::new();
    for body in bundled() {
        let value: serde_json::Value = serde_json::from_str(&body).unwrap();
        bodies.push(serde_json::to_string_pretty(&value).unwrap());
        bodies.extend([body.clone(), body.clone(), body]);
    }
    shuffle(&mut bodies, 0x5eed_0001);
    bodies
}

#[test]
fn eight_clients_posting_shuffled_duplicates_give_the_offline_fold() {
    let folder = scratch("concurrent");
    let journal = folder.join("journal.jsonl");
    let server = Server::start(&journal, &["--verification-token", TOKEN]);
    let deliveries = deliveries();
    let expected = offline_fold(deliveries.iter().map(String::as_str));
    assert!(expected.len() >= 3, "every bundled call is a session");

    thread::scope(|scope| {
        for client in 0..CLIENTS {
            let share: Vec<&String> = deliveries.iter().skip(client).step_by(CLIENTS).collect();
            let server = &server;
            scope.spawn(move || {
                let agent = agent();
                for body in share {
                    let answer = notify(&agent, server, Some(TOKEN), body).expect("answered");
                    assert_eq!(answer.status, 200, "{}", answer.body);
                    assert!(answer.body.is_empty(), "{}", answer.body);
                }
            });
        }
    });

    let agent = agent();
    assert_eq!(sessions(&agent, &server), expected);
    for snapshot in &expected {
        let path = format!("/sessions/{}", snapshot.telephony_session_id);
        let answer = client::get(&agent, &server, &path);
        assert_eq!(answer.status, 200);
        let one: callparty::snapshot::SessionSnapshot =
            callparty::json::from_str(&answer.body).unwrap();
        assert_eq!(&one, snapshot);
    }
    assert_eq!(journal_lines(&journal).len(), deliveries.len());
    let accepted = |lines: &[String]| {
        lines
            .iter()
            .filter(|line| line.starts_with("POST /webhook 200 "))
            .count()
    };
    let log = server.stdout_when(|lines| accepted(lines) >= deliveries.len());
    assert_eq!(accepted(&log), deliveries.len(), "one log line per request");

    let stopped = server.interrupt();
    assert!(
        stopped.status.success(),
        "{:?} {}",
        stopped.status,
        stopped.stderr
    );
    assert_eq!(stopped.stdout.last().map(String::as_str), Some("shut down"));

    let restarted = Server::start(&journal, &["--verification-token", TOKEN]);
    assert_eq!(sessions(&agent, &restarted), expected);
    let replayed = format!(
        "replayed {} notifications ({} sessions) from {}",
        deliveries.len(),
        expected.len(),
        journal.display()
    );
    let lines = restarted.stdout_when(|lines| lines.contains(&replayed));
    assert!(lines.contains(&replayed), "{lines:?}");
    let stopped = restarted.interrupt();
    assert!(stopped.status.success());
    assert_eq!(stopped.stderr, "", "no warning");
}
