//! One constant per operation of RingCentral's call-control API, as the spec file defines it.
//! Generated from the spec once; the spec drift test checks every value against it.

use super::{ErrorAnswer, Method, Operation, RequestBody, Schema};
use crate::models::{
    AddPartyRequest, AnswerTarget, ApiErrorResponseModel, BridgeTargetRequest, CallParty,
    CallPartyFlip, CallPartyReply, CallRecording, CallRecordingUpdate, CallSession,
    CallSessionObject, DeletePartyRequest, ForwardCallPartyResponse, ForwardTarget,
    HoldCallPartyRequest, IgnoreRequestBody, MakeCallOutRequest, ParameterizedErrorResponseModel,
    PartySuperviseRequest, PartySuperviseResponse, PartyUpdateRequest, PickupTarget, ReplyParty,
    SuperviseCallSessionRequest, SuperviseCallSessionResponse, TransferTarget,
};
use crate::{ApiModel, ApiUnion};

/// Every operation, in the order of the spec file's paths.
pub const ALL: &[&Operation] = &[
    &CREATE_CALL_OUT_CALL_SESSION,
    &CREATE_CONFERENCE_CALL_SESSION,
    &READ_CALL_SESSION_STATUS,
    &DELETE_CALL_SESSION,
    &HOLD_CALL_PARTY,
    &UNHOLD_CALL_PARTY,
    &REJECT_PARTY,
    &IGNORE_CALL_IN_QUEUE,
    &TRANSFER_CALL_PARTY,
    &BRIDGE_CALL_PARTY,
    &ANSWER_CALL_PARTY,
    &PICKUP_CALL_PARTY,
    &FORWARD_CALL_PARTY,
    &REPLY_PARTY,
    &CALL_FLIP_PARTY,
    &CALL_PARK_PARTY,
    &CREATE_CALL_PARTY_WITH_BRING_IN,
    &READ_CALL_PARTY_STATUS,
    &DELETE_CALL_PARTY,
    &UPDATE_CALL_PARTY,
    &START_CALL_RECORDING,
    &PAUSE_RESUME_CALL_RECORDING,
    &SUPERVISE_CALL_SESSION,
    &SUPERVISE_CALL_PARTY,
];

const fn error(status: u16, schema: &'static crate::doc::ModelDoc) -> ErrorAnswer {
    ErrorAnswer {
        status,
        schema: Schema::Model(schema),
    }
}

// The spec answers 400 and 409 with parameterized errors, every other failure with the
// standard error model.
const BAD_REQUEST: ErrorAnswer = error(400, ParameterizedErrorResponseModel::DOC);
const FORBIDDEN: ErrorAnswer = error(403, ApiErrorResponseModel::DOC);
const NOT_FOUND: ErrorAnswer = error(404, ApiErrorResponseModel::DOC);
const CONFLICT: ErrorAnswer = error(409, ParameterizedErrorResponseModel::DOC);
const UNSUPPORTED_MEDIA_TYPE: ErrorAnswer = error(415, ApiErrorResponseModel::DOC);
const INTERNAL_ERROR: ErrorAnswer = error(500, ApiErrorResponseModel::DOC);
const SERVICE_NOT_AVAILABLE: ErrorAnswer = error(503, ApiErrorResponseModel::DOC);

/// The operations that create a session: no 404 or 409.
const CREATE_ERRORS: &[ErrorAnswer] = &[
    BAD_REQUEST,
    FORBIDDEN,
    UNSUPPORTED_MEDIA_TYPE,
    INTERNAL_ERROR,
    SERVICE_NOT_AVAILABLE,
];
const ERRORS_WITHOUT_CONFLICT: &[ErrorAnswer] = &[
    BAD_REQUEST,
    FORBIDDEN,
    NOT_FOUND,
    UNSUPPORTED_MEDIA_TYPE,
    INTERNAL_ERROR,
    SERVICE_NOT_AVAILABLE,
];
/// Hold and unhold: no 400.
const ERRORS_WITHOUT_BAD_REQUEST: &[ErrorAnswer] = &[
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    UNSUPPORTED_MEDIA_TYPE,
    INTERNAL_ERROR,
    SERVICE_NOT_AVAILABLE,
];
const ERRORS: &[ErrorAnswer] = &[
    BAD_REQUEST,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    UNSUPPORTED_MEDIA_TYPE,
    INTERNAL_ERROR,
    SERVICE_NOT_AVAILABLE,
];

