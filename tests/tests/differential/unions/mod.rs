//! Unions next to their serde_derive twins, one root per form:
//!
//! | root | union | serde twin |
//! |---|---|---|
//! | `OneKeyRoot` | `Target` (open, alias, deprecated), `Reply` (closed, a model) | externally tagged newtype enums |
//! | `TaggedRoot` | `Event` (open, alias, model with extra, unit), `Shape` (closed, tag in the middle) | `#[serde(tag = "...")]` |
//! | `KindRoot` | `CustomerRef` (string, object, array, null) | `#[serde(untagged)]` |
//!
//! The twins are closed: serde has no way to keep an unknown variant, which is listed in
//! `allowed.rs` with the other deliberate differences.

mod ours;
mod twins;
mod values;

pub use ours::{KindRoot, OneKeyRoot, TaggedRoot};
pub use twins::{KindRootTwin, OneKeyRootTwin, TaggedRootTwin};
pub use values::vocab;
