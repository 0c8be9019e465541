use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

/// The kind of a JSON value. A union with `#[api(untagged)]` picks its variant by the kind
/// of the value it reads, so each kind belongs to at most one variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// Any number.
    Number,
    /// A string. Named `Text` because a public item named `String` would make rustc spell
    /// out `std::string::String` in the diagnostics of every crate that uses this one.
    Text,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// The kind's name as documentation shows it, e.g. `object`.
    pub const fn name(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "boolean",
            JsonKind::Number => "number",
            JsonKind::Text => "string",
            JsonKind::Array => "array",
            JsonKind::Object => "object",
        }
    }

    /// The name with its article, as error messages show it, e.g. `an object`.
    pub const fn with_article(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::Text => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        }
    }
}

/// A type whose JSON values are all of one kind: what a variant of an `#[api(untagged)]`
/// union must hold, so that the kind of a value names its variant before anything is read.
///
/// Implemented for the standard types below, and by `#[derive(ApiModel)]` (objects; a
/// newtype model has the kind of the type it holds), `#[derive(ApiEnum)]` (strings) and
/// `#[derive(ApiUnion)]` of the one-key and tagged forms (objects). Implement it for a type
/// of your own whose `Deserialize` reads one kind.
///
/// ```
/// use callparty::{JsonKind, JsonValueKind};
///
/// assert_eq!(<Vec<u8> as JsonValueKind>::KIND, JsonKind::Array);
/// assert_eq!(<Box<str> as JsonValueKind>::KIND, JsonKind::Text);
/// assert_eq!(JsonKind::Object.name(), "object");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no single JSON kind",
    label = "a variant of an `#[api(untagged)]` union must hold a type of one JSON kind",
    note = "`JsonValueKind` is implemented for API models and enums, strings, numbers, `bool`, \
            sequences and maps; implement it for a type of your own"
)]
pub trait JsonValueKind {
    /// The kind of every JSON value of this type.
    const KIND: JsonKind;
}

macro_rules! kind_of {
    ($kind:ident: $($ty:ty),* $(,)?) => {
        $(impl JsonValueKind for $ty { const KIND: JsonKind = JsonKind::$kind; })*
    };
}

kind_of!(Null: ());
kind_of!(Boolean: bool);
kind_of!(Number: u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64);
kind_of!(Text: str, String, char, Cow<'_, str>);
kind_of!(Object: serde_json::Map<String, serde_json::Value>);

impl<T: JsonValueKind + ?Sized> JsonValueKind for &T {
    const KIND: JsonKind = T::KIND;
}

impl<T: JsonValueKind + ?Sized> JsonValueKind for Box<T> {
    const KIND: JsonKind = T::KIND;
}

impl<T: JsonValueKind + ?Sized> JsonValueKind for Rc<T> {
    const KIND: JsonKind = T::KIND;
}

impl<T: JsonValueKind + ?Sized> JsonValueKind for Arc<T> {
    const KIND: JsonKind = T::KIND;
}

macro_rules! array_kind {
    ($($ty:ident),*) => {
        $(impl<T> JsonValueKind for $ty<T> { const KIND: JsonKind = JsonKind::Array; })*
    };
}

array_kind!(Vec, VecDeque, LinkedList, BinaryHeap, BTreeSet);

impl<T> JsonValueKind for [T] {
    const KIND: JsonKind = JsonKind::Array;
}

impl<T, const N: usize> JsonValueKind for [T; N] {
    const KIND: JsonKind = JsonKind::Array;
}

impl<T, S> JsonValueKind for HashSet<T, S> {
    const KIND: JsonKind = JsonKind::Array;
}

impl<K, V> JsonValueKind for BTreeMap<K, V> {
    const KIND: JsonKind = JsonKind::Object;
}

impl<K, V, S> JsonValueKind for HashMap<K, V, S> {
    const KIND: JsonKind = JsonKind::Object;
}
