//! Compile errors of the derives, one `tests/ui` case per diagnostic. Each blessed `.stderr`
//! is user documentation: it is reviewed for wording and for the tokens it points at.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
