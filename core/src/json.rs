//! JSON encoding and decoding whose errors say where the bad value is.
//!
//! An error in a deeply nested model reads `parties[1].status.code: unknown ...`, not only a
//! line and column. Success costs what the `serde_json` call each function wraps costs,
//! because it is that call: the path to a bad value is found only after a failure, by decoding
//! the same input (or encoding the same value) a second time through `serde_path_to_error`.
//! That second pass also runs the type's `Deserialize` (or `Serialize`) impl again. An impl
//! that does not fail the same way twice, which only a non-deterministic impl can do, gets
//! the first error with no path ([`Error::path`] is then empty).
//!
//! [`from_reader`] cannot read its input twice, so its errors have no path; see there.
//!
//! [`from_str_with_report`] and [`from_slice_with_report`] also return a [`Report`] of the
//! keys and values the types do not declare, the near misses of a wrong `rename_all` among
//! them.

pub mod report;

pub use report::Report;
use serde_path_to_error::Segment;
use std::fmt;
use std::io;

use serde::de::DeserializeOwned;
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
#[inline]
pub fn from_str<'a, T: serde::Deserialize<'a>>(s: &'a str) -> Result<T, Error> {
    serde_json::from_str(s)
        .map_err(|first| decoding_failed::<T, _>(first, serde_json::Deserializer::from_str(s)))
}

/// Decodes a value of type `T` from JSON bytes.
///
/// ```
/// let err = callparty::json::from_slice::<Vec<u32>>(b"[1, 2").unwrap_err();
/// assert!(err.is_eof());
/// ```
#[inline]
pub fn from_slice<'a, T: serde::Deserialize<'a>>(v: &'a [u8]) -> Result<T, Error> {
    serde_json::from_slice(v)
        .map_err(|first| decoding_failed::<T, _>(first, serde_json::Deserializer::from_slice(v)))
}

/// Decodes a value of type `T` from a JSON string, with a [`Report`] of what the input holds
/// that `T` does not declare: the SDK author's drift alarm in production.
///
/// An API that adds a field or an enum value, or a model written with the wrong
/// `rename_all`, still decodes: unknown keys are kept in `extra` (or skipped) and unknown
/// values of open enums and unions are kept. Nothing fails, and a round-trip test passes.
/// The report names each such key and value by its path, and flags a **near miss**: an
/// unknown key that is a declared field's wire name under another rename rule, with that
/// rule. Log a non-empty report, or count it in a metric, to learn of the drift the day it
/// starts.
///
/// ```
/// use callparty::{ApiModel, Extra};
///
/// /// A model of an API that writes snake_case keys, written without
/// /// `#[api(rename_all = "snake_case")]`: it expects `nodeId`.
/// #[derive(ApiModel, Debug)]
/// struct Node {
///     node_id: Option<String>,
///     name: Option<String>,
///     #[api(extra)]
///     extra: Extra,
/// }
///
/// let input = r#"{"node_id": "n-1", "name": "edge", "region": "eu"}"#;
/// let (node, report) = callparty::json::from_str_with_report::<Node>(input).unwrap();
/// assert_eq!(node.node_id, None); // it decodes, but the id sits in `extra`
///
/// let miss = &report.near_misses()[0];
/// assert_eq!((miss.path(), miss.field()), ("node_id", "nodeId"));
/// assert_eq!(miss.rule().as_str(), "snake_case");
/// let unknown: Vec<&str> = report.unknown_keys().iter().map(|key| key.path()).collect();
/// assert_eq!(unknown, ["node_id", "region"]);
/// assert_eq!(
///     report.to_string(),
///     "near miss at node_id: key \"node_id\" is field \"nodeId\" under rename_all = \"snake_case\"\n\
///      unknown key \"node_id\" at node_id\n\
///      unknown key \"region\" at region"
/// );
/// ```
///
/// Only this function and [`from_slice_with_report`] pay for the report: they decode through
/// a deserializer that tracks the path. [`from_str`] runs none of it: the hooks that record
/// an unknown key or value are reached only where a key or value was not recognised, and
/// there they read one thread-local flag. On a bad payload the error is the one [`from_str`]
/// returns.
///
/// A key inside a value that is buffered before its type is known (by serde's `flatten`,
/// untagged and internally tagged enums, or as an entry before a tagged union's tag) is
/// reported with the path of the buffered value followed by the key: the value is replayed
/// by a deserializer that keeps no path.
pub fn from_str_with_report<'a, T: serde::Deserialize<'a>>(
    s: &'a str,
) -> Result<(T, Report), Error> {
    match report::state::collect(|| decode_reported(serde_json::Deserializer::from_str(s))) {
        (Ok(value), report) => Ok((value, report)),
        (Err(error), _) => Err(reported_failure::<T>(error, from_str::<T>(s).err())),
    }
}

