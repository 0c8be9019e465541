use crate::models::{
    CallPartyConferenceRole, CallPartyDirection, CallStatusInfo, OriginInfo, ParkInfo,
    RecordingInfo,
};
use crate::{ApiEnum, ApiModel, Extra, UnknownValue};

// The telephony-session notification that webhooks and WebSocket subscriptions receive. The
// spec has it twice, as `AccountTelephonySessionsEvent` and `ExtensionTelephonySessionsEvent`,
// with the same properties and neither with a description of the schema itself.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct TelephonySessionsEvent {
    /// Universally unique identifier of a notification
    pub uuid: Option<String>,
    /// Event filter URI
    pub event: Option<String>,
    /// Date/time of sending a notification in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
    /// format including timezone, for example *2016-03-10T18:07:52.534Z*
    pub timestamp: Option<String>,
    /// Internal identifier of a subscription
    pub subscription_id: Option<String>,
    /// Internal identifier of a subscription owner extension
    pub owner_id: Option<String>,
    /// Notification payload body
    pub body: Option<TelephonySessionsEventBody>,
    /// Not in RingCentral's spec: a notification delivered by mobile push (the account- and
    /// extension-level event examples of RingCentral's documentation) is wrapped whole in
    /// `pn_apns`, beside Apple's `aps` part, which stays in the inner event's `extra`.
    /// `notification()` reads either form the same way.
    #[api(rename = "pn_apns")]
    pub pn_apns: Option<Box<TelephonySessionsEvent>>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// The account-level telephony-session notification of the spec; the same shape as
/// [`ExtensionTelephonySessionsEvent`], so both are one type.
pub type AccountTelephonySessionsEvent = TelephonySessionsEvent;

/// The extension-level telephony-session notification of the spec; the same shape as
/// [`AccountTelephonySessionsEvent`], so both are one type.
pub type ExtensionTelephonySessionsEvent = TelephonySessionsEvent;

impl TelephonySessionsEvent {
    /// The notification itself, whichever way it was delivered: the event inside `pn_apns`
    /// when a mobile push wrapped it there, else this event.
    ///
    /// ```
    /// use callparty::models::TelephonySessionsEvent;
    ///
    /// let pushed = r#"{"uuid":"u-1","pn_apns":{"aps":{"content-available":1},
    ///     "uuid":"u-1","body":{"sequence":4,"telephonySessionId":"s-1"}}}"#;
    /// let event: TelephonySessionsEvent = callparty::json::from_str(pushed)?;
    /// let body = event.notification().body.as_ref().unwrap();
    /// assert_eq!(body.sequence, Some(4));
    /// assert!(event.extra.is_empty()); // `pn_apns` is a declared field
    /// # Ok::<(), callparty::json::Error>(())
    /// ```
    pub fn notification(&self) -> &TelephonySessionsEvent {
        match &self.pn_apns {
            Some(pushed) if self.body.is_none() => pushed,
            _ => self,
        }
    }
}

/// Notification payload body
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct TelephonySessionsEventBody {
    /// Order number of a notification to state the chronology
    pub sequence: Option<i64>,
    /// Legacy identifier of a call session
    pub session_id: Option<String>,
    /// Call session identifier, required for Telephony API
    pub telephony_session_id: Option<String>,
    /// Identifier of a server
    pub server_id: Option<String>,
    /// The call start date/time in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format
    /// including timezone, for example *2016-03-10T18:07:52.534Z*
    pub event_time: Option<String>,
    /// Session origin details
    pub origin: Option<OriginInfo>,
    /// Call participants details
    pub parties: Option<Vec<TelephonySessionsEventPartyInfo>>,
    /// Not in RingCentral's spec: the notification bodies of RingCentral's own event examples
    /// carry the account's identifier beside `sequence`.
    pub account_id: Option<String>,
    /// Not in RingCentral's spec: the notification bodies of RingCentral's own event examples
    /// carry the extension's identifier beside `sequence`.
    pub extension_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `TelephonySessionsEventPartyInfo` no description, nor `recordings`, `from`
// and `to` (whose `CallPartyShortInfo` has none either).
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct TelephonySessionsEventPartyInfo {
    /// Internal identifier of an account
    pub account_id: Option<String>,
    /// Internal identifier of an extension
    pub extension_id: Option<String>,
    /// Internal identifier of a party
    pub id: Option<String>,
    /// Call direction
    pub direction: Option<CallPartyDirection>,
    pub from: Option<CallPartyShortInfo>,
    pub to: Option<CallPartyShortInfo>,
    pub recordings: Option<Vec<RecordingInfo>>,
    /// Status data of a call session
    pub status: Option<CallStatusInfo>,
    /// Call park information
    pub park: Option<ParkInfo>,
    /// Specifies if it's a queue call
    pub queue_call: Option<bool>,
    /// Specifies if a call was missed by the party
    pub missed_call: Option<bool>,
    /// If `true` then the party is not connected to a session voice conference, `false` means
    /// the party is connected to other parties in a session
    pub stand_alone: Option<bool>,
    /// Specifies if a call participant is muted or not. **Note:** If a call is also controlled
    /// via Hard phone or RingCentral App (not only through the API by calling call control
    /// methods) then it cannot be fully muted/unmuted via API only, in this case the action
    /// should be duplicated via Hard phone/RC App interfaces
    pub muted: Option<bool>,
    /// Defines party role in Server Side Conference
    pub conference_role: Option<CallPartyConferenceRole>,
    /// SIP (Session Initiation Protocol) information. Returned if query parameter sipData is
    /// set to 'True'
    pub sip_data: Option<SipData>,
    /// Call information on user interface
    pub ui_call_info: Option<UiCallInfo>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `CallPartyShortInfo` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct CallPartyShortInfo {
    /// Call party phone number in [E.164](https://www.itu.int/rec/T-REC-E.164-201011-I)(with
    /// '+' sign) format
    pub phone_number: Option<String>,
    /// Call party name
    pub name: Option<String>,
    /// Internal identifier of a call party extensionId
    pub extension_id: Option<String>,
    /// Not in RingCentral's spec of this schema, but sent in practice. Its counterpart in API
    /// answers, `PartyInfo.deviceId`, is "Internal identifier of a device".
    pub device_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// SIP (Session Initiation Protocol) information.
/// Returned if query parameter sipData is set to 'True'
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct SipData {
    /// Recipient's data
    pub to_tag: Option<String>,
    /// Sender's data
    pub from_tag: Option<String>,
    /// SIP call identifier
    pub call_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Call information on user interface
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct UiCallInfo {
    // The spec describes neither record, nor the `UiCallInfoRecord` they refer to.
    #[allow(missing_docs)]
    pub primary: Option<UiCallInfoRecord>,
    #[allow(missing_docs)]
    pub additional: Option<UiCallInfoRecord>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `UiCallInfoRecord` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct UiCallInfoRecord {
    /// UI call info type
    pub r#type: Option<UiCallInfoRecordType>,
    /// UI call info value
    pub value: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// UI call info type
// The API gives its values no descriptions: the wire value is the documentation.
#[allow(missing_docs)]
#[derive(ApiEnum, Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UiCallInfoRecordType {
    QueueName,
    CallerIdName,
    /// A value this version does not know, kept as received.
    #[api(other)]
    Unknown(UnknownValue),
}
