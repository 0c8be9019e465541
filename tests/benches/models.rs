//! Run-time cost of `#[derive(ApiModel)]` against twin `serde_derive` models, with
//! `serde_json`, in one process: decode and encode a single `CallParty`, a 50-party
//! `CallSessionObject` and a ~10 MB batch of notification envelopes.
//!
//! Three pairs of models, each ApiModel against serde_derive:
//! - `kept`: unknown fields kept (the real `callparty::models` against `#[serde(flatten)]`);
//! - `lean`: unknown fields ignored (no extra map on either side);
//! - `borrowed`: `&str` / `Cow<str>` fields borrowed from the input.
//!
//! and `ignored_any`, serde_json skipping the same input, as the floor. Run with
//! `cargo bench -p callparty-tests --bench models`; `tests/benches/report.py` turns criterion's
//! results into the tables of BENCHMARKS.md.

mod support;

use criterion::{BenchmarkGroup, Criterion, Throughput, measurement::WallTime};
use serde::Serialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use std::hint::black_box;
use std::time::Duration;
use support::{borrowed, data, kept, lean};

/// Decodes `input` as `$ty` in a benchmark named `$name`.
macro_rules! decode {
    ($group:expr, $name:literal, $input:expr, $ty:ty) => {
        $group.bench_function($name, |b| {
            b.iter(|| serde_json::from_slice::<$ty>(black_box($input)).expect("valid input"))
        })
    };
}

/// Decodes `input` as `$ty` once, then benchmarks encoding it.
macro_rules! encode {
    ($group:expr, $name:literal, $input:expr, $ty:ty) => {{
        let value: $ty = serde_json::from_slice($input).expect("valid input");
        let mut out = Vec::with_capacity($input.len() * 2);
        $group.bench_function($name, |b| {
            b.iter(|| {
                out.clear();
                serde_json::to_writer(&mut out, black_box(&value)).expect("encodes");
                out.len()
            })
        });
    }};
}

/// The JSON that decoding `input` as `$ty` and encoding it again gives, as a value.
macro_rules! round_trip {
    ($input:expr, $ty:ty) => {{
        let value: $ty = serde_json::from_slice($input).expect("valid input");
        to_value(&value)
    }};
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::from_slice(&serde_json::to_vec(value).expect("encodes")).expect("valid JSON")
}

/// Both flavours of each pair must write the same JSON, or the comparison means nothing.
macro_rules! check_twins {
    ($input:expr, $api:ty, $sd:ty) => {
        assert_eq!(
            round_trip!($input, $api),
            round_trip!($input, $sd),
            "{} and {} disagree",
            stringify!($api),
            stringify!($sd)
        );
    };
}

/// Every pair on one input; the two sides of a pair run back to back.
macro_rules! case {
    ($c:expr, $label:literal, $input:expr, $sample_size:expr, $time:expr,
     kept: $kept_api:ty, $kept_sd:ty;
     lean: $lean_api:ty, $lean_sd:ty;
     borrowed: $borrowed_api:ty, $borrowed_sd:ty $(;)?) => {{
        let input: &[u8] = $input;
        check_twins!(input, $kept_api, $kept_sd);
        check_twins!(input, $lean_api, $lean_sd);
        check_twins!(input, $borrowed_api, $borrowed_sd);

        let mut group = $c.benchmark_group(concat!("decode/", $label));
        configure(&mut group, input.len(), $sample_size, $time);
        decode!(group, "kept_api", input, $kept_api);
        decode!(group, "kept_serde", input, $kept_sd);
        decode!(group, "lean_api", input, $lean_api);
        decode!(group, "lean_serde", input, $lean_sd);
        decode!(group, "borrowed_api", input, $borrowed_api);
        decode!(group, "borrowed_serde", input, $borrowed_sd);
        decode!(group, "ignored_any", input, IgnoredAny);
        group.finish();

        let mut group = $c.benchmark_group(concat!("encode/", $label));
        configure(&mut group, input.len(), $sample_size, $time);
        encode!(group, "kept_api", input, $kept_api);
        encode!(group, "kept_serde", input, $kept_sd);
        encode!(group, "lean_api", input, $lean_api);
        encode!(group, "lean_serde", input, $lean_sd);
        encode!(group, "borrowed_api", input, $borrowed_api);
        encode!(group, "borrowed_serde", input, $borrowed_sd);
        group.finish();
    }};
}

fn configure(
    group: &mut BenchmarkGroup<'_, WallTime>,
    bytes: usize,
    sample_size: usize,
    seconds: u64,
) {
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(sample_size);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(seconds));
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let party = data::single_party_json();
    let session = data::session_json();
    let batch = data::batch_json(10 << 20);
    println!(
        "inputs: party {} B, session {} B, batch {} B",
        party.len(),
        session.len(),
        batch.len()
    );

    case!(c, "party", &party, 100, 3,
        kept: kept::api::CallParty, kept::sd::CallParty;
        lean: lean::api::CallParty, lean::sd::CallParty;
        borrowed: borrowed::api::CallParty<'_>, borrowed::sd::CallParty<'_>;
    );
    case!(c, "session50", &session, 60, 3,
        kept: kept::api::CallSessionObject, kept::sd::CallSessionObject;
        lean: lean::api::CallSessionObject, lean::sd::CallSessionObject;
        borrowed: borrowed::api::CallSessionObject<'_>, borrowed::sd::CallSessionObject<'_>;
    );
    case!(c, "batch10mb", &batch, 10, 5,
        kept: Vec<kept::api::Notification>, Vec<kept::sd::Notification>;
        lean: Vec<lean::api::Notification>, Vec<lean::sd::Notification>;
        borrowed: Vec<borrowed::api::Notification<'_>>, Vec<borrowed::sd::Notification<'_>>;
    );
    c.final_summary();
}
