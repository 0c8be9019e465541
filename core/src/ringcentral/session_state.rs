//! Folds a stream of telephony-session notifications into the current state of each party.
//!
//! Notifications may arrive out of order and may be delivered twice. Each carries the
//! session's `sequence`; for every party the state from the highest sequence wins, and a
//! stale notification never overwrites a newer one, so the result does not depend on the
//! order of arrival.
//!
//! ```
//! use callparty::models::TelephonySessionsEvent;
//! use callparty::session_state::SessionStates;
//!
//! let answered = r#"{"body":{"sequence":3,"telephonySessionId":"s-1",
//!     "parties":[{"id":"p-1","status":{"code":"Answered"}}]}}"#;
//! let setup = r#"{"body":{"sequence":1,"telephonySessionId":"s-1",
//!     "parties":[{"id":"p-1","status":{"code":"Setup"}}]}}"#;
//! let mut states = SessionStates::default();
//! for text in [answered, setup] {
//!     let event: TelephonySessionsEvent = callparty::json::from_str(text)?;
//!     states.apply(&event);
//! }
//! let session = states.session("s-1").unwrap();
//! assert_eq!(session.sequence(), 3);
//! let party = session.parties().next().unwrap();
//! assert_eq!(party.status.as_ref().unwrap().code.as_ref().unwrap().as_str(), "Answered");
//! # Ok::<(), callparty::json::Error>(())
//! ```

use std::collections::BTreeMap;

use crate::models::{TelephonySessionsEvent, TelephonySessionsEventPartyInfo};

/// The current state of every session seen, keyed by telephony session id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionStates {
    sessions: BTreeMap<String, SessionState>,
}

/// The parties of one session as of the highest sequence seen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionState {
    sequence: i64,
    parties: BTreeMap<String, PartyState>,
}

#[derive(Debug, Clone, PartialEq)]
struct PartyState {
    first_seen: i64,
    sequence: i64,
    party: TelephonySessionsEventPartyInfo,
}

/// What one notification did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Applied {
    /// Parties whose state this notification replaced or added.
    pub updated: usize,
    /// Parties for which a newer (or the same) sequence was already applied.
    pub stale: usize,
    /// Parties without an `id`, which cannot be matched to a state.
    pub without_id: usize,
    /// Set when the notification has no `body.sequence` or no session id and was not applied.
    pub ignored: bool,
}

impl SessionStates {
    /// Applies one notification. Notifications may come in any order.
    pub fn apply(&mut self, event: &TelephonySessionsEvent) -> Applied {
        let Some(body) = &event.body else {
            return Applied {
                ignored: true,
                ..Applied::default()
            };
        };
        let session_id = body
            .telephony_session_id
            .as_ref()
            .or(body.session_id.as_ref());
        let (Some(sequence), Some(session_id)) = (body.sequence, session_id) else {
            return Applied {
                ignored: true,
                ..Applied::default()
            };
        };
        let session = self.sessions.entry(session_id.clone()).or_default();
        session.sequence = session.sequence.max(sequence);
        let mut applied = Applied::default();
        for party in body.parties.iter().flatten() {
            let Some(id) = &party.id else {
                applied.without_id += 1;
                continue;
            };
            if session.offer(id, sequence, party) {
                applied.updated += 1;
            } else {
                applied.stale += 1;
            }
        }
        applied
    }

    /// The state of the session with this telephony session id.
    pub fn session(&self, telephony_session_id: &str) -> Option<&SessionState> {
        self.sessions.get(telephony_session_id)
    }

    /// Every session, by telephony session id.
    pub fn sessions(&self) -> impl Iterator<Item = (&str, &SessionState)> {
        self.sessions.iter().map(|(id, state)| (id.as_str(), state))
    }
}

impl<'a> FromIterator<&'a TelephonySessionsEvent> for SessionStates {
    fn from_iter<I: IntoIterator<Item = &'a TelephonySessionsEvent>>(events: I) -> Self {
        let mut states = SessionStates::default();
        for event in events {
            states.apply(event);
        }
        states
    }
}

impl SessionState {
    /// The highest sequence applied to this session.
    pub fn sequence(&self) -> i64 {
        self.sequence
    }

    /// Each party's latest state, in the order the parties first appeared in the session.
    pub fn parties(&self) -> impl Iterator<Item = &TelephonySessionsEventPartyInfo> {
        let mut parties: Vec<(&String, &PartyState)> = self.parties.iter().collect();
        parties.sort_by_key(|(id, state)| (state.first_seen, *id));
        parties.into_iter().map(|(_, state)| &state.party)
    }

    /// The sequence of the notification that set this party's state.
    pub fn party_sequence(&self, party_id: &str) -> Option<i64> {
        self.parties.get(party_id).map(|state| state.sequence)
    }

    fn offer(&mut self, id: &str, sequence: i64, party: &TelephonySessionsEventPartyInfo) -> bool {
        let Some(state) = self.parties.get_mut(id) else {
            self.parties.insert(
                id.to_owned(),
                PartyState {
                    first_seen: sequence,
                    sequence,
                    party: party.clone(),
                },
            );
            return true;
        };
        state.first_seen = state.first_seen.min(sequence);
        let newer = sequence > state.sequence
            || (sequence == state.sequence && prefer_on_tie(party, &state.party));
        if newer {
            state.sequence = sequence;
            state.party = party.clone();
        }
        newer
    }
}

/// Two different states under one sequence should not happen; when they do, the choice must
/// still not depend on arrival order, so the larger encoding wins.
fn prefer_on_tie(
    candidate: &TelephonySessionsEventPartyInfo,
    current: &TelephonySessionsEventPartyInfo,
) -> bool {
    candidate != current && encoded(candidate) > encoded(current)
}

fn encoded(party: &TelephonySessionsEventPartyInfo) -> String {
    serde_json::to_string(party).unwrap_or_default()
}
