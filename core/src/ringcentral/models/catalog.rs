use crate::doc::{Describe, EnumDoc, ModelDoc, TypeRef, UnionDoc, enums_of, render_page};
use crate::models::*;
use crate::{ApiEnum, ApiModel, ApiUnion};

/// `MODELS`, `ENUMS`, `UNIONS` and `TYPES` from one list, so that they cannot disagree.
macro_rules! catalog {
    (
        models: [$($model:ty),* $(,)?],
        enums: [$($api_enum:ty),* $(,)?],
        unions: [$($union:ty),* $(,)?] $(,)?
    ) => {
        /// Every model in [`crate::models`] and [`crate::snapshot`], in the order their
        /// documentation pages are listed.
        pub const MODELS: &[&ModelDoc] = &[$(<$model as ApiModel>::DOC),*];

        /// Every enum in [`crate::models`]; each is documented on the page of every model
        /// whose field uses it.
        pub const ENUMS: &[&EnumDoc] = &[$(<$api_enum as ApiEnum>::DOC),*];

        /// Every one-of union in [`crate::models`], in the order their documentation pages
        /// are listed after the models'.
        pub const UNIONS: &[&UnionDoc] = &[$(<$union as ApiUnion>::DOC),*];

        /// Every model, enum and union of [`MODELS`], [`ENUMS`] and [`UNIONS`] as type
        /// references: the roots of the OpenAPI document
        /// (`callparty::operations::openapi_document`).
        pub const TYPES: &[&TypeRef] = &[
            $(<$model as Describe>::TYPE,)*
            $(<$api_enum as Describe>::TYPE,)*
            $(<$union as Describe>::TYPE,)*
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
        crate::snapshot::SessionSnapshot,
        crate::snapshot::PartySnapshot,
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
    unions: [TransferTarget, ForwardTarget, CallPartyReply],
}

/// One reference page per model, named `<Model>.md`: the model's table followed by the
/// tables of the enums its fields use, the layout of RingCentral's own model pages; then one
/// page per union, with its **One of** table.
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
        .chain(
            UNIONS
                .iter()
                .map(|union| (format!("{}.md", union.name), union.to_markdown())),
        )
        .collect()
}
