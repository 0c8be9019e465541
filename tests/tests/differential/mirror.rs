//! `Mirror`: the field-by-field correspondence between a serde twin and our model, written by
//! hand and independent of both derives, so values can be compared across the two worlds.
//! Also `Open<K>`, the serde twin of an enum with an `#[api(other)]` variant.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::{Deserialize, Deserializer, IntoDeserializer};
use serde::ser::{Serialize, Serializer};

/// A twin type and the type of ours it stands for.
pub trait Mirror {
    type Ours;
    fn to_ours(&self) -> Self::Ours;
    fn from_ours(ours: &Self::Ours) -> Self;
}

macro_rules! mirror_as_is {
    ($($ty:ty),*) => {$(
        impl Mirror for $ty {
            type Ours = $ty;
            fn to_ours(&self) -> $ty {
                self.clone()
            }
            fn from_ours(ours: &$ty) -> Self {
                ours.clone()
            }
        }
    )*};
}

mirror_as_is!(
    bool,
    u8,
    u16,
    u32,
    u64,
    i32,
    i64,
    f64,
    String,
    serde_json::Value
);

impl<'a> Mirror for &'a str {
    type Ours = &'a str;
    fn to_ours(&self) -> &'a str {
        self
    }
    fn from_ours(ours: &&'a str) -> Self {
        ours
    }
}

impl<'a> Mirror for Cow<'a, str> {
    type Ours = Cow<'a, str>;
    fn to_ours(&self) -> Cow<'a, str> {
        self.clone()
    }
    fn from_ours(ours: &Cow<'a, str>) -> Self {
        ours.clone()
    }
}

impl<T: Mirror> Mirror for Option<T> {
    type Ours = Option<T::Ours>;
    fn to_ours(&self) -> Self::Ours {
        self.as_ref().map(T::to_ours)
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        ours.as_ref().map(T::from_ours)
    }
}

impl<T: Mirror> Mirror for Vec<T> {
    type Ours = Vec<T::Ours>;
    fn to_ours(&self) -> Self::Ours {
        self.iter().map(T::to_ours).collect()
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        ours.iter().map(T::from_ours).collect()
    }
}

impl<T: Mirror> Mirror for Box<T> {
    type Ours = Box<T::Ours>;
    fn to_ours(&self) -> Self::Ours {
        Box::new(T::to_ours(self))
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        Box::new(T::from_ours(ours))
    }
}

impl<K: Mirror<Ours: Ord> + Ord, V: Mirror> Mirror for BTreeMap<K, V> {
    type Ours = BTreeMap<K::Ours, V::Ours>;
    fn to_ours(&self) -> Self::Ours {
        self.iter()
            .map(|(k, v)| (k.to_ours(), v.to_ours()))
            .collect()
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        ours.iter()
            .map(|(k, v)| (K::from_ours(k), V::from_ours(v)))
            .collect()
    }
}

impl<V: Mirror> Mirror for HashMap<String, V> {
    type Ours = HashMap<String, V::Ours>;
    fn to_ours(&self) -> Self::Ours {
        self.iter().map(|(k, v)| (k.clone(), v.to_ours())).collect()
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        ours.iter()
            .map(|(k, v)| (k.clone(), V::from_ours(v)))
            .collect()
    }
}

/// The twin of `callparty::Extra`: serde_json's own `Value`s, so that the oracle reads
/// unknown values without `callparty::ExtraValue`.
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(transparent)]
pub struct TwinExtra(pub BTreeMap<String, serde_json::Value>);

impl Mirror for TwinExtra {
    type Ours = callparty::Extra;
    fn to_ours(&self) -> callparty::Extra {
        self.0
            .iter()
            .map(|(key, value)| (key.clone(), value.clone().into()))
            .collect()
    }
    fn from_ours(ours: &callparty::Extra) -> Self {
        let values = ours
            .iter()
            .map(|(key, value)| (key.clone(), value.value().clone()));
        TwinExtra(values.collect())
    }
}

/// The twin of an open enum. serde_derive's enum `K` decides which strings are known values
/// (names, renames, aliases); this wrapper only keeps every other string, as
/// `#[api(other)]` does. It is the one piece of hand-written serde code in the oracle.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Open<K> {
    Known(K),
    Unknown(String),
}

impl<K: Serialize> Serialize for Open<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Open::Known(known) => known.serialize(serializer),
            Open::Unknown(value) => serializer.serialize_str(value),
        }
    }
}

impl<'de, K: for<'k> Deserialize<'k>> Deserialize<'de> for Open<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        let as_known: StrDeserializer<ValueError> = value.as_str().into_deserializer();
        Ok(match K::deserialize(as_known) {
            Ok(known) => Open::Known(known),
            Err(_) => Open::Unknown(value),
        })
    }
}

/// `Mirror` for a twin enum and ours, variant by variant. With `open`, the twin is `Open<K>`
/// and our `Unknown` holds what `Open::Unknown` holds.
macro_rules! mirror_enum {
    (open $ours:ident = $known:ident { $($variant:ident),* $(,)? }) => {
        impl $crate::generate::values::Variants for $known {
            const ALL: &'static [Self] = &[$($known::$variant),*];
        }

        impl $crate::mirror::Mirror for $crate::mirror::Open<$known> {
            type Ours = $ours;
            fn to_ours(&self) -> $ours {
                match self {
                    $($crate::mirror::Open::Known($known::$variant) => $ours::$variant,)*
                    // Generated and decoded unknown strings are never known values, so `From`
                    // keeps them as `Unknown`; a disagreement shows up in the comparison.
                    $crate::mirror::Open::Unknown(value) => $ours::from(value.as_str()),
                }
            }
            fn from_ours(ours: &$ours) -> Self {
                match ours {
                    $($ours::$variant => $crate::mirror::Open::Known($known::$variant),)*
                    $ours::Unknown(value) => $crate::mirror::Open::Unknown(value.as_str().to_owned()),
                    #[allow(unreachable_patterns)]
                    _ => unreachable!("a variant this test does not know: {ours:?}"),
                }
            }
        }
    };
    (closed $ours:ident = $twin:ident { $($variant:ident),* $(,)? }) => {
        impl $crate::generate::values::Variants for $twin {
            const ALL: &'static [Self] = &[$($twin::$variant),*];
        }

        impl $crate::generate::values::Arb for $twin {
            fn arb() -> proptest::strategy::BoxedStrategy<Self> {
                $crate::generate::values::variant::<Self>()
            }
        }

        impl $crate::mirror::Mirror for $twin {
            type Ours = $ours;
            fn to_ours(&self) -> $ours {
                match self {
                    $($twin::$variant => $ours::$variant,)*
                }
            }
            fn from_ours(ours: &$ours) -> Self {
                match ours {
                    $($ours::$variant => $twin::$variant,)*
                }
            }
        }
    };
}

/// `Mirror` for a twin struct and ours with the same field names.
macro_rules! mirror_struct {
    ($twin:ident => $ours:ident { $($field:ident),* $(,)? }) => {
        impl $crate::mirror::Mirror for $twin {
            type Ours = $ours;
            #[allow(deprecated)]
            fn to_ours(&self) -> $ours {
                $ours { $($field: $crate::mirror::Mirror::to_ours(&self.$field),)* }
            }
            #[allow(deprecated)]
            fn from_ours(ours: &$ours) -> Self {
                $twin { $($field: $crate::mirror::Mirror::from_ours(&ours.$field),)* }
            }
        }
    };
}

pub(crate) use {mirror_enum, mirror_struct};
