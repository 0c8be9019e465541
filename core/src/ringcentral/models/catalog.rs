use crate::doc::{EnumDoc, ModelDoc, enums_of, render_page};
use crate::models::*;
use crate::{ApiEnum, ApiModel};

/// Every model in [`crate::models`] and [`crate::snapshot`], in the order their documentation
/// pages are listed.
pub const MODELS: &[&ModelDoc] = &[
    CallParty::DOC,
    CallStatusInfo::DOC,
    PeerInfo::DOC,
    ParkInfo::DOC,
    PartyInfo::DOC,
    OwnerInfo::DOC,
    RecordingInfo::DOC,
    CallSessionObject::DOC,
    CallSession::DOC,
    OriginInfo::DOC,
    MobilePickupData::DOC,
    Attributes::DOC,
    MetaData::DOC,
    MetaDataValue::DOC,
    TelephonySessionsEvent::DOC,
    TelephonySessionsEventBody::DOC,
    TelephonySessionsEventPartyInfo::DOC,
    CallPartyShortInfo::DOC,
    SipData::DOC,
    UiCallInfo::DOC,
    UiCallInfoRecord::DOC,
    MakeCallOutRequest::DOC,
    MakeCallOutCallerInfoRequestFrom::DOC,
    MakeCallOutCallerInfoRequestTo::DOC,
    AnswerTarget::DOC,
    PickupTarget::DOC,
    IgnoreRequestBody::DOC,
    BridgeTargetRequest::DOC,
    AddPartyRequest::DOC,
    DeletePartyRequest::DOC,
    CallPartyFlip::DOC,
    HoldCallPartyRequest::DOC,
    PartyUpdateRequest::DOC,
    PartyUpdateInfo::DOC,
    ReplyWithPattern::DOC,
    PartySuperviseRequest::DOC,
    SuperviseCallSessionRequest::DOC,
    CallRecordingUpdate::DOC,
    CallRecording::DOC,
    ForwardCallPartyResponse::DOC,
    ReplyParty::DOC,
    PartySuperviseResponse::DOC,
    SuperviseCallSessionResponse::DOC,
    ApiErrorResponseModel::DOC,
    ApiError::DOC,
    ParameterizedErrorResponseModel::DOC,
    ApiErrorWithParameter::DOC,
    crate::snapshot::SessionSnapshot::DOC,
    crate::snapshot::PartySnapshot::DOC,
];

/// Every enum in [`crate::models`]; each is documented on the page of every model whose
/// field uses it.
pub const ENUMS: &[&EnumDoc] = &[
    CallPartyDirection::DOC,
    CallPartyConferenceRole::DOC,
    CallPartyRingOutRole::DOC,
    CallPartyRingMeRole::DOC,
    CallStatusInfoCode::DOC,
    CallStatusInfoReason::DOC,
    OriginInfoType::DOC,
    UiCallInfoRecordType::DOC,
    HoldCallPartyRequestProto::DOC,
    ReplyPattern::DOC,
    ReplyTimeUnit::DOC,
    SuperviseMode::DOC,
    SuperviseMediaSdp::DOC,
    CallRecordingMode::DOC,
    CallRecordingView::DOC,
];

/// One reference page per model, named `<Model>.md`: the model's table followed by the
/// tables of the enums its fields use, the layout of RingCentral's own model pages.
///
/// ```
/// let pages = callparty::models::doc_pages();
/// let (name, page) = &pages[0];
/// assert_eq!(name, "CallParty.md");
/// assert!(page.contains("# CallPartyDirection"));
/// ```
pub fn doc_pages() -> Vec<(String, String)> {
    MODELS
        .iter()
        .map(|model| {
            let enums = enums_of(model, ENUMS);
            (format!("{}.md", model.name), render_page(model, &enums))
        })
        .collect()
}
