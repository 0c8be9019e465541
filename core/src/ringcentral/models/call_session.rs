use crate::models::CallParty;
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

/// Call session information
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallSessionObject {
    /// Internal identifier of a call session
    pub id: Option<String>,
    /// Session origin details
    pub origin: Option<OriginInfo>,
    /// For calls of 'Conference' type only
    pub voice_call_token: Option<String>,
    /// Date and time of the latest session update represented in Unix time format
    pub creation_time: Option<String>,
    #[allow(missing_docs)] // The spec gives `parties` no description.
    pub parties: Option<Vec<CallParty>>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `CallSession` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallSession {
    /// Call session information
    pub session: Option<CallSessionObject>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Session origin details
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct OriginInfo {
    /// Session origin type
    pub r#type: Option<OriginInfoType>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Session origin type
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OriginInfoType {
    Call,
    RingOut,
    RingMe,
    Conference,
    GreetingsRecording,
    VerificationCall,
    Zoom,
    CallOut,
    // Not in the spec's list; RingCentral's documentation lists it.
    TestCall,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
