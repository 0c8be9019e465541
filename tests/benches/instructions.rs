//! Runs one side of one case of `support/cases.rs` a given number of times and nothing else,
//! for instruction counts under callgrind, which measure what a loaded machine's clock
//! cannot: `tests/benches/instructions.py` runs it twice per side (N and 2N iterations) and
//! divides the difference by N, so input generation and start-up cancel out.
//!
//!     instructions --list
//!     instructions "decode one CallParty | plain" api 100

mod support;

use support::cases;

fn main() {
    // cargo passes `--bench` to a bench target; it is not an argument of ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    match &args[..] {
        [list] if list == "--list" => {
            cases::cases(&|name| {
                println!("{name}");
                false
            });
        }
        [name, side, iterations] => {
            let iterations: u32 = iterations.parse().expect("a number of iterations");
            let mut case = cases::cases(&|candidate| candidate == name)
                .pop()
                .unwrap_or_else(|| panic!("no case named {name:?}: see --list"));
            let side = case
                .sides
                .iter_mut()
                .find(|candidate| candidate.id == side)
                .unwrap_or_else(|| panic!("{name:?} has no side {side:?}"));
            for _ in 0..iterations {
                (side.run)();
            }
        }
        _ => eprintln!("usage: instructions --list | instructions CASE SIDE ITERATIONS"),
    }
}
