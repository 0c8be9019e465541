//! Models that keep unknown fields, as `callparty::models` does: the real models against
//! serde_derive twins with the same wire behaviour (`#[serde(flatten)]` extra map,
//! `skip_serializing_if` for `None`, open enums that keep unknown values).

/// The ApiModel side: `callparty::models` and a notification envelope around them.
pub mod api {
    pub use callparty::models::{CallParty, CallSessionObject, OriginInfo};
    use callparty::{ApiModel, Extra};

    #[derive(ApiModel, Debug, Default)]
    pub struct Notification {
        pub uuid: Option<String>,
        pub event: Option<String>,
        pub timestamp: Option<String>,
        pub subscription_id: Option<String>,
        pub owner_id: Option<String>,
        pub body: Option<NotificationBody>,
        #[api(extra)]
        pub extra: Extra,
    }

    #[derive(ApiModel, Debug, Default)]
    pub struct NotificationBody {
        pub sequence: Option<u64>,
        pub session_id: Option<String>,
        pub telephony_session_id: Option<String>,
        pub server_id: Option<String>,
        pub event_time: Option<String>,
        pub parties: Option<Vec<CallParty>>,
        pub origin: Option<OriginInfo>,
        #[api(extra)]
        pub extra: Extra,
    }
}

/// The serde_derive twins.
pub mod sd {
    pub use crate::support::string_enums::open::*;
    use serde_derive::{Deserialize, Serialize};
    use serde_json::Value;
    use std::collections::BTreeMap;

    type Extra = BTreeMap<String, Value>;

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallParty {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<CallStatusInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub muted: Option<bool>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub stand_alone: Option<bool>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub park: Option<ParkInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub from: Option<PartyInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub to: Option<PartyInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub owner: Option<OwnerInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub direction: Option<CallPartyDirection>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub conference_role: Option<CallPartyConferenceRole>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ring_out_role: Option<CallPartyRingOutRole>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ring_me_role: Option<CallPartyRingMeRole>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub recordings: Option<Vec<RecordingInfo>>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallStatusInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<CallStatusInfoCode>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub peer_id: Option<PeerInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<CallStatusInfoReason>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct PeerInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub session_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub telephony_session_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub party_id: Option<String>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct ParkInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct PartyInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub device_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub extension_id: Option<String>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct OwnerInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub account_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub extension_id: Option<String>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct RecordingInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallSessionObject {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub origin: Option<OriginInfo>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub voice_call_token: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub creation_time: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parties: Option<Vec<CallParty>>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct OriginInfo {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub r#type: Option<OriginInfoType>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct Notification {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub uuid: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub event: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub subscription_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub owner_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub body: Option<NotificationBody>,
        #[serde(flatten)]
        pub extra: Extra,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct NotificationBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sequence: Option<u64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub session_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub telephony_session_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub server_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub event_time: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parties: Option<Vec<CallParty>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub origin: Option<OriginInfo>,
        #[serde(flatten)]
        pub extra: Extra,
    }
}
