//! JSON text as kept for an unknown value.

use std::fmt;

/// serde_json reads at most this many nested arrays and objects into a `Value`.
const MAX_DEPTH: usize = 127;

/// Why serde_json could not read a JSON text into a `Value`.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Unreadable {
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
    /// A number beyond `f64`, such as `1e400`.
    NumberOutOfRange,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // serde_json's wording for the same failures.
        f.write_str(match self {
            Unreadable::TooDeep => "recursion limit exceeded",
            Unreadable::NumberOutOfRange => "number out of range",
        })
    }
}

/// `json` (valid JSON, as serde_json's raw value hands it over) as it is kept: without the
/// whitespace between its tokens, so that an unknown value read from indented input does not
/// carry its indentation into compact output. Whitespace inside strings is kept. Copies only
/// when there is whitespace to drop.
///
/// Rejects what serde_json would not read into a `Value`, as it did before unknown values
/// were kept as text, so that every kept value has one.
pub(super) fn kept(json: &str) -> Result<Box<str>, Unreadable> {
    let bytes = json.as_bytes();
    // serde_json hands over a value from its first byte to its last, so a value that opens
    // with a quote or a letter is one string or literal: nothing in it to drop or check.
    if let Some(b'"' | b't' | b'f' | b'n') = bytes.first() {
        return Ok(json.into());
    }
    let mut whitespace = false;
    let mut depth = 0usize;
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'"' => index = string_end(bytes, index),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Unreadable::TooDeep);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'0'..=b'9' => {
                let end = number_end(bytes, index);
                check_number(json.get(index..end).unwrap_or_default())?;
                index = end - 1;
            }
            _ => whitespace |= is_json_whitespace(byte),
        }
        index += 1;
    }
    Ok(if whitespace {
        without_whitespace(json).into_boxed_str()
    } else {
        json.into()
    })
}

/// The index of the quote that closes the string opening at `start`. Strings are most of an
/// unknown value's text; `memchr` looks at many bytes at a time.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut index = start + 1;
    while let Some(found) = bytes
        .get(index..)
        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
    {
        index += found;
        if bytes.get(index) == Some(&b'"') {
            return index;
        }
        index += 2;
    }
    bytes.len()
}

fn number_end(bytes: &[u8], start: usize) -> usize {
    let length = bytes[start..]
        .iter()
        .take_while(|byte| matches!(byte, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
        .count();
    start + length
}

/// serde_json reads a number beyond `u64`/`i64` as an `f64` and fails where that is infinite;
/// only an exponent or many digits can get there. (Both round correctly, so `str::parse`
/// agrees with serde_json's `float_roundtrip` on where `f64` ends.)
fn check_number(number: &str) -> Result<(), Unreadable> {
    let may_overflow = number.len() > 300 || number.contains(['e', 'E']);
    if may_overflow && !number.parse::<f64>().is_ok_and(f64::is_finite) {
        return Err(Unreadable::NumberOutOfRange);
    }
    Ok(())
}

/// `json` without the whitespace outside its strings.
pub(crate) fn without_whitespace(json: &str) -> String {
    let mut kept = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii() && is_json_whitespace(c as u8) {
            continue;
        }
        kept.push(c);
    }
    kept
}

/// The four whitespace characters JSON allows between tokens.
fn is_json_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_whitespace_between_tokens_only() {
        let cases = [
            ("1e2", "1e2"),
            (" [ 1 ,\n\t2 ]\r\n", "[1,2]"),
            (
                r#"{ "a b" : "c \" d\\", "e":[ ] }"#,
                r#"{"a b":"c \" d\\","e":[]}"#,
            ),
            (r#"[ "\\", " x " ]"#, r#"["\\"," x "]"#),
            ("\"ü 😀 \"", "\"ü 😀 \""),
            // Past the 32 bytes `memchr` takes at a time, an escaped quote and a space.
            (
                r#"{ "k" : "0123456789012345678901234567890123456789\" x\\" , "z":1 }"#,
                r#"{"k":"0123456789012345678901234567890123456789\" x\\","z":1}"#,
            ),
            // A value that is one string or literal is kept without a look inside.
            (r#"" { [ \" 1e400 ""#, r#"" { [ \" 1e400 ""#),
            ("true", "true"),
            ("null", "null"),
        ];
        for (json, kept_text) in cases {
            assert_eq!(&*kept(json).unwrap(), kept_text, "{json}");
        }
    }

    /// The same limits as serde_json's `Value`, checked against it.
    #[test]
    fn rejects_what_serde_json_cannot_read_into_a_value() {
        let nested = |depth: usize| {
            format!(
                "{}0{}",
                "[{\"a\":".repeat(depth / 2),
                "}]".repeat(depth / 2)
            )
        };
        let cases = [
            nested(126),
            nested(128),
            "[1.7976931348623157e308, -1e-400]".to_owned(),
            "1.7976931348623159e308".to_owned(),
            "-1E+400".to_owned(),
            format!("1{}", "0".repeat(400)),
            format!("1{}", "0".repeat(300)),
            r#"["1e400", "[[[["]"#.to_owned(),
            r#""[[[[ 1e400 ""#.to_owned(),
            "-0.5e-3".to_owned(),
        ];
        for json in cases {
            let by_serde_json = serde_json::from_str::<serde_json::Value>(&json);
            let ours = kept(&json);
            assert_eq!(ours.is_ok(), by_serde_json.is_ok(), "{json}");
            if let (Err(ours), Err(serde_json)) = (ours, by_serde_json) {
                assert!(
                    serde_json.to_string().starts_with(&ours.to_string()),
                    "{json}"
                );
            }
        }
    }
}
