//! The handshake, and every kind of bad request: each gets its status and a small answer,
//! and neither the state nor the journal changes.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

use callparty::snapshot::SessionSnapshot;

use crate::client::{Answer, agent, notify, post, sessions};
use crate::notifications::{inbound_call, offline_fold, scratch};
use crate::server::Server;

const TOKEN: &str = "t0ken-from-the-subscription";
const JSON: (&str, &str) = ("Content-Type", "application/json");
const VERIFIED: (&str, &str) = ("Verification-Token", TOKEN);

const PLAIN: (&str, &str) = ("Content-Type", "text/plain");
const WRONG_TOKEN: (&str, &str) = ("Verification-Token", "t0ken-from-the-subscriptioN");
const SHORT_TOKEN: (&str, &str) = ("Verification-Token", "t0ken");

/// Headers, body, expected status and expected error path of one bad request.
type Request<'a> = (Vec<(&'a str, &'a str)>, &'a [u8], u16, Option<&'a str>);

/// A verified JSON request whose body does not decode, with the path of the bad value.
fn decoding<'a>(body: &'a [u8], path: &'a str) -> Request<'a> {
    (vec![JSON, VERIFIED], body, 400, Some(path))
}

/// RingCentral's limit on a whole answer, headers included.
const ANSWER_LIMIT: usize = 1024;

/// State and journal as they are, to compare after a request that must change nothing.
#[derive(Debug, PartialEq)]
struct Unchanged {
    sessions: Vec<SessionSnapshot>,
    journal: Vec<u8>,
}

/// On a connection of its own: the server may close the one a refused request came on, as
/// it does not read a body it refuses, and a pooled connection then fails the next request
/// ("Peer disconnected"), a race a loaded machine loses.
fn observe(server: &Server, journal: &Path) -> Unchanged {
    Unchanged {
        sessions: sessions(&agent(), server),
        journal: std::fs::read(journal).expect("a journal"),
    }
}

/// A server with a verification token, fed the first two notifications of the inbound call.
fn seeded_server(test: &str, args: &[&str]) -> (Server, std::path::PathBuf) {
    let journal = scratch(test).join("journal.jsonl");
    let mut all_args = vec!["--verification-token", TOKEN];
    all_args.extend_from_slice(args);
    let server = Server::start(&journal, &all_args);
    let agent = agent();
    for body in &inbound_call()[..2] {
        let answer = notify(&agent, &server, Some(TOKEN), body).expect("answered");
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    (server, journal)
}

fn error_of(answer: &Answer) -> serde_json::Value {
    assert!(
        answer.body.len() <= ANSWER_LIMIT,
        "{} bytes",
        answer.body.len()
    );
    assert_eq!(
        answer.headers.get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/json"[..])
    );
    serde_json::from_str(&answer.body).unwrap_or_else(|error| panic!("{error}: {}", answer.body))
}

#[test]
fn the_handshake_echoes_the_validation_token_and_changes_nothing() {
    let (server, journal) = seeded_server("handshake", &[]);
    let agent = agent();
    let before = observe(&server, &journal);
    // RingCentral's handshake carries no notification and, here, no verification token.
    let answer = post(
        &agent,
        &server,
        &[("Validation-Token", "9f4a-handshake")],
        b"",
    )
    .unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.headers.get("validation-token").map(|v| v.as_bytes()),
        Some(&b"9f4a-handshake"[..])
    );
    assert_eq!(answer.body, "");
    assert_eq!(observe(&server, &journal), before);
    let handshake = |line: &String| {
        line.starts_with("POST /webhook 200 ")
            && line.ends_with(" handshake: Validation-Token echoed")
    };
    let log = server.stdout_when(|lines| lines.iter().any(handshake));
    assert!(log.iter().any(handshake), "{log:?}");
}

