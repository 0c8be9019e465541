//! Compile errors that only the `schemars` feature raises: a field type the schema cannot
//! describe. Without the feature the same model compiles, and its `DOC` describes the field
//! as `TypeRef::Undescribed` (`schema_rules.rs` shows that side).
#![cfg(feature = "schemars")]

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui-schemars/*.rs");
}
