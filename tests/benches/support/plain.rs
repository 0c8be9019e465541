//! Plain models: unknown fields ignored (no `extra` map) and closed enums (unknown values are
//! errors) on both sides, the plainest code each derive generates, so this is the
//! codegen-against-codegen comparison. One listing defines both flavours, so their fields
//! cannot drift apart.

macro_rules! plain_models {
    ($(struct $name:ident { $($field:ident: $ty:ty),* $(,)? })*) => {
        /// The ApiModel flavour, with closed `ApiEnum`s.
        pub mod api {
            use callparty::ApiModel;
            use crate::support::string_enums::closed::*;

            $(
                #[derive(ApiModel, Debug, Default)]
                pub struct $name {
                    $(pub $field: Option<$ty>,)*
                }
            )*
        }

        /// The serde_derive flavour, with serde_derive's unit-variant enums.
        pub mod sd {
            use crate::support::string_enums::serde_closed::*;
            use serde_derive::{Deserialize, Serialize};

            $(
                #[derive(Serialize, Deserialize, Debug)]
                #[serde(rename_all = "camelCase")]
                pub struct $name {
                    $(
                        #[serde(skip_serializing_if = "Option::is_none")]
                        pub $field: Option<$ty>,
                    )*
                }
            )*
        }
    };
}

plain_models! {
    struct CallParty {
        id: String,
        status: CallStatusInfo,
        muted: bool,
        stand_alone: bool,
        park: ParkInfo,
        from: PartyInfo,
        to: PartyInfo,
        owner: OwnerInfo,
        direction: CallPartyDirection,
        conference_role: CallPartyConferenceRole,
        ring_out_role: CallPartyRingOutRole,
        ring_me_role: CallPartyRingMeRole,
        recordings: Vec<RecordingInfo>,
    }
    struct CallStatusInfo {
        code: CallStatusInfoCode,
        peer_id: PeerInfo,
        reason: CallStatusInfoReason,
        description: String,
    }
    struct PeerInfo {
        session_id: String,
        telephony_session_id: String,
        party_id: String,
    }
    struct ParkInfo {
        id: String,
    }
    struct PartyInfo {
        phone_number: String,
        name: String,
        device_id: String,
        extension_id: String,
    }
    struct OwnerInfo {
        account_id: String,
        extension_id: String,
    }
    struct RecordingInfo {
        id: String,
        active: bool,
    }
    struct CallSessionObject {
        id: String,
        origin: OriginInfo,
        voice_call_token: String,
        creation_time: String,
        parties: Vec<CallParty>,
    }
    struct OriginInfo {
        r#type: OriginInfoType,
    }
    struct Notification {
        uuid: String,
        event: String,
        timestamp: String,
        subscription_id: String,
        owner_id: String,
        body: NotificationBody,
    }
    struct NotificationBody {
        sequence: u64,
        session_id: String,
        telephony_session_id: String,
        server_id: String,
        event_time: String,
        parties: Vec<CallParty>,
        origin: OriginInfo,
    }
}
