//! The one-of request bodies that name where a call goes: exactly one key says how the
//! target is identified.

use crate::{ApiUnion, UnknownVariant};

/// Identifier of a call party the call will be transferred to. Only **one of** these
/// parameters: `phoneNumber`, `voicemail`, `extensionNumber`, `parkOrbit` or `extensionId`
/// must be specified, otherwise an error is returned.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum TransferTarget {
    /// Phone number
    PhoneNumber(String),
    /// Voicemail owner extension identifier
    Voicemail(String),
    /// Extension short number
    ExtensionNumber(String),
    /// Park orbit identifier
    ParkOrbit(String),
    /// Extension mailbox identifier
    ExtensionId(String),
    /// A target this version does not know, kept with its value.
    #[api(other)]
    Unknown(UnknownVariant),
}

/// Identifier of a call party the call will be forwarded to. Only **one of** these
/// parameters: `phoneNumber`, `voicemail`, `extensionNumber` or `extensionId` must be
/// specified, otherwise an error is returned.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ForwardTarget {
    /// Phone number
    PhoneNumber(String),
    /// Voicemail owner extension identifier
    Voicemail(String),
    /// Extension short number
    ExtensionNumber(String),
    /// Extension mailbox identifier
    ExtensionId(String),
    /// A target this version does not know, kept with its value.
    #[api(other)]
    Unknown(UnknownVariant),
}
