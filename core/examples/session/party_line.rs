//! One line per party: id, direction, from → to, status, muted, recordings.

use callparty::models::{CallParty, PartyInfo};

pub fn describe(party: &CallParty) -> String {
    let status = party.status.as_ref();
    let code = status
        .and_then(|status| status.code.as_ref())
        .map_or("?", |code| code.as_str());
    let reason = status
        .and_then(|status| status.reason.as_ref())
        .map(|reason| format!(" ({reason})"))
        .unwrap_or_default();
    let recordings = party.recordings.as_deref().unwrap_or_default();
    let active = recordings
        .iter()
        .filter(|recording| recording.active == Some(true))
        .count();
    format!(
        "{id}  {direction}  {from} → {to}  {code}{reason}  muted={muted}  recordings={count} ({active} active)",
        id = party.id.as_deref().unwrap_or("?"),
        direction = party
            .direction
            .as_ref()
            .map_or("?", |direction| direction.as_str()),
        from = end(party.from.as_ref()),
        to = end(party.to.as_ref()),
        muted = party
            .muted
            .map_or("?", |muted| if muted { "yes" } else { "no" }),
        count = recordings.len(),
    )
}

fn end(info: Option<&PartyInfo>) -> String {
    let Some(info) = info else {
        return "?".to_owned();
    };
    let number = info.phone_number.as_deref().unwrap_or("?");
    match info.name.as_deref() {
        Some(name) => format!("{number} ({name})"),
        None => number.to_owned(),
    }
}
