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
//! rounds of about 5 ms of wall-clock time, alternating as above (`support/fastest.rs` says
//! why), and each ratio, to three decimals, is serde_derive's fastest over ApiModel's. Two
//! such runs of one binary gave ratios a median 0.85% apart (the 10 MB batch, with its few
//! rounds, up to 9%), where medians of seven long rounds scattered by 10-20%.

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

/// Seven rounds; each measurement runs for about 0.4 s: the kernel updates a running thread's
/// CPU time at each scheduler tick (4 ms here), so much shorter ones would be quantised.
fn paired_median(case: &mut Case) -> Option<Timing> {
    let iters = calibrate(0.4, &mut case.sides.first_mut()?.run);
    let sides = case.sides.len();
    // One row of times per round, one time per side; every other round in reverse order.
    let rounds: Vec<Vec<f64>> = (0..7)
        .map(|round| {
            let mut times = vec![0.0; sides];
            for step in 0..sides {
                let side = if round % 2 == 0 {
                    step
                } else {
                    sides - 1 - step
                };
                times[side] = per_iter(iters, &mut case.sides[side].run);
            }
            times
        })
        .collect();
    let serde_derive = sides - 1;
    Some(Timing {
        times: (0..sides)
            .map(|side| median(rounds.iter().map(|times| times[side]).collect()))
            .collect(),
        ratios: (0..sides)
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

/// Each side's fastest round (`support::fastest`).
fn minimum(case: &mut Case) -> Option<Timing> {
    let mut runs: Vec<&mut dyn FnMut()> = case
        .sides
        .iter_mut()
        .map(|side| &mut *side.run as &mut dyn FnMut())
        .collect();
    let times = support::fastest::fastest(&mut runs);
    let serde_derive = *times.last()?;
    Some(Timing {
        ratios: times.iter().map(|&time| serde_derive / time).collect(),
        times,
    })
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
