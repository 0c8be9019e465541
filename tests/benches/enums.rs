//! Run-time cost of `#[derive(ApiEnum)]`: parsing (`FromStr`) and deserializing string enum
//! values, against a hand-written `match` with the same behaviour (unknown values kept) and
//! against serde_derive's unit-variant enum (`#[serde(other)]`, so an unknown value decodes
//! but is not kept), all built from the listings of `support/string_enums.rs`. Run with
//! `cargo bench -p callparty-tests --bench enums`.

#[path = "support/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "support/string_enums.rs"]
mod string_enums;

use criterion::{BenchmarkGroup, Criterion, Throughput, measurement::WallTime};
use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, Error as ValueError};
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

/// `count` values drawn from `values` with a fixed seed; every value is known.
fn sample(values: &[&'static str], count: usize) -> Vec<&'static str> {
    let mut rng = data::Rng::new(values.len() as u64);
    (0..count).map(|_| rng.pick(values)).collect()
}

fn configure(group: &mut BenchmarkGroup<'_, WallTime>, elements: usize) {
    group.throughput(Throughput::Elements(elements as u64));
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
}

/// One enum: `FromStr` on each value, then a JSON array of the values decoded to a `Vec`.
macro_rules! enum_case {
    ($c:expr, $label:literal, $api:ty, $hand:ty, $serde:ty) => {{
        let values = sample(<$api as callparty::ApiEnum>::VALUES, 4096);
        let json = serde_json::to_vec(&values).expect("strings encode");
        // The three agree on every value before anything is timed.
        for value in &values {
            let api = <$api>::from_str(value).unwrap();
            let hand = <$hand>::from_str(value).unwrap();
            assert_eq!(api.as_str(), hand.as_str());
            let serde = <$serde>::deserialize(BorrowedStrDeserializer::<ValueError>::new(value));
            assert_ne!(serde.unwrap(), <$serde>::Unknown, "{value}");
        }

        let mut group = $c.benchmark_group(concat!("from_str/", $label));
        configure(&mut group, values.len());
        group.bench_function("api_enum", |b| {
            b.iter(|| {
                for value in &values {
                    black_box(<$api>::from_str(black_box(value)).unwrap());
                }
            })
        });
        group.bench_function("hand_match", |b| {
            b.iter(|| {
                for value in &values {
                    black_box(<$hand>::from_str(black_box(value)).unwrap());
                }
            })
        });
        group.bench_function("serde_derive", |b| {
            b.iter(|| {
                for value in &values {
                    let de = BorrowedStrDeserializer::<ValueError>::new(black_box(value));
                    black_box(<$serde>::deserialize(de).unwrap());
                }
            })
        });
        group.finish();

        let mut group = $c.benchmark_group(concat!("deserialize/", $label));
        configure(&mut group, values.len());
        group.bench_function("api_enum", |b| {
            b.iter(|| serde_json::from_slice::<Vec<$api>>(black_box(&json)).unwrap())
        });
        group.bench_function("hand_match", |b| {
            b.iter(|| serde_json::from_slice::<Vec<$hand>>(black_box(&json)).unwrap())
        });
        group.bench_function("serde_derive", |b| {
            b.iter(|| serde_json::from_slice::<Vec<$serde>>(black_box(&json)).unwrap())
        });
        group.finish();
    }};
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    enum_case!(
        c,
        "reason29",
        callparty::models::CallStatusInfoReason,
        string_enums::open::CallStatusInfoReason,
        string_enums::serde_other::CallStatusInfoReason
    );
    enum_case!(
        c,
        "code11",
        callparty::models::CallStatusInfoCode,
        string_enums::open::CallStatusInfoCode,
        string_enums::serde_other::CallStatusInfoCode
    );
    c.final_summary();
}
