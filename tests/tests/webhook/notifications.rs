//! The bundled notifications as request bodies, their offline fold, and the scratch folders
//! of the tests.

use std::path::{Path, PathBuf};

use callparty::models::TelephonySessionsEvent;
use callparty::session_state::SessionStates;
use callparty::snapshot::SessionSnapshot;

const BUNDLED: [&str; 3] = [
    "data/notifications/inbound-call.json",
    "data/notifications/outbound-call.json",
    "../core/data/notifications-inbound.json",
];

pub fn events(file: &str) -> Vec<TelephonySessionsEvent> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).expect("bundled data");
    callparty::json::from_str(&text).unwrap_or_else(|error| panic!("{file}: {error}"))
}

/// Every bundled notification as a compact body, one line each.
pub fn bundled() -> Vec<String> {
    BUNDLED
        .into_iter()
        .flat_map(events)
        .map(|event| callparty::json::to_string(&event).expect("encodable"))
        .collect()
}

/// The bodies of the inbound call, in sequence order.
pub fn inbound_call() -> Vec<String> {
    events(BUNDLED[0])
        .iter()
        .map(|event| callparty::json::to_string(event).expect("encodable"))
        .collect()
}

/// What folding these bodies offline gives, as `GET /sessions` answers it.
pub fn offline_fold<'a>(bodies: impl IntoIterator<Item = &'a str>) -> Vec<SessionSnapshot> {
    let mut states = SessionStates::default();
    for body in bodies {
        let event: TelephonySessionsEvent =
            callparty::json::from_str(body).expect("a notification");
        let _ = states.apply(&event);
    }
    states.snapshots()
}

/// A fresh, empty folder for one test, below cargo's scratch directory for tests.
pub fn scratch(test: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("webhook")
        .join(test);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("a scratch folder");
    folder
}

/// The journal's lines (without their ends); an unfinished last line is returned too.
pub fn journal_lines(journal: &Path) -> Vec<String> {
    std::fs::read_to_string(journal)
        .expect("a readable journal")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Shuffles deterministically (xorshift64), so that a failure can be replayed.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for end in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pick = (state % (end as u64 + 1)) as usize;
        items.swap(end, pick);
    }
}
