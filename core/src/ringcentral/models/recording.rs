use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

// The spec gives `CallRecordingUpdate` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CallRecordingUpdate {
    /// Recording status
    pub active: bool,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `CallRecording` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallRecording {
    /// Internal identifier of a call recording
    pub id: Option<String>,
    /// Call recording status
    pub active: Option<bool>,
    /// Recording mode
    pub mode: Option<CallRecordingMode>,
    /// Recording view
    pub view: Option<CallRecordingView>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Recording mode
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallRecordingMode {
    Automatic,
    OnDemand,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// Recording view
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallRecordingView {
    Party,
    Session,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
