use crate::doc::EnumDoc;
use core::fmt;

/// A fieldless enum whose variants map to the strings an API sends, derived with
/// `#[derive(ApiEnum)]`.
///
/// ```
/// use callparty::ApiEnum;
///
/// /// Direction of a call
/// #[derive(ApiEnum, Debug, Clone, PartialEq)]
/// pub enum CallPartyDirection {
///     Inbound,
///     Outbound,
/// }
///
/// assert_eq!(CallPartyDirection::VALUES, ["Inbound", "Outbound"]);
/// assert_eq!(CallPartyDirection::try_parse("Outbound"), Ok(CallPartyDirection::Outbound));
/// // `try_parse` is strict even for enums that keep unknown values.
/// assert!(CallPartyDirection::try_parse("Sideways").is_err());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an API enum",
    label = "add `#[derive(callparty::ApiEnum)]` to `{Self}`"
)]
pub trait ApiEnum: Sized {
    /// The enum's documentation: its name, description and values.
    const DOC: &'static EnumDoc;
    /// The known wire values, in declaration order (aliases excluded).
    const VALUES: &'static [&'static str];
    /// The wire value of `self`; for an unknown value, the string as it was received.
    fn as_str(&self) -> &str;
    /// Parses a known wire value or alias; any other string is an error, even when the enum
    /// keeps unknown values.
    fn try_parse(value: &str) -> Result<Self, ParseEnumError>;
}

/// A wire value that the enum does not know, kept verbatim so it is written back as received.
///
/// Only the generated code creates it, and only for strings that match no known value or
/// alias: so each value has exactly one representation, and an `Unknown("Inbound")` can
/// never exist next to `Inbound`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    pub(crate) fn new(value: Box<str>) -> Self {
        Self(value)
    }

    /// The value exactly as it was received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl AsRef<str> for UnknownValue {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A string that is not one of an enum's known values or aliases.
///
/// ```
/// use callparty::ApiEnum;
///
/// #[derive(ApiEnum, Debug, Clone, PartialEq)]
/// pub enum CallPartyDirection {
///     Inbound,
///     Outbound,
/// }
///
/// let error = CallPartyDirection::try_parse("Sideways").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#"unknown CallPartyDirection value "Sideways", expected one of "Inbound", "Outbound""#,
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    enum_name: &'static str,
    value: Box<str>,
    expected: &'static [&'static str],
}

impl ParseEnumError {
    /// An error for `value`, which is none of `expected`, the values of enum `enum_name`.
    pub fn new(enum_name: &'static str, value: &str, expected: &'static [&'static str]) -> Self {
        Self {
            enum_name,
            value: value.into(),
            expected,
        }
    }

    /// The name of the enum that was parsed.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The string that matched no value.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The values the enum knows.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} value {:?}, expected ",
            self.enum_name, self.value
        )?;
        crate::messages::write_expected(f, self.expected)
    }
}

impl std::error::Error for ParseEnumError {}
