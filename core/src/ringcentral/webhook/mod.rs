//! An axum endpoint that receives RingCentral's telephony-session webhooks, folds them into
//! the current state of every call, and keeps that state across a crash (feature `webhook`).
//!
//! [`router`] gives a [`Router`] to mount in your own axum server:
//!
//! | route | answer |
//! |---|---|
//! | `POST /webhook` with a `Validation-Token` header | `200`, the same header, an empty body: RingCentral's subscription handshake |
//! | `POST /webhook` with a notification | `200` and an empty body once the notification is applied (and on disk, with a journal) |
//! | `GET /sessions` | every session's [`SessionSnapshot`](crate::snapshot::SessionSnapshot), as a JSON array |
//! | `GET /sessions/{telephonySessionId}` | one session's snapshot, or `404` |
//!
//! A notification is a [`TelephonySessionsEvent`](crate::models::TelephonySessionsEvent) as
//! JSON. What is wrong with a request gets its own answer, and changes neither the state nor
//! the journal: a missing or wrong `Verification-Token` header (when the receiver has one)
//! `403`, before the body is read; a content type other than JSON `415`; a body over the
//! limit (1 MiB unless [`ReceiverBuilder::body_limit`] says otherwise) `413`; a body that is
//! not a notification `400`, with the decoding error and the path to the bad value as
//! `{"error": "...", "path": "..."}`.
//!
//! # RingCentral's limits
//! RingCentral suspends ("blacklists") a webhook whose answers take more than 3,000 ms or are
//! larger than 1,024 bytes, headers included. The answers to `POST /webhook` stay far below
//! both: a notification is answered as soon as it is folded and, with a journal, synced to
//! disk (BENCHMARKS.md has the latencies); the `200` has an empty body, and every error body
//! is cut to at most [`MAX_ERROR_BODY`] bytes. The handshake echoes
//! RingCentral's own token, whose length it chooses. The `GET` routes are for your own
//! services and have no such limit.
//!
//! # Security
//! The `Verification-Token` is compared in constant time (a wrong length is told apart at
//! once, as the token's length is no secret worth hiding). Only `POST /webhook` checks it:
//! the `GET` routes show call state to anyone who reaches them, so mount them behind your own
//! authentication, or serve them on a loopback address only.
//!
//! # The journal
//! With [`ReceiverBuilder::journal`], every accepted notification is appended to a file, one
//! per line, and synced to disk before its `200`; concurrent notifications share one sync.
//! Opening the receiver replays the file, so a process that was killed comes back with the
//! state of every notification it acknowledged. A last line without its end (a crash in the
//! middle of a write) was never acknowledged: it is skipped, cut off, and reported in
//! [`Receiver::replay`]. A duplicate delivery is harmless, as the fold ignores it. The
//! journal is not compacted: it grows by one line per notification.
//!
//! # Mounting it
//! ```no_run
//! use axum::routing::get;
//! use callparty::webhook::{Receiver, router};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let receiver = Receiver::builder()
//!     .verification_token("the token given to RingCentral")
//!     .journal("telephony-sessions.jsonl")
//!     .build()?;
//! let app = axum::Router::new()
//!     .route("/health", get(|| async { "ok" }))
//!     .nest("/ringcentral", router(receiver)); // POST /ringcentral/webhook, ...
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await?;
//! # Ok(())
//! # }
//! ```
//!
//! `cargo run -p callparty --features webhook --example webhook -- --listen 127.0.0.1:8080
//! --journal FILE` runs it stand-alone.

mod answer;
mod checks;
mod commit;
mod fold;
mod journal;
mod notify;
mod receiver;
mod sessions;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub use answer::{MAX_ERROR_BODY, Summary};
pub use journal::{JournalError, Replay, TornLine};
pub use receiver::{DEFAULT_BODY_LIMIT, Receiver, ReceiverBuilder};

/// The routes of the webhook endpoint, to serve or to mount in a larger [`Router`].
///
/// Every response carries a [`Summary`] in its extensions, for request logs.
pub fn router(receiver: Receiver) -> Router {
    let body_limit = DefaultBodyLimit::max(receiver.body_limit());
    Router::new()
        .route("/webhook", post(notify::receive).layer(body_limit))
        .route("/sessions", get(sessions::all))
        .route("/sessions/{telephonySessionId}", get(sessions::one))
        .with_state(receiver)
}
