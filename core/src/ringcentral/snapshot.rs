//! Snapshots of the folded call state: what the webhook endpoint's `GET /sessions` answers,
//! as API models with their own documentation pages.
//!
//! They live apart from the `webhook` feature, so any fold of [`SessionStates`] can be
//! reported in the same shape, and so their pages are generated in every build.
//!
//! ```
//! use callparty::models::TelephonySessionsEvent;
//! use callparty::session_state::SessionStates;
//!
//! let event: TelephonySessionsEvent = callparty::json::from_str(
//!     r#"{"body":{"sequence":2,"telephonySessionId":"s-1","parties":[{"id":"p-1"}]}}"#,
//! )?;
//! let states: SessionStates = [&event].into_iter().collect();
//! let snapshot = states.snapshot("s-1").unwrap();
//! assert_eq!(
//!     callparty::json::to_string(&snapshot)?,
//!     r#"{"telephonySessionId":"s-1","sequence":2,"parties":[{"sequence":2,"party":{"id":"p-1"}}]}"#
//! );
//! # Ok::<(), callparty::json::Error>(())
//! ```

use crate::ApiModel;
use crate::models::TelephonySessionsEventPartyInfo;
use crate::session_state::{SessionState, SessionStates};

/// The current state of one telephony session, folded from its notifications.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct SessionSnapshot {
    /// Telephony session id: the notifications' `body.telephonySessionId`, else `body.sessionId`
    pub telephony_session_id: String,
    /// The highest `body.sequence` among the notifications applied to this session
    pub sequence: i64,
    /// Each party's latest state, in the order the parties first appeared in the session
    pub parties: Vec<PartySnapshot>,
}

/// One party of a session as the latest notification about it described it.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct PartySnapshot {
    /// The `body.sequence` of the notification this state comes from
    pub sequence: i64,
    /// The party exactly as that notification carried it, fields unknown to the model included
    pub party: TelephonySessionsEventPartyInfo,
}

impl SessionSnapshot {
    /// The snapshot of one folded session.
    pub fn new(telephony_session_id: &str, state: &SessionState) -> Self {
        let parties = state
            .parties()
            .map(|party| PartySnapshot {
                // The fold keeps only parties with an id, so the fallback is never taken.
                sequence: party
                    .id
                    .as_deref()
                    .and_then(|id| state.party_sequence(id))
                    .unwrap_or(state.sequence()),
                party: party.clone(),
            })
            .collect();
        SessionSnapshot {
            telephony_session_id: telephony_session_id.to_owned(),
            sequence: state.sequence(),
            parties,
        }
    }
}

impl SessionStates {
    /// The snapshot of the session with this telephony session id, if any notification
    /// about it was applied.
    pub fn snapshot(&self, telephony_session_id: &str) -> Option<SessionSnapshot> {
        self.session(telephony_session_id)
            .map(|state| SessionSnapshot::new(telephony_session_id, state))
    }

    /// The snapshot of every session, ordered by telephony session id.
    pub fn snapshots(&self) -> Vec<SessionSnapshot> {
        self.sessions()
            .map(|(id, state)| SessionSnapshot::new(id, state))
            .collect()
    }
}
