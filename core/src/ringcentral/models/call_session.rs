use crate::models::CallParty;
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

// The spec describes only the session object itself; the docs carry the API's text and no
// invented one, so the undescribed items below go without doc comments.

/// Call session information
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct CallSessionObject {
    pub id: Option<String>,
    pub origin: Option<OriginInfo>,
    pub voice_call_token: Option<String>,
    pub creation_time: Option<String>,
    pub parties: Option<Vec<CallParty>>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct CallSession {
    pub session: Option<CallSessionObject>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct OriginInfo {
    pub r#type: Option<OriginInfoType>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

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
    // Not in the spec's list, but RingCentral's docs and clients send it.
    TestCall,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
