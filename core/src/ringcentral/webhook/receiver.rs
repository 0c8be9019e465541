//! The receiver: the fold, its journal and the endpoint's settings, shared by every request.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use super::commit::{Committed, Committer};
use super::journal::{JournalError, JournalFile, Replay};
use crate::models::TelephonySessionsEvent;
use crate::session_state::SessionStates;
use crate::snapshot::SessionSnapshot;

/// The body limit of `POST /webhook` unless [`ReceiverBuilder::body_limit`] sets another:
/// 1 MiB, far above any telephony notification.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// The state behind the webhook routes: the fold of every accepted notification, with its
/// journal and settings. Cloning it is cheap and shares the state.
///
/// ```
/// let receiver = callparty::webhook::Receiver::new();
/// assert!(receiver.snapshots().is_empty());
/// let app: axum::Router = callparty::webhook::router(receiver.clone());
/// ```
#[derive(Clone, Default)]
pub struct Receiver {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    states: Arc<Mutex<SessionStates>>,
    journal: Option<Committer>,
    verification_token: Option<Box<[u8]>>,
    body_limit: BodyLimit,
    replay: Replay,
}

struct BodyLimit(usize);

impl Default for BodyLimit {
    fn default() -> Self {
        BodyLimit(DEFAULT_BODY_LIMIT)
    }
}

impl Receiver {
    /// A receiver that keeps its state in memory only, checks no verification token and
    /// takes bodies up to [`DEFAULT_BODY_LIMIT`].
    pub fn new() -> Receiver {
        Receiver::default()
    }

    /// Settings for a receiver with a journal, a verification token or another body limit.
    pub fn builder() -> ReceiverBuilder {
        ReceiverBuilder::default()
    }

    /// What was read back from the journal at start: notifications replayed, and the torn
    /// last line that was skipped, which deserves a warning in the log.
    pub fn replay(&self) -> &Replay {
        &self.shared.replay
    }

    /// The snapshot of every session, ordered by telephony session id.
    pub fn snapshots(&self) -> Vec<SessionSnapshot> {
        self.states().snapshots()
    }

    /// The snapshot of one session.
    pub fn snapshot(&self, telephony_session_id: &str) -> Option<SessionSnapshot> {
        self.states().snapshot(telephony_session_id)
    }

    pub(super) fn body_limit(&self) -> usize {
        self.shared.body_limit.0
    }

    pub(super) fn verification_token(&self) -> Option<&[u8]> {
        self.shared.verification_token.as_deref()
    }

    /// Applies an accepted notification: through the journal when there is one, so that it
    /// is on disk before it is applied and answered.
    pub(super) async fn accept(&self, body: &[u8], event: TelephonySessionsEvent) -> Committed {
        match &self.shared.journal {
            Some(journal) => journal.commit(body, event).await,
            None => Ok(super::fold::apply(&mut self.states(), &event)),
        }
    }

    fn states(&self) -> std::sync::MutexGuard<'_, SessionStates> {
        // The fold never panics while holding the lock; if it did, its state is still whole.
        self.shared
            .states
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The verification token is a secret: it is never printed.
impl fmt::Debug for Receiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("journal", &self.shared.journal.is_some())
            .field("verification_token", &self.verification_token().is_some())
            .field("body_limit", &self.body_limit())
            .field("replay", &self.shared.replay)
            .finish_non_exhaustive()
    }
}

/// Settings of a [`Receiver`].
///
/// ```
/// # let directory = std::env::temp_dir().join(format!("callparty-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&directory)?;
/// use callparty::webhook::Receiver;
///
/// let receiver = Receiver::builder()
///     .verification_token("from the subscription's deliveryMode")
///     .body_limit(256 * 1024)
///     .journal(directory.join("sessions.jsonl"))
///     .build()?;
/// assert_eq!(receiver.replay().notifications, 0);
/// # drop(receiver);
/// # std::fs::remove_dir_all(&directory)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct ReceiverBuilder {
    verification_token: Option<String>,
    body_limit: Option<usize>,
    journal: Option<PathBuf>,
}

impl ReceiverBuilder {
    /// Refuse (`403`) every notification whose `Verification-Token` header is not this
    /// token: the `verificationToken` of the subscription's `deliveryMode`.
    pub fn verification_token(mut self, token: impl Into<String>) -> Self {
        self.verification_token = Some(token.into());
        self
    }

    /// Answer `413` to a body larger than this many bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = Some(bytes);
        self
    }

    /// Keep every accepted notification in this file, and replay it on start. The file is
    /// created if missing.
    pub fn journal(mut self, path: impl Into<PathBuf>) -> Self {
        self.journal = Some(path.into());
        self
    }

    /// Opens the journal, if any, and replays it.
    pub fn build(self) -> Result<Receiver, JournalError> {
        let mut states = SessionStates::default();
        let (opened, replay) = match &self.journal {
            Some(path) => {
                let (file, replay) = JournalFile::open(path, &mut states)?;
                (Some((path, file)), replay)
            }
            None => (None, Replay::default()),
        };
        let states = Arc::new(Mutex::new(states));
        let journal = opened
            .map(|(path, file)| {
                Committer::start(file, Arc::clone(&states)).map_err(|source| JournalError::Io {
                    path: path.clone(),
                    source,
                })
            })
            .transpose()?;
        let shared = Shared {
            states,
            journal,
            verification_token: self
                .verification_token
                .map(|token| token.into_bytes().into_boxed_slice()),
            body_limit: BodyLimit(self.body_limit.unwrap_or(DEFAULT_BODY_LIMIT)),
            replay,
        };
        Ok(Receiver {
            shared: Arc::new(shared),
        })
    }
}

impl fmt::Debug for ReceiverBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceiverBuilder")
            .field("verification_token", &self.verification_token.is_some())
            .field("body_limit", &self.body_limit)
            .field("journal", &self.journal)
            .finish()
    }
}
