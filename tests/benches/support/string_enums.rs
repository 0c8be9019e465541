//! The string enums of the benchmarks, each listed once (`for_each_enum!`) and built in four
//! flavours from that listing:
//! - `open`: what a serde user writes by hand for an API string enum that keeps unknown
//!   values (`as_str`, `Display`, `FromStr` and serde impls, each a plain `match`), the twin
//!   of `callparty::models`' open `ApiEnum`s and the hand-written baseline of `enums`;
//! - `serde_other`: serde_derive's unit-variant enum with a `#[serde(other)]` catch-all;
//! - `closed`: `#[derive(ApiEnum)]` without an `other` variant: unknown values are errors;
//! - `serde_closed`: its serde_derive twin.
//!
//! The listings are checked at compile time against the `ApiEnum::DOC` of the model enum of
//! the same name (variant names, wire values and aliases, in order), so the benchmarks cannot
//! drift from the models.

/// Calls `$flavour!` on each enum's listing.
macro_rules! for_each_enum {
    ($flavour:ident) => {
        $flavour!(CallPartyDirection { Inbound = "Inbound", Outbound = "Outbound" });
        $flavour!(CallPartyConferenceRole { Host = "Host", Participant = "Participant" });
        $flavour!(CallPartyRingOutRole { Initiator = "Initiator", Target = "Target" });
        $flavour!(CallPartyRingMeRole { Initiator = "Initiator", Target = "Target" });
        $flavour!(OriginInfoType {
            Call = "Call",
            RingOut = "RingOut",
            RingMe = "RingMe",
            Conference = "Conference",
            GreetingsRecording = "GreetingsRecording",
            VerificationCall = "VerificationCall",
            Zoom = "Zoom",
            CallOut = "CallOut",
            TestCall = "TestCall",
        });
        $flavour!(CallStatusInfoCode {
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
        $flavour!(CallStatusInfoReason {
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
    };
}

/// Fails the build unless the listing is the model enum's: the same variants with the same
/// wire values and aliases, in the same order.
macro_rules! check_listing {
    ($name:ident { $($variant:ident = $value:literal $(| $alias:literal)*),* $(,)? }) => {
        const _: () = assert!(
            super::same_variants(
                &[$((stringify!($variant), $value, &[$($alias),*])),*],
                <callparty::models::$name as callparty::ApiEnum>::DOC.variants,
            ),
            concat!(
                "the benchmarks' listing of ",
                stringify!($name),
                " differs from callparty::models::",
                stringify!($name),
            ),
        );
    };
}

mod checks {
    for_each_enum!(check_listing);
}

/// A listed variant: its name, wire value and aliases.
type Listed = (&'static str, &'static str, &'static [&'static str]);

const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn same_strs(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !same_str(a[i], b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

const fn same_variants(listed: &[Listed], model: &[callparty::doc::VariantDoc]) -> bool {
    if listed.len() != model.len() {
        return false;
    }
    let mut i = 0;
    while i < listed.len() {
        let (name, value, aliases) = listed[i];
        let variant = &model[i];
        if !(same_str(name, variant.name)
            && same_str(value, variant.value)
            && same_strs(aliases, variant.aliases))
        {
            return false;
        }
        i += 1;
    }
    true
}

/// Defines `$name` with one unit variant per value and `Unknown(Box<str>)`.
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $value:literal $(| $alias:literal)*),* $(,)? }) => {
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $name {
            $($variant,)*
            Unknown(Box<str>),
        }

        impl $name {
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

/// serde_derive's unit-variant enum; `other` adds a `#[serde(other)] Unknown` catch-all, as
/// close as serde_derive gets to an open enum (an unknown value decodes but is not kept).
macro_rules! serde_enum {
    ($($other:ident)? ; $name:ident { $($variant:ident = $value:literal $(| $alias:literal)*),* $(,)? }) => {
        #[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $(#[serde(rename = $value $(, alias = $alias)*)] $variant,)*
            $(#[serde($other)] Unknown,)?
        }
    };
}

macro_rules! serde_other_enum {
    ($($listing:tt)*) => { serde_enum!(other; $($listing)*); };
}

macro_rules! serde_closed_enum {
    ($($listing:tt)*) => { serde_enum!(; $($listing)*); };
}

/// `#[derive(ApiEnum)]` without an `other` variant.
macro_rules! closed_enum {
    ($name:ident { $($variant:ident = $value:literal $(| $alias:literal)*),* $(,)? }) => {
        #[derive(callparty::ApiEnum, Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $(#[api(rename = $value $(, alias = $alias)*)] $variant,)*
        }
    };
}

/// Hand-written open enums.
#[allow(dead_code)]
pub mod open {
    for_each_enum!(open_enum);
}

/// serde_derive unit enums with `#[serde(other)]`.
#[allow(dead_code)]
pub mod serde_other {
    for_each_enum!(serde_other_enum);
}

/// Closed `ApiEnum`s.
#[allow(dead_code)]
pub mod closed {
    for_each_enum!(closed_enum);
}

/// serde_derive unit enums without a catch-all: the twins of `closed`.
#[allow(dead_code)]
pub mod serde_closed {
    for_each_enum!(serde_closed_enum);
}
