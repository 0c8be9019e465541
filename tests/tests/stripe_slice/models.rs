//! The models of the slice, as an SDK author writes them.

use std::collections::BTreeMap;
use std::time::SystemTime;

use callparty::{ApiEnum, ApiModel, ApiUnion, Extra, Nullable, UnknownValue};

/// A charge's id, `ch_...`
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChargeId(pub String);

/// One attempt to move money into an account
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Charge {
    pub id: ChargeId,
    pub object: String,
    /// In the currency's smallest unit
    pub amount: u64,
    pub amount_captured: u64,
    pub amount_refunded: u64,
    pub application_fee_amount: Nullable<u64>,
    pub balance_transaction: Nullable<String>,
    pub billing_details: BillingDetails,
    pub captured: bool,
    /// When the charge was made, in Unix seconds on the wire
    #[api(with = "crate::unix_seconds")]
    pub created: SystemTime,
    pub currency: String,
    /// The customer's id, or the whole customer when expanded
    pub customer: Nullable<CustomerRef>,
    pub description: Nullable<String>,
    pub failure_code: Nullable<String>,
    pub failure_message: Nullable<String>,
    pub livemode: bool,
    pub metadata: BTreeMap<String, String>,
    pub paid: bool,
    pub receipt_email: Nullable<String>,
    pub status: ChargeStatus,
    #[api(extra)]
    pub extra: Extra,
}

/// Who paid, as the payment method had it
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct BillingDetails {
    pub address: Nullable<Address>,
    pub email: Nullable<String>,
    pub name: Nullable<String>,
    pub phone: Nullable<String>,
}

/// A postal address
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Address {
    pub city: Nullable<String>,
    pub country: Nullable<String>,
    pub line1: Nullable<String>,
    pub line2: Nullable<String>,
    pub postal_code: Nullable<String>,
    pub state: Nullable<String>,
}

/// A customer id, or the customer itself when the request expands it
#[derive(ApiUnion, Debug, PartialEq)]
#[api(untagged)]
pub enum CustomerRef {
    Id(String),
    Customer(Box<Customer>),
}

/// A customer
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
pub struct Customer {
    pub id: String,
    #[api(with = "crate::unix_seconds")]
    pub created: SystemTime,
    pub email: Nullable<String>,
    pub name: Nullable<String>,
    pub delinquent: Nullable<bool>,
    #[api(extra)]
    pub extra: Extra,
}

/// Where a charge stands
#[derive(ApiEnum, Debug, Clone, PartialEq)]
#[api(rename_all = "lowercase")]
pub enum ChargeStatus {
    Succeeded,
    Pending,
    Failed,
    #[api(other)]
    Unknown(UnknownValue),
}

/// `Charge`'s fields with the `rename_all` forgotten: everything decodes, into `extra`.
#[derive(ApiModel, Debug)]
pub struct MisnamedCharge {
    pub amount_captured: Option<u64>,
    pub failure_code: Option<String>,
    #[api(extra)]
    pub extra: Extra,
}
