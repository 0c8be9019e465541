//! Generators: values of the twin types (`values`), raw JSON documents built around the
//! schema (`json`, `mutate`), and the words both draw from (`vocab`).

pub mod json;
pub mod mutate;
pub mod values;
pub mod vocab;
