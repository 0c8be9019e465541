//! What a crash can leave in the journal: an unfinished last line is skipped with a warning
//! and cut off, so later lines stay whole; a broken complete line stops the start instead.

use callparty::webhook::{JournalError, Receiver, TornLine};

use crate::client::{agent, notify, sessions};
use crate::notifications::{inbound_call, journal_lines, offline_fold, scratch};
use crate::server::Server;

#[test]
fn a_torn_last_line_is_skipped_with_a_warning_and_cut_off() {
    let journal = scratch("torn").join("journal.jsonl");
    let bodies = inbound_call();
    let torn = &bodies[3][..bodies[3].len() / 2];
    std::fs::write(
        &journal,
        format!("{}\n{}\n{}\n{torn}", bodies[0], bodies[1], bodies[2]),
    )
    .unwrap();

    let server = Server::start(&journal, &[]);
    let agent = agent();
    let first_three = offline_fold(bodies[..3].iter().map(String::as_str));
    assert_eq!(sessions(&agent, &server), first_three);
    assert_eq!(
        journal_lines(&journal),
        bodies[..3],
        "the torn line is cut off"
    );
    // RingCentral delivers the torn notification again, and the call goes on.
    for body in &bodies[3..] {
        let answer = notify(&agent, &server, None, body).unwrap();
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    let stopped = server.interrupt();
    assert!(stopped.status.success());
    let warning = format!(
        "warning: journal line 4 ({} bytes) is unfinished, a write cut short by a crash; its \
         notification was never acknowledged, so the line is skipped and cut off\n",
        torn.len()
    );
    assert_eq!(stopped.stderr, warning);
    assert!(
        stopped
            .stdout
            .iter()
            .any(|line| line.starts_with("replayed 3 notifications (1 sessions)")),
        "{:?}",
        stopped.stdout
    );

    assert_eq!(journal_lines(&journal), bodies);
    let restarted = Server::start(&journal, &[]);
    let all = offline_fold(bodies.iter().map(String::as_str));
    assert_eq!(sessions(&agent, &restarted), all);
    assert_eq!(
        restarted.interrupt().stderr,
        "",
        "no warning the second time"
    );
}

#[test]
fn the_library_reports_the_torn_line_in_its_replay() {
    let journal = scratch("torn-library").join("journal.jsonl");
    let bodies = inbound_call();
    std::fs::write(&journal, format!("{}\n\n{}\n{{\"bo", bodies[0], bodies[4])).unwrap();
    let receiver = Receiver::builder().journal(&journal).build().unwrap();
    assert_eq!(
        receiver.replay().notifications,
        2,
        "the blank line is no notification"
    );
    assert_eq!(receiver.replay().torn, Some(TornLine { line: 4, bytes: 4 }));
    let expected = offline_fold([bodies[0].as_str(), bodies[4].as_str()]);
    assert_eq!(receiver.snapshots(), expected);
    assert_eq!(
        std::fs::read_to_string(&journal).unwrap(),
        format!("{}\n\n{}\n", bodies[0], bodies[4])
    );
}

#[test]
fn a_broken_complete_line_stops_the_start_and_leaves_the_file_alone() {
    let journal = scratch("corrupt").join("journal.jsonl");
    let bodies = inbound_call();
    let text = format!("{}\n{{\"body\": 1}}\n{}\n", bodies[0], bodies[1]);
    std::fs::write(&journal, &text).unwrap();

    let failed = Server::try_start(&journal, &[]).err().expect("no start");
    assert_eq!(failed.status.and_then(|status| status.code()), Some(1));
    assert!(
        failed.stderr.starts_with(&format!(
            "error: journal {} line 2: body: invalid type",
            journal.display()
        )),
        "{}",
        failed.stderr
    );
    assert_eq!(std::fs::read_to_string(&journal).unwrap(), text);

    let error = Receiver::builder().journal(&journal).build().unwrap_err();
    let JournalError::Corrupt { line, source, .. } = &error else {
        panic!("{error}");
    };
    assert_eq!((*line, source.path()), (2, "body"));
}
