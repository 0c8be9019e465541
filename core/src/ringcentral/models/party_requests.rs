//! The request bodies of the call-control operations on one party, each with one shape.

use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

// Of the schemas in this file, only `PartyUpdateInfo` has a description of its own in
// RingCentral's spec; the others describe their properties alone.

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AnswerTarget {
    /// Device ID that is used to answer to incoming call.
    pub device_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PickupTarget {
    /// Device identifier that is used to pick up the parked call.
    pub device_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct IgnoreRequestBody {
    /// Internal device identifier
    pub device_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct BridgeTargetRequest {
    /// Internal identifier of a call session to be connected to (bridged)
    pub telephony_session_id: String,
    /// Internal identifier of a call party to be connected to (bridged)
    pub party_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AddPartyRequest {
    /// Internal identifier of a call session
    pub session_id: String,
    /// Internal identifier of a party that should be added to the call session
    pub party_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct DeletePartyRequest {
    /// Keep conference session alive after deleting the party
    pub keep_conference_alive: Option<bool>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CallPartyFlip {
    /// Call flip id
    pub call_flip_id: String,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct HoldCallPartyRequest {
    /// Protocol for hold mode initiation
    pub proto: Option<HoldCallPartyRequestProto>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Protocol for hold mode initiation
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HoldCallPartyRequestProto {
    Auto,
    #[api(rename = "RC")]
    Rc,
    BroadWorks,
    DisconnectHolder,
    BroadWorksOrDisconnectHolder,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct PartyUpdateRequest {
    /// Party update data
    pub party: Option<PartyUpdateInfo>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Party update data
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct PartyUpdateInfo {
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled
    /// via Hard phone or RingCentral App (not only through the API by calling call control
    /// methods) then it cannot be fully muted/unmuted via API only, in this case the action
    /// should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}
