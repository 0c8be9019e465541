//! Models that borrow their strings from the input: `&'a str` ids and `Cow<'a, str>` names,
//! which borrow, like nested models with a lifetime, when marked `#[api(borrow)]` or
//! `#[serde(borrow)]`.
//! Unknown fields are ignored, as a borrowing reader of a large batch would do.

/// The ApiModel flavour.
pub mod api {
    use callparty::ApiModel;
    use callparty::models::{CallPartyDirection, CallStatusInfoCode, CallStatusInfoReason};
    use std::borrow::Cow;

    #[derive(ApiModel, Debug)]
    pub struct CallParty<'a> {
        pub id: Option<&'a str>,
        #[api(borrow)]
        pub status: Option<CallStatusInfo<'a>>,
        pub muted: Option<bool>,
        pub stand_alone: Option<bool>,
        #[api(borrow)]
        pub from: Option<PartyInfo<'a>>,
        #[api(borrow)]
        pub to: Option<PartyInfo<'a>>,
        pub direction: Option<CallPartyDirection>,
        pub account_id: Option<&'a str>,
        pub extension_id: Option<&'a str>,
    }

    #[derive(ApiModel, Debug)]
    pub struct CallStatusInfo<'a> {
        pub code: Option<CallStatusInfoCode>,
        pub reason: Option<CallStatusInfoReason>,
        #[api(borrow)]
        pub description: Option<Cow<'a, str>>,
    }

    #[derive(ApiModel, Debug)]
    pub struct PartyInfo<'a> {
        pub phone_number: Option<&'a str>,
        #[api(borrow)]
        pub name: Option<Cow<'a, str>>,
        pub device_id: Option<&'a str>,
        pub extension_id: Option<&'a str>,
    }

    #[derive(ApiModel, Debug)]
    pub struct CallSessionObject<'a> {
        pub id: Option<&'a str>,
        pub voice_call_token: Option<&'a str>,
        pub creation_time: Option<&'a str>,
        #[api(borrow)]
        pub parties: Option<Vec<CallParty<'a>>>,
    }

    #[derive(ApiModel, Debug)]
    pub struct Notification<'a> {
        pub uuid: Option<&'a str>,
        pub event: Option<&'a str>,
        pub timestamp: Option<&'a str>,
        pub subscription_id: Option<&'a str>,
        pub owner_id: Option<&'a str>,
        #[api(borrow)]
        pub body: Option<NotificationBody<'a>>,
    }

    #[derive(ApiModel, Debug)]
    pub struct NotificationBody<'a> {
        pub sequence: Option<u64>,
        pub session_id: Option<&'a str>,
        pub telephony_session_id: Option<&'a str>,
        pub server_id: Option<&'a str>,
        pub event_time: Option<&'a str>,
        #[api(borrow)]
        pub parties: Option<Vec<CallParty<'a>>>,
    }
}

/// The serde_derive flavour.
pub mod sd {
    use crate::support::string_enums::open::{
        CallPartyDirection, CallStatusInfoCode, CallStatusInfoReason,
    };
    use serde_derive::{Deserialize, Serialize};
    use std::borrow::Cow;

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallParty<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<&'a str>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub status: Option<CallStatusInfo<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub muted: Option<bool>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub stand_alone: Option<bool>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub from: Option<PartyInfo<'a>>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub to: Option<PartyInfo<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub direction: Option<CallPartyDirection>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub account_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub extension_id: Option<&'a str>,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallStatusInfo<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<CallStatusInfoCode>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<CallStatusInfoReason>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub description: Option<Cow<'a, str>>,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct PartyInfo<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<&'a str>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub name: Option<Cow<'a, str>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub device_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub extension_id: Option<&'a str>,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct CallSessionObject<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub voice_call_token: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub creation_time: Option<&'a str>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub parties: Option<Vec<CallParty<'a>>>,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct Notification<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub uuid: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub event: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub subscription_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub owner_id: Option<&'a str>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub body: Option<NotificationBody<'a>>,
    }

    #[derive(Serialize, Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct NotificationBody<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sequence: Option<u64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub session_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub telephony_session_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub server_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub event_time: Option<&'a str>,
        #[serde(borrow, skip_serializing_if = "Option::is_none")]
        pub parties: Option<Vec<CallParty<'a>>>,
    }
}
