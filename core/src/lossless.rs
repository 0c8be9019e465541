//! Did a decode → encode round trip keep everything? Compares the JSON that came in with the
//! JSON that went out, treating `null` as absent, as the API does, and numbers by their text.

mod document;

use document::{Kind, Node};
use std::collections::BTreeMap;
use std::fmt;

/// One way in which the output of a round trip differs from its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Where, e.g. `parties[1].status.code`; empty for the root.
    pub path: String,
    /// The input's JSON text there, without whitespace between tokens; `None` where the
    /// input had no value.
    pub input: Option<String>,
    /// The output's JSON text there, as for `input`.
    pub output: Option<String>,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |text: &Option<String>| text.clone().unwrap_or_else(|| "(absent)".to_owned());
        write!(
            f,
            "{}: {} → {}",
            self.path,
            show(&self.input),
            show(&self.output)
        )
    }
}

/// Every place where the JSON document `output` differs from the JSON document `input`,
/// except that a `null` counts as absent and object key order does not matter. Numbers are
/// compared by their text: `1e2` → `100.0` and `1.50` → `1.5` are changes. An empty list
/// means the round trip lost nothing.
///
/// # Errors
/// When either document is not valid JSON.
///
/// ```
/// let input = r#"{"id": "p-1", "park": null, "status": {"code": "Voicemail"}, "n": 1e2}"#;
/// let output = r#"{"status": {"code": "VoiceMail"}, "id": "p-1", "n": 100.0}"#;
/// let found = callparty::lossless::differences(input, output).unwrap();
/// let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
/// assert_eq!(shown, [r#"status.code: "Voicemail" → "VoiceMail""#, "n: 1e2 → 100.0"]);
/// ```
pub fn differences(input: &str, output: &str) -> Result<Vec<Difference>, serde_json::Error> {
    let input = document::parse(input)?;
    let output = document::parse(output)?;
    let mut found = Vec::new();
    compare(&mut String::new(), Some(&input), Some(&output), &mut found);
    Ok(found)
}

fn compare(
    path: &mut String,
    input: Option<&Node>,
    output: Option<&Node>,
    found: &mut Vec<Difference>,
) {
    let input = input.filter(|node| !matches!(node.kind, Kind::Null));
    let output = output.filter(|node| !matches!(node.kind, Kind::Null));
    let same = match (input.map(|node| &node.kind), output.map(|node| &node.kind)) {
        (None, None) => true,
        (Some(Kind::Object(input)), Some(Kind::Object(output))) => {
            let inputs: BTreeMap<&str, &Node> = by_key(input);
            let outputs: BTreeMap<&str, &Node> = by_key(output);
            let keys = input.iter().map(|(key, _)| key.as_str()).chain(
                output
                    .iter()
                    .map(|(key, _)| key.as_str())
                    .filter(|key| !inputs.contains_key(key)),
            );
            for key in keys {
                let length = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                compare(
                    path,
                    inputs.get(key).copied(),
                    outputs.get(key).copied(),
                    found,
                );
                path.truncate(length);
            }
            true
        }
        (Some(Kind::Array(input)), Some(Kind::Array(output))) if input.len() == output.len() => {
            for (index, (input, output)) in input.iter().zip(output).enumerate() {
                let length = path.len();
                path.push_str(&format!("[{index}]"));
                compare(path, Some(input), Some(output), found);
                path.truncate(length);
            }
            true
        }
        (Some(Kind::Number), Some(Kind::Number)) => {
            input.map(|node| node.text) == output.map(|node| node.text)
        }
        (Some(Kind::Scalar(input)), Some(Kind::Scalar(output))) => input == output,
        _ => false,
    };
    if !same {
        let text = |node: Option<&Node>| {
            node.map(|node| crate::extra_value::without_whitespace(node.text))
        };
        found.push(Difference {
            path: path.clone(),
            input: text(input),
            output: text(output),
        });
    }
}

fn by_key<'n, 'a>(entries: &'n [(String, Node<'a>)]) -> BTreeMap<&'n str, &'n Node<'a>> {
    entries
        .iter()
        .map(|(key, node)| (key.as_str(), node))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(input: &str, output: &str) -> Vec<String> {
        differences(input, output)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn equal_documents_have_no_differences() {
        let value = r#"{"a": [1, {"b": "c"}], "d": true, "e": 1.50e-3}"#;
        assert!(shown(value, value).is_empty());
        assert!(shown(value, r#"{"d":true,"e":1.50e-3,"a":[1,{"b":"c"}]}"#).is_empty());
    }

    #[test]
    fn null_counts_as_absent_on_either_side() {
        assert!(
            shown(
                r#"{"a": null, "b": {"c": null}}"#,
                r#"{"b": {}, "e": null}"#
            )
            .is_empty()
        );
    }

    #[test]
    fn reports_lost_added_and_changed_values_with_paths() {
        let input = r#"{"parties": [{"id": "p-1", "x": 1}, {"id": "p-2"}]}"#;
        let output = r#"{"parties": [{"id": "p-1"}, {"id": "p-3", "y": false}]}"#;
        assert_eq!(
            shown(input, output),
            [
                "parties[0].x: 1 → (absent)",
                r#"parties[1].id: "p-2" → "p-3""#,
                "parties[1].y: (absent) → false",
            ]
        );
    }

    #[test]
    fn arrays_of_other_length_differ_as_a_whole() {
        assert_eq!(
            shown(r#"{"a": [1, 2]}"#, r#"{"a": [1]}"#),
            ["a: [1,2] → [1]"]
        );
    }

    #[test]
    fn a_lost_empty_object_is_a_difference() {
        assert_eq!(shown(r#"{"park": { }}"#, "{}"), ["park: {} → (absent)"]);
    }

    #[test]
    fn numbers_differ_by_their_text() {
        assert_eq!(
            shown("[1, 2.0, 3e0]", "[1.0, 2.0, 3E0]"),
            ["[0]: 1 → 1.0", "[2]: 3e0 → 3E0"]
        );
    }

    #[test]
    fn strings_compare_by_value_and_a_repeated_key_keeps_its_last_value() {
        assert!(
            shown(
                r#"{"a": "\u00e9", "b": 1, "b": 2}"#,
                r#"{"a": "é", "b": 2}"#
            )
            .is_empty()
        );
    }

    #[test]
    fn invalid_json_is_an_error() {
        assert!(differences("{", "{}").is_err());
        assert!(differences("{}", "[1,]").is_err());
    }
}
