//! The names of the definitions: a model's or an enum's documented name, made unique.
//!
//! An instance of a generic model takes its type arguments into the name
//! (`Page<Contact>` is `Page_Contact`), and a second type of the same name gets a number
//! (`Status_2`). Names keep to the characters OpenAPI allows in a component's name.

use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub struct Names {
    /// Rust type (as `type_name` writes it) → definition name.
    by_type: HashMap<&'static str, String>,
    taken: HashSet<String>,
}

impl Names {
    /// The definition name of `rust_type`, documented as `doc_name`, and whether it is new.
    pub fn name(&mut self, rust_type: &'static str, doc_name: &str) -> (&str, bool) {
        let is_new = !self.by_type.contains_key(rust_type);
        if is_new {
            let base = with_type_arguments(doc_name, rust_type);
            let mut name = base.clone();
            let mut number = 1;
            while self.taken.contains(&name) {
                number += 1;
                name = format!("{base}_{number}");
            }
            self.taken.insert(name.clone());
            self.by_type.insert(rust_type, name);
        }
        (&self.by_type[rust_type], is_new)
    }
}

/// `doc_name`, followed by the type arguments of `rust_type` without paths or lifetimes.
pub fn with_type_arguments(doc_name: &str, rust_type: &str) -> String {
    let short = without_paths(rust_type);
    let arguments = short
        .split_once('<')
        .map(|(_, rest)| rest.strip_suffix('>').unwrap_or(rest))
        .unwrap_or_default();
    let mut name = safe(doc_name);
    let mut words = String::new();
    for argument in arguments.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'')) {
        if argument.is_empty() || argument.starts_with('\'') {
            continue;
        }
        words.push('_');
        words.push_str(argument);
    }
    name.push_str(&safe(&words));
    name
}

/// `a::b::Page<a::Contact>` → `Page<Contact>`.
fn without_paths(rust_type: &str) -> String {
    let mut out = String::new();
    let mut word_start = 0;
    let mut rest = rust_type;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("::") {
            out.truncate(word_start);
            rest = after;
            continue;
        }
        out.push(c);
        if !(c.is_alphanumeric() || c == '_') {
            word_start = out.len();
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Only the characters OpenAPI allows in a component's name: `A-Z a-z 0-9 . - _`.
fn safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_instances_carry_their_arguments() {
        let cases = [
            ("CallParty", "callparty::models::CallParty", "CallParty"),
            ("Page", "my_api::Page<my_api::Contact>", "Page_Contact"),
            (
                "Page",
                "my_api::Page<alloc::vec::Vec<u8>, 4>",
                "Page_Vec_u8_4",
            ),
            ("Borrowed", "tests::Borrowed<'_>", "Borrowed"),
            ("Mixed", "a::Mixed<'_, b::C<'_>>", "Mixed_C"),
            ("UserAccount", "tests::Account", "UserAccount"),
            ("Ünï Code", "tests::U", "_n__Code"),
        ];
        for (doc, rust, want) in cases {
            assert_eq!(with_type_arguments(doc, rust), want, "{rust}");
        }
    }

    #[test]
    fn a_second_type_of_the_same_name_gets_a_number() {
        let mut names = Names::default();
        assert_eq!(names.name("a::Status", "Status"), ("Status", true));
        assert_eq!(names.name("b::Status", "Status"), ("Status_2", true));
        assert_eq!(names.name("a::Status", "Status"), ("Status", false));
        assert_eq!(names.name("c::Status", "Status"), ("Status_3", true));
    }
}