/// Decodes a value of type `T` from JSON bytes, with a [`Report`] of what the input holds
/// that `T` does not declare; see [`from_str_with_report`].
///
/// ```
/// use callparty::{ApiEnum, ApiModel, UnknownValue};
///
/// #[derive(ApiEnum, Debug)]
/// enum Status {
///     Active,
///     #[api(other)]
///     Unknown(UnknownValue),
/// }
///
/// #[derive(ApiModel, Debug)]
/// struct Account {
///     status: Option<Status>,
/// }
///
/// let input = br#"[{"status": "Active"}, {"status": "Frozen"}]"#;
/// let (_, report) = callparty::json::from_slice_with_report::<Vec<Account>>(input).unwrap();
/// let found = &report.unknown_values()[0];
/// assert_eq!((found.path(), found.type_name(), found.value()), ("[1].status", "Status", "Frozen"));
/// ```
pub fn from_slice_with_report<'a, T: serde::Deserialize<'a>>(
    v: &'a [u8],
) -> Result<(T, Report), Error> {
    match report::state::collect(|| decode_reported(serde_json::Deserializer::from_slice(v))) {
        (Ok(value), report) => Ok((value, report)),
        (Err(error), _) => Err(reported_failure::<T>(error, from_slice::<T>(v).err())),
    }
}

/// Decodes through the deserializer that tracks the path for the report, then checks that
/// only whitespace follows, as `serde_json::from_str` does.
fn decode_reported<'de, R, T>(mut de: serde_json::Deserializer<R>) -> Result<T, serde_json::Error>
where
    R: serde_json::de::Read<'de>,
    T: serde::Deserialize<'de>,
{
    let value = T::deserialize(report::Tracked::new(&mut de))?;
    de.end()?;
    Ok(value)
}

/// The error of a reported decode that failed with `error`: the error of the plain decode,
/// `plain`, so that asking for a report never changes what a bad payload reports. Only a type
/// whose decoding is not deterministic can decode the second time; `error` stands then.
#[cold]
#[inline(never)]
fn reported_failure<T>(error: serde_json::Error, plain: Option<Error>) -> Error {
    plain.unwrap_or_else(|| without_path::<T>(Direction::Decoding, error))
}

/// Decodes a value of type `T` from a stream of JSON, to its end, at the cost of
/// `serde_json::from_reader`.
///
/// A stream cannot be read a second time, so a failure here reports no path
/// ([`Error::path`] is empty): the message, the line and column, and the type are those
/// [`from_slice`] reports, except that serde_json's reader, having read a byte ahead, may
/// place an error one column later. Tracking the path while decoding would have cost every
/// successful decode about 60% more time (see BENCHMARKS.md). Where the whole input fits in
/// memory, reading it into a `Vec` and calling [`from_slice`] is faster than any reader (as
/// with `serde_json` alone, whose reader goes byte by byte) and reports the path.
/// The reader is not buffered here: wrap a file or socket in a [`std::io::BufReader`].
/// An error of the reader itself is classified [`Category::Io`].
///
/// ```
/// use std::collections::BTreeMap;
///
/// let input = br#"{"a": [1, "x"]}"#;
/// let err = callparty::json::from_reader::<_, BTreeMap<String, Vec<u8>>>(&input[..])
///     .unwrap_err();
/// assert_eq!(err.path(), "");
/// assert!(err.to_string().starts_with(r#"invalid type: string "x", expected u8"#));
///
/// // For the path, read the whole input and decode the slice.
/// let err = callparty::json::from_slice::<BTreeMap<String, Vec<u8>>>(input).unwrap_err();
/// assert_eq!(err.path(), "a[1]");
/// ```
#[inline]
pub fn from_reader<R: io::Read, T: DeserializeOwned>(reader: R) -> Result<T, Error> {
    serde_json::from_reader(reader).map_err(|error| without_path::<T>(Direction::Decoding, error))
}

/// Encodes `value` as compact JSON.
///
/// ```
/// assert_eq!(callparty::json::to_string(&vec![1u32, 2]).unwrap(), "[1,2]");
/// ```
#[inline]
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    verbatim(|| serde_json::to_string(value))
        .map_err(|first| encoding_failed(value, first, serde_json::Serializer::new(io::sink())))
}

