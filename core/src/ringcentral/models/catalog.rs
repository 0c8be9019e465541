use crate::doc::{Describe, EnumDoc, ModelDoc, TypeRef, enums_of, render_page};
use crate::models::*;
use crate::{ApiEnum, ApiModel};

/// `MODELS`, `ENUMS` and `TYPES` from one list, so the three cannot disagree.
macro_rules! catalog {
    (models: [$($model:ident),* $(,)?], enums: [$($api_enum:ident),* $(,)?] $(,)?) => {
        /// Every model in [`crate::models`], in the order their documentation pages are
        /// listed.
        pub const MODELS: &[&ModelDoc] = &[$($model::DOC),*];

        /// Every enum in [`crate::models`]; each is documented on the page of every model
        /// whose field uses it.
        pub const ENUMS: &[&EnumDoc] = &[$($api_enum::DOC),*];

        /// Every model, then every enum, in [`crate::models`] as type references: the roots
        /// of the OpenAPI document (`callparty::operations::openapi_document`).
        pub const TYPES: &[&TypeRef] = &[
            $(<$model as Describe>::TYPE,)*
            $(<$api_enum as Describe>::TYPE,)*
        ];
    };
}

catalog! {
    models: [
        CallParty,
        CallStatusInfo,
        PeerInfo,
        ParkInfo,
        PartyInfo,
        OwnerInfo,
        RecordingInfo,
        CallSessionObject,
        CallSession,
        OriginInfo,
        MobilePickupData,
        Attributes,
        MetaData,
        MetaDataValue,
        TelephonySessionsEvent,
        TelephonySessionsEventBody,
        TelephonySessionsEventPartyInfo,
        CallPartyShortInfo,
        SipData,
        UiCallInfo,
        UiCallInfoRecord,
        MakeCallOutRequest,
        MakeCallOutCallerInfoRequestFrom,
        MakeCallOutCallerInfoRequestTo,
        AnswerTarget,
        PickupTarget,
        IgnoreRequestBody,
        BridgeTargetRequest,
        AddPartyRequest,
        DeletePartyRequest,
        CallPartyFlip,
        HoldCallPartyRequest,
        PartyUpdateRequest,
        PartyUpdateInfo,
        ReplyWithPattern,
        PartySuperviseRequest,
        SuperviseCallSessionRequest,
        CallRecordingUpdate,
        CallRecording,
        ForwardCallPartyResponse,
        ReplyParty,
        PartySuperviseResponse,
        SuperviseCallSessionResponse,
        ApiErrorResponseModel,
        ApiError,
        ParameterizedErrorResponseModel,
        ApiErrorWithParameter,
    ],
    enums: [
        CallPartyDirection,
        CallPartyConferenceRole,
        CallPartyRingOutRole,
        CallPartyRingMeRole,
        CallStatusInfoCode,
        CallStatusInfoReason,
        OriginInfoType,
        UiCallInfoRecordType,
        HoldCallPartyRequestProto,
        ReplyPattern,
        ReplyTimeUnit,
        SuperviseMode,
        SuperviseMediaSdp,
        CallRecordingMode,
        CallRecordingView,
    ],
}

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
