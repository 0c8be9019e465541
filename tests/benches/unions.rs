//! Run-time cost of `#[derive(ApiUnion)]` against serde_derive's enums, with `serde_json`, in
//! one process, each pair back to back on the same bytes:
//! - one key: `callparty::models::TransferTarget` against an externally tagged newtype enum;
//! - tagged, tag first: a union of the plain party and notification models, tagged by `kind`,
//!   against `#[serde(tag = "kind")]` over their serde_derive twins, which buffers every
//!   object before it reads the variant;
//! - tagged, tag last: the same objects with the tag at the end, which ours buffers too;
//! - both tagged cases again over the real models, which keep unknown fields, against serde
//!   twins with a flattened extra map, and over models that borrow their strings;
//! - by kind: a party id or a party against `#[serde(untagged)]`.
//!
//! Run with `cargo bench -p callparty-tests --bench unions`; `tests/benches/report.py` turns
//! criterion's results into the table of BENCHMARKS.md. After criterion's wall-clock runs,
//! each pair is timed again by the CPU time of this thread (Linux `schedstat`), the two
//! sides alternating, five rounds each, which a busy machine disturbs less; those lines are
//! printed as `cpu <case>: ...`. Then each side's fastest of many 5 ms rounds, the estimator
//! of the headline tables (`support/fastest.rs`), as `fastest <case>: ...`.

// The variants hold the models unboxed on both sides, as a first-time user writes them; a box
// would add an allocation per value to both and measure the allocator.
#![allow(clippy::large_enum_variant)]

// The models, twins and data of the model benchmarks; the union cases use some of them.
#[allow(dead_code)]
mod support;

use support::fastest::fastest;
use support::{borrowed, data, kept, plain};

use criterion::{BenchmarkGroup, Criterion, Throughput, measurement::WallTime};
use std::hint::black_box;
use std::time::{Duration, Instant};

use callparty::ApiUnion;
use callparty::models::TransferTarget;
use data::Rng;

/// serde's twin of `TransferTarget` (without the unknown variant serde cannot keep).
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
enum TransferTargetTwin {
    PhoneNumber(String),
    Voicemail(String),
    ExtensionNumber(String),
    ParkOrbit(String),
    ExtensionId(String),
}

