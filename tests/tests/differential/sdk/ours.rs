//! Our side: models of a Stripe-like API.

use std::collections::BTreeMap;

use callparty::{ApiModel, Extra, Nullable};

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

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Ledger {
    pub charges: Vec<Charge>,
    pub rows: Option<Vec<Row>>,
}
