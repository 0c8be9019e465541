//! Our side: models of a Stripe-like API.

use std::collections::BTreeMap;
use std::time::SystemTime;

use callparty::{ApiModel, Extra, Nullable};

#[path = "../../common/unix_seconds.rs"]
pub mod unix_seconds;

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Charge {
    pub id: String,
    pub failure_code: Nullable<String>,
    pub amount_refunded: Nullable<u64>,
    #[api(required)]
    pub receipt_email: Option<String>,
    #[api(required)]
    pub description: Nullable<String>,
    pub metadata: Option<BTreeMap<String, String>>,
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(write_none)]
pub struct Row {
    pub sku: String,
    pub quantity: Option<u32>,
    pub note: Option<String>,
}

pub fn net_days() -> u32 {
    30
}

pub fn usd() -> String {
    "usd".to_owned()
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Invoice {
    pub number: String,
    #[api(default = "net_days")]
    pub days_until_due: u32,
    #[api(default = "usd")]
    pub currency: String,
    #[api(skip_serializing)]
    pub secret: Option<String>,
    #[api(skip_deserializing)]
    pub total: u64,
    #[api(skip_deserializing, default = "usd")]
    pub display_currency: String,
    #[api(skip, default = "net_days")]
    pub cache: u32,
}

/// A newtype model: its `String` on the wire.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CustomerId(pub String);

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Subscription {
    pub id: String,
    pub customer: CustomerId,
    #[api(with = "unix_seconds")]
    pub created: SystemTime,
    #[api(with = "unix_seconds::option", default)]
    pub canceled_at: Option<SystemTime>,
    #[api(serialize_with = "unix_seconds::serialize")]
    #[api(deserialize_with = "unix_seconds::deserialize")]
    pub current_period_end: SystemTime,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Address {
    pub line1: String,
    pub city: Option<String>,
    #[api(alias = "zip")]
    pub postal_code: Option<String>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Customer {
    pub id: String,
    #[api(flatten)]
    pub address: Address,
    pub email: Option<String>,
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Ledger {
    pub charges: Vec<Charge>,
    pub rows: Option<Vec<Row>>,
    pub invoices: Option<Vec<Invoice>>,
    pub subscriptions: Option<Vec<Subscription>>,
    pub customers: Option<Vec<Customer>>,
}
