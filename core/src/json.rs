//! JSON encoding and decoding whose errors say where the bad value is.
//!
//! These wrap `serde_json` with `serde_path_to_error`, so an error in a deeply nested model
//! reads `parties[1].status.code: unknown ...` instead of only a line and column.

use serde_path_to_error::Segment;
use std::fmt;

use serde_json::error::Category;

/// Decodes a value of type `T` from a JSON string.
///
/// ```
/// let ok: Vec<u32> = callparty::json::from_str("[1, 2]").unwrap();
/// assert_eq!(ok, [1, 2]);
///
/// let err = callparty::json::from_str::<Vec<u32>>("[1, -2]").unwrap_err();
/// assert_eq!(err.path(), "[1]");
/// assert_eq!(
///     err.to_string(),
///     "[1]: invalid value: integer `-2`, expected u32 at line 1 column 6 (decoding Vec<u32>)"
/// );
/// ```
pub fn from_str<'a, T: serde::Deserialize<'a>>(s: &'a str) -> Result<T, Error> {
    decode(&mut serde_json::Deserializer::from_str(s))
}

/// Decodes a value of type `T` from JSON bytes.
///
/// ```
/// let err = callparty::json::from_slice::<Vec<u32>>(b"[1, 2").unwrap_err();
/// assert!(err.is_eof());
/// ```
pub fn from_slice<'a, T: serde::Deserialize<'a>>(v: &'a [u8]) -> Result<T, Error> {
    decode(&mut serde_json::Deserializer::from_slice(v))
}

/// Encodes `value` as compact JSON.
///
/// ```
/// assert_eq!(callparty::json::to_string(&vec![1u32, 2]).unwrap(), "[1,2]");
/// ```
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::new();
    encode(value, &mut serde_json::Serializer::new(&mut out))?;
    utf8::<T>(out)
}

/// Encodes `value` as indented JSON.
///
/// ```
/// let json = callparty::json::to_string_pretty(&vec![1u32, 2]).unwrap();
/// assert_eq!(json, "[\n  1,\n  2\n]");
/// ```
pub fn to_string_pretty<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::new();
    encode(value, &mut serde_json::Serializer::pretty(&mut out))?;
    utf8::<T>(out)
}

/// A JSON error with the path to the value that caused it and the Rust type being handled.
///
/// ```
/// use std::collections::BTreeMap;
///
/// let err = callparty::json::from_str::<BTreeMap<String, Vec<u32>>>(r#"{"a": [1, "x"]}"#)
///     .unwrap_err();
/// assert_eq!(err.path(), "a[1]");
/// assert_eq!(err.type_name(), "BTreeMap<String, Vec<u32>>");
/// assert!(err.is_data());
/// assert_eq!((err.line(), err.column()), (1, 13));
/// ```
#[derive(Debug)]
pub struct Error {
    path: String,
    type_name: String,
    direction: Direction,
    inner: serde_json::Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Decoding,
    Encoding,
}

impl Error {
    fn new<T: ?Sized>(direction: Direction, path: String, inner: serde_json::Error) -> Self {
        Error {
            path,
            type_name: short_type_name(std::any::type_name::<T>()),
            direction,
            inner,
        }
    }

    /// Path to the offending value, e.g. `parties[1].status.code`; `.` for the root.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The Rust type being decoded or encoded, without module paths, e.g. `Vec<CallParty>`.
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// One-based line of the error in the input, or 0 when encoding.
    pub fn line(&self) -> usize {
        self.inner.line()
    }

    /// One-based column of the error in the input, or 0 when encoding.
    pub fn column(&self) -> usize {
        self.inner.column()
    }

    /// The underlying `serde_json` error.
    pub fn inner(&self) -> &serde_json::Error {
        &self.inner
    }

    /// What kind of failure this is: bad data, bad syntax, early end of input, or I/O.
    pub fn classify(&self) -> Category {
        self.inner.classify()
    }

    /// Whether the JSON was well formed but did not fit the type, e.g. a wrong enum value.
    pub fn is_data(&self) -> bool {
        self.classify() == Category::Data
    }

