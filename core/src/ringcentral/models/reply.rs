use crate::{ApiEnum, ApiModel, ApiUnion, Extra, UnknownValue, UnknownVariant};

// The spec gives `CallPartyReply` no description, nor its `replyWithPattern` branch, which
// refers to `ReplyWithPattern`, which has none either.
#[allow(missing_docs)]
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallPartyReply {
    /// Text to reply
    ReplyWithText(String),
    ReplyWithPattern(ReplyWithPattern),
    /// A reply this version does not know, kept with its value.
    #[api(other)]
    Unknown(UnknownVariant),
}

// The spec gives `ReplyWithPattern` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct ReplyWithPattern {
    /// Predefined reply pattern name.
    pub pattern: Option<ReplyPattern>,
    /// Number of time units. Applicable only to WillCallYouBack, CallMeBack patterns.
    pub time: Option<i32>,
    /// Time unit name.
    pub time_unit: Option<ReplyTimeUnit>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Predefined reply pattern name.
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplyPattern {
    WillCallYouBack,
    CallMeBack,
    OnMyWay,
    OnTheOtherLine,
    WillCallYouBackLater,
    CallMeBackLater,
    InAMeeting,
    OnTheOtherLineNoCall,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}

/// Time unit name.
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplyTimeUnit {
    Minute,
    Hour,
    Day,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
