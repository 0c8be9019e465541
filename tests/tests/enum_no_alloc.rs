//! Known enum values decode with no allocation. This binary holds this one test, and
//! `allocation-counter` installs a global allocator that counts per thread, so nothing else
//! the test harness does is counted: only the decode call inside `measure`.

use callparty::{ApiEnum, UnknownValue};

#[derive(ApiEnum, Debug, PartialEq)]
enum Closed {
    Inbound,
    #[api(alias = "Out")]
    Outbound,
}

#[derive(ApiEnum, Debug, PartialEq)]
enum Open {
    Setup,
    #[api(alias = "Voicemail")]
    VoiceMail,
    #[api(other)]
    Unknown(UnknownValue),
}

/// The allocations made by one decode of `json`, and its result.
fn decode<T: serde::de::DeserializeOwned>(json: &str) -> (u64, T) {
    let mut result = None;
    let info = allocation_counter::measure(|| {
        result = Some(serde_json::from_str::<T>(std::hint::black_box(json)));
    });
    (info.count_total, result.unwrap().unwrap())
}

#[test]
fn known_values_decode_without_allocating() {
    assert_eq!(decode::<Closed>(r#""Inbound""#), (0, Closed::Inbound));
    assert_eq!(decode::<Closed>(r#""Out""#), (0, Closed::Outbound));
    assert_eq!(decode::<Open>(r#""Setup""#), (0, Open::Setup));
    assert_eq!(decode::<Open>(r#""Voicemail""#), (0, Open::VoiceMail));

    // The counter does see allocations: an unknown value is copied into the enum.
    let (count, unknown) = decode::<Open>(r#""Later""#);
    assert!(count >= 1, "{count} allocations for {unknown:?}");
    assert_eq!(unknown.as_str(), "Later");
}
