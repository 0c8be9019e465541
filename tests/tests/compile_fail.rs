//! Compile errors of the derives, one `tests/ui` case per diagnostic. Each blessed `.stderr`
//! is user documentation: it is reviewed for wording and for the tokens it points at.
//!
//! These are the errors of a default build. The `schemars` feature adds one for a field type
//! the schema cannot describe (`compile_fail_schemars.rs`), which a case here whose field type
//! implements nothing would show too.
#![cfg(not(feature = "schemars"))]

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
