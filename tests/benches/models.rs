//! Run-time cost of `#[derive(ApiModel)]` and `#[derive(ApiEnum)]` against serde_derive twins,
//! on criterion's wall clock, in one process: every case of `support/cases.rs` (whole
//! documents with kept, plain and borrowed models, then one model or enum at a time), each
//! decoded or encoded by the ApiModel models through `serde_json` and through
//! `callparty::json`, and by the twins through `serde_json`.
//!
//! Run with `cargo bench -p callparty-tests --bench models` (criterion's own filter after
//! `--`, a regular expression, selects cases by name, e.g. `-- "decode one CallParty"`);
//! `tests/benches/report.py` turns criterion's results into the tables of BENCHMARKS.md.

mod support;

use criterion::{Criterion, Throughput};
use std::time::Duration;

fn main() {
    let mut c = Criterion::default().configure_from_args();
    for mut case in support::cases::cases(&|_| true) {
        let (samples, seconds) = case.sampling;
        let mut group = c.benchmark_group(&case.name);
        group.throughput(Throughput::Bytes(case.bytes as u64));
        group.sample_size(samples);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(seconds));
        for side in &mut case.sides {
            group.bench_function(side.id, |b| b.iter(&mut side.run));
        }
        group.finish();
    }
    c.final_summary();
}
