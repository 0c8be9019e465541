//! Did a decode → encode round trip keep everything? Compares the JSON that came in with the
//! JSON that went out, treating `null` as absent, as the API does.

use serde_json::Value;
use std::fmt;

/// One way in which the output of a round trip differs from its input.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where, e.g. `parties[1].status.code`; empty for the root.
    pub path: String,
    /// The input's value there; `None` where the input had none.
    pub input: Option<Value>,
    /// The output's value there; `None` where the output has none.
    pub output: Option<Value>,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |value: &Option<Value>| {
            value
                .as_ref()
                .map_or("(absent)".to_owned(), Value::to_string)
        };
        write!(
            f,
            "{}: {} → {}",
            self.path,
            show(&self.input),
            show(&self.output)
        )
    }
}

/// Every place where `output` differs from `input`, except that a `null` counts as absent
/// and object key order does not matter. An empty list means the round trip lost nothing.
///
/// ```
/// use serde_json::json;
///
/// let input = json!({"id": "p-1", "park": null, "status": {"code": "Voicemail"}});
/// let output = json!({"status": {"code": "VoiceMail"}, "id": "p-1"});
/// let found = callparty::lossless::differences(&input, &output);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].to_string(), r#"status.code: "Voicemail" → "VoiceMail""#);
/// ```
pub fn differences(input: &Value, output: &Value) -> Vec<Difference> {
    let mut found = Vec::new();
    compare(&mut String::new(), Some(input), Some(output), &mut found);
    found
}

fn compare(
    path: &mut String,
    input: Option<&Value>,
    output: Option<&Value>,
    found: &mut Vec<Difference>,
) {
    let input = input.filter(|value| !value.is_null());
    let output = output.filter(|value| !value.is_null());
    match (input, output) {
        (None, None) => {}
        (Some(Value::Object(input)), Some(Value::Object(output))) => {
            let keys = input
                .keys()
                .chain(output.keys().filter(|key| !input.contains_key(*key)));
            for key in keys {
                let length = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                compare(path, input.get(key), output.get(key), found);
                path.truncate(length);
            }
        }
        (Some(Value::Array(input)), Some(Value::Array(output))) if input.len() == output.len() => {
            for (index, (input, output)) in input.iter().zip(output).enumerate() {
                let length = path.len();
                path.push_str(&format!("[{index}]"));
                compare(path, Some(input), Some(output), found);
                path.truncate(length);
            }
        }
        (input, output) if input == output => {}
        (input, output) => found.push(Difference {
            path: path.clone(),
            input: input.cloned(),
            output: output.cloned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equal_documents_have_no_differences() {
        let value = json!({"a": [1, {"b": "c"}], "d": true});
        assert!(differences(&value, &value).is_empty());
    }

    #[test]
    fn null_counts_as_absent_on_either_side() {
        let input = json!({"a": null, "b": {"c": null}});
        let output = json!({"b": {}, "e": null});
        assert!(differences(&input, &output).is_empty());
    }

    #[test]
    fn reports_lost_added_and_changed_values_with_paths() {
        let input = json!({"parties": [{"id": "p-1", "x": 1}, {"id": "p-2"}]});
        let output = json!({"parties": [{"id": "p-1"}, {"id": "p-3", "y": false}]});
        let shown: Vec<String> = differences(&input, &output)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            [
                "parties[0].x: 1 → (absent)",
                r#"parties[1].id: "p-2" → "p-3""#,
                "parties[1].y: (absent) → false",
            ]
        );
    }

    #[test]
    fn arrays_of_other_length_differ_as_a_whole() {
        let found = differences(&json!({"a": [1, 2]}), &json!({"a": [1]}));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "a");
    }

    #[test]
    fn a_lost_empty_object_is_a_difference() {
        let found = differences(&json!({"park": {}}), &json!({}));
        assert_eq!(found[0].to_string(), "park: {} → (absent)");
    }
}
