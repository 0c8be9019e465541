//! Run-time cost of `#[derive(ApiEnum)]`: parsing (`FromStr`) and deserializing string enum
//! values, against a hand-written `match` with the same behaviour (unknown values kept) and
//! against serde_derive's unit-variant enum. Run with
//! `cargo bench -p callparty-tests --bench enums`.

#[path = "support/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "support/open_enum.rs"]
#[allow(dead_code)]
mod open_enum;

use criterion::{BenchmarkGroup, Criterion, Throughput, measurement::WallTime};
use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, Error as ValueError};
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

/// serde_derive's unit-variant enum, as close as serde_derive gets to an open enum: an
/// unknown value decodes to `Unknown` but is not kept.
#[derive(serde_derive::Deserialize, Debug, PartialEq)]
enum SerdeReason {
    Pickup,
    Supervising,
    TakeOver,
    Timeout,
    BlindTransfer,
    RccTransfer,
    AttendedTransfer,
    CallerInputRedirect,
    CallFlip,
    ParkLocation,
    DtmfTransfer,
    AgentAnswered,
    AgentDropped,
    Rejected,
    Cancelled,
    InternalError,
    NoAnswer,
    TargetBusy,
    InvalidNumber,
    InternationalDisabled,
    DestinationBlocked,
    NotEnoughFunds,
    NoSuchUser,
    CallPark,
    CallRedirected,
    CallReplied,
    CallSwitch,
    CallFinished,
    CallDropped,
    Voicemail,
    #[serde(other)]
    Unknown,
}

/// The same for the 11-value status code, with the platform's `"Voicemail"` alias.
#[derive(serde_derive::Deserialize, Debug, PartialEq)]
enum SerdeCode {
    Setup,
    Proceeding,
    Answered,
    Disconnected,
    Gone,
    Parked,
    Hold,
    #[serde(alias = "Voicemail")]
    VoiceMail,
    FaxReceive,
    Tds,
    VoiceMailScreening,
    #[serde(other)]
    Unknown,
}

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
        open_enum::CallStatusInfoReason,
        SerdeReason
    );
    enum_case!(
        c,
        "code11",
        callparty::models::CallStatusInfoCode,
        open_enum::CallStatusInfoCode,
        SerdeCode
    );
    c.final_summary();
}
