//! A tagged union whose tag comes first streams the rest of the object into the variant's
//! model with nothing buffered: decoding allocates nothing at all when the model itself
//! needs no allocation. This binary holds this one test, and `allocation-counter` counts
//! per thread, so only the decode call inside `measure` is counted.

#[allow(dead_code)]
#[path = "unions/fixtures.rs"]
mod fixtures;

use fixtures::{Created, Event};

/// The allocations made by one decode of `json`, and its result.
fn decode(json: &str) -> (u64, Event) {
    let mut result = None;
    let info = allocation_counter::measure(|| {
        result = Some(serde_json::from_str::<Event>(std::hint::black_box(json)));
    });
    (info.count_total, result.unwrap().unwrap())
}

#[test]
fn tag_first_decodes_without_allocating() {
    let created = Event::Created(Created { id: 7, name: None });
    assert_eq!(decode(r#"{"type":"created","id":7}"#), (0, created.clone()));
    assert_eq!(decode(r#"{"type":"ping","at":1}"#), (0, Event::Ping));

    // The counter does see allocations: entries before the tag are buffered.
    let (count, value) = decode(r#"{"id":7,"type":"created"}"#);
    assert_eq!(value, created);
    assert!(count >= 1, "{count} allocations");
}
