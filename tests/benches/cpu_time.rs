//! A cross-check of `models` that a busy machine disturbs less: each case runs a fixed number
//! of iterations and is timed by the CPU time of this thread (Linux `schedstat`, nanoseconds
//! on the CPU), not by the wall clock, so time spent waiting for another process's build does
//! not count. The sides of a case alternate, five rounds each; the table shows the median CPU
//! time per iteration of each side and the ratios serde_derive / ApiModel through each entry
//! point (above 1: ApiModel is faster).
//!
//! Run with `cargo bench -p callparty-tests --bench cpu_time`; a word after `--` runs only the
//! cases whose name contains it (`-- decode`, `-- "50 parties | plain"`). Elsewhere than Linux
//! it falls back to the wall clock and says so.

mod support;

use std::time::Instant;
use support::cases::{self, Case};

/// Nanoseconds this thread has run on a CPU, or `None` where the kernel does not tell.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// CPU (or wall) nanoseconds per call of `f`, over `iters` calls.
fn per_iter(iters: u32, f: &mut dyn FnMut()) -> f64 {
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

/// Whether `case` matches the filters given on the command line, if any (cargo passes its
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
fn calibrate(seconds: f64, f: &mut dyn FnMut()) -> u32 {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed().as_secs_f64() < seconds / 4.0 {
        f();
        calls += 1;
    }
    calls.saturating_mul(4).max(1)
}

/// Every side, alternating, `ROUNDS` times; prints one table row. Each measurement runs for
/// about half a second: the kernel updates a running thread's CPU time at each scheduler tick
/// (4 ms here), so shorter ones would be quantised.
fn compare(mut case: Case) {
    const ROUNDS: usize = 5;
    let Some(first) = case.sides.first_mut() else {
        return;
    };
    let iters = calibrate(0.5, &mut first.run);
    let mut times = vec![Vec::new(); case.sides.len()];
    for _ in 0..ROUNDS {
        for (side, times) in case.sides.iter_mut().zip(&mut times) {
            times.push(per_iter(iters, &mut side.run));
        }
    }
    let medians: Vec<f64> = times.into_iter().map(median).collect();
    let cells: Vec<String> = match medians[..] {
        [api, api_callparty_json, serde_derive] => vec![
            time(api),
            time(api_callparty_json),
            time(serde_derive),
            format!("**{:.2}×**", serde_derive / api),
            format!("**{:.2}×**", serde_derive / api_callparty_json),
        ],
        [floor] => vec![
            time(floor),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
        _ => medians.iter().map(|&ns| time(ns)).collect(),
    };
    println!("| {} | {} |", case.name, cells.join(" | "));
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

fn main() {
    if cpu_ns().is_none() {
        println!("(no /proc/thread-self/schedstat: wall-clock times)");
    }
    println!(
        "| case | models | ApiModel, serde_json | ApiModel, callparty::json | serde_derive, serde_json \
         | ApiModel / serde_derive | callparty::json / serde_derive |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|");
    // One case at a time, so that only its input is held while it runs.
    for name in names() {
        if let Some(case) =
            cases::cases(&|candidate| candidate == name && selected(candidate)).pop()
        {
            compare(case);
        }
    }
}

/// Every case's name, without building any input.
fn names() -> Vec<String> {
    let names = std::cell::RefCell::new(Vec::new());
    cases::cases(&|name| {
        names.borrow_mut().push(name.to_owned());
        false
    });
    names.into_inner()
}
