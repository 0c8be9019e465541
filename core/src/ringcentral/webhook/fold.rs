//! The one place where the endpoint applies a notification to the fold, and the only reader of
//! what `SessionStates::apply` returns (shown in the request log as it is).

use crate::models::TelephonySessionsEvent;
use crate::session_state::SessionStates;

/// Applies `event` and says what it did, for the request log.
pub(super) fn apply(states: &mut SessionStates, event: &TelephonySessionsEvent) -> String {
    let outcome = states.apply(event);
    let body = event.body.as_ref();
    let session = body
        .and_then(|body| {
            body.telephony_session_id
                .as_ref()
                .or(body.session_id.as_ref())
        })
        .map_or("?", String::as_str);
    let sequence = body
        .and_then(|body| body.sequence)
        .map_or_else(|| "?".to_owned(), |sequence| sequence.to_string());
    format!("session {session} sequence {sequence}: {outcome:?}")
}
