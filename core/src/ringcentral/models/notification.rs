use crate::models::{
    CallPartyConferenceRole, CallPartyDirection, CallPartyRingMeRole, CallPartyRingOutRole,
    CallStatusInfo, OriginInfo, ParkInfo, RecordingInfo,
};
use crate::{ApiModel, Extra};

// The telephony-session notification that webhooks and WebSocket subscriptions receive. The
// spec describes none of these properties; the docs carry no invented text.

/// A telephony-session notification: the envelope around one state change of a session.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct TelephonySessionsEvent {
    pub uuid: Option<String>,
    pub event: Option<String>,
    pub timestamp: Option<String>,
    pub subscription_id: Option<String>,
    pub owner_id: Option<String>,
    pub body: Option<TelephonySessionsEventBody>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct TelephonySessionsEventBody {
    // Notifications may arrive out of order; this orders them.
    pub sequence: Option<i64>,
    pub session_id: Option<String>,
    pub telephony_session_id: Option<String>,
    pub server_id: Option<String>,
    pub event_time: Option<String>,
    pub origin: Option<OriginInfo>,
    pub parties: Option<Vec<TelephonySessionsEventPartyInfo>>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct TelephonySessionsEventPartyInfo {
    pub account_id: Option<String>,
    pub extension_id: Option<String>,
    pub id: Option<String>,
    pub direction: Option<CallPartyDirection>,
    pub from: Option<CallPartyShortInfo>,
    pub to: Option<CallPartyShortInfo>,
    pub recordings: Option<Vec<RecordingInfo>>,
    pub status: Option<CallStatusInfo>,
    pub park: Option<ParkInfo>,
    pub queue_call: Option<bool>,
    pub missed_call: Option<bool>,
    pub stand_alone: Option<bool>,
    pub muted: Option<bool>,
    pub conference_role: Option<CallPartyConferenceRole>,
    pub ring_out_role: Option<CallPartyRingOutRole>,
    pub ring_me_role: Option<CallPartyRingMeRole>,
    pub sip_data: Option<SipData>,
    pub ui_call_info: Option<UiCallInfo>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct CallPartyShortInfo {
    pub phone_number: Option<String>,
    pub name: Option<String>,
    pub extension_id: Option<String>,
    // Not in the spec's schema, but sent in practice.
    pub device_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SipData {
    pub to_tag: Option<String>,
    pub from_tag: Option<String>,
    pub call_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct UiCallInfo {
    pub primary: Option<UiCallInfoRecord>,
    pub additional: Option<UiCallInfoRecord>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct UiCallInfoRecord {
    pub r#type: Option<String>,
    pub value: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