/// Encodes `value` as compact JSON bytes.
///
/// ```
/// assert_eq!(callparty::json::to_vec(&vec![1u32, 2]).unwrap(), b"[1,2]");
/// ```
#[inline]
pub fn to_vec<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    verbatim(|| serde_json::to_vec(value))
        .map_err(|first| encoding_failed(value, first, serde_json::Serializer::new(io::sink())))
}

/// Encodes `value` as indented JSON.
///
/// ```
/// let json = callparty::json::to_string_pretty(&vec![1u32, 2]).unwrap();
/// assert_eq!(json, "[\n  1,\n  2\n]");
/// ```
#[inline]
pub fn to_string_pretty<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    verbatim(|| serde_json::to_string_pretty(value))
        .map_err(|first| encoding_failed(value, first, serde_json::Serializer::pretty(io::sink())))
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
// Boxed, as `serde_json::Error` is, so that `Result<T, Error>` is no larger than the
// `Result<T, serde_json::Error>` the functions above wrap.
pub struct Error(Box<Details>);

#[derive(Debug)]
struct Details {
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

/// The path of an error whose place is not known (see the module documentation).
const UNKNOWN_PATH: &str = "";

impl Error {
    fn new<T: ?Sized>(direction: Direction, path: String, inner: serde_json::Error) -> Self {
        Error(Box::new(Details {
            path,
            type_name: short_type_name(std::any::type_name::<T>()),
            direction,
            inner,
        }))
    }

    /// Path to the offending value, e.g. `parties[1].status.code`; `.` for the root. Empty
    /// when the place is not known: for [`from_reader`], and after a decode (or encode) that
    /// failed did not fail the same way a second time (see the [module documentation](self)).
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// The Rust type being decoded or encoded, without module paths, e.g. `Vec<CallParty>`.
    pub fn type_name(&self) -> &str {
        &self.0.type_name
    }

    /// One-based line of the error in the input, or 0 when encoding.
    pub fn line(&self) -> usize {
        self.0.inner.line()
    }

    /// One-based column of the error in the input, or 0 when encoding.
    pub fn column(&self) -> usize {
        self.0.inner.column()
    }

    /// The underlying `serde_json` error.
    pub fn inner(&self) -> &serde_json::Error {
        &self.0.inner
    }

    /// What kind of failure this is: bad data, bad syntax, early end of input, or I/O.
    pub fn classify(&self) -> Category {
        self.0.inner.classify()
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
        // The root path "." says nothing the message does not, so it is left out, as is an
        // unknown one.
        let path = self.path();
        if path != "." && path != UNKNOWN_PATH {
            write!(f, "{path}: ")?;
        }
        let verb = match self.0.direction {
            Direction::Decoding => "decoding",
            Direction::Encoding => "encoding",
        };
        write!(f, "{} ({verb} {})", self.0.inner, self.0.type_name)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Details {
            path,
            type_name,
            direction,
            inner,
        } = &*self.0;
        f.debug_struct("Error")
            .field("path", path)
            .field("type_name", type_name)
            .field("direction", direction)
            .field("inner", inner)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0.inner)
    }
}

/// Decodes with the path tracked, then checks that only whitespace follows, as
/// `serde_json::from_slice` and its siblings do.
fn decode_tracked<'de, R, T>(de: &mut serde_json::Deserializer<R>) -> Result<T, Error>
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

/// The error of a plain decode that failed with `first`: the same input, read again by `de`
/// with the path tracked, gives the path.
#[cold]
#[inline(never)]
fn decoding_failed<'de, T, R>(
    first: serde_json::Error,
    mut de: serde_json::Deserializer<R>,
) -> Error
where
    R: serde_json::de::Read<'de>,
    T: serde::Deserialize<'de>,
{
    match decode_tracked::<R, T>(&mut de) {
        Err(again) if same_failure(&first, &again.0.inner) => again,
        _ => without_path::<T>(Direction::Decoding, first),
    }
}

