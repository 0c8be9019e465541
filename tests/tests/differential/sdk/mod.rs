//! The shapes an SDK for another API needs, next to serde_derive twins written with the
//! `#[serde(...)]` attributes (or the few lines of hand-written serde) that serde users write
//! for them:
//!
//! | model | what it brings | serde twin |
//! |---|---|---|
//! | `Charge` | `Nullable<T>`, `required` on `Option` and `Nullable`, snake_case, extra | `Option<Option<T>>` read through `Option<T>`, skipped when `None`; `deserialize_with` for a required key |
//! | `Row` | `write_none` | plain `Option` fields with `default` |
//! | `Invoice` | `default = "path"`, `skip_serializing`, `skip_deserializing` (alone and with a default), `skip` with a default | the same `#[serde(...)]` attributes |
//! | `Subscription` | a newtype model (`CustomerId`), Unix timestamps: `with` (with `default` on an `Option`), `serialize_with` and `deserialize_with` | `#[serde(transparent)]`; the same `#[serde(...)]` attributes and module |
//! | `Customer` | `flatten` of `Address` (with an alias) beside an `extra` map | `#[serde(flatten)]` of the address and of the map |
//! | `Ledger` | the root: charges, rows, invoices, subscriptions and customers | |

mod ours;
mod twins;
mod values;

pub use ours::Ledger;
pub use twins::LedgerTwin;
pub use values::{decoded, vocab};