#[test]
fn bad_requests_get_their_status_and_change_neither_state_nor_journal() {
    let (server, journal) = seeded_server("refusals", &[]);
    let agent = agent();
    let before = observe(&server, &journal);
    assert_eq!(
        before.sessions,
        offline_fold(inbound_call()[..2].iter().map(String::as_str))
    );
    let valid = inbound_call()[2].clone();
    let huge_value = format!(r#"{{"body":{{"sequence":"{}"}}}}"#, "9".repeat(5_000));
    let over_limit = format!(r#"{{"body":{{}},"padding":"{}"}}"#, "x".repeat(1 << 20));

    let cases: Vec<(&str, Request)> = vec![
        ("not JSON", decoding(b"<notification/>", ".")),
        ("JSON cut short", decoding(b"{\"body\": {", "body")),
        (
            "a wrong type",
            decoding(br#"{"body":{"sequence":"three"}}"#, "body.sequence"),
        ),
        (
            "a wrong type deep inside",
            decoding(
                br#"{"body":{"sequence":3,"parties":[{"id":"p-1","status":{"code":7}}]}}"#,
                "body.parties[0].status.code",
            ),
        ),
        (
            "a huge wrong value",
            decoding(huge_value.as_bytes(), "body.sequence"),
        ),
        (
            "a body over 1 MiB",
            (vec![JSON, VERIFIED], over_limit.as_bytes(), 413, None),
        ),
        (
            "plain text",
            (vec![PLAIN, VERIFIED], valid.as_bytes(), 415, None),
        ),
        (
            "no content type",
            (vec![VERIFIED], valid.as_bytes(), 415, None),
        ),
        (
            "no verification token",
            (vec![JSON], valid.as_bytes(), 403, None),
        ),
        (
            "a wrong verification token",
            (vec![JSON, WRONG_TOKEN], valid.as_bytes(), 403, None),
        ),
        (
            "a verification token cut short",
            (vec![JSON, SHORT_TOKEN], valid.as_bytes(), 403, None),
        ),
    ];
    for (case, (headers, body, status, path)) in cases {
        let answer =
            post(&agent, &server, &headers, body).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(answer.status, status, "{case}: {}", answer.body);
        let error = error_of(&answer);
        let message = error["error"].as_str().expect("an error message");
        assert_eq!(error["path"].as_str(), path, "{case}: {}", answer.body);
        if let Some(path) = path.filter(|path| *path != ".") {
            assert!(
                message.starts_with(&format!("{path}: ")),
                "{case}: {message}"
            );
            let decoding = "(decoding TelephonySessionsEvent)";
            assert!(message.ends_with(decoding), "{case}: {message}");
        }
        let after = observe(&server, &journal);
        assert_eq!(after, before, "{case} changed something");
    }

    // A refused request is logged as refused, with nothing of its body or token.
    let refusals = |lines: &[String]| {
        lines
            .iter()
            .filter(|line| line.starts_with("POST /webhook 403 "))
            .cloned()
            .collect::<Vec<_>>()
    };
    let log = server.stdout_when(|lines| refusals(lines).len() >= 3);
    let refused = refusals(&log);
    assert_eq!(refused.len(), 3, "{log:?}");
    let session_id = "s-deee79f602bc5c115b7dccd9ccb8a01b";
    for line in &refused {
        assert!(line.contains("refused: Verification-Token"), "{line}");
        assert!(
            !line.contains(session_id) && !line.contains("t0ken"),
            "{line}"
        );
    }

    // The server is still well: the valid notification goes in.
    let answer = notify(&agent, &server, Some(TOKEN), &valid).unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);
    let expected = offline_fold(inbound_call()[..3].iter().map(String::as_str));
    assert_eq!(sessions(&agent, &server), expected);
}

#[test]
fn the_body_limit_is_configurable_and_exact() {
    let (server, journal) = seeded_server("body-limit", &["--body-limit", "2048"]);
    let agent = agent();
    let fill = |length: usize| {
        let head = r#"{"body":{"sequence":9,"telephonySessionId":"s-limit","parties":[{"id":"p-1"}]},"padding":""#;
        let tail = r#""}"#;
        format!(
            "{head}{}{tail}",
            "x".repeat(length - head.len() - tail.len())
        )
    };
    let before = observe(&server, &journal);
    let over = notify(&agent, &server, Some(TOKEN), &fill(2049)).unwrap();
    assert_eq!(over.status, 413, "{}", over.body);
    assert!(
        error_of(&over)["error"]
            .as_str()
            .unwrap()
            .contains("2048 bytes")
    );
    assert_eq!(observe(&server, &journal), before);
    let at = notify(&agent, &server, Some(TOKEN), &fill(2048)).unwrap();
    assert_eq!(at.status, 200, "{}", at.body);
    assert_eq!(sessions(&agent, &server).len(), before.sessions.len() + 1);
}

/// The raw bytes of one answer to one request on its own connection.
fn raw_answer(server: &Server, request: &str) -> Vec<u8> {
    let address = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).expect("loopback");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("the server closes");
    answer
}

fn request(body: &str, token: &str) -> String {
    format!(
        "POST /webhook HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
         Content-Type: application/json; charset=UTF-8\r\nVerification-Token: {token}\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

#[test]
fn whole_answers_headers_included_fit_ringcentral_limit() {
    let (server, _journal) = seeded_server("answer-size", &[]);
    let huge_value = format!(r#"{{"body":{{"sequence":"{}"}}}}"#, "\u{1}".repeat(5_000));
    let huge_key = format!(
        r#"{{"body":{{"parties":[{{"{}":1}}, 5]}}}}"#,
        "k".repeat(5_000)
    );
    for (body, token, status) in [
        (inbound_call()[2].as_str(), TOKEN, "200"),
        (huge_value.as_str(), TOKEN, "400"),
        (huge_key.as_str(), TOKEN, "400"),
        (inbound_call()[3].as_str(), "wrong", "403"),
    ] {
        let answer = raw_answer(&server, &request(body, token));
        let text = String::from_utf8_lossy(&answer);
        assert!(text.starts_with(&format!("HTTP/1.1 {status} ")), "{text}");
        assert!(
            answer.len() <= ANSWER_LIMIT,
            "{} bytes: {text}",
            answer.len()
        );
    }
}