/// The error of a plain encode that failed with `first`: encoding `value` again into `ser`,
/// which writes nowhere, with the path tracked, gives the path.
#[cold]
#[inline(never)]
fn encoding_failed<T, F>(
    value: &T,
    first: serde_json::Error,
    mut ser: serde_json::Serializer<io::Sink, F>,
) -> Error
where
    T: serde::Serialize + ?Sized,
    F: serde_json::ser::Formatter,
{
    match verbatim(|| serde_path_to_error::serialize(value, &mut ser)) {
        Err(again) if same_failure(&first, again.inner()) => Error::new::<T>(
            Direction::Encoding,
            known_path(again.path()),
            again.into_inner(),
        ),
        _ => without_path::<T>(Direction::Encoding, first),
    }
}

/// Runs an encode in which unknown values read from JSON are written back as their JSON text
/// (see [`ExtraValue`](crate::ExtraValue)).
#[inline]
fn verbatim<R>(encode: impl FnOnce() -> R) -> R {
    crate::extra_value::verbatim::while_encoding_json(encode)
}

/// An error whose place is not known.
#[cold]
#[inline(never)]
fn without_path<T: ?Sized>(direction: Direction, error: serde_json::Error) -> Error {
    Error::new::<T>(direction, UNKNOWN_PATH.to_owned(), error)
}

