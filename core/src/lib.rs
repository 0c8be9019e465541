//! RingCentral call-control models, and the runtime behind the `ApiModel` and `ApiEnum`
//! derives that build them.
//!
//! ```
//! use callparty::models::{CallParty, CallPartyDirection};
//!
//! let party: CallParty = callparty::json::from_str(
//!     r#"{"id":"p-1","direction":"Inbound","brandId":"1210"}"#,
//! )?;
//! assert_eq!(party.direction, Some(CallPartyDirection::Inbound));
//! // Fields that no model knows yet are kept, and written back.
//! assert!(callparty::json::to_string(&party)?.contains(r#""brandId":"1210""#));
//! # Ok::<(), callparty::json::Error>(())
//! ```

extern crate self as callparty;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
pub mod doc;
mod enum_value;
mod extra;
pub mod json;
pub mod lossless;
mod model;
pub mod models;
pub mod session_state;

pub use callparty_macros::{ApiEnum, ApiModel};
pub use enum_value::{ApiEnum, ParseEnumError, UnknownValue};
pub use extra::{Extra, ExtraFields};
pub use model::ApiModel;
