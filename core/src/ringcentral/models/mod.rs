//! RingCentral's call-control models: `CallParty` and every type it reaches, the session
//! objects parties arrive in, the request bodies and answers of the call-control operations,
//! the error answers, and the telephony-session notifications.
//!
//! Each schema of RingCentral's spec has a model of the same name, with the spec's wire names,
//! required properties and descriptions. Required request properties are plain fields, so a
//! struct literal cannot leave them out; everything else is an `Option`. Unknown fields are
//! kept in `extra`, and every enum keeps values it does not know. The spec's one-of request
//! bodies (`TransferTarget`, `ForwardTarget`, `CallPartyReply`) are unions whose one key
//! names the variant, and which keep a key they do not know. An enum the spec defines
//! inline is named after its schema and property (`CallStatusInfoCode`), shorter where that
//! repeats a word (`ReplyPattern`) or where several schemas define it alike (`SuperviseMode`).

mod call_out;
mod call_party;
mod call_session;
mod call_status;
mod catalog;
mod errors;
mod notification;
mod party_answers;
mod party_extensions;
mod party_parts;
mod party_requests;
mod recording;
mod reply;
mod supervise;
mod targets;

pub use call_out::{
    CountryId, MakeCallOutCallerInfoRequestFrom, MakeCallOutCallerInfoRequestTo, MakeCallOutRequest,
};
pub use call_party::{
    CallParty, CallPartyConferenceRole, CallPartyDirection, CallPartyRingMeRole,
    CallPartyRingOutRole,
};
pub use call_session::{CallSession, CallSessionObject, OriginInfo, OriginInfoType};
pub use call_status::{CallStatusInfo, CallStatusInfoCode, CallStatusInfoReason, PeerInfo};
pub use catalog::{ENUMS, MODELS, TYPES, UNIONS, doc_pages};
pub use errors::{
    ApiError, ApiErrorResponseModel, ApiErrorWithParameter, ParameterizedErrorResponseModel,
};
pub use notification::{
    AccountTelephonySessionsEvent, CallPartyShortInfo, ExtensionTelephonySessionsEvent, SipData,
    TelephonySessionsEvent, TelephonySessionsEventBody, TelephonySessionsEventPartyInfo,
    UiCallInfo, UiCallInfoRecord, UiCallInfoRecordType,
};
pub use party_answers::{ForwardCallPartyResponse, ReplyParty};
pub use party_extensions::{Attributes, MetaData, MetaDataValue, MobilePickupData};
pub use party_parts::{OwnerInfo, ParkInfo, PartyInfo, RecordingInfo};
pub use party_requests::{
    AddPartyRequest, AnswerTarget, BridgeTargetRequest, CallPartyFlip, DeletePartyRequest,
    HoldCallPartyRequest, HoldCallPartyRequestProto, IgnoreRequestBody, PartyUpdateInfo,
    PartyUpdateRequest, PickupTarget,
};
pub use recording::{CallRecording, CallRecordingMode, CallRecordingUpdate, CallRecordingView};
pub use reply::{CallPartyReply, ReplyPattern, ReplyTimeUnit, ReplyWithPattern};
pub use supervise::{
    PartySuperviseRequest, PartySuperviseResponse, SuperviseCallSessionRequest,
    SuperviseCallSessionResponse, SuperviseMediaSdp, SuperviseMode,
};
pub use targets::{ForwardTarget, TransferTarget};
