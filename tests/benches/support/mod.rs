//! Models and data shared by the model benchmarks.

pub mod borrowed;
pub mod data;
pub mod kept;
pub mod lean;
pub mod string_enums;
