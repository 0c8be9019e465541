//! Answers of the forward and reply operations: parties with fewer properties than
//! `CallParty`.

use crate::models::{
    CallPartyConferenceRole, CallPartyDirection, CallPartyRingMeRole, CallPartyRingOutRole,
    CallStatusInfo, OwnerInfo, ParkInfo, PartyInfo, RecordingInfo,
};
use crate::{ApiModel, Extra};

/// Information on a party of a call session
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct ForwardCallPartyResponse {
    /// Internal identifier of a party
    pub id: Option<String>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled
    /// via Hard phone or RingCentral App (not only through the API by calling call control
    /// methods) then it cannot be fully muted/unmuted via API only, in this case the action
    /// should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Call park information
    pub park: Option<ParkInfo>,
    // The spec gives neither `from` nor `to` a description, nor the `PartyInfo` they refer to.
    #[allow(missing_docs)]
    pub from: Option<PartyInfo>,
    #[allow(missing_docs)]
    pub to: Option<PartyInfo>,
    /// Deprecated. Information on a call owner
    #[deprecated = "RingCentral deprecates `owner` (\"Deprecated. Information on a call owner\")"]
    pub owner: Option<OwnerInfo>,
    /// Direction of a call
    pub direction: Option<CallPartyDirection>,
    /// A party's role in the conference scenarios. For calls of 'Conference' type only
    pub conference_role: Option<CallPartyConferenceRole>,
    /// A party's role in 'Ring Me'/'RingOut' scenarios. For calls of 'Ringout' type only
    pub ring_out_role: Option<CallPartyRingOutRole>,
    /// A party's role in 'Ring Me'/'RingOut' scenarios. For calls of 'Ringme' type only
    pub ring_me_role: Option<CallPartyRingMeRole>,
    /// Active recordings list
    pub recordings: Option<Vec<RecordingInfo>>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `ReplyParty` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct ReplyParty {
    /// Internal identifier of a party
    pub id: Option<String>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled
    /// via Hard phone or RingCentral App (not only through the API by calling call control
    /// methods) then it cannot be fully muted/unmuted via API only, in this case the action
    /// should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Call park information
    pub park: Option<ParkInfo>,
    pub from: Option<PartyInfo>,
    pub to: Option<PartyInfo>,
    /// Deprecated. Information on a call owner
    #[deprecated = "RingCentral deprecates `owner` (\"Deprecated. Information on a call owner\")"]
    pub owner: Option<OwnerInfo>,
    /// Direction of a call
    pub direction: Option<CallPartyDirection>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
