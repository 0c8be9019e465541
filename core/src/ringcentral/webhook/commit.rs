//! Group commit: one thread owns the journal file; it writes every notification waiting at
//! that moment in one write, syncs once, folds them, and only then lets their `200`s go.
//!
//! Syncing once per batch keeps the cost of durability per notification small when many
//! arrive together, and folding on this thread, after the sync, keeps the state equal to the
//! fold of the journal even when a client hangs up while its notification is being written.

use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use super::fold;
use super::journal::{JournalFile, line_of};
use crate::models::TelephonySessionsEvent;
use crate::session_state::SessionStates;

/// The most notifications written with one sync; later ones wait for the next.
const MAX_BATCH: usize = 256;

/// What the fold did with a committed notification, or why the journal refused it.
pub(super) type Committed = Result<String, String>;

struct Entry {
    line: Vec<u8>,
    event: TelephonySessionsEvent,
    done: oneshot::Sender<Committed>,
}

/// The handle to the journal thread. Dropping it lets the thread write what it was given and
/// waits for it to end.
pub(super) struct Committer {
    queue: Option<mpsc::Sender<Entry>>,
    thread: Option<JoinHandle<()>>,
}

impl Committer {
    pub(super) fn start(
        journal: JournalFile,
        states: Arc<Mutex<SessionStates>>,
    ) -> std::io::Result<Committer> {
        let (queue, entries) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("callparty-journal".to_owned())
            .spawn(move || run(journal, &entries, &states))?;
        Ok(Committer {
            queue: Some(queue),
            thread: Some(thread),
        })
    }

    /// Writes `body` to the journal, syncs it, then applies `event` to the fold.
    pub(super) async fn commit(&self, body: &[u8], event: TelephonySessionsEvent) -> Committed {
        let (done, committed) = oneshot::channel();
        let entry = Entry {
            line: line_of(body),
            event,
            done,
        };
        let stopped = || "the journal thread has stopped".to_owned();
        let queue = self.queue.as_ref().ok_or_else(stopped)?;
        queue.send(entry).map_err(|_| stopped())?;
        committed.await.map_err(|_| stopped())?
    }
}

impl Drop for Committer {
    fn drop(&mut self) {
        self.queue = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(mut journal: JournalFile, entries: &mpsc::Receiver<Entry>, states: &Mutex<SessionStates>) {
    while let Ok(first) = entries.recv() {
        let mut batch = vec![first];
        batch.extend(entries.try_iter().take(MAX_BATCH - 1));
        let written = journal.append(batch.iter().map(|entry| entry.line.as_slice()));
        let answers: Vec<Committed> = match written {
            Ok(()) => {
                let mut states = states.lock().unwrap_or_else(PoisonError::into_inner);
                let states = &mut *states;
                batch
                    .iter()
                    .map(|entry| Ok(fold::apply(states, &entry.event)))
                    .collect()
            }
            Err(error) => {
                let reason = format!("writing the journal failed: {error}");
                batch.iter().map(|_| Err(reason.clone())).collect()
            }
        };
        for (entry, answer) in batch.into_iter().zip(answers) {
            // A client that hung up no longer waits; its notification is applied all the same.
            let _ = entry.done.send(answer);
        }
    }
}