#[derive(ApiUnion, Debug)]
#[api(tag = "kind", rename_all = "lowercase")]
enum Event {
    Party(plain::api::CallParty),
    Notification(plain::api::Notification),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum EventTwin {
    Party(plain::sd::CallParty),
    Notification(plain::sd::Notification),
}

/// The same union over the real models, which keep unknown fields, against serde twins with a
/// flattened extra map.
#[derive(ApiUnion, Debug)]
#[api(tag = "kind", rename_all = "lowercase")]
enum KeptEvent {
    Party(kept::api::CallParty),
    Notification(kept::api::Notification),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum KeptEventTwin {
    Party(kept::sd::CallParty),
    Notification(kept::sd::Notification),
}

/// The same union over models that borrow their strings from the input.
#[derive(ApiUnion, Debug)]
#[api(tag = "kind", rename_all = "lowercase")]
enum BorrowedEvent<'a> {
    Party(borrowed::api::CallParty<'a>),
    Notification(borrowed::api::Notification<'a>),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum BorrowedEventTwin<'a> {
    #[serde(borrow)]
    Party(borrowed::sd::CallParty<'a>),
    #[serde(borrow)]
    Notification(borrowed::sd::Notification<'a>),
}

#[derive(ApiUnion, Debug)]
#[api(untagged)]
enum PartyRef {
    Id(String),
    Party(plain::api::CallParty),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug)]
#[serde(untagged)]
enum PartyRefTwin {
    Id(String),
    Party(plain::sd::CallParty),
}

/// A JSON array of `count` items from `item`.
fn array(count: u64, mut item: impl FnMut(u64) -> String) -> Vec<u8> {
    let items: Vec<String> = (0..count).map(&mut item).collect();
    format!("[{}]", items.join(",")).into_bytes()
}

/// 20,000 one-key targets of every kind.
fn targets() -> Vec<u8> {
    let mut rng = Rng::new(14);
    array(20_000, |_| {
        let (key, value) = match rng.below(5) {
            0 => ("phoneNumber", format!("+1650555{:04}", rng.below(10_000))),
            1 => ("voicemail", format!("6200{}", 1000 + rng.below(100))),
            2 => ("extensionNumber", format!("{}", 100 + rng.below(900))),
            3 => ("parkOrbit", format!("*8{:02}", rng.below(100))),
            _ => ("extensionId", format!("6200{}", 1000 + rng.below(100))),
        };
        format!(r#"{{"{key}":"{value}"}}"#)
    })
}

/// 4,000 events, parties and notification envelopes in turn, with the tag first or last.
fn events(tag_first: bool) -> Vec<u8> {
    let mut rng = Rng::new(15);
    array(4_000, |index| {
        let (kind, object) = if index % 2 == 0 {
            ("party", data::party(&mut rng, "s-bench", index))
        } else {
            ("notification", data::notification(&mut rng, index))
        };
        let text = serde_json::to_string(&object).expect("JSON values always encode");
        let fields = &text[1..text.len() - 1];
        if tag_first {
            format!(r#"{{"kind":"{kind}",{fields}}}"#)
        } else {
            format!(r#"{{{fields},"kind":"{kind}"}}"#)
        }
    })
}

/// 4,000 party references: every other one an id, the others whole parties.
fn party_refs() -> Vec<u8> {
    let mut rng = Rng::new(16);
    array(4_000, |index| {
        if index % 2 == 0 {
            format!(r#""p-{}-{index}""#, rng.hex(32))
        } else {
            serde_json::to_string(&data::party(&mut rng, "s-bench", index)).expect("encodes")
        }
    })
}

/// The JSON that decoding `input` as `$ty` and encoding it again gives, as a value.
macro_rules! round_trip {
    ($input:expr, $ty:ty) => {{
        let value: $ty = serde_json::from_slice($input).expect("valid input");
        serde_json::to_value(&value).expect("encodes")
    }};
}

/// Both sides must read the same input to the same JSON, or the comparison means nothing.
macro_rules! check_twins {
    ($input:expr, $ours:ty, $twin:ty) => {
        assert_eq!(
            round_trip!($input, Vec<$ours>),
            round_trip!($input, Vec<$twin>),
            "{} and {} disagree",
            stringify!($ours),
            stringify!($twin)
        )
    };
}

/// Nanoseconds this thread has run on a CPU, or `None` where the kernel does not tell.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// The median CPU (or, without `schedstat`, wall) nanoseconds per call of `ours` and `twin`,
/// over five alternating rounds of as many calls as take about a third of a second.
fn cpu_pair(ours: &mut dyn FnMut(), twin: &mut dyn FnMut()) -> (f64, f64) {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < Duration::from_millis(80) {
        ours();
        calls += 1;
    }
    let calls = (calls * 4).max(1);
    let per_call = |f: &mut dyn FnMut()| {
        let (cpu, wall) = (cpu_ns(), Instant::now());
        for _ in 0..calls {
            f();
        }
        let ns = match (cpu, cpu_ns()) {
            (Some(start), Some(end)) => (end - start) as f64,
            _ => wall.elapsed().as_nanos() as f64,
        };
        ns / f64::from(calls)
    };
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        a.push(per_call(ours));
        b.push(per_call(twin));
    }
    let median = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    (median(a), median(b))
}

/// Decoding `input` as an array of our union and of serde's twin, back to back.
macro_rules! pair {
    ($c:expr, $label:literal, $input:expr, $ours:ty, $twin:ty) => {{
        let input: &[u8] = $input;
        check_twins!(input, $ours, $twin);
        let mut group = $c.benchmark_group(concat!("decode/", $label));
        configure(&mut group, input.len());
        group.bench_function("api_union", |b| {
            b.iter(|| serde_json::from_slice::<Vec<$ours>>(black_box(input)).expect("valid input"))
        });
        group.bench_function("serde_derive", |b| {
            b.iter(|| serde_json::from_slice::<Vec<$twin>>(black_box(input)).expect("valid input"))
        });
        group.finish();
        let mut ours =
            || drop(serde_json::from_slice::<Vec<$ours>>(black_box(input)).expect("valid input"));
        let mut twin =
            || drop(serde_json::from_slice::<Vec<$twin>>(black_box(input)).expect("valid input"));
        let (ours_cpu, twin_cpu) = cpu_pair(&mut ours, &mut twin);
        println!(
            "cpu {}: ApiUnion {:.2} ms, serde_derive {:.2} ms, ratio {:.2}",
            $label,
            ours_cpu / 1e6,
            twin_cpu / 1e6,
            twin_cpu / ours_cpu
        );
        if let [ours_fast, twin_fast] = fastest(&mut [&mut ours, &mut twin])[..] {
            println!(
                "fastest {}: ApiUnion {:.3} ms, serde_derive {:.3} ms, ratio {:.3}",
                $label,
                ours_fast / 1e6,
                twin_fast / 1e6,
                twin_fast / ours_fast
            );
        }
    }};
}

fn configure(group: &mut BenchmarkGroup<'_, WallTime>, bytes: usize) {
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let targets = targets();
    let first = events(true);
    let last = events(false);
    let refs = party_refs();
    println!(
        "inputs: one key {} B, tagged {} B (either order), by kind {} B",
        targets.len(),
        first.len(),
        refs.len()
    );
    pair!(c, "one_key", &targets, TransferTarget, TransferTargetTwin);
    pair!(c, "tag_first", &first, Event, EventTwin);
    pair!(c, "tag_last", &last, Event, EventTwin);
    pair!(c, "tag_first_kept", &first, KeptEvent, KeptEventTwin);
    pair!(c, "tag_last_kept", &last, KeptEvent, KeptEventTwin);
    pair!(
        c,
        "tag_first_borrowed",
        &first,
        BorrowedEvent<'_>,
        BorrowedEventTwin<'_>
    );
    pair!(
        c,
        "tag_last_borrowed",
        &last,
        BorrowedEvent<'_>,
        BorrowedEventTwin<'_>
    );
    pair!(c, "by_kind", &refs, PartyRef, PartyRefTwin);
    c.final_summary();
}
