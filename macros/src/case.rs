//! serde's rename rules, applied the way serde applies them to fields and to variants.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    pub const ALL: [(&'static str, RenameRule); 8] = [
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("camelCase", RenameRule::Camel),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
    ];

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(rule_name, _)| *rule_name == name)
            .map(|(_, rule)| *rule)
    }

    /// `field` is a snake_case Rust field name.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => snake_to_pascal(field),
            RenameRule::Camel => lower_first(&snake_to_pascal(field)),
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }

    /// `variant` is a PascalCase Rust variant name.
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => lower_first(variant),
            RenameRule::Snake => pascal_to_snake(variant),
            RenameRule::ScreamingSnake => pascal_to_snake(variant).to_ascii_uppercase(),
            RenameRule::Kebab => pascal_to_snake(variant).replace('_', "-"),
            RenameRule::ScreamingKebab => pascal_to_snake(variant)
                .to_ascii_uppercase()
                .replace('_', "-"),
        }
    }
}

/// Lists every rule, for the error on an unknown one.
pub struct RuleNames;

impl fmt::Display for RuleNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, (name, _)) in RenameRule::ALL.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "\"{name}\"")?;
        }
        Ok(())
    }
}

fn snake_to_pascal(field: &str) -> String {
    let mut pascal = String::with_capacity(field.len());
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            pascal.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            pascal.push(ch);
        }
    }
    pascal
}

// Char-wise, because slicing `[..1]` as serde does would panic on a non-ASCII first letter.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn pascal_to_snake(variant: &str) -> String {
    let mut snake = String::with_capacity(variant.len() + 4);
    for (index, ch) in variant.char_indices() {
        if index > 0 && ch.is_uppercase() {
            snake.push('_');
        }
        snake.push(ch.to_ascii_lowercase());
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::RenameRule::{self, *};

    #[test]
    fn fields_follow_serde() {
        let table: &[(&str, [&str; 8])] = &[
            (
                "stand_alone",
                [
                    "stand_alone",
                    "STAND_ALONE",
                    "StandAlone",
                    "standAlone",
                    "stand_alone",
                    "STAND_ALONE",
                    "stand-alone",
                    "STAND-ALONE",
                ],
            ),
            (
                "ring_out_role",
                [
                    "ring_out_role",
                    "RING_OUT_ROLE",
                    "RingOutRole",
                    "ringOutRole",
                    "ring_out_role",
                    "RING_OUT_ROLE",
                    "ring-out-role",
                    "RING-OUT-ROLE",
                ],
            ),
            ("id", ["id", "ID", "Id", "id", "id", "ID", "id", "ID"]),
            ("a", ["a", "A", "A", "a", "a", "A", "a", "A"]),
        ];
        let rules = [
            Lower,
            Upper,
            Pascal,
            Camel,
            Snake,
            ScreamingSnake,
            Kebab,
            ScreamingKebab,
        ];
        for (field, expected) in table {
            for (rule, want) in rules.iter().zip(expected) {
                assert_eq!(rule.apply_to_field(field), *want, "{rule:?} on {field}");
            }
        }
    }

    #[test]
    fn variants_follow_serde() {
        let table: &[(&str, [&str; 8])] = &[
            (
                "VoiceMail",
                [
                    "voicemail",
                    "VOICEMAIL",
                    "VoiceMail",
                    "voiceMail",
                    "voice_mail",
                    "VOICE_MAIL",
                    "voice-mail",
                    "VOICE-MAIL",
                ],
            ),
            ("A", ["a", "A", "A", "a", "a", "A", "a", "A"]),
        ];
        let rules = [
            Lower,
            Upper,
            Pascal,
            Camel,
            Snake,
            ScreamingSnake,
            Kebab,
            ScreamingKebab,
        ];
        for (variant, expected) in table {
            for (rule, want) in rules.iter().zip(expected) {
                assert_eq!(
                    rule.apply_to_variant(variant),
                    *want,
                    "{rule:?} on {variant}"
                );
            }
        }
    }

    #[test]
    fn non_ascii_first_letters_do_not_panic() {
        assert_eq!(Camel.apply_to_variant("Überfall"), "Überfall");
        assert_eq!(Camel.apply_to_field("ü_x"), "üX");
        assert_eq!(Camel.apply_to_field(""), "");
    }

    #[test]
    fn names_round_trip() {
        for (name, rule) in RenameRule::ALL {
            assert_eq!(RenameRule::from_name(name), Some(rule));
        }
        assert_eq!(RenameRule::from_name("camelcase"), None);
        assert_eq!(
            super::RuleNames.to_string(),
            "\"lowercase\", \"UPPERCASE\", \"PascalCase\", \"camelCase\", \"snake_case\", \
             \"SCREAMING_SNAKE_CASE\", \"kebab-case\", \"SCREAMING-KEBAB-CASE\""
        );
    }
}
