//! The structured type of a field: what the JSON of a value looks like, down to the models
//! and enums it refers to. Field docs carry it beside the display string, so that a schema,
//! or a catalog of every type reachable from a few roots, is computed from `DOC` alone.
//!
//! A reference to another model or enum goes through a function pointer, not a `&'static`
//! reference to its `DOC`: models may be recursive (`Tree { children: Vec<Tree> }`), and a
//! constant cannot refer to itself, directly or through others. The function is only called
//! when something walks the reference.

use core::fmt;
use core::hash::{Hash, Hasher};

use super::{EnumDoc, ModelDoc, UnionDoc};
use crate::{ApiEnum, ApiModel, ApiUnion};

/// What the JSON of a type looks like, as [`Describe`] says it.
///
/// The variants are named apart from common type names (`Str`, not `String`): the compiler
/// shortens a type's path in its messages only while no other item has that name.
///
/// ```
/// use callparty::doc::{Describe, TypeRef};
/// use callparty::{ApiEnum, ApiModel};
///
/// #[derive(ApiEnum, Debug, Clone, PartialEq)]
/// enum Direction {
///     Inbound,
///     Outbound,
/// }
///
/// #[derive(ApiModel)]
/// struct Party {
///     id: String,
///     directions: Option<Vec<Direction>>,
/// }
///
/// let TypeRef::Model(party) = <Party as Describe>::TYPE else { panic!() };
/// let fields = party.doc().fields;
/// assert_eq!(fields[0].shape, &TypeRef::Str);
/// let TypeRef::OrNull(TypeRef::List(TypeRef::Enum(direction))) = fields[1].shape else {
///     panic!()
/// };
/// assert_eq!(direction.doc().name, "Direction");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TypeRef {
    /// `null` only: `()`, and a unit struct with hand-written serde.
    Null,
    /// `true` or `false`: `bool`.
    Bool,
    /// A whole number within the Rust type's bounds: `u8` … `i128`, `usize`, `isize`.
    Integer(IntegerRange),
    /// Any number: `f32`, `f64`, `serde_json::Number`. `bits` is 32 or 64.
    Float {
        /// The width of the Rust type.
        bits: u8,
    },
    /// Any string: `String`, `str`, `&str`, `Cow<str>`, `Box<str>`.
    Str,
    /// A string of exactly one character: `char`.
    Char,
    /// Any JSON value: `serde_json::Value`.
    AnyJson,
    /// `null` or the inner type: `Option<T>`.
    OrNull(&'static TypeRef),
    /// An array of the inner type: `Vec<T>`, `[T]`, `VecDeque<T>`, sets.
    List(&'static TypeRef),
    /// An array with one item of each of these types, in this order: tuples, `[T; N]`.
    Tuple(&'static [&'static TypeRef]),
    /// An object whose values all have one type: `BTreeMap<K, V>`, `HashMap<K, V>`. JSON keys
    /// are strings; `key` says which ones the map reads (a string, an enum's values, a number).
    Map {
        /// The map's key type.
        key: &'static TypeRef,
        /// The map's value type.
        value: &'static TypeRef,
    },
    /// A model with `#[derive(ApiModel)]`.
    Model(ModelRef),
    /// An enum with `#[derive(ApiEnum)]`.
    Enum(EnumRef),
    /// A one-of type with `#[derive(ApiUnion)]`.
    Union(UnionRef),
    /// JSON that is unknown here: a type that implements no [`Describe`] (only without the
    /// `schemars` feature, which makes such a field a compile error), or a field read and
    /// written by `with` functions, whose JSON is theirs and not its type's.
    Undescribed,
}

/// The bounds of an integer type, e.g. `0..=255` for `u8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IntegerRange {
    /// The smallest value.
    pub min: i128,
    /// The largest value.
    pub max: u128,
}

impl IntegerRange {
    /// The range of a signed type of `bits` bits.
    pub const fn signed(bits: u32) -> IntegerRange {
        IntegerRange {
            min: i128::MIN >> (128 - bits),
            max: (i128::MAX >> (128 - bits)) as u128,
        }
    }

