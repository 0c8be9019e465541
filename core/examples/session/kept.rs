//! What the models kept without knowing it: undeclared fields in `extra` maps and enum
//! values outside the known list, each with the path where it was found.

use callparty::models::{CallParty, CallSessionObject, CallStatusInfo};
use callparty::{ApiEnum, Extra};

#[derive(Default)]
pub struct Kept {
    pub fields: Vec<String>,
    pub values: Vec<String>,
}

impl Kept {
    pub fn of_session(session: &CallSessionObject) -> Self {
        let mut kept = Kept::default();
        kept.extra("", &session.extra);
        if let Some(origin) = &session.origin {
            kept.extra("origin", &origin.extra);
            kept.value("origin.type", origin.r#type.as_ref());
        }
        for (index, party) in session.parties.iter().flatten().enumerate() {
            kept.party(&format!("parties[{index}]"), party);
        }
        kept
    }

    fn party(&mut self, path: &str, party: &CallParty) {
        self.extra(path, &party.extra);
        self.value(&format!("{path}.direction"), party.direction.as_ref());
        self.value(
            &format!("{path}.conferenceRole"),
            party.conference_role.as_ref(),
        );
        self.value(&format!("{path}.ringOutRole"), party.ring_out_role.as_ref());
        self.value(&format!("{path}.ringMeRole"), party.ring_me_role.as_ref());
        if let Some(status) = &party.status {
            self.status(&format!("{path}.status"), status);
        }
        if let Some(park) = &party.park {
            self.extra(&format!("{path}.park"), &park.extra);
        }
        for (name, end) in [("from", &party.from), ("to", &party.to)] {
            if let Some(end) = end {
                self.extra(&format!("{path}.{name}"), &end.extra);
            }
        }
        #[allow(deprecated)] // Reading what the API sent, not building on `owner`.
        if let Some(owner) = &party.owner {
            self.extra(&format!("{path}.owner"), &owner.extra);
        }
        for (index, recording) in party.recordings.iter().flatten().enumerate() {
            self.extra(&format!("{path}.recordings[{index}]"), &recording.extra);
        }
        if let Some(attributes) = &party.attributes {
            self.extra(&format!("{path}.attributes"), &attributes.extra);
        }
        for (index, metadata) in party.metadata.iter().flatten().enumerate() {
            let at = format!("{path}.metadata[{index}]");
            self.extra(&at, &metadata.extra);
            for (item, value) in metadata.values.iter().enumerate() {
                self.extra(&format!("{at}.values[{item}]"), &value.extra);
            }
        }
    }

    fn status(&mut self, path: &str, status: &CallStatusInfo) {
        self.extra(path, &status.extra);
        self.value(&format!("{path}.code"), status.code.as_ref());
        self.value(&format!("{path}.reason"), status.reason.as_ref());
        if let Some(peer) = &status.peer_id {
            self.extra(&format!("{path}.peerId"), &peer.extra);
        }
        if let Some(pickup) = &status.mobile_pickup_data {
            self.extra(&format!("{path}.mobilePickupData"), &pickup.extra);
        }
    }

    fn extra(&mut self, path: &str, extra: &Extra) {
        for (key, value) in extra {
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            self.fields.push(format!("{at} = {value}"));
        }
    }

    fn value<E: ApiEnum>(&mut self, path: &str, value: Option<&E>) {
        if let Some(value) = value.filter(|value| E::try_parse(value.as_str()).is_err()) {
            self.values.push(format!(
                "{path} = {:?} (not a known {})",
                value.as_str(),
                E::DOC.name
            ));
        }
    }
}
