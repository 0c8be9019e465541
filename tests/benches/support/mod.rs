//! Models and data shared by the model benchmarks.

pub mod borrowed;
pub mod cases;
pub mod data;
// Used by `cpu_time` and `unions` only.
#[allow(dead_code)]
pub mod fastest;
pub mod kept;
pub mod plain;
pub mod string_enums;
