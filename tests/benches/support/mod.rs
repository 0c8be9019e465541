//! Models and data shared by the model benchmarks.

pub mod borrowed;
pub mod cases;
pub mod data;
pub mod kept;
pub mod plain;
pub mod string_enums;
