//! What a decode met that its types do not declare, for [`from_str_with_report`] and
//! [`from_slice_with_report`](super::from_slice_with_report).
//!
//! [`from_str_with_report`]: super::from_str_with_report

mod spelling;
pub(crate) mod state;
mod track;

use std::fmt;

pub use spelling::RenameRule;
pub(crate) use track::Tracked;

/// What a decode met that the decoded types do not declare: the SDK author's drift alarm.
///
/// An API adds a field or an enum value, or a model was written with the wrong
/// `rename_all`: the decode still succeeds (unknown keys are kept in `extra` or skipped,
/// unknown values of open enums and unions are kept), so nothing fails and a round-trip
/// test cannot notice. The report lists each such key and value by its path:
///
/// - [`unknown_keys`](Report::unknown_keys): keys no model declares, kept in `extra` or not;
/// - [`unknown_values`](Report::unknown_values): values an open enum or union keeps as unknown;
/// - [`near_misses`](Report::near_misses): unknown keys that are a declared field's name
///   spelled under another rename rule (`node_id` beside `nodeId`), almost always a
///   forgotten or wrong `rename_all`. Each is also listed among the unknown keys.
///
/// Keys and values are listed in the order they were read. Paths are spelled as
/// [`Error::path`](super::Error::path) spells them, e.g. `parties[1].status.code`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    unknown_keys: Vec<UnknownKey>,
    unknown_values: Vec<UnknownEnumValue>,
    near_misses: Vec<NearMiss>,
}

impl Report {
    const EMPTY: Report = Report {
        unknown_keys: Vec::new(),
        unknown_values: Vec::new(),
        near_misses: Vec::new(),
    };

    /// Whether the input held nothing that its types do not declare.
    pub fn is_empty(&self) -> bool {
        self.unknown_keys.is_empty() && self.unknown_values.is_empty()
    }

    /// The keys that no model declares, those kept in an `extra` map included.
    pub fn unknown_keys(&self) -> &[UnknownKey] {
        &self.unknown_keys
    }

    /// The values that an open enum or union keeps as unknown.
    pub fn unknown_values(&self) -> &[UnknownEnumValue] {
        &self.unknown_values
    }

    /// The unknown keys that are a declared field's wire name under another rename rule.
    pub fn near_misses(&self) -> &[NearMiss] {
        &self.near_misses
    }
}

/// One line per finding, near misses first: a log line for the drift alarm.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("nothing unknown");
        }
        let near = self
            .near_misses
            .iter()
            .map(|found| found as &dyn fmt::Display);
        let keys = self
            .unknown_keys
            .iter()
            .map(|found| found as &dyn fmt::Display);
        let values = self
            .unknown_values
            .iter()
            .map(|found| found as &dyn fmt::Display);
        for (index, line) in near.chain(keys).chain(values).enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{line}")?;
        }
        Ok(())
    }
}

/// A key that the model reading its object does not declare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    path: String,
    key: String,
}

impl UnknownKey {
    /// The path to the key's value, the key included, e.g. `parties[0].brandId`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The key as it was received.
    pub fn key(&self) -> &str {
        &self.key
    }
}

impl fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown key {:?} at {}", self.key, self.path)
    }
}

/// A value that an open enum (`#[api(other)]`) or open union keeps as unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEnumValue {
    path: String,
    type_name: &'static str,
    value: String,
}

impl UnknownEnumValue {
    /// The path to the value: the string of an enum, the tag field of a tagged union, the
    /// object of a one-key union (whose one key is the value).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The Rust name of the enum or union, e.g. `CallStatusInfoCode`.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The value as it was received.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for UnknownEnumValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} value {:?} at {}",
            self.type_name, self.value, self.path
        )
    }
}

/// An unknown key that is a declared field's wire name under another rename rule, e.g.
/// `node_id` where the model declares `nodeId`: the model reads the key's object with the
/// wrong `rename_all`, and the field is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    path: String,
    key: String,
    field: String,
    rule: RenameRule,
}

impl NearMiss {
    /// The path to the key's value, the key included.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The key as it was received, e.g. `node_id`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The declared wire name that the key spells under another rule, e.g. `nodeId`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule under which the field's name is the key: the model's `rename_all` would
    /// read the key with it, e.g. [`RenameRule::SnakeCase`].
    pub fn rule(&self) -> RenameRule {
        self.rule
    }
}

impl fmt::Display for NearMiss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "near miss at {}: key {:?} is field {:?} under rename_all = {:?}",
            self.path,
            self.key,
            self.field,
            self.rule.as_str()
        )
    }
}
