//! `GET /sessions` and `GET /sessions/{telephonySessionId}`: the fold as snapshots.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::answer;
use super::receiver::Receiver;

pub(super) async fn all(State(receiver): State<Receiver>) -> Response {
    let snapshots = receiver.snapshots();
    let summary = format!("sessions: {}", snapshots.len());
    encoded(&snapshots, &summary)
}

pub(super) async fn one(
    State(receiver): State<Receiver>,
    Path(telephony_session_id): Path<String>,
) -> Response {
    match receiver.snapshot(&telephony_session_id) {
        Some(snapshot) => encoded(&snapshot, &format!("session {telephony_session_id}")),
        None => {
            let message = format!("no telephony session {telephony_session_id}");
            answer::error(StatusCode::NOT_FOUND, &message, None, &message)
        }
    }
}

fn encoded<T: serde::Serialize + ?Sized>(value: &T, summary: &str) -> Response {
    match crate::json::to_string(value) {
        Ok(body) => answer::json(body, summary),
        // Snapshots are plain data; this is here so that no request can panic the server.
        Err(error) => {
            let message = error.to_string();
            answer::error(StatusCode::INTERNAL_SERVER_ERROR, &message, None, &message)
        }
    }
}