    /// Whether the input was not valid JSON.
    pub fn is_syntax(&self) -> bool {
        self.classify() == Category::Syntax
    }

    /// Whether the input ended in the middle of a value.
    pub fn is_eof(&self) -> bool {
        self.classify() == Category::Eof
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The root path "." says nothing the message does not, so it is left out.
        if self.path != "." {
            write!(f, "{}: ", self.path)?;
        }
        let verb = match self.direction {
            Direction::Decoding => "decoding",
            Direction::Encoding => "encoding",
        };
        write!(f, "{} ({verb} {})", self.inner, self.type_name)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.inner)
    }
}

fn decode<'de, R, T>(de: &mut serde_json::Deserializer<R>) -> Result<T, Error>
where
    R: serde_json::de::Read<'de>,
    T: serde::Deserialize<'de>,
{
    let value = serde_path_to_error::deserialize(&mut *de)
        .map_err(|e| Error::new::<T>(Direction::Decoding, known_path(e.path()), e.into_inner()))?;
    // Trailing garbage is an error of the whole document, so it carries the root path.
    de.end()
        .map_err(|e| Error::new::<T>(Direction::Decoding, ".".to_owned(), e))?;
    Ok(value)
}

fn encode<T, W, F>(value: &T, ser: &mut serde_json::Serializer<W, F>) -> Result<(), Error>
where
    T: serde::Serialize + ?Sized,
    W: std::io::Write,
    F: serde_json::ser::Formatter,
{
    // Unknown values read from JSON are written back as their JSON text (see `ExtraValue`).
    crate::extra_value::verbatim::while_encoding_json(|| serde_path_to_error::serialize(value, ser))
        .map_err(|e| Error::new::<T>(Direction::Encoding, known_path(e.path()), e.into_inner()))
}

/// The path without the trailing `?` segments serde_path_to_error adds where it saw no key
/// yet (input that ends between two keys): they name no place a user could look at.
fn known_path(path: &serde_path_to_error::Path) -> String {
    let segments: Vec<&Segment> = path.iter().collect();
    let known = segments
        .iter()
        .rposition(|segment| !matches!(segment, Segment::Unknown))
        .map_or(0, |last| last + 1);
    let mut shown = String::new();
    for segment in &segments[..known] {
        match segment {
            Segment::Seq { index } => shown.push_str(&format!("[{index}]")),
            Segment::Map { key } => push_member(&mut shown, key),
            Segment::Enum { variant } => push_member(&mut shown, variant),
            Segment::Unknown => push_member(&mut shown, "?"),
        }
    }
    if shown.is_empty() {
        ".".to_owned()
    } else {
        shown
    }
}

fn push_member(shown: &mut String, name: &str) {
    if !shown.is_empty() {
        shown.push('.');
    }
    shown.push_str(name);
}

/// serde_json only writes UTF-8, but a user `Serialize` impl cannot make us panic either.
fn utf8<T: ?Sized>(bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let inner = <serde_json::Error as serde::ser::Error>::custom(e);
        Error::new::<T>(Direction::Encoding, ".".to_owned(), inner)
    })
}

