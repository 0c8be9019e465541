//! Near misses: an unknown key that is a declared field's wire name spelled under another
//! rename rule, as `node_id` is `nodeId` in snake_case. The key is cut into words and
//! respelled under each rule; a respelling that a field declares is the near miss, and the
//! rule that spells the key itself is the one the model should have used.

use std::fmt;

/// A `rename_all` rule, as `#[api(rename_all = "...")]` (and serde) spell them; the rules
/// that spell a snake_case field name as another rule does (`lowercase` as `snake_case`,
/// `UPPERCASE` as `SCREAMING_SNAKE_CASE`) are left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RenameRule {
    /// `nodeId`, the derives' default.
    CamelCase,
    /// `node_id`.
    SnakeCase,
    /// `node-id`.
    KebabCase,
    /// `NodeId`.
    PascalCase,
    /// `NODE_ID`.
    ScreamingSnakeCase,
    /// `NODE-ID`.
    ScreamingKebabCase,
}

impl RenameRule {
    /// Every rule, in the order a key that several spell alike (a one-word key) is
    /// attributed to them.
    const ALL: [RenameRule; 6] = [
        RenameRule::CamelCase,
        RenameRule::SnakeCase,
        RenameRule::KebabCase,
        RenameRule::PascalCase,
        RenameRule::ScreamingSnakeCase,
        RenameRule::ScreamingKebabCase,
    ];

    /// The rule's name in `rename_all = "..."`, e.g. `snake_case`.
    pub fn as_str(self) -> &'static str {
        match self {
            RenameRule::CamelCase => "camelCase",
            RenameRule::SnakeCase => "snake_case",
            RenameRule::KebabCase => "kebab-case",
            RenameRule::PascalCase => "PascalCase",
            RenameRule::ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
            RenameRule::ScreamingKebabCase => "SCREAMING-KEBAB-CASE",
        }
    }

    /// `words`, lowercase, spelled under this rule.
    fn spell(self, words: &[String]) -> String {
        let joined = |separator: &str, upper: bool| {
            let joined = words.join(separator);
            if upper { joined.to_uppercase() } else { joined }
        };
        match self {
            RenameRule::SnakeCase => joined("_", false),
            RenameRule::KebabCase => joined("-", false),
            RenameRule::ScreamingSnakeCase => joined("_", true),
            RenameRule::ScreamingKebabCase => joined("-", true),
            RenameRule::PascalCase => words.iter().map(|word| capitalized(word)).collect(),
            RenameRule::CamelCase => {
                let mut camel = words.first().cloned().unwrap_or_default();
                camel.extend(words.iter().skip(1).map(|word| capitalized(word)));
                camel
            }
        }
    }
}

impl fmt::Display for RenameRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The declared name (one `declares` accepts) that `key` spells under another rule, and the
/// rule that spells `key`; `None` when no rule spells `key` or no respelling is declared.
pub(super) fn near_miss(
    key: &str,
    declares: impl Fn(&str) -> bool,
) -> Option<(String, RenameRule)> {
    let words = words(key);
    let rule = RenameRule::ALL
        .into_iter()
        .find(|rule| rule.spell(&words) == key)?;
    RenameRule::ALL
        .into_iter()
        .map(|other| other.spell(&words))
        .find(|candidate| candidate != key && declares(candidate))
        .map(|field| (field, rule))
}

/// The words of a name, lowercase: cut at `_` and `-`, before an uppercase letter that
/// follows a lowercase one or a digit, before the last of a run of uppercase letters that a
/// lowercase one follows (`HTTPServer` is `http server`), and before a digit that follows a
/// letter (`address2` is `address 2`, which snake_case spells `address_2`, as serde does).
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (index, &ch) in chars.iter().enumerate() {
        if ch == '_' || ch == '-' {
            words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
            continue;
        }
        let previous = index.checked_sub(1).map(|before| chars[before]);
        let next = chars.get(index + 1).copied();
        let starts_word = match previous {
            None => false,
            Some(previous) => {
                (ch.is_uppercase() && (previous.is_lowercase() || previous.is_ascii_digit()))
                    || (ch.is_uppercase()
                        && previous.is_uppercase()
                        && next.is_some_and(char::is_lowercase))
                    || (ch.is_ascii_digit() && previous.is_alphabetic())
            }
        };
        if starts_word && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.extend(ch.to_lowercase());
    }
    words.extend((!word.is_empty()).then_some(word));
    words
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule::*;
    use super::*;

    #[test]
    fn names_are_cut_into_words() {
        let cases: [(&str, &[&str]); 11] = [
            ("nodeId", &["node", "id"]),
            ("node_id", &["node", "id"]),
            ("NODE-ID", &["node", "id"]),
            ("NodeId", &["node", "id"]),
            ("HTTPServer", &["http", "server"]),
            ("serverURL", &["server", "url"]),
            ("address2", &["address", "2"]),
            ("address_2", &["address", "2"]),
            ("__x__y", &["x", "y"]),
            ("id", &["id"]),
            ("", &[]),
        ];
        for (name, expected) in cases {
            assert_eq!(words(name), expected, "{name}");
        }
    }

    #[test]
    fn each_rule_spells_words_as_serde_spells_a_snake_case_field() {
        let words = words("standAloneId");
        let spelled: Vec<(&str, String)> = RenameRule::ALL
            .iter()
            .map(|rule| (rule.as_str(), rule.spell(&words)))
            .collect();
        assert_eq!(
            spelled,
            [
                ("camelCase", "standAloneId".to_owned()),
                ("snake_case", "stand_alone_id".to_owned()),
                ("kebab-case", "stand-alone-id".to_owned()),
                ("PascalCase", "StandAloneId".to_owned()),
                ("SCREAMING_SNAKE_CASE", "STAND_ALONE_ID".to_owned()),
                ("SCREAMING-KEBAB-CASE", "STAND-ALONE-ID".to_owned()),
            ]
        );
    }

    #[test]
    fn a_key_that_a_declared_name_spells_under_another_rule_is_a_near_miss() {
        let declared = ["nodeId", "createdAt", "address2", "name"];
        let declares = |candidate: &str| declared.contains(&candidate);
        let cases = [
            ("node_id", Some(("nodeId", SnakeCase))),
            ("NODE_ID", Some(("nodeId", ScreamingSnakeCase))),
            ("node-id", Some(("nodeId", KebabCase))),
            ("CreatedAt", Some(("createdAt", PascalCase))),
            ("address_2", Some(("address2", SnakeCase))),
            ("Name", Some(("name", PascalCase))),
            // Spelled by no rule, or a respelling of nothing declared.
            ("nodeID", None),
            ("nodeid", None),
            ("parent_id", None),
            ("name", None),
            ("", None),
        ];
        for (key, expected) in cases {
            let found = near_miss(key, declares);
            let found = found.as_ref().map(|(field, rule)| (field.as_str(), *rule));
            assert_eq!(found, expected, "{key}");
        }
    }

    #[test]
    fn rules_display_as_rename_all_spells_them() {
        assert_eq!(SnakeCase.to_string(), "snake_case");
        assert_eq!(ScreamingKebabCase.to_string(), "SCREAMING-KEBAB-CASE");
    }
}
