use crate::models::MobilePickupData;
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

/// Status data of a call session
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallStatusInfo {
    /// Status code of a call
    pub code: Option<CallStatusInfoCode>,
    /// Peer (linked) session/party details. Valid in 'Gone' state of a call
    pub peer_id: Option<PeerInfo>,
    /// Reason for a call status, might be specified for some codes
    pub reason: Option<CallStatusInfoReason>,
    /// Optional message
    pub description: Option<String>,
    /// Call park data. Returned for calls in 'Parked' state
    pub park_data: Option<String>,
    // The spec describes neither this property nor the `MobilePickupData` it refers to.
    #[allow(missing_docs)]
    pub mobile_pickup_data: Option<MobilePickupData>,
    /// Specifies if it's a conference call
    pub rcc: Option<bool>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Status code of a call
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallStatusInfoCode {
    Setup,
    Proceeding,
    Answered,
    Disconnected,
    Gone,
    Parked,
    Hold,
    // The platform sends "Voicemail" although the spec says "VoiceMail".
    #[api(alias = "Voicemail")]
    VoiceMail,
    FaxReceive,
    Tds,
    VoiceMailScreening,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// Reason for a call status, might be specified for some codes
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallStatusInfoReason {
    Pickup,
    Supervising,
    TakeOver,
    Timeout,
    BlindTransfer,
    RccTransfer,
    AttendedTransfer,
    CallerInputRedirect,
    CallFlip,
    ParkLocation,
    DtmfTransfer,
    AgentAnswered,
    AgentDropped,
    Rejected,
    Cancelled,
    InternalError,
    NoAnswer,
    TargetBusy,
    InvalidNumber,
    InternationalDisabled,
    DestinationBlocked,
    NotEnoughFunds,
    NoSuchUser,
    CallPark,
    CallRedirected,
    CallReplied,
    CallSwitch,
    CallFinished,
    CallDropped,
    Voicemail,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// Peer (linked) session/party details. Valid in 'Gone' state of a call
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)] // The three ids have no descriptions in RingCentral's spec.
pub struct PeerInfo {
    pub session_id: Option<String>,
    pub telephony_session_id: Option<String>,
    pub party_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