/// Drops module paths everywhere in a type name, also inside generics:
/// `alloc::vec::Vec<callparty::models::CallParty>` becomes `Vec<CallParty>`.
fn short_type_name(full: &str) -> String {
    let mut out = String::with_capacity(full.len());
    let mut segment_start = 0;
    for (i, c) in full.char_indices() {
        if c == ':' {
            // Everything up to a `::` is a module path; the segment restarts after it.
            segment_start = i + 1;
        } else if !(c.is_alphanumeric() || c == '_') {
            out.push_str(full.get(segment_start..i).unwrap_or_default());
            out.push(c);
            segment_start = i + c.len_utf8();
        }
    }
    out.push_str(full.get(segment_start..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::error::Error as _;

    #[test]
    fn path_points_into_sequences() {
        let err = from_str::<Vec<bool>>("[true, 1]").unwrap_err();
        assert_eq!(err.path(), "[1]");
        assert!(err.is_data() && !err.is_syntax() && !err.is_eof());
        assert_eq!(
            err.to_string(),
            "[1]: invalid type: integer `1`, expected a boolean at line 1 column 8 \
             (decoding Vec<bool>)"
        );
    }

    #[test]
    fn path_points_into_maps() {
        let err = from_slice::<BTreeMap<String, Vec<u8>>>(br#"{"a":[1,"x"]}"#).unwrap_err();
        assert_eq!(err.path(), "a[1]");
        assert_eq!((err.line(), err.column()), (1, 11));
        assert!(
            err.to_string()
                .starts_with("a[1]: invalid type: string \"x\"")
        );
        assert!(
            err.to_string()
                .ends_with(" (decoding BTreeMap<String, Vec<u8>>)")
        );
    }

    #[test]
    fn root_errors_show_no_path() {
        let err = from_str::<bool>("1").unwrap_err();
        assert_eq!(err.path(), ".");
        assert_eq!(
            err.to_string(),
            "invalid type: integer `1`, expected a boolean at line 1 column 1 (decoding bool)"
        );
    }

    #[test]
    fn truncated_input_is_eof() {
        let err = from_str::<Vec<bool>>("[true, ").unwrap_err();
        assert!(err.is_eof() && !err.is_data());
        assert_eq!(err.classify(), Category::Eof);
    }

    #[test]
    fn trailing_characters_are_a_root_syntax_error() {
        let err = from_str::<Vec<bool>>("[true] x").unwrap_err();
        assert!(err.is_syntax());
        assert_eq!(err.path(), ".");
        assert!(err.to_string().starts_with("trailing characters"));
    }

    #[test]
    fn source_is_the_inner_error() {
        let err = from_str::<u8>("300").unwrap_err();
        let source = err.source().map(ToString::to_string);
        assert_eq!(source, Some(err.inner().to_string()));
    }

    #[test]
    fn encoding_errors_name_the_encoded_type() {
        let mut map = BTreeMap::new();
        map.insert(vec![1u8], 2u8);
        let err = to_string(&map).unwrap_err();
        assert_eq!(
            err.to_string(),
            "key must be a string (encoding BTreeMap<Vec<u8>, u8>)"
        );
        assert_eq!((err.line(), err.column()), (0, 0));
        let nested = to_string_pretty(&[map]).unwrap_err();
        assert_eq!(nested.path(), "[0]");
        assert_eq!(
            nested.to_string(),
            "[0]: key must be a string (encoding [BTreeMap<Vec<u8>, u8>; 1])"
        );
    }

    #[test]
    fn encoding_works() {
        let map = BTreeMap::from([("a", vec![true])]);
        assert_eq!(to_string(&map).unwrap(), r#"{"a":[true]}"#);
        assert_eq!(
            to_string_pretty(&map).unwrap(),
            "{\n  \"a\": [\n    true\n  ]\n}"
        );
        assert_eq!(to_string("unsized str").unwrap(), "\"unsized str\"");
    }

    #[test]
    fn type_names_lose_module_paths_at_every_depth() {
        let cases = [
            (
                "alloc::vec::Vec<callparty::models::CallParty>",
                "Vec<CallParty>",
            ),
            (
                "alloc::collections::btree::map::BTreeMap<alloc::string::String, \
                 core::option::Option<alloc::vec::Vec<a::B>>>",
                "BTreeMap<String, Option<Vec<B>>>",
            ),
            ("(u8, &[a::b::C; 3], &str)", "(u8, &[C; 3], &str)"),
            ("alloc::boxed::Box<dyn core::fmt::Debug>", "Box<dyn Debug>"),
            ("bool", "bool"),
            ("", ""),
        ];
        for (full, short) in cases {
            assert_eq!(short_type_name(full), short, "{full}");
        }
        assert_eq!(
            short_type_name(std::any::type_name::<Vec<Option<String>>>()),
            "Vec<Option<String>>"
        );
    }
}
