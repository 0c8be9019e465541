//! A cross-check of `models` that a busy machine disturbs less: each case runs a fixed number
//! of iterations and is timed by the CPU time of this thread (Linux `schedstat`, nanoseconds
//! on the CPU), not by the wall clock, so time spent waiting for another process's build does
//! not count. The sides of a case alternate, seven rounds each, in reverse order every other
//! round; the table shows the median CPU time per iteration of each side and the ratios
//! serde_derive / ApiModel through each entry point (above 1: ApiModel is faster). A ratio
//! is the median of the rounds' own ratios, each from measurements under a second apart, so
//! that a host whose speed drifts over minutes moves both sides of it together. A decode
//! whose input also has an `IgnoredAny floor` case (the same JSON read and thrown away, all
//! a decode cannot skip) shows how far above that floor ApiModel (through `serde_json`) and
//! serde_derive are, in percent of the floor; the floor is measured first, in the same run.
//!
//! Run with `cargo bench -p callparty-tests --bench cpu_time`; a word after `--` runs only the
//! cases whose name contains it (`-- decode`, `-- "50 parties | plain"`). Elsewhere than Linux
//! it falls back to the wall clock and says so.
//!
//! `CPU_TIME_ESTIMATOR=minimum` times and compares otherwise: each side's fastest of many
//! short rounds (about 5 ms of wall-clock time each, up to 300 rounds or about 6 s a case,
//! alternating as above), and each ratio, to three decimals, is serde_derive's fastest over
//! ApiModel's. Time that a neighbour or the scheduler takes from a round can only make it
//! slower, so the fastest round is the one least disturbed: on a shared host whose speed
//! moves by more than a few per cent from one second to the next, two such runs of one
//! binary gave ratios a median 0.85% apart (the 10 MB batch, with its few rounds, up to 9%),
//! where medians of seven long rounds scattered by 10-20%. The rounds are timed by the wall
//! clock, since a thread's CPU time moves only at a scheduler tick (4 ms here).

mod support;

use std::collections::HashMap;
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

/// How the sides of a case are timed and compared.
#[derive(Clone, Copy)]
enum Estimator {
    /// Seven rounds of about 0.4 s of CPU time; medians, and the median of the rounds' ratios.
    PairedMedian,
    /// Many rounds of about 5 ms of wall-clock time; each side's fastest round.
    Minimum,
}

impl Estimator {
    fn from_env() -> Self {
        match std::env::var("CPU_TIME_ESTIMATOR").as_deref() {
            Ok("minimum") => Estimator::Minimum,
            _ => Estimator::PairedMedian,
        }
    }

    /// Decimals of a ratio: the fastest rounds agree from run to run to about 1%.
    fn digits(self) -> usize {
        match self {
            Estimator::PairedMedian => 2,
            Estimator::Minimum => 3,
        }
    }
}

/// One time per side, in nanoseconds per iteration, and serde_derive's over each side's.
struct Timing {
    times: Vec<f64>,
    ratios: Vec<f64>,
}

/// Every side, alternating, one round after another: `rounds[round][side]`.
fn rounds(
    case: &mut Case,
    rounds: usize,
    measure: &dyn Fn(&mut dyn FnMut()) -> f64,
) -> Vec<Vec<f64>> {
    let sides = case.sides.len();
    (0..rounds)
        .map(|round| {
            let mut times = vec![0.0; sides];
            let forward = round % 2 == 0;
            for step in 0..sides {
                let side = if forward { step } else { sides - 1 - step };
                times[side] = measure(&mut case.sides[side].run);
            }
            times
        })
        .collect()
}

/// Seven rounds; each measurement runs for about 0.4 s: the kernel updates a running thread's
/// CPU time at each scheduler tick (4 ms here), so much shorter ones would be quantised.
fn paired_median(case: &mut Case) -> Option<Timing> {
    let iters = calibrate(0.4, &mut case.sides.first_mut()?.run);
    let rounds = rounds(case, 7, &|run| per_iter(iters, run));
    let serde_derive = case.sides.len() - 1;
    let sides = 0..case.sides.len();
    Some(Timing {
        times: sides
            .clone()
            .map(|side| median(rounds.iter().map(|times| times[side]).collect()))
            .collect(),
        ratios: sides
            .map(|side| {
                median(
                    rounds
                        .iter()
                        .map(|times| times[serde_derive] / times[side])
                        .collect(),
                )
            })
            .collect(),
    })
}

