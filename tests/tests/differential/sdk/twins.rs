//! serde_derive twins of the SDK models, with the hand-written pieces serde users need.

use std::collections::BTreeMap;
use std::time::SystemTime;

use callparty::Nullable;
use serde::Deserializer;
use serde::de::Deserialize as _;
use serde_derive::{Deserialize, Serialize};

use super::ours::*;
use crate::mirror::{Mirror, TwinExtra, mirror_struct};

/// The serde idiom for a field that tells a missing key from `null`: `None` when missing
/// (`default`, and left out when writing), `Some(None)` for `null`, read through
/// `Option<T>` so that `null` is not taken for a missing key.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(transparent)]
pub struct TwinNullable<T>(pub Option<Option<T>>);

impl<T> Default for TwinNullable<T> {
    fn default() -> Self {
        TwinNullable(None)
    }
}

impl<T> TwinNullable<T> {
    pub fn is_absent(&self) -> bool {
        self.0.is_none()
    }

    pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>
    where
        T: serde::Deserialize<'de>,
    {
        Option::<T>::deserialize(deserializer).map(|value| TwinNullable(Some(value)))
    }
}

impl<T: Mirror> Mirror for TwinNullable<T> {
    type Ours = Nullable<T::Ours>;
    fn to_ours(&self) -> Self::Ours {
        match &self.0 {
            None => Nullable::Absent,
            Some(None) => Nullable::Null,
            Some(Some(value)) => Nullable::Value(value.to_ours()),
        }
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        TwinNullable(match ours {
            Nullable::Absent => None,
            Nullable::Null => Some(None),
            Nullable::Value(value) => Some(Some(T::from_ours(value))),
        })
    }
}

/// What `#[api(required)]` means in serde: `deserialize_with` turns off serde_derive's
/// reading of a missing `Option` as `None`, so the key must be there; `null` is `None`.
fn required<'de, D: Deserializer<'de>, T: serde::Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(deserializer)
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub struct ChargeTwin {
    pub id: String,
    #[serde(default, skip_serializing_if = "TwinNullable::is_absent")]
    #[serde(deserialize_with = "TwinNullable::read")]
    pub failure_code: TwinNullable<String>,
    #[serde(default, skip_serializing_if = "TwinNullable::is_absent")]
    #[serde(deserialize_with = "TwinNullable::read")]
    pub amount_refunded: TwinNullable<u64>,
    #[serde(deserialize_with = "required")]
    pub receipt_email: Option<String>,
    /// Ours is a `Nullable` that a decode never makes `Absent`.
    #[serde(deserialize_with = "required")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    #[serde(flatten)]
    pub extra: TwinExtra,
}

impl Mirror for ChargeTwin {
    type Ours = Charge;
    fn to_ours(&self) -> Charge {
        Charge {
            id: self.id.clone(),
            failure_code: self.failure_code.to_ours(),
            amount_refunded: self.amount_refunded.to_ours(),
            receipt_email: self.receipt_email.clone(),
            description: match &self.description {
                None => Nullable::Null,
                Some(value) => Nullable::Value(value.clone()),
            },
            metadata: self.metadata.to_ours(),
            extra: self.extra.to_ours(),
        }
    }
    fn from_ours(ours: &Charge) -> Self {
        ChargeTwin {
            id: ours.id.clone(),
            failure_code: Mirror::from_ours(&ours.failure_code),
            amount_refunded: Mirror::from_ours(&ours.amount_refunded),
            receipt_email: ours.receipt_email.clone(),
            description: ours.description.value().cloned(),
            metadata: Mirror::from_ours(&ours.metadata),
            extra: Mirror::from_ours(&ours.extra),
        }
    }
}

/// serde writes `None` as `null` unless told to skip it: `write_none` is its default.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct RowTwin {
    pub sku: String,
    #[serde(default)]
    pub quantity: Option<u32>,
    #[serde(default)]
    pub note: Option<String>,
}

mirror_struct!(RowTwin => Row { sku, quantity, note });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub struct InvoiceTwin {
    pub number: String,
    #[serde(default = "net_days")]
    pub days_until_due: u32,
    #[serde(default = "usd")]
    pub currency: String,
    // `default`: a model read from an array takes `None` for an `Option` the array stops
    // short of (tests/tests/serde_tokens.rs); serde_derive does so only with `default`.
    #[serde(skip_serializing, default)]
    pub secret: Option<String>,
    #[serde(skip_deserializing)]
    pub total: u64,
    #[serde(skip_deserializing, default = "usd")]
    pub display_currency: String,
    #[serde(skip, default = "net_days")]
    pub cache: u32,
}

mirror_struct!(InvoiceTwin => Invoice {
    number, days_until_due, currency, secret, total, display_currency, cache
});

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(transparent)]
pub struct CustomerIdTwin(pub String);

impl Mirror for CustomerIdTwin {
    type Ours = CustomerId;
    fn to_ours(&self) -> CustomerId {
        CustomerId(self.0.clone())
    }
    fn from_ours(ours: &CustomerId) -> Self {
        CustomerIdTwin(ours.0.clone())
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub struct SubscriptionTwin {
    pub id: String,
    pub customer: CustomerIdTwin,
    #[serde(with = "unix_seconds")]
    pub created: SystemTime,
    #[serde(with = "unix_seconds::option", default)]
    pub canceled_at: Option<SystemTime>,
    #[serde(serialize_with = "unix_seconds::serialize")]
    #[serde(deserialize_with = "unix_seconds::deserialize")]
    pub current_period_end: SystemTime,
}

impl Mirror for SystemTime {
    type Ours = SystemTime;
    fn to_ours(&self) -> SystemTime {
        *self
    }
    fn from_ours(ours: &SystemTime) -> Self {
        *ours
    }
}

mirror_struct!(SubscriptionTwin => Subscription {
    id,
    customer,
    created,
    canceled_at,
    current_period_end
});

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub struct AddressTwin {
    pub line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "zip")]
    pub postal_code: Option<String>,
}

mirror_struct!(AddressTwin => Address { line1, city, postal_code });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub struct CustomerTwin {
    pub id: String,
    #[serde(flatten)]
    pub address: AddressTwin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(flatten)]
    pub extra: TwinExtra,
}

mirror_struct!(CustomerTwin => Customer { id, address, email, extra });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LedgerTwin {
    pub charges: Vec<ChargeTwin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<RowTwin>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoices: Option<Vec<InvoiceTwin>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<SubscriptionTwin>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customers: Option<Vec<CustomerTwin>>,
}

mirror_struct!(LedgerTwin => Ledger {
    charges,
    rows,
    invoices,
    subscriptions,
    customers
});
