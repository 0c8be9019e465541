//! Twins of the session objects and of the notification envelope.

use callparty::models::{
    CallPartyShortInfo, CallSession, CallSessionObject, OriginInfo, SipData,
    TelephonySessionsEvent, TelephonySessionsEventBody, TelephonySessionsEventPartyInfo,
    UiCallInfo, UiCallInfoRecord,
};

use callparty::ApiModel;
use proptest::prelude::*;
use serde_derive::{Deserialize, Serialize};

use super::{
    CallPartyTwin, CallStatusInfoTwin, ConferenceRoleTwin, DirectionTwin, OriginTypeTwin,
    ParkInfoTwin, RecordingInfoTwin, UiCallInfoTypeTwin, optional_twin,
};
use crate::generate::values::{Arb, extra_for, strat_struct};
use crate::mirror::mirror_struct;

optional_twin!(CallSessionTwin => CallSession { session: CallSessionObjectTwin });

optional_twin!(CallSessionObjectTwin => CallSessionObject {
    id: String,
    origin: OriginInfoTwin,
    voice_call_token: String,
    creation_time: String,
    parties: Vec<CallPartyTwin>,
});

optional_twin!(OriginInfoTwin => OriginInfo { r#type: OriginTypeTwin });

/// Written out rather than with `optional_twin!`: `pn_apns` holds the event again, so its
/// strategy nests one level only.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct TelephonySessionsEventTwin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<TelephonySessionsEventBodyTwin>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "pn_apns")]
    pub pn_apns: Option<Box<TelephonySessionsEventTwin>>,
    #[serde(flatten)]
    pub extra: crate::mirror::TwinExtra,
}

mirror_struct!(TelephonySessionsEventTwin => TelephonySessionsEvent {
    uuid,
    event,
    timestamp,
    subscription_id,
    owner_id,
    body,
    pn_apns,
    extra,
});

impl Arb for TelephonySessionsEventTwin {
    fn arb() -> BoxedStrategy<Self> {
        let pushed = prop::option::weighted(0.3, event_twin(Just(None).boxed()).prop_map(Box::new));
        event_twin(pushed.boxed())
    }
}

fn event_twin(
    pn_apns: BoxedStrategy<Option<Box<TelephonySessionsEventTwin>>>,
) -> BoxedStrategy<TelephonySessionsEventTwin> {
    strat_struct!(TelephonySessionsEventTwin {
        uuid: Option::<String>::arb(),
        event: Option::<String>::arb(),
        timestamp: Option::<String>::arb(),
        subscription_id: Option::<String>::arb(),
        owner_id: Option::<String>::arb(),
        body: Option::<TelephonySessionsEventBodyTwin>::arb(),
        pn_apns: pn_apns,
        extra: extra_for(TelephonySessionsEvent::DOC),
    })
}

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
