use std::fmt;

/// What [`SessionStates::apply`](super::SessionStates::apply) did with one notification, and
/// why. Only [`Applied`](ApplyOutcome::Applied) changed a party's state; every other outcome
/// names the reason a notification changed nothing, so none is dropped silently. `Display`
/// gives a one-line account for logs and webhook answers.
///
/// ```
/// use callparty::models::TelephonySessionsEvent;
/// use callparty::session_state::{ApplyOutcome, SessionStates};
///
/// let event: TelephonySessionsEvent = callparty::json::from_str(
///     r#"{"body":{"sequence":2,"telephonySessionId":"s-1","parties":[{"id":"p-1"}]}}"#,
/// )?;
/// let mut states = SessionStates::default();
/// assert!(states.apply(&event).is_applied());
/// let again = states.apply(&event);
/// assert_eq!(again, ApplyOutcome::Duplicate { sequence: 2 });
/// assert_eq!(again.to_string(), "duplicate: sequence 2 was already applied with the same party states");
/// # Ok::<(), callparty::json::Error>(())
/// ```
#[must_use = "a notification may have changed nothing; the outcome says why"]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplyOutcome {
    /// The notification set the state of at least one party.
    Applied {
        /// The notification's sequence.
        sequence: i64,
        /// Parties whose state it added or replaced.
        updated: usize,
        /// Parties already known at this or a newer sequence, left as they were.
        unchanged: usize,
        /// Parties without an `id`, which cannot be matched to a state.
        without_id: usize,
    },
    /// Every party in it already had a state of a newer sequence (or of the same sequence that
    /// wins the tie): the notification arrived late, and no party's state changed.
    Stale {
        /// The notification's sequence.
        sequence: i64,
        /// The highest sequence applied to the session so far.
        latest: i64,
    },
    /// It repeats a notification already applied, with the same sequence and the same party
    /// states: a redelivery. No party's state changed.
    Duplicate {
        /// The notification's sequence.
        sequence: i64,
    },
    /// The body lists no party with an `id`, so there is no party state to change.
    NoParties {
        /// The notification's sequence.
        sequence: i64,
        /// Parties listed without an `id`.
        without_id: usize,
    },
    /// The notification has no body: neither at the top level nor inside the mobile-push
    /// wrapper `pn_apns`.
    NoBody,
    /// The body has no `sequence`, so it cannot be ordered against other notifications.
    NoSequence,
    /// The body has neither a `telephonySessionId` nor a `sessionId`.
    NoSessionId,
}

impl ApplyOutcome {
    /// Whether the notification changed the state of any party.
    pub fn is_applied(&self) -> bool {
        matches!(self, ApplyOutcome::Applied { .. })
    }
}

impl fmt::Display for ApplyOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ApplyOutcome::Applied {
                sequence,
                updated,
                unchanged,
                without_id,
            } => write!(
                f,
                "applied sequence {sequence}: {updated} party state(s) updated, \
                 {unchanged} unchanged, {without_id} without id"
            ),
            ApplyOutcome::Stale { sequence, latest } => write!(
                f,
                "stale: every party of sequence {sequence} already has a newer state \
                 (the session is at sequence {latest})"
            ),
            ApplyOutcome::Duplicate { sequence } => write!(
                f,
                "duplicate: sequence {sequence} was already applied with the same party states"
            ),
            ApplyOutcome::NoParties {
                sequence,
                without_id,
            } => write!(
                f,
                "not applied: sequence {sequence} lists no party with an id \
                 ({without_id} without one)"
            ),
            ApplyOutcome::NoBody => f.write_str(
                "not applied: the notification has no body, at the top level or in `pn_apns`",
            ),
            ApplyOutcome::NoSequence => f.write_str("not applied: the body has no sequence"),
            ApplyOutcome::NoSessionId => f.write_str(
                "not applied: the body has neither a telephonySessionId nor a sessionId",
            ),
        }
    }
}
