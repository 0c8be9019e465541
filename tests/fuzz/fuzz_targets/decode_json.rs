//! Arbitrary bytes decoded as JSON into every payload model, with a round trip on success.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    callparty_fuzz::json_models(bytes);
});
