//! [`Describe`] for the standard types a field holds, as serde_json reads and writes them,
//! and for callparty's own `ExtraValue` (any JSON, kept as its text).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

use super::{Describe, IntegerRange, TypeRef};

macro_rules! describe {
    ($($ty:ty => $type_ref:expr),* $(,)?) => {$(
        impl Describe for $ty {
            const TYPE: &'static TypeRef = &$type_ref;
        }
    )*};
}

describe! {
    () => TypeRef::Null,
    bool => TypeRef::Bool,
    u8 => TypeRef::Integer(IntegerRange::unsigned(u8::BITS)),
    u16 => TypeRef::Integer(IntegerRange::unsigned(u16::BITS)),
    u32 => TypeRef::Integer(IntegerRange::unsigned(u32::BITS)),
    u64 => TypeRef::Integer(IntegerRange::unsigned(u64::BITS)),
    u128 => TypeRef::Integer(IntegerRange::unsigned(u128::BITS)),
    usize => TypeRef::Integer(IntegerRange::unsigned(usize::BITS)),
    i8 => TypeRef::Integer(IntegerRange::signed(i8::BITS)),
    i16 => TypeRef::Integer(IntegerRange::signed(i16::BITS)),
    i32 => TypeRef::Integer(IntegerRange::signed(i32::BITS)),
    i64 => TypeRef::Integer(IntegerRange::signed(i64::BITS)),
    i128 => TypeRef::Integer(IntegerRange::signed(i128::BITS)),
    isize => TypeRef::Integer(IntegerRange::signed(isize::BITS)),
    f32 => TypeRef::Float { bits: 32 },
    f64 => TypeRef::Float { bits: 64 },
    serde_json::Number => TypeRef::Float { bits: 64 },
    char => TypeRef::Char,
    str => TypeRef::Str,
    String => TypeRef::Str,
    serde_json::Value => TypeRef::AnyJson,
    crate::ExtraValue => TypeRef::AnyJson,
    serde_json::Map<String, serde_json::Value> => TypeRef::Map {
        key: &TypeRef::Str,
        value: &TypeRef::AnyJson,
    },
}

/// Pointers and borrows are written as what they point at.
macro_rules! transparent {
    ($($ty:ty),* $(,)?) => {$(
        impl<T: ?Sized + Describe> Describe for $ty {
            const TYPE: &'static TypeRef = T::TYPE;
        }
    )*};
}

transparent!(&T, &mut T, Box<T>, Rc<T>, Arc<T>);

impl<T: ?Sized + ToOwned + Describe> Describe for Cow<'_, T> {
    const TYPE: &'static TypeRef = T::TYPE;
}

/// Serialized as `()`.
impl<T: ?Sized> Describe for std::marker::PhantomData<T> {
    const TYPE: &'static TypeRef = &TypeRef::Null;
}

impl<T: Describe> Describe for Option<T> {
    const TYPE: &'static TypeRef = &TypeRef::OrNull(T::TYPE);
}

/// `null` or a value, as `Option`; whether the key may be missing is the field's
/// `required`, which the derive sets from `#[api(required)]`.
impl<T: Describe> Describe for crate::Nullable<T> {
    const TYPE: &'static TypeRef = &TypeRef::OrNull(T::TYPE);
}

/// Sequences are arrays. Sets read repeated items without complaint, so they are plain
/// arrays too.
macro_rules! list {
    ($($ty:ty),* $(,)?) => {$(
        impl<T: Describe> Describe for $ty {
            const TYPE: &'static TypeRef = &TypeRef::List(T::TYPE);
        }
    )*};
}

list!([T], Vec<T>, VecDeque<T>, BTreeSet<T>);

impl<T: Describe, S> Describe for HashSet<T, S> {
    const TYPE: &'static TypeRef = &TypeRef::List(T::TYPE);
}

impl<T: Describe, const N: usize> Describe for [T; N] {
    const TYPE: &'static TypeRef = &TypeRef::Tuple(&[T::TYPE; N]);
}

/// Tuples are arrays with one item per element.
macro_rules! tuple {
    ($(($($element:ident),+)),* $(,)?) => {$(
        impl<$($element: Describe),+> Describe for ($($element,)+) {
            const TYPE: &'static TypeRef = &TypeRef::Tuple(&[$($element::TYPE),+]);
        }
    )*};
}

tuple!(
    (A),
    (A, B),
    (A, B, C),
    (A, B, C, D),
    (A, B, C, D, E),
    (A, B, C, D, E, F),
);

impl<K: Describe, V: Describe> Describe for BTreeMap<K, V> {
    const TYPE: &'static TypeRef = &TypeRef::Map {
        key: K::TYPE,
        value: V::TYPE,
    };
}

impl<K: Describe, V: Describe, S> Describe for HashMap<K, V, S> {
    const TYPE: &'static TypeRef = &TypeRef::Map {
        key: K::TYPE,
        value: V::TYPE,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_carry_their_types_bounds() {
        let range = |type_ref: &TypeRef| match type_ref {
            TypeRef::Integer(range) => (range.min, range.max),
            other => panic!("not an integer: {other:?}"),
        };
        assert_eq!(range(u8::TYPE), (0, 255));
        assert_eq!(range(i8::TYPE), (-128, 127));
        assert_eq!(range(i32::TYPE), (i32::MIN.into(), i32::MAX as u128));
        assert_eq!(range(u64::TYPE), (0, u64::MAX.into()));
        assert_eq!(range(i128::TYPE), (i128::MIN, i128::MAX as u128));
        assert_eq!(range(u128::TYPE), (0, u128::MAX));
        assert_eq!(range(usize::TYPE), (0, usize::MAX as u128));
    }

    #[test]
    fn wrappers_are_described_as_what_they_hold() {
        assert_eq!(<&str>::TYPE, &TypeRef::Str);
        assert_eq!(<Cow<'_, str>>::TYPE, &TypeRef::Str);
        assert_eq!(<Box<str>>::TYPE, &TypeRef::Str);
        assert_eq!(<Arc<Vec<u8>>>::TYPE, <Vec<u8>>::TYPE);
        assert_eq!(
            <Option<Vec<bool>>>::TYPE,
            &TypeRef::OrNull(&TypeRef::List(&TypeRef::Bool))
        );
        assert_eq!(
            <(u8, String)>::TYPE,
            &TypeRef::Tuple(&[u8::TYPE, &TypeRef::Str])
        );
        assert_eq!(<[bool; 2]>::TYPE, &TypeRef::Tuple(&[&TypeRef::Bool; 2]));
        assert_eq!(
            <HashMap<String, f32>>::TYPE,
            &TypeRef::Map {
                key: &TypeRef::Str,
                value: &TypeRef::Float { bits: 32 }
            }
        );
    }
}
