// The README is the crate's documentation, so its example is compiled and run as a doctest
// and the attribute reference has one source.
#![doc = include_str!("../../README.md")]

extern crate self as callparty;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
pub mod doc;
mod enum_value;
mod extra;
mod extra_value;
pub mod json;
pub mod lossless;
mod model;
// RingCentral's models, operations and the notification fold sit apart from the runtime,
// which never uses them; their public paths are `callparty::models`, `callparty::operations`
// and `callparty::session_state`. An SDK for another API turns the default `ringcentral`
// feature off and compiles none of it.
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/models/mod.rs"]
pub mod models;
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/operations/mod.rs"]
pub mod operations;
#[cfg(feature = "ringcentral")]
#[path = "ringcentral/session_state/mod.rs"]
pub mod session_state;

pub use callparty_macros::{ApiEnum, ApiModel};
pub use enum_value::{ApiEnum, ParseEnumError, UnknownValue};
pub use extra::{Extra, ExtraFields};
pub use extra_value::ExtraValue;
pub use model::ApiModel;
