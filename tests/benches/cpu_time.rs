//! A cross-check of `models` that a busy machine disturbs less: each case runs a fixed number
//! of iterations and is timed by the CPU time of this thread (Linux `schedstat`, nanoseconds
//! on the CPU), not by the wall clock, so time spent waiting for another process's build does
//! not count. The two sides alternate, five rounds each; the table shows the median CPU time
//! per iteration and the ratio serde_derive / ApiModel (above 1: ApiModel is faster).
//!
//! Run with `cargo bench -p callparty-tests --bench cpu_time`; a word after `--` runs only the
//! cases whose name contains it (`-- decode`, `-- "50 parties | lean"`). Elsewhere than Linux
//! it falls back to the wall clock and says so.

mod support;

use std::hint::black_box;
use std::time::Instant;
use support::{borrowed, data, kept, lean};

/// Nanoseconds this thread has run on a CPU, or `None` where the kernel does not tell.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// CPU (or wall) nanoseconds per call of `f`, over `iters` calls.
fn per_iter(iters: u32, mut f: impl FnMut()) -> f64 {
    let (cpu, wall) = (cpu_ns(), Instant::now());
    for _ in 0..iters {
        f();
    }
    let ns = match (cpu, cpu_ns()) {
        (Some(start), Some(end)) => (end - start) as f64,
        _ => wall.elapsed().as_nanos() as f64,
    };
    ns / f64::from(iters)
}

/// Whether `case` matches the filter given on the command line, if any (cargo passes its
/// own `--bench` flag, which is not a filter).
fn selected(case: &str) -> bool {
    std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .all(|filter| case.contains(&filter))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// How many calls of `f` take about `seconds` of wall-clock time.
fn calibrate(seconds: f64, mut f: impl FnMut()) -> u32 {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed().as_secs_f64() < seconds / 4.0 {
        f();
        calls += 1;
    }
    calls.saturating_mul(4).max(1)
}

/// Both sides, alternating, `ROUNDS` times; prints one table row. Each measurement runs for
/// about half a second: the kernel updates a running thread's CPU time at each scheduler tick
/// (4 ms here), so shorter ones would be quantised.
fn compare(case: &str, mut api: impl FnMut(), mut serde: impl FnMut()) {
    const ROUNDS: usize = 5;
    if !selected(case) {
        return;
    }
    let iters = calibrate(0.5, &mut api);
    serde();
    let (mut a, mut s) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        a.push(per_iter(iters, &mut api));
        s.push(per_iter(iters, &mut serde));
    }
    let (a, s) = (median(a), median(s));
    println!("| {case} | {} | {} | **{:.2}×** |", time(a), time(s), s / a);
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

macro_rules! decode {
    ($case:expr, $input:expr, $api:ty, $sd:ty) => {
        compare(
            $case,
            || {
                drop(black_box(
                    serde_json::from_slice::<$api>(black_box($input)).unwrap(),
                ))
            },
            || {
                drop(black_box(
                    serde_json::from_slice::<$sd>(black_box($input)).unwrap(),
                ))
            },
        )
    };
}

macro_rules! encode {
    ($case:expr, $input:expr, $api:ty, $sd:ty) => {{
        let api: $api = serde_json::from_slice($input).unwrap();
        let sd: $sd = serde_json::from_slice($input).unwrap();
        let (mut out_a, mut out_s) = (Vec::new(), Vec::new());
        compare(
            $case,
            || {
                out_a.clear();
                serde_json::to_writer(&mut out_a, black_box(&api)).unwrap();
            },
            || {
                out_s.clear();
                serde_json::to_writer(&mut out_s, black_box(&sd)).unwrap();
            },
        );
    }};
}

/// Every pair on one input.
macro_rules! cases {
    ($label:literal, $input:expr, $kept:ident, $lean:ident, $borrowed:ident) => {{
        let input: &[u8] = $input;
        decode!(
            concat!("decode ", $label, " | kept"),
            input,
            kept::api::$kept,
            kept::sd::$kept
        );
        decode!(
            concat!("decode ", $label, " | lean"),
            input,
            lean::api::$lean,
            lean::sd::$lean
        );
        decode!(
            concat!("decode ", $label, " | borrowed"),
            input,
            borrowed::api::$borrowed<'_>,
            borrowed::sd::$borrowed<'_>
        );
        encode!(
            concat!("encode ", $label, " | kept"),
            input,
            kept::api::$kept,
            kept::sd::$kept
        );
        encode!(
            concat!("encode ", $label, " | lean"),
            input,
            lean::api::$lean,
            lean::sd::$lean
        );
        encode!(
            concat!("encode ", $label, " | borrowed"),
            input,
            borrowed::api::$borrowed<'_>,
            borrowed::sd::$borrowed<'_>
        );
    }};
}

fn main() {
    if cpu_ns().is_none() {
        println!("(no /proc/thread-self/schedstat: wall-clock times)");
    }
    println!("| case | models | ApiModel | serde_derive | ApiModel / serde_derive |");
    println!("|---|---|---:|---:|---:|");
    let party = data::single_party_json();
    let session = data::session_json();
    let batch = data::batch_json(10 << 20);
    cases!("one CallParty", &party, CallParty, CallParty, CallParty);
    cases!(
        "CallSessionObject, 50 parties",
        &session,
        CallSessionObject,
        CallSessionObject,
        CallSessionObject
    );
    // The batch is a `Vec` of envelopes: the pair macros take a type name, so it is spelled out.
    decode!(
        "decode 10 MB batch | kept",
        &batch,
        Vec<kept::api::Notification>,
        Vec<kept::sd::Notification>
    );
    decode!(
        "decode 10 MB batch | lean",
        &batch,
        Vec<lean::api::Notification>,
        Vec<lean::sd::Notification>
    );
    decode!(
        "decode 10 MB batch | borrowed",
        &batch,
        Vec<borrowed::api::Notification<'_>>,
        Vec<borrowed::sd::Notification<'_>>
    );
    encode!(
        "encode 10 MB batch | kept",
        &batch,
        Vec<kept::api::Notification>,
        Vec<kept::sd::Notification>
    );
    encode!(
        "encode 10 MB batch | lean",
        &batch,
        Vec<lean::api::Notification>,
        Vec<lean::sd::Notification>
    );
    encode!(
        "encode 10 MB batch | borrowed",
        &batch,
        Vec<borrowed::api::Notification<'_>>,
        Vec<borrowed::sd::Notification<'_>>
    );
}
