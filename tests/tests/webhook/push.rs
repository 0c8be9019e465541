//! A notification delivered by mobile push (the whole event inside `pn_apns`) reaches the fold
//! like a plain one, and the journal keeps it in the form it came in.

use callparty::models::TelephonySessionsEvent;

use crate::client::{agent, notify, sessions};
use crate::notifications::{journal_lines, offline_fold, scratch};
use crate::server::Server;

#[test]
fn a_push_wrapped_notification_is_folded_and_journaled_as_it_came() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/corpus/pushed-call-notification.json"
    );
    let pushed = std::fs::read_to_string(path).expect("the bundled push notification");
    let event: TelephonySessionsEvent = callparty::json::from_str(&pushed).unwrap();
    assert!(event.body.is_none() && event.pn_apns.is_some(), "push form");
    let body = callparty::json::to_string(&event).unwrap();

    let journal = scratch("push").join("journal.jsonl");
    let server = Server::start(&journal, &[]);
    let agent = agent();
    let answer = notify(&agent, &server, None, &body).unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);

    let folded = sessions(&agent, &server);
    assert_eq!(folded.len(), 1, "{folded:?}");
    assert_eq!(folded, offline_fold([body.as_str()]));
    let inner = event.notification().body.as_ref().expect("a body inside");
    assert_eq!(
        Some(&folded[0].telephony_session_id),
        inner.telephony_session_id.as_ref()
    );
    assert_eq!(journal_lines(&journal), [body]);
    assert!(server.interrupt().status.success());
}
