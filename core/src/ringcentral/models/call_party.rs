use crate::models::{
    Attributes, CallStatusInfo, MetaData, OwnerInfo, ParkInfo, PartyInfo, RecordingInfo,
};
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

/// Information on a party of a call session
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallParty {
    /// Internal identifier of a party
    pub id: Option<String>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled via Hard phone or RingCentral App (not only through the API by calling call control methods) then it cannot be fully muted/unmuted via API only, in this case the action should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// If `true` then the party is not connected to a session voice conference, `false` means the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Call park information
    pub park: Option<ParkInfo>,
    // The spec gives neither `from` nor `to` a description, nor the `PartyInfo` they refer to.
    #[allow(missing_docs)]
    pub from: Option<PartyInfo>,
    #[allow(missing_docs)]
    pub to: Option<PartyInfo>,
    /// Deprecated. Information on a call owner
    #[deprecated = "RingCentral deprecates `owner`: use `account_id` and `extension_id`"]
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
    // Fields of the API newer than the seed page (2024-09 to 2025-09).
    /// Internal identifier of an account
    pub account_id: Option<String>,
    /// Internal identifier of an extension
    pub extension_id: Option<String>,
    // The spec gives `attributes` no description, nor the `Attributes` schema it refers to.
    #[allow(missing_docs)]
    pub attributes: Option<Attributes>,
    /// Call metadata.
    pub metadata: Option<Vec<MetaData>>,
    /// Not in RingCentral's spec: recorded API answers of 2019 to 2024 (bridge, supervise,
    /// conference and RingOut sessions) carry this party-level brand identifier, e.g.
    /// `"1210"`.
    pub brand_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Direction of a call
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[non_exhaustive]
pub enum CallPartyDirection {
    Inbound,
    Outbound,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// A party's role in the conference scenarios. For calls of 'Conference' type only
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[non_exhaustive]
pub enum CallPartyConferenceRole {
    Host,
    Participant,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// A party's role in 'Ring Me'/'RingOut' scenarios. For calls of 'Ringout' type only
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[non_exhaustive]
pub enum CallPartyRingOutRole {
    Initiator,
    Target,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// A party's role in 'Ring Me'/'RingOut' scenarios. For calls of 'Ringme' type only
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[non_exhaustive]
pub enum CallPartyRingMeRole {
    Initiator,
    Target,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
