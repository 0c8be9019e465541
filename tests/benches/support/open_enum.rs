//! What a serde user writes by hand for an API string enum that keeps unknown values:
//! `as_str`, `Display`, `FromStr` and serde impls, each a plain `match`. The benchmarks use it
//! both as the twin of the models' `ApiEnum`s and as the hand-written baseline of `enums`.

/// Defines `$name` with one unit variant per value and `Unknown(Box<str>)`.
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $value:literal $(| $alias:literal)*),* $(,)? }) => {
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $name {
            $($variant,)*
            Unknown(Box<str>),
        }

        impl $name {
            #[allow(dead_code)]
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }

            #[inline]
            fn known(value: &str) -> Option<Self> {
                match value {
                    $($value $(| $alias)* => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::known(value).unwrap_or_else(|| Self::Unknown(value.into())))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " string"))
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        Ok($name::known(value).unwrap_or_else(|| $name::Unknown(value.into())))
                    }

                    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<$name, E> {
                        Ok($name::known(&value)
                            .unwrap_or_else(|| $name::Unknown(value.into_boxed_str())))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

open_enum!(CallPartyDirection { Inbound = "Inbound", Outbound = "Outbound" });
open_enum!(CallPartyConferenceRole { Host = "Host", Participant = "Participant" });
open_enum!(CallPartyRingOutRole { Initiator = "Initiator", Target = "Target" });
open_enum!(CallPartyRingMeRole { Initiator = "Initiator", Target = "Target" });
open_enum!(OriginInfoType {
    Call = "Call",
    RingOut = "RingOut",
    RingMe = "RingMe",
    Conference = "Conference",
    GreetingsRecording = "GreetingsRecording",
    VerificationCall = "VerificationCall",
    Zoom = "Zoom",
    CallOut = "CallOut",
});
open_enum!(CallStatusInfoCode {
    Setup = "Setup",
    Proceeding = "Proceeding",
    Answered = "Answered",
    Disconnected = "Disconnected",
    Gone = "Gone",
    Parked = "Parked",
    Hold = "Hold",
    VoiceMail = "VoiceMail" | "Voicemail",
    FaxReceive = "FaxReceive",
    Tds = "Tds",
    VoiceMailScreening = "VoiceMailScreening",
});
open_enum!(CallStatusInfoReason {
    Pickup = "Pickup",
    Supervising = "Supervising",
    TakeOver = "TakeOver",
    Timeout = "Timeout",
    BlindTransfer = "BlindTransfer",
    RccTransfer = "RccTransfer",
    AttendedTransfer = "AttendedTransfer",
    CallerInputRedirect = "CallerInputRedirect",
    CallFlip = "CallFlip",
    ParkLocation = "ParkLocation",
    DtmfTransfer = "DtmfTransfer",
    AgentAnswered = "AgentAnswered",
    AgentDropped = "AgentDropped",
    Rejected = "Rejected",
    Cancelled = "Cancelled",
    InternalError = "InternalError",
    NoAnswer = "NoAnswer",
    TargetBusy = "TargetBusy",
    InvalidNumber = "InvalidNumber",
    InternationalDisabled = "InternationalDisabled",
    DestinationBlocked = "DestinationBlocked",
    NotEnoughFunds = "NotEnoughFunds",
    NoSuchUser = "NoSuchUser",
    CallPark = "CallPark",
    CallRedirected = "CallRedirected",
    CallReplied = "CallReplied",
    CallSwitch = "CallSwitch",
    CallFinished = "CallFinished",
    CallDropped = "CallDropped",
    Voicemail = "Voicemail",
});
