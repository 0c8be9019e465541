//! Supervising a call session or one party: the requests, their answers and the enums both
//! requests share.

use crate::models::{CallPartyDirection, CallStatusInfo, OwnerInfo, PartyInfo};
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

// The spec describes neither request schema itself, only their properties.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PartySuperviseRequest {
    /// Supervising mode
    pub mode: SuperviseMode,
    /// Internal identifier of a supervisor's device
    pub supervisor_device_id: String,
    /// Mailbox ID of a user that will be monitored
    pub agent_extension_id: String,
    /// Specifies if auto-answer SIP header should be sent. If auto-answer is set to `true`, the
    /// call is automatically answered by the supervising party, if set to `false` - then the
    /// supervising party has to accept or decline the monitored call
    pub auto_answer: Option<bool>,
    /// Specifies session description protocol (SDP) setting. The possible values are
    /// 'sendOnly' (only sending) meaning one-way audio streaming; and 'sendRecv'
    /// (sending/receiving) meaning two-way audio streaming
    #[api(rename = "mediaSDP")]
    pub media_sdp: Option<SuperviseMediaSdp>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct SuperviseCallSessionRequest {
    /// Supervising mode
    pub mode: SuperviseMode,
    /// Internal identifier of a supervisor's device which will be used for call session
    /// monitoring
    pub supervisor_device_id: String,
    /// Specifies if auto-answer SIP header should be sent. If auto-answer is set to `true`, the
    /// call is automatically answered by the supervising party, if set to `false` - then the
    /// supervising party has to accept or decline the monitored call
    pub auto_answer: Option<bool>,
    /// Specifies session description protocol setting
    #[api(rename = "mediaSDP")]
    pub media_sdp: Option<SuperviseMediaSdp>,
    // The spec requires exactly one of the two agent ids (a `oneOf`). Until
    // `#[derive(ApiUnion)]` exists (issue 14) they are two optional fields, so a value can
    // hold neither or both; the drift test's allowlist lists this as pending.
    /// Extension number of the user that will be monitored
    pub agent_extension_number: Option<String>,
    /// Extension identifier of the user that will be monitored
    pub agent_extension_id: Option<String>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Supervising mode
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuperviseMode {
    Listen,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// Specifies session description protocol setting
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[api(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SuperviseMediaSdp {
    /// 'sendOnly' (only sending) meaning one-way audio streaming
    SendOnly,
    /// 'sendRecv' (sending/receiving) meaning two-way audio streaming
    SendRecv,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

// The spec describes neither answer schema itself, nor `from` and `to` (or the `PartyInfo`
// they refer to).
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct PartySuperviseResponse {
    pub from: Option<PartyInfo>,
    pub to: Option<PartyInfo>,
    /// Direction of a call
    pub direction: Option<CallPartyDirection>,
    /// Internal identifier of a party that monitors a call
    pub id: Option<String>,
    /// Internal identifier of an account that monitors a call
    pub account_id: Option<String>,
    /// Internal identifier of an extension that monitors a call
    pub extension_id: Option<String>,
    /// Specifies if a call party is muted
    pub muted: Option<bool>,
    /// Deprecated. Information on a call owner
    #[deprecated = "RingCentral deprecates `owner`: use `account_id` and `extension_id`"]
    pub owner: Option<OwnerInfo>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct SuperviseCallSessionResponse {
    pub from: Option<PartyInfo>,
    pub to: Option<PartyInfo>,
    /// Direction of a call
    pub direction: Option<CallPartyDirection>,
    /// Internal identifier of a party that monitors a call
    pub id: Option<String>,
    /// Internal identifier of an account that monitors a call
    pub account_id: Option<String>,
    /// Internal identifier of an extension that monitors a call
    pub extension_id: Option<String>,
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled
    /// via Hard phone or RingCentral App (not only through the API by calling call control
    /// methods) then it cannot be fully muted/unmuted via API only, in this case the action
    /// should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// Deprecated. Information on a call owner
    #[deprecated = "RingCentral deprecates `owner`: use `account_id` and `extension_id`"]
    pub owner: Option<OwnerInfo>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
