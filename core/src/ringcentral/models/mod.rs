//! RingCentral's call-control models: `CallParty`, the types it reaches, and the session
//! objects parties arrive in. Wire names, types and descriptions follow the RingCentral REST
//! API; every field is optional, unknown fields are kept in `extra`, and every enum keeps
//! values it does not know.

mod call_party;
mod call_session;
mod call_status;
mod catalog;
mod notification;
mod party_extensions;
mod party_parts;

pub use call_party::{
    CallParty, CallPartyConferenceRole, CallPartyDirection, CallPartyRingMeRole,
    CallPartyRingOutRole,
};
pub use call_session::{CallSession, CallSessionObject, OriginInfo, OriginInfoType};
pub use call_status::{CallStatusInfo, CallStatusInfoCode, CallStatusInfoReason, PeerInfo};
pub use catalog::{ENUMS, MODELS, doc_pages};
pub use notification::{
    AccountTelephonySessionsEvent, CallPartyShortInfo, ExtensionTelephonySessionsEvent, SipData,
    TelephonySessionsEvent, TelephonySessionsEventBody, TelephonySessionsEventPartyInfo,
    UiCallInfo, UiCallInfoRecord, UiCallInfoRecordType,
};
pub use party_extensions::{Attributes, MetaData, MetaDataValue, MobilePickupData};
pub use party_parts::{OwnerInfo, ParkInfo, PartyInfo, RecordingInfo};
