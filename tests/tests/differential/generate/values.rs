//! Arbitrary values of the twin types, limited to what a decoder can give back: extra maps
//! hold no key a declared field reads, unknown enum values are no known value, floats are
//! finite, and borrowed `&str`s need no escaping in JSON.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

use callparty::doc::ModelDoc;
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

use crate::mirror::{Open, TwinExtra};

/// Types with one canonical strategy.
pub trait Arb: Sized + Debug + Clone + 'static {
    fn arb() -> BoxedStrategy<Self>;
}

/// The variants of a fieldless twin enum.
pub trait Variants: Sized + Copy + Debug + 'static {
    const ALL: &'static [Self];
}

/// A strategy for a struct with any number of fields, one strategy per field.
macro_rules! strat_struct {
    ($ty:ident { $($field:ident: $strategy:expr),* $(,)? }) => {{
        use proptest::strategy::Strategy as _;
        $crate::generate::values::strat_struct!(@nest $($strategy),*)
            .prop_map(|$crate::generate::values::strat_struct!(@pattern $($field),*)| $ty { $($field),* })
            .boxed()
    }};
    (@nest) => { proptest::strategy::Just(()) };
    (@nest $head:expr $(, $rest:expr)*) => { ($head, $crate::generate::values::strat_struct!(@nest $($rest),*)) };
    (@pattern) => { () };
    (@pattern $head:ident $(, $rest:ident)*) => { ($head, $crate::generate::values::strat_struct!(@pattern $($rest),*)) };
}

pub(crate) use strat_struct;

/// Strings with the characters JSON escapes (quotes, backslashes, controls, U+2028) and
/// non-ASCII ones among plain letters.
pub fn text() -> BoxedStrategy<String> {
    let special = prop::sample::select(vec![
        '"', '\\', '\n', '\t', '\u{0}', '\u{1f}', '\u{7f}', 'é', 'ß', '😀', '\u{2028}', ' ', '/',
    ]);
    let chars = prop_oneof![8 => prop::char::range('a', 'z'), 2 => prop::char::range('A', 'Z'), 1 => special];
    prop::collection::vec(chars, 0..8)
        .prop_map(String::from_iter)
        .boxed()
}

/// Strings that JSON writes without escapes, so a `&str` can borrow them back.
pub const PLAIN: &[&str] = &[
    "",
    "plain",
    "with space",
    "ünïcødé",
    "emoji 😀",
    "a/b",
    "p-1",
];

pub fn plain() -> BoxedStrategy<&'static str> {
    prop::sample::select(PLAIN).boxed()
}

pub fn finite_f64() -> BoxedStrategy<f64> {
    prop_oneof![
        any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()),
        prop::sample::select(vec![0.0, -0.0, 1.0, 0.1, 1e300, 5e-324, f64::MAX, f64::MIN]),
    ]
    .boxed()
}

pub fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        finite_f64().prop_map(|f| Value::Number(Number::from_f64(f).expect("finite"))),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..3)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
    .boxed()
}

/// Keys a decode of `model` puts into its extra map: none that a declared field reads.
fn extra_key(model: &'static ModelDoc) -> impl Strategy<Value = String> {
    let keys = prop_oneof![4 => text(), 1 => Just("unknownKey".to_owned())];
    keys.prop_filter("a declared field reads this key", move |key| {
        !model
            .fields
            .iter()
            .any(|field| field.wire_name == key || field.aliases.contains(&key.as_str()))
    })
}

pub fn extra_for(model: &'static ModelDoc) -> BoxedStrategy<TwinExtra> {
    prop::collection::btree_map(extra_key(model), json_value(), 0..3)
        .prop_map(TwinExtra)
        .boxed()
}

pub fn hash_extra_for(model: &'static ModelDoc) -> BoxedStrategy<HashMap<String, Value>> {
    prop::collection::hash_map(extra_key(model), json_value(), 0..3).boxed()
}

pub fn variant<K: Variants>() -> BoxedStrategy<K> {
    prop::sample::select(K::ALL).boxed()
}

/// Known values, and unknown strings that serde's `K` does not know either: near misses in
/// case, and anything else.
impl<K: Variants + Serialize + DeserializeOwned + Ord> Arb for Open<K> {
    fn arb() -> BoxedStrategy<Self> {
        let near_miss = variant::<K>().prop_map(|known| {
            let value = serde_json::to_value(known).expect("a unit variant encodes");
            value.as_str().unwrap_or_default().to_lowercase()
        });
        let unknown = prop_oneof![near_miss, text()].prop_filter("a known value", |value| {
            serde_json::from_value::<K>(Value::String(value.clone())).is_err()
        });
        prop_oneof![
            3 => variant::<K>().prop_map(Open::Known),
            1 => unknown.prop_map(Open::Unknown),
        ]
        .boxed()
    }
}

macro_rules! arb_with {
    ($($ty:ty => $strategy:expr),* $(,)?) => {$(
        impl Arb for $ty {
            fn arb() -> BoxedStrategy<Self> {
                $strategy.boxed()
            }
        }
    )*};
}

arb_with! {
    String => text(),
    bool => any::<bool>(),
    u8 => any::<u8>(),
    u16 => any::<u16>(),
    u32 => any::<u32>(),
    u64 => any::<u64>(),
    i32 => any::<i32>(),
    i64 => any::<i64>(),
    f64 => finite_f64(),
    Value => json_value(),
    &'static str => plain(),
    Cow<'static, str> => prop_oneof![
        text().prop_map(Cow::Owned),
        plain().prop_map(Cow::Borrowed),
    ],
}

impl<T: Arb> Arb for Option<T> {
    fn arb() -> BoxedStrategy<Self> {
        prop::option::weighted(0.7, T::arb()).boxed()
    }
}

impl<T: Arb> Arb for Vec<T> {
    fn arb() -> BoxedStrategy<Self> {
        prop::collection::vec(T::arb(), 0..3).boxed()
    }
}

impl<K: Arb + Ord, V: Arb> Arb for BTreeMap<K, V> {
    fn arb() -> BoxedStrategy<Self> {
        prop::collection::btree_map(K::arb(), V::arb(), 0..3).boxed()
    }
}

impl<V: Arb> Arb for HashMap<String, V> {
    fn arb() -> BoxedStrategy<Self> {
        prop::collection::hash_map(String::arb(), V::arb(), 0..3).boxed()
    }
}