/// Whether two errors report the same failure: same kind, message and place.
fn same_failure(first: &serde_json::Error, again: &serde_json::Error) -> bool {
    first.classify() == again.classify() && first.to_string() == again.to_string()
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
    fn to_vec_writes_what_to_string_writes() {
        let map = BTreeMap::from([("a", vec![true])]);
        assert_eq!(to_vec(&map).unwrap(), to_string(&map).unwrap().into_bytes());
        let mut bad = BTreeMap::new();
        bad.insert(vec![1u8], 2u8);
        assert_eq!(
            to_vec(&[bad]).unwrap_err().to_string(),
            "[0]: key must be a string (encoding [BTreeMap<Vec<u8>, u8>; 1])"
        );
    }

    mod probes {
        //! Types whose serde impls record what they were called with, to see how many times
        //! the functions above decode or encode, and through which deserializer.

        use serde::de::{Deserialize, Deserializer, Error as _};
        use serde::ser::{Error as _, Serialize, Serializer};
        use std::cell::RefCell;

        thread_local! {
            /// The type name of each deserializer (or serializer) a probe was given.
            static CALLS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
        }

        /// Forgets earlier calls and returns the number of the next one.
        fn record<D>() -> usize {
            CALLS.with(|calls| {
                let mut calls = calls.borrow_mut();
                calls.push(std::any::type_name::<D>());
                calls.len() - 1
            })
        }

        /// The calls recorded since the last `take`.
        pub fn take() -> Vec<&'static str> {
            CALLS.with(|calls| std::mem::take(&mut *calls.borrow_mut()))
        }

        /// A `u8` that only records its deserializer.
        #[derive(Debug)]
        pub struct Probe;

        impl<'de> Deserialize<'de> for Probe {
            fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                record::<D>();
                u8::deserialize(de).map(|_| Probe)
            }
        }

        /// Fails on the first decode only: not deterministic, so a second decode does not
        /// reproduce the failure.
        #[derive(Debug)]
        pub struct FailsOnce;

        impl<'de> Deserialize<'de> for FailsOnce {
            fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                let call = record::<D>();
                u8::deserialize(de)?;
                match call {
                    0 => Err(D::Error::custom("first decode fails")),
                    _ => Ok(FailsOnce),
                }
            }
        }

        /// Fails differently on each decode.
        #[derive(Debug)]
        pub struct FailsDifferently;

        impl<'de> Deserialize<'de> for FailsDifferently {
            fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                let call = record::<D>();
                u8::deserialize(de)?;
                Err(D::Error::custom(format_args!("decode number {call} fails")))
            }
        }

        impl Serialize for FailsOnce {
            fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
                match record::<S>() {
                    0 => Err(S::Error::custom("first encode fails")),
                    _ => ser.serialize_u8(1),
                }
            }
        }

        impl Serialize for FailsDifferently {
            fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(S::Error::custom(format_args!(
                    "encode number {} fails",
                    record::<S>()
                )))
            }
        }
    }

    use probes::{FailsDifferently, FailsOnce, Probe};

    fn tracked(deserializer: &str) -> bool {
        deserializer.contains("serde_path_to_error")
    }

    #[test]
    fn a_success_decodes_once_without_tracking_the_path() {
        probes::take();
        from_str::<Vec<Probe>>("[1, 2]").unwrap();
        from_slice::<Probe>(b"3").unwrap();
        let calls = probes::take();
        assert_eq!(calls.len(), 3, "{calls:?}");
        assert!(!calls.iter().any(|call| tracked(call)), "{calls:?}");
    }

    #[test]
    fn a_failure_decodes_again_tracking_the_path() {
        probes::take();
        let err = from_str::<Vec<Probe>>("[1, -1]").unwrap_err();
        assert_eq!(err.path(), "[1]");
        let calls = probes::take();
        let tracked_calls: Vec<bool> = calls.iter().map(|call| tracked(call)).collect();
        assert_eq!(tracked_calls, [false, false, true, true], "{calls:?}");
    }

    #[test]
    fn a_failure_that_does_not_come_again_keeps_the_first_error_without_a_path() {
        probes::take();
        let err = from_str::<Vec<FailsOnce>>("[7]").unwrap_err();
        assert_eq!(probes::take().len(), 2);
        assert_eq!(err.path(), "");
        assert_eq!(
            err.to_string(),
            "first decode fails at line 1 column 3 (decoding Vec<FailsOnce>)"
        );
        let err = from_slice::<Vec<FailsDifferently>>(b"[7]").unwrap_err();
        assert_eq!(probes::take().len(), 2);
        assert_eq!(err.path(), "");
        assert!(err.is_data());
        assert_eq!(
            err.to_string(),
            "decode number 0 fails at line 1 column 3 (decoding Vec<FailsDifferently>)"
        );
    }

    #[test]
    fn an_encoding_failure_that_does_not_come_again_keeps_the_first_error() {
        probes::take();
        let err = to_string(&[FailsOnce]).unwrap_err();
        assert_eq!(probes::take().len(), 2);
        assert_eq!(
            (err.path(), err.to_string().as_str()),
            ("", "first encode fails (encoding [FailsOnce; 1])")
        );
        let err = to_vec(&[FailsDifferently]).unwrap_err();
        assert_eq!(
            (err.path(), err.to_string().as_str()),
            ("", "encode number 0 fails (encoding [FailsDifferently; 1])")
        );
        let err = to_string_pretty(&vec![FailsDifferently]).unwrap_err();
        assert_eq!(err.path(), "");
    }

    #[test]
    fn from_reader_decodes_once_without_tracking_the_path() {
        probes::take();
        let ok: Vec<Probe> = from_reader(&b"[1, 2]"[..]).unwrap();
        assert_eq!(ok.len(), 2);
        from_reader::<_, Vec<Probe>>(&b"[1, -1]"[..]).unwrap_err();
        let calls = probes::take();
        assert_eq!(calls.len(), 4, "{calls:?}");
        assert!(!calls.iter().any(|call| tracked(call)), "{calls:?}");
    }

    /// Inputs on which serde_json's reader and slice agree on the column.
    #[test]
    fn from_reader_reports_what_from_slice_reports_but_the_path() {
        let inputs: [&[u8]; 5] = [
            br#"{"a": [1, "x"]}"#,
            br#"{"a": [1, 2"#,
            br#"{"a": [1, 2]} x"#,
            br#"{"a": [1, 2], "b": true}"#,
            b"",
        ];
        type Map = BTreeMap<String, Vec<u8>>;
        for input in inputs {
            let from_slice = from_slice::<Map>(input).map(drop).unwrap_err();
            let from_reader = from_reader::<_, Map>(input).map(drop).unwrap_err();
            let context = String::from_utf8_lossy(input);
            assert_eq!(from_reader.path(), "", "{context}");
            assert_eq!(from_reader.classify(), from_slice.classify(), "{context}");
            assert_eq!(
                from_reader.to_string(),
                format!(
                    "{} (decoding {})",
                    from_slice.inner(),
                    from_slice.type_name()
                ),
                "{context}"
            );
        }
    }

    #[test]
    fn from_reader_classifies_a_failing_reader_as_io() {
        struct Broken;
        impl io::Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("connection reset"))
            }
        }
        let err = from_reader::<_, Vec<u8>>(io::Read::chain(&b"[1, "[..], Broken)).unwrap_err();
        assert_eq!(err.classify(), Category::Io);
        assert_eq!(
            err.to_string(),
            "connection reset at line 1 column 4 (decoding Vec<u8>)"
        );
    }

    #[test]
    fn errors_are_no_larger_than_serde_json_errors() {
        use std::mem::size_of;
        assert_eq!(size_of::<Error>(), size_of::<serde_json::Error>());
        assert_eq!(
            size_of::<Result<Vec<u8>, Error>>(),
            size_of::<Result<Vec<u8>, serde_json::Error>>()
        );
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
