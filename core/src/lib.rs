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
pub mod json;
pub mod lossless;
mod model;
pub mod schema;
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
pub use model::ApiModel;