    /// The range of an unsigned type of `bits` bits.
    pub const fn unsigned(bits: u32) -> IntegerRange {
        IntegerRange {
            min: 0,
            max: u128::MAX >> (128 - bits),
        }
    }
}

/// A reference to the documentation of a model ([`ModelRef`]), an enum ([`EnumRef`]) or a
/// union ([`UnionRef`]), resolved when it is walked.
#[derive(Clone, Copy)]
pub struct DocRef<D: 'static> {
    doc: fn() -> &'static D,
    rust_type: fn() -> &'static str,
}

/// A reference to a model's documentation.
pub type ModelRef = DocRef<ModelDoc>;

/// A reference to an enum's documentation.
pub type EnumRef = DocRef<EnumDoc>;

/// A reference to a union's documentation.
pub type UnionRef = DocRef<UnionDoc>;

impl<D> DocRef<D> {
    /// The documentation.
    pub fn doc(&self) -> &'static D {
        (self.doc)()
    }

    /// The Rust type with its path and type arguments, as `core::any::type_name` writes it,
    /// e.g. `my_api::Page<my_api::Contact>`: it tells apart two instances of one generic
    /// model, and two types of the same name.
    pub fn rust_type(&self) -> &'static str {
        (self.rust_type)()
    }
}

impl DocRef<ModelDoc> {
    /// The reference to `T`'s documentation.
    pub const fn of<T: ApiModel + ?Sized>() -> ModelRef {
        DocRef {
            doc: model_doc::<T>,
            rust_type: core::any::type_name::<T>,
        }
    }
}

impl DocRef<EnumDoc> {
    /// The reference to `T`'s documentation.
    pub const fn of<T: ApiEnum>() -> EnumRef {
        DocRef {
            doc: enum_doc::<T>,
            rust_type: core::any::type_name::<T>,
        }
    }
}

impl DocRef<UnionDoc> {
    /// The reference to `T`'s documentation.
    pub const fn of<T: ApiUnion>() -> UnionRef {
        DocRef {
            doc: union_doc::<T>,
            rust_type: core::any::type_name::<T>,
        }
    }
}

fn union_doc<T: ApiUnion>() -> &'static UnionDoc {
    T::DOC
}

fn model_doc<T: ApiModel + ?Sized>() -> &'static ModelDoc {
    T::DOC
}

fn enum_doc<T: ApiEnum>() -> &'static EnumDoc {
    T::DOC
}

// References are equal when they name the same Rust type. Comparing the documentation
// instead would never end for a recursive model, and function pointers are not reliably
// equal or distinct.
impl<D> PartialEq for DocRef<D> {
    fn eq(&self, other: &Self) -> bool {
        self.rust_type() == other.rust_type()
    }
}

impl<D> Eq for DocRef<D> {}

impl<D> Hash for DocRef<D> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rust_type().hash(state);
    }
}

impl<D> fmt::Debug for DocRef<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DocRef").field(&self.rust_type()).finish()
    }
}

/// A type whose JSON form the documentation and the schemas can describe. The derives
/// implement it for their types, and callparty for the standard types a field holds.
///
/// Implement it for a type of your own whose serde impls you wrote, by saying which JSON it
/// reads and writes:
///
/// ```
/// use callparty::doc::{Describe, TypeRef};
///
/// /// Serialized as a string such as `"12:30"`.
/// struct TimeOfDay(u16);
///
/// impl Describe for TimeOfDay {
///     const TYPE: &'static TypeRef = &TypeRef::Str;
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no schema: callparty cannot describe its JSON",
    label = "`{Self}` does not implement `callparty::doc::Describe`",
    note = "derive `ApiModel`, `ApiEnum` or `ApiUnion` for it, or implement `callparty::doc::Describe` to say which JSON it reads"
)]
pub trait Describe {
    /// What the type's JSON looks like.
    const TYPE: &'static TypeRef;
}
