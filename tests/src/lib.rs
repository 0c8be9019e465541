//! Tests of `callparty` written the way a downstream crate uses it; everything is in
//! `tests/`, `ui/` and `benches/`.
