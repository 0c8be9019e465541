//! The serializer shapes models use. Human-readable formats (JSON, YAML) get a map that
//! omits `None` and, for a model with an extra field, appends its entries; compact formats
//! (postcard, bincode, CBOR) get every declared field in order, so what they write decodes
//! again by position.
//!
//! Both shapes keep the first error and return it from `end`, and every call after it does
//! nothing: the generated `serialize` is then a straight list of calls with no `?` per field,
//! which is less code per model for the compiler to check and optimise. A model without an
//! extra field, most of an API's models, gets the struct-only shape, whose calls test no more
//! per field than serde_derive's code does, and an `Option` field once rather than twice
//! (see `Present`).

mod plain;
mod present;
mod with_extra;

pub use plain::StructSerializer;
use present::{Absent, Present};
pub use with_extra::WithExtraSerializer;