/// Rounds of about 5 ms (one call where a call takes longer), as many as fit in about 6 s,
/// at least 15 and at most 300; each side's fastest.
fn minimum(case: &mut Case) -> Option<Timing> {
    let first = &mut case.sides.first_mut()?.run;
    // The first call may build the input.
    first();
    let call = wall_per_iter(1, first);
    let iters = (0.005e9 / call).clamp(1.0, f64::from(u32::MAX)) as u32;
    let round = call * f64::from(iters) * case.sides.len() as f64;
    let count = (6e9 / round).clamp(15.0, 300.0) as usize;
    let rounds = rounds(case, count, &|run| wall_per_iter(iters, run));
    let times: Vec<f64> = (0..case.sides.len())
        .map(|side| {
            rounds
                .iter()
                .map(|times| times[side])
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    let serde_derive = times[times.len() - 1];
    Some(Timing {
        ratios: times.iter().map(|&time| serde_derive / time).collect(),
        times,
    })
}

/// Wall-clock nanoseconds per call of `f`, over `iters` calls.
fn wall_per_iter(iters: u32, f: &mut dyn FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..iters {
        f();
    }
    start.elapsed().as_nanos() as f64 / f64::from(iters)
}

/// Times every side of `case` and prints one table row. `floors` holds the floor of each
/// input measured so far, by input name; a floor case adds its own.
fn compare(mut case: Case, estimator: Estimator, floors: &mut HashMap<String, f64>) {
    let timing = match estimator {
        Estimator::PairedMedian => paired_median(&mut case),
        Estimator::Minimum => minimum(&mut case),
    };
    let Some(Timing { times, ratios }) = timing else {
        return;
    };
    let input = input_of(&case.name);
    let cells: Vec<String> = match times[..] {
        [api, api_callparty_json, serde_derive] => {
            let floor = floors.get(input).copied();
            vec![
                time(api),
                time(api_callparty_json),
                time(serde_derive),
                format!("**{:.*}×**", estimator.digits(), ratios[0]),
                format!("**{:.*}×**", estimator.digits(), ratios[1]),
                floor.map_or_else(String::new, |floor| above(api, floor)),
                floor.map_or_else(String::new, |floor| above(serde_derive, floor)),
            ]
        }
        [floor] => {
            floors.insert(input.to_owned(), floor);
            let mut cells = vec![String::new(); 7];
            cells[0] = time(floor);
            cells
        }
        _ => times.iter().map(|&ns| time(ns)).collect(),
    };
    println!("| {} | {} |", case.name, cells.join(" | "));
}

/// The input part of a case's name: `decode one CallParty` of `decode one CallParty | plain`.
fn input_of(case: &str) -> &str {
    case.split(" | ").next().unwrap_or(case)
}

fn is_floor(case: &str) -> bool {
    case.ends_with("| IgnoredAny floor")
}

/// How far `ns` is above `floor`, in percent of the floor.
fn above(ns: f64, floor: f64) -> String {
    format!("+{:.0}%", (ns / floor - 1.0) * 100.0)
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
    let estimator = Estimator::from_env();
    match estimator {
        Estimator::Minimum => println!("(each side's fastest round of wall-clock time)"),
        Estimator::PairedMedian if cpu_ns().is_none() => {
            println!("(no /proc/thread-self/schedstat: wall-clock times)");
        }
        Estimator::PairedMedian => {}
    }
    println!(
        "| case | models | ApiModel, serde_json | ApiModel, callparty::json | serde_derive, serde_json \
         | ApiModel / serde_derive | callparty::json / serde_derive \
         | ApiModel above the floor | serde_derive above the floor |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let names = names();
    // A floor runs with any selected case of its input, for the distance.
    let wanted: Vec<&String> = names
        .iter()
        .filter(|name| {
            selected(name)
                || is_floor(name)
                    && names
                        .iter()
                        .any(|other| input_of(other) == input_of(name) && selected(other))
        })
        .collect();
    let mut floors = HashMap::new();
    // One case at a time, so that only its input is held while it runs.
    for name in wanted {
        if let Some(case) = cases::cases(&|candidate| candidate == name).pop() {
            compare(case, estimator, &mut floors);
        }
    }
}

/// Every case's name, without building any input; each input's floor comes before its other
/// cases, which report their distance from it.
fn names() -> Vec<String> {
    let names = std::cell::RefCell::new(Vec::new());
    cases::cases(&|name| {
        names.borrow_mut().push(name.to_owned());
        false
    });
    let mut names = names.into_inner();
    let position: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .rev()
        .map(|(index, name)| (input_of(name).to_owned(), index))
        .collect();
    // A stable sort by (where the input first appears, floor first) keeps the cases' order.
    names.sort_by_key(|name| (position[input_of(name)], !is_floor(name)));
    names
}
