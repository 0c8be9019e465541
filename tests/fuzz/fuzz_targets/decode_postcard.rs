//! Arbitrary bytes decoded as postcard, which reads models by position (`visit_seq`), with a
//! round trip on success.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    callparty_fuzz::postcard_models(bytes);
});
