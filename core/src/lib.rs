// The README is the crate's documentation, so its example is compiled and run as a doctest
// and the attribute reference has one source.
#![doc = include_str!("../../README.md")]

extern crate self as callparty;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
// Generated code imports `__private` under this name, which says which derives this runtime
// serves: a `callparty-macros` of another version imports another name and fails to compile
// with an error that names the two versions that go together. Renamed with every release;
// a unit test of `callparty-macros` checks this line against its version.
#[doc(hidden)]
pub use __private as __callparty_macros_0_1_0_needs_callparty_0_1_0;
pub mod doc;
mod enum_value;
mod extra;
mod extra_value;
pub mod json;
mod json_kind;
pub mod lossless;
mod messages;
mod model;
mod nullable;
pub mod schema;
// RingCentral's models, operations, the notification fold and the webhook endpoint sit apart
// from the runtime, which never uses them; their public paths are `callparty::models`,
// `callparty::operations`, `callparty::session_state`, `callparty::snapshot` and
// `callparty::webhook`. An SDK for another API turns the default `ringcentral` feature off
// and compiles none of it.
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/models/mod.rs"]
pub mod models;
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/operations/mod.rs"]
pub mod operations;
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/session_state/mod.rs"]
pub mod session_state;
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/snapshot.rs"]
pub mod snapshot;
mod union;
mod unknown_variant;
#[cfg(feature = "webhook")]
#[path = "ringcentral/webhook/mod.rs"]
pub mod webhook;

pub use callparty_macros::{ApiEnum, ApiModel, ApiUnion};
pub use enum_value::{ApiEnum, ParseEnumError, UnknownValue};
pub use extra::{Extra, ExtraFields};
pub use extra_value::ExtraValue;
pub use json_kind::{JsonKind, JsonValueKind};
pub use model::ApiModel;
pub use nullable::Nullable;
pub use union::ApiUnion;
pub use unknown_variant::UnknownVariant;
