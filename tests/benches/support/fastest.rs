//! Each side's fastest of many short rounds: the estimator of `cpu_time`'s headline table
//! (`CPU_TIME_ESTIMATOR=minimum`) and of the `fastest` lines of `unions`. Time that another
//! virtual machine on the host or the scheduler takes from a round can only make that round
//! slower, so the fastest round of a side is its least disturbed measurement, and two runs
//! of one binary agree to about 1% where medians of a few long rounds do not (BENCHMARKS.md,
//! "Noise"). Rounds are timed by the wall clock: a thread's CPU time moves only at a
//! scheduler tick (4 ms here), too coarse for 5 ms rounds.

use std::time::Instant;

/// Wall-clock time of one round, in nanoseconds.
const ROUND_NS: f64 = 5e6;
/// Wall-clock time of all rounds of all sides, in nanoseconds.
const BUDGET_NS: f64 = 6e9;

/// Nanoseconds per call of each of `sides`, in their order: each side's fastest round of
/// about 5 ms (one call where a call takes longer), the sides alternating and their order
/// reversed every other round, as many rounds as fit in about 6 s, at least 15 and at most
/// 300.
pub fn fastest(sides: &mut [&mut dyn FnMut()]) -> Vec<f64> {
    let Some(first) = sides.first_mut() else {
        return Vec::new();
    };
    // The first call may build the input.
    first();
    let call = per_call(1, *first);
    let calls = (ROUND_NS / call).clamp(1.0, f64::from(u32::MAX)) as u32;
    let round = call * f64::from(calls) * sides.len() as f64;
    let rounds = (BUDGET_NS / round).clamp(15.0, 300.0) as usize;
    let mut best = vec![f64::INFINITY; sides.len()];
    for round in 0..rounds {
        for step in 0..sides.len() {
            let side = if round % 2 == 0 {
                step
            } else {
                sides.len() - 1 - step
            };
            best[side] = best[side].min(per_call(calls, &mut *sides[side]));
        }
    }
    best
}

/// Wall-clock nanoseconds per call of `f`, over `calls` calls.
fn per_call(calls: u32, f: &mut dyn FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..calls {
        f();
    }
    start.elapsed().as_nanos() as f64 / f64::from(calls)
}
