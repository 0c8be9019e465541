//! `POST /webhook`: the handshake, then the checks in the order that reads the least of a
//! request that will be refused: sender, content type, size, and only then the JSON.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::answer;
use super::checks;
use super::receiver::Receiver;
use crate::models::TelephonySessionsEvent;

const VALIDATION_TOKEN: &str = "validation-token";

pub(super) async fn receive(State(receiver): State<Receiver>, request: Request) -> Response {
    let headers = request.headers();
    // The handshake carries no notification; echoing RingCentral's token grants nothing.
    if let Some(token) = headers.get(VALIDATION_TOKEN) {
        return answer::handshake(token.clone());
    }
    if let Some(expected) = receiver.verification_token()
        && let Err(refusal) = checks::verify(expected, headers)
    {
        let summary = format!("refused: {}", refusal.as_str());
        let message = "the Verification-Token header is missing or wrong";
        return answer::error(StatusCode::FORBIDDEN, message, None, &summary);
    }
    if !checks::is_json(headers) {
        let message = "the body must be a JSON notification (Content-Type: application/json)";
        let summary = "rejected: content type is not JSON";
        return answer::error(StatusCode::UNSUPPORTED_MEDIA_TYPE, message, None, summary);
    }
    let limit = receiver.body_limit();
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let message = format!("the body is larger than the limit of {limit} bytes");
            let summary = format!("rejected: body over {limit} bytes");
            return answer::error(StatusCode::PAYLOAD_TOO_LARGE, &message, None, &summary);
        }
        Err(rejection) => {
            let message = rejection.body_text();
            let summary = format!("rejected: {message}");
            return answer::error(rejection.status(), &message, None, &summary);
        }
    };
    let event: TelephonySessionsEvent = match crate::json::from_slice(&body) {
        Ok(event) => event,
        Err(error) => {
            let message = error.to_string();
            let summary = format!("rejected: {message}");
            return answer::error(
                StatusCode::BAD_REQUEST,
                &message,
                Some(error.path()),
                &summary,
            );
        }
    };
    match receiver.accept(&body, event).await {
        Ok(applied) => answer::accepted(&applied),
        Err(reason) => answer::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &reason,
            None,
            &format!("failed: {reason}"),
        ),
    }
}
