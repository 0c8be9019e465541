//! Replays the committed fuzz corpus (`tests/fuzz/corpus/<target>/`) and the crashes the
//! fuzzer found (`tests/fuzz/regressions/`) as a normal test on stable Rust, with the same
//! checks the fuzz targets run: no panic ever, and where a decode succeeds, encode → decode
//! gives the same value and encoding again gives the same bytes. Every JSON input that
//! decodes also validates against the decoded type's JSON Schema.

use std::path::{Path, PathBuf};

// The fuzz targets' checks, shared so the replay checks exactly what the fuzzer checked.
#[path = "../fuzz/src/lib.rs"]
mod fuzz_checks;
// The validator of the schema property tests, with their error form.
#[path = "differential/schema_allowed.rs"]
#[allow(dead_code)]
mod schema_allowed;

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    files.sort();
    files
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Runs `check` on every file of a corpus; returns (files, decodes that succeeded).
fn replay(target: &str, check: fn(&[u8]) -> usize) -> (usize, usize) {
    let files = files_in(&fuzz_dir().join("corpus").join(target));
    let accepted = files
        .iter()
        .map(|file| {
            let bytes = std::fs::read(file).expect("a readable corpus file");
            check(&bytes)
        })
        .sum();
    (files.len(), accepted)
}

#[test]
fn the_json_corpus_round_trips() {
    let (files, accepted) = replay("decode_json", fuzz_checks::json_models);
    assert!(files >= 1_000, "only {files} corpus files");
    // The corpus is mostly near-misses, but many inputs still decode into some model.
    assert!(
        accepted >= files / 4,
        "{accepted} decodes from {files} files"
    );
}

#[test]
fn the_postcard_corpus_round_trips() {
    let (files, accepted) = replay("decode_postcard", fuzz_checks::postcard_models);
    assert!(files >= 200, "only {files} corpus files");
    assert!(
        accepted >= files / 4,
        "{accepted} decodes from {files} files"
    );
}

/// Every crash the fuzzer found, named `<target>-<what>.<ext>`, replayed by its target.
#[test]
fn the_crashes_found_stay_fixed() {
    let files = files_in(&fuzz_dir().join("regressions"));
    assert!(!files.is_empty());
    for file in files {
        let name = file
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        let bytes = std::fs::read(&file).expect("a readable regression file");
        let accepted = if name.starts_with("decode_json-") {
            fuzz_checks::json_models(&bytes)
        } else if name.starts_with("decode_postcard-") {
            fuzz_checks::postcard_models(&bytes)
        } else {
            panic!("{name} does not name its fuzz target");
        };
        assert!(
            accepted > 0,
            "{name} no longer decodes, so it tests nothing"
        );
    }
}

/// The first crash: serde_json read some numbers 1 ULP off unless its `float_roundtrip`
/// feature is on, so a number in an `extra` map changed on decode → encode.
#[test]
fn numbers_in_extra_fields_survive_round_trips_exactly() {
    use callparty::models::CallParty;
    for number in [
        "44444444040400000000000016126584147974145819",
        "1.0715660391465826e-75",
        "-1.81996730402717e-179",
        "-9.643915712060552e-234",
    ] {
        let input = format!(r#"{{"id":"p-1","score":{number}}}"#);
        let party: CallParty = callparty::json::from_str(&input).expect("decodes");
        let output = callparty::json::to_string(&party).expect("encodes");
        let again: CallParty = callparty::json::from_str(&output).expect("decodes again");
        assert_eq!(again, party, "{input} became {output}");
    }
    // The shortest form of a float is kept as written.
    let party: CallParty =
        callparty::json::from_str(r#"{"score":1.0715660391465826e-75}"#).expect("decodes");
    assert_eq!(
        callparty::json::to_string(&party).expect("encodes"),
        r#"{"score":1.0715660391465826e-75}"#
    );
}

/// A JSON Schema validator of `T` and whether it decodes some bytes.
struct SchemaCheck {
    name: &'static str,
    validator: jsonschema::Validator,
    decodes: fn(&[u8]) -> bool,
}

fn schema_check<T: callparty::doc::Describe + serde::de::DeserializeOwned>() -> SchemaCheck {
    let schema = callparty::schema::json_schema::<T>();
    SchemaCheck {
        name: std::any::type_name::<T>(),
        validator: jsonschema::validator_for(&schema).expect("a valid schema"),
        decodes: |bytes| callparty::json::from_slice::<T>(bytes).is_ok(),
    }
}

/// The types of `fuzz_checks::json_models`.
#[test]
fn every_json_input_that_decodes_validates_against_the_schema() {
    use callparty::models::{
        CallParty, CallPartyReply, CallSession, CallSessionObject, ForwardTarget,
        TelephonySessionsEvent, TransferTarget,
    };
    let checks = [
        schema_check::<CallSessionObject>(),
        schema_check::<CallParty>(),
        schema_check::<CallSession>(),
        schema_check::<TelephonySessionsEvent>(),
        schema_check::<Vec<TelephonySessionsEvent>>(),
        schema_check::<TransferTarget>(),
        schema_check::<ForwardTarget>(),
        schema_check::<CallPartyReply>(),
        schema_check::<fuzz_checks::Payload>(),
        schema_check::<Vec<fuzz_checks::PartyRef>>(),
    ];
    // Every file that decodes validates, with no exception: arrays by position, the one
    // difference the corpus once held (79 of 1,213 decodes), no longer decode as models.
    let mut decoded = 0;
    for file in files_in(&fuzz_dir().join("corpus/decode_json")) {
        let bytes = std::fs::read(&file).expect("a readable corpus file");
        let accepted: Vec<&SchemaCheck> = checks
            .iter()
            .filter(|check| (check.decodes)(&bytes))
            .collect();
        assert_eq!(accepted.len(), fuzz_checks::json_models(&bytes));
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        for check in accepted {
            decoded += 1;
            if let Some(errors) = schema_allowed::validate(&check.validator, text) {
                panic!(
                    "{} decodes as {} but fails its schema: {:#?}",
                    file.display(),
                    check.name,
                    errors
                        .iter()
                        .map(|error| &error.message)
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    assert!(decoded >= 1_000, "only {decoded} decodes");
}
