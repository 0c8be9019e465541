//! Folds a stream of telephony-session notifications into the current state of each party.
//!
//! Notifications may arrive out of order and may be delivered twice. Each carries the
//! session's `sequence`; for every party the state from the highest sequence wins, and a
//! stale notification never overwrites a newer one, so the result does not depend on the
//! order of arrival. A notification delivered by mobile push (wrapped in `pn_apns`) folds
//! like a plain one. [`SessionStates::apply`] says what it did with each notification, and
//! why when it changed nothing.
//!
//! ```
//! use callparty::models::TelephonySessionsEvent;
//! use callparty::session_state::{ApplyOutcome, SessionStates};
//!
//! let answered = r#"{"body":{"sequence":3,"telephonySessionId":"s-1",
//!     "parties":[{"id":"p-1","status":{"code":"Answered"}}]}}"#;
//! let setup = r#"{"body":{"sequence":1,"telephonySessionId":"s-1",
//!     "parties":[{"id":"p-1","status":{"code":"Setup"}}]}}"#;
//! let mut states = SessionStates::default();
//! let mut outcomes = Vec::new();
//! for text in [answered, setup] {
//!     let event: TelephonySessionsEvent = callparty::json::from_str(text)?;
//!     outcomes.push(states.apply(&event));
//! }
//! assert!(outcomes[0].is_applied());
//! assert_eq!(outcomes[1], ApplyOutcome::Stale { sequence: 1, latest: 3 });
//! let session = states.session("s-1").unwrap();
//! assert_eq!(session.sequence(), 3);
//! let party = session.parties().next().unwrap();
//! assert_eq!(party.status.as_ref().unwrap().code.as_ref().unwrap().as_str(), "Answered");
//! # Ok::<(), callparty::json::Error>(())
//! ```

mod outcome;

pub use outcome::ApplyOutcome;

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

/// What offering one party's state to a session did.
enum Offer {
    Updated,
    /// Same sequence, same state: a redelivery.
    Same,
    /// The state already held is newer, or of the same sequence and wins the tie: it stays.
    Older,
}

impl SessionStates {
    /// Applies one notification, plain or delivered by mobile push, and says what it did.
    /// Notifications may come in any order.
    pub fn apply(&mut self, event: &TelephonySessionsEvent) -> ApplyOutcome {
        let Some(body) = &event.notification().body else {
            return ApplyOutcome::NoBody;
        };
        let Some(sequence) = body.sequence else {
            return ApplyOutcome::NoSequence;
        };
        let Some(session_id) = body
            .telephony_session_id
            .as_ref()
            .or(body.session_id.as_ref())
        else {
            return ApplyOutcome::NoSessionId;
        };
        let parties = body.parties.as_deref().unwrap_or_default();
        let without_id = parties.iter().filter(|party| party.id.is_none()).count();
        if without_id == parties.len() {
            return ApplyOutcome::NoParties {
                sequence,
                without_id,
            };
        }
        let session = self.sessions.entry(session_id.clone()).or_default();
        let (mut updated, mut same, mut older) = (0, 0, 0);
        for party in parties {
            let Some(id) = &party.id else { continue };
            match session.offer(id, sequence, party) {
                Offer::Updated => updated += 1,
                Offer::Same => same += 1,
                Offer::Older => older += 1,
            }
        }
        if updated > 0 {
            session.sequence = session.sequence.max(sequence);
            ApplyOutcome::Applied {
                sequence,
                updated,
                unchanged: same + older,
                without_id,
            }
        } else if older == 0 {
            ApplyOutcome::Duplicate { sequence }
        } else {
            ApplyOutcome::Stale {
                sequence,
                latest: session.sequence,
            }
        }
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
            // Collecting keeps no outcomes; call `apply` to see each one.
            let _ = states.apply(event);
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

    fn offer(&mut self, id: &str, sequence: i64, party: &TelephonySessionsEventPartyInfo) -> Offer {
        let Some(state) = self.parties.get_mut(id) else {
            self.parties.insert(
                id.to_owned(),
                PartyState {
                    first_seen: sequence,
                    sequence,
                    party: party.clone(),
                },
            );
            return Offer::Updated;
        };
        // Where the party first appeared decides the order of `parties()`, so a late
        // notification still moves it, whatever happens to the state.
        state.first_seen = state.first_seen.min(sequence);
        if sequence == state.sequence && *party == state.party {
            return Offer::Same;
        }
        let newer = sequence > state.sequence
            || (sequence == state.sequence && prefer_on_tie(party, &state.party));
        if !newer {
            return Offer::Older;
        }
        state.sequence = sequence;
        state.party = party.clone();
        Offer::Updated
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