/// `createCallOutCallSession`: Make CallOut.
pub const CREATE_CALL_OUT_CALL_SESSION: Operation = Operation {
    id: "createCallOutCallSession",
    summary: "Make CallOut",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/call-out",
    request: Some(RequestBody {
        schema: Schema::Model(MakeCallOutRequest::DOC),
        required: true,
    }),
    success_status: 201,
    response: Some(Schema::Model(CallSession::DOC)),
    errors: CREATE_ERRORS,
};

/// `createConferenceCallSession`: Start Conference Call Session.
pub const CREATE_CONFERENCE_CALL_SESSION: Operation = Operation {
    id: "createConferenceCallSession",
    summary: "Start Conference Call Session",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/conference",
    request: None,
    success_status: 201,
    response: Some(Schema::Model(CallSession::DOC)),
    errors: CREATE_ERRORS,
};

/// `readCallSessionStatus`: Get Call Session Status.
pub const READ_CALL_SESSION_STATUS: Operation = Operation {
    id: "readCallSessionStatus",
    summary: "Get Call Session Status",
    method: Method::Get,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}",
    request: None,
    success_status: 200,
    response: Some(Schema::Model(CallSessionObject::DOC)),
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `deleteCallSession`: End Call Session.
pub const DELETE_CALL_SESSION: Operation = Operation {
    id: "deleteCallSession",
    summary: "End Call Session",
    method: Method::Delete,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}",
    request: None,
    success_status: 204,
    response: None,
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `holdCallParty`: Hold Call Party.
pub const HOLD_CALL_PARTY: Operation = Operation {
    id: "holdCallParty",
    summary: "Hold Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/hold",
    request: Some(RequestBody {
        schema: Schema::Model(HoldCallPartyRequest::DOC),
        required: false,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS_WITHOUT_BAD_REQUEST,
};

/// `unholdCallParty`: Un-hold Call Party.
pub const UNHOLD_CALL_PARTY: Operation = Operation {
    id: "unholdCallParty",
    summary: "Un-hold Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/unhold",
    request: None,
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS_WITHOUT_BAD_REQUEST,
};

/// `rejectParty`: Reject Call Party.
pub const REJECT_PARTY: Operation = Operation {
    id: "rejectParty",
    summary: "Reject Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/reject",
    request: None,
    success_status: 204,
    response: None,
    errors: ERRORS,
};

/// `ignoreCallInQueue`: Ignore Call in Queue.
pub const IGNORE_CALL_IN_QUEUE: Operation = Operation {
    id: "ignoreCallInQueue",
    summary: "Ignore Call in Queue",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/ignore",
    request: Some(RequestBody {
        schema: Schema::Model(IgnoreRequestBody::DOC),
        required: true,
    }),
    success_status: 204,
    response: None,
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `transferCallParty`: Transfer Call Party.
pub const TRANSFER_CALL_PARTY: Operation = Operation {
    id: "transferCallParty",
    summary: "Transfer Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/transfer",
    request: Some(RequestBody {
        schema: Schema::Union(TransferTarget::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `bridgeCallParty`: Bridge Call Party.
pub const BRIDGE_CALL_PARTY: Operation = Operation {
    id: "bridgeCallParty",
    summary: "Bridge Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/bridge",
    request: Some(RequestBody {
        schema: Schema::Model(BridgeTargetRequest::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `answerCallParty`: Answer Call Party.
pub const ANSWER_CALL_PARTY: Operation = Operation {
    id: "answerCallParty",
    summary: "Answer Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/answer",
    request: Some(RequestBody {
        schema: Schema::Model(AnswerTarget::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `pickupCallParty`: Pickup Call.
pub const PICKUP_CALL_PARTY: Operation = Operation {
    id: "pickupCallParty",
    summary: "Pickup Call",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/pickup",
    request: Some(RequestBody {
        schema: Schema::Model(PickupTarget::DOC),
        required: true,
    }),
    success_status: 201,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `forwardCallParty`: Forward Call Party.
pub const FORWARD_CALL_PARTY: Operation = Operation {
    id: "forwardCallParty",
    summary: "Forward Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/forward",
    request: Some(RequestBody {
        schema: Schema::Union(ForwardTarget::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(ForwardCallPartyResponse::DOC)),
    errors: ERRORS,
};

/// `replyParty`: Reply with Text.
pub const REPLY_PARTY: Operation = Operation {
    id: "replyParty",
    summary: "Reply with Text",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/reply",
    request: Some(RequestBody {
        schema: Schema::Union(CallPartyReply::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(ReplyParty::DOC)),
    errors: ERRORS,
};

/// `callFlipParty`: Call Flip on Party.
pub const CALL_FLIP_PARTY: Operation = Operation {
    id: "callFlipParty",
    summary: "Call Flip on Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/flip",
    request: Some(RequestBody {
        schema: Schema::Model(CallPartyFlip::DOC),
        required: true,
    }),
    success_status: 200,
    response: None,
    errors: ERRORS,
};

/// `callParkParty`: Call Park.
pub const CALL_PARK_PARTY: Operation = Operation {
    id: "callParkParty",
    summary: "Call Park",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/park",
    request: None,
    success_status: 201,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `createCallPartyWithBringIn`: Bring-In Call Party.
pub const CREATE_CALL_PARTY_WITH_BRING_IN: Operation = Operation {
    id: "createCallPartyWithBringIn",
    summary: "Bring-In Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/bring-in",
    request: Some(RequestBody {
        schema: Schema::Model(AddPartyRequest::DOC),
        required: true,
    }),
    success_status: 201,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `readCallPartyStatus`: Get Call Party Status.
pub const READ_CALL_PARTY_STATUS: Operation = Operation {
    id: "readCallPartyStatus",
    summary: "Get Call Party Status",
    method: Method::Get,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}",
    request: None,
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `deleteCallParty`: Delete Call Party.
pub const DELETE_CALL_PARTY: Operation = Operation {
    id: "deleteCallParty",
    summary: "Delete Call Party",
    method: Method::Delete,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}",
    request: Some(RequestBody {
        schema: Schema::Model(DeletePartyRequest::DOC),
        required: false,
    }),
    success_status: 204,
    response: None,
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `updateCallParty`: Update Call Party.
pub const UPDATE_CALL_PARTY: Operation = Operation {
    id: "updateCallParty",
    summary: "Update Call Party",
    method: Method::Patch,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}",
    request: Some(RequestBody {
        schema: Schema::Model(PartyUpdateRequest::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallParty::DOC)),
    errors: ERRORS,
};

/// `startCallRecording`: Create Recording.
pub const START_CALL_RECORDING: Operation = Operation {
    id: "startCallRecording",
    summary: "Create Recording",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/recordings",
    request: None,
    success_status: 201,
    response: Some(Schema::Model(CallRecording::DOC)),
    errors: ERRORS,
};

/// `pauseResumeCallRecording`: Pause/Resume Recording.
pub const PAUSE_RESUME_CALL_RECORDING: Operation = Operation {
    id: "pauseResumeCallRecording",
    summary: "Pause/Resume Recording",
    method: Method::Patch,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/recordings/{recordingId}",
    request: Some(RequestBody {
        schema: Schema::Model(CallRecordingUpdate::DOC),
        required: true,
    }),
    success_status: 200,
    response: Some(Schema::Model(CallRecording::DOC)),
    errors: ERRORS,
};

/// `superviseCallSession`: Supervise Call Session.
pub const SUPERVISE_CALL_SESSION: Operation = Operation {
    id: "superviseCallSession",
    summary: "Supervise Call Session",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/supervise",
    request: Some(RequestBody {
        schema: Schema::Model(SuperviseCallSessionRequest::DOC),
        required: true,
    }),
    success_status: 201,
    response: Some(Schema::Model(SuperviseCallSessionResponse::DOC)),
    errors: ERRORS_WITHOUT_CONFLICT,
};

/// `superviseCallParty`: Supervise Call Party.
pub const SUPERVISE_CALL_PARTY: Operation = Operation {
    id: "superviseCallParty",
    summary: "Supervise Call Party",
    method: Method::Post,
    path: "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/supervise",
    request: Some(RequestBody {
        schema: Schema::Model(PartySuperviseRequest::DOC),
        required: true,
    }),
    success_status: 201,
    response: Some(Schema::Model(PartySuperviseResponse::DOC)),
    errors: ERRORS,
};
