//! Compile-time checks that generated code runs in `const` items, for what only the types
//! know: the wire names of a tagged variant's model, and the JSON kinds of a by-kind
//! union's variants. A failed check is a compile error at the variant.

use crate::JsonKind;
use crate::doc::ModelDoc;

/// Whether `model` reads or writes a field named `name` (by wire name or alias).
pub const fn model_has_wire_name(model: &ModelDoc, name: &str) -> bool {
    let mut index = 0;
    while index < model.fields.len() {
        let field = &model.fields[index];
        if str_eq(field.wire_name, name) {
            return true;
        }
        let mut alias = 0;
        while alias < field.aliases.len() {
            if str_eq(field.aliases[alias], name) {
                return true;
            }
            alias += 1;
        }
        index += 1;
    }
    false
}

/// Whether two variants of a by-kind union would read the same values.
pub const fn same_kind(a: JsonKind, b: JsonKind) -> bool {
    a as u8 == b as u8
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}
