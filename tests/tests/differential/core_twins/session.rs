//! Twins of the session objects and of the notification envelope.

use callparty::models::{
    CallPartyShortInfo, CallSession, CallSessionObject, OriginInfo, SipData,
    TelephonySessionsEvent, TelephonySessionsEventBody, TelephonySessionsEventPartyInfo,
    UiCallInfo, UiCallInfoRecord,
};

use super::{
    CallPartyTwin, CallStatusInfoTwin, ConferenceRoleTwin, DirectionTwin, OriginTypeTwin,
    ParkInfoTwin, RecordingInfoTwin, UiCallInfoTypeTwin, optional_twin,
};

optional_twin!(CallSessionTwin => CallSession { session: CallSessionObjectTwin });

optional_twin!(CallSessionObjectTwin => CallSessionObject {
    id: String,
    origin: OriginInfoTwin,
    voice_call_token: String,
    creation_time: String,
    parties: Vec<CallPartyTwin>,
});

optional_twin!(OriginInfoTwin => OriginInfo { r#type: OriginTypeTwin });

optional_twin!(TelephonySessionsEventTwin => TelephonySessionsEvent {
    uuid: String,
    event: String,
    timestamp: String,
    subscription_id: String,
    owner_id: String,
    body: TelephonySessionsEventBodyTwin,
});

optional_twin!(TelephonySessionsEventBodyTwin => TelephonySessionsEventBody {
    sequence: i64,
    session_id: String,
    telephony_session_id: String,
    server_id: String,
    event_time: String,
    origin: OriginInfoTwin,
    parties: Vec<EventPartyTwin>,
    account_id: String,
    extension_id: String,
});

optional_twin!(EventPartyTwin => TelephonySessionsEventPartyInfo {
    account_id: String,
    extension_id: String,
    id: String,
    direction: DirectionTwin,
    from: CallPartyShortInfoTwin,
    to: CallPartyShortInfoTwin,
    recordings: Vec<RecordingInfoTwin>,
    status: CallStatusInfoTwin,
    park: ParkInfoTwin,
    queue_call: bool,
    missed_call: bool,
    stand_alone: bool,
    muted: bool,
    conference_role: ConferenceRoleTwin,
    sip_data: SipDataTwin,
    ui_call_info: UiCallInfoTwin,
});

optional_twin!(CallPartyShortInfoTwin => CallPartyShortInfo {
    phone_number: String,
    name: String,
    extension_id: String,
    device_id: String,
});

optional_twin!(SipDataTwin => SipData { to_tag: String, from_tag: String, call_id: String });

optional_twin!(UiCallInfoTwin => UiCallInfo {
    primary: UiCallInfoRecordTwin,
    additional: UiCallInfoRecordTwin,
});

optional_twin!(UiCallInfoRecordTwin => UiCallInfoRecord {
    r#type: UiCallInfoTypeTwin,
    value: String,
});
