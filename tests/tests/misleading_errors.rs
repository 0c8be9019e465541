//! Issue 16, "Errors that mislead": errors and the documentation of errors must say what
//! really happens.

use callparty::{ApiModel, Extra};
use serde_json::json;

#[derive(ApiModel, Debug, Default)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// postcard keeps no message for a custom error, so its error cannot name the model; the
/// README and `ExtraFields` say what it keeps instead of claiming a message.
#[test]
fn postcard_error_for_a_non_empty_extra_is_described_as_it_is() {
    let mut party = Party::default();
    party
        .extra
        .insert("brandId".to_owned(), json!("1210").into());
    let error = postcard::to_allocvec(&party).unwrap_err();
    assert_eq!(error, postcard::Error::SerdeSerCustom);
    assert_eq!(error.to_string(), "Serde Serialization Error");

    let readme = words(include_str!("../../README.md"));
    assert!(!readme.contains("fails at serialize time, naming the model, in compact ones"));
    assert!(readme.contains(
        "fails at serialize time in compact ones: CBOR's error names the model and the count; \
         postcard keeps no error text, only its kind, `postcard::Error::SerdeSerCustom`."
    ));
}

/// A crate that depends on `callparty` under another name (tests/renamed-dependency) gets one
/// error per derive, which names the attribute to write, and nothing else: not the cascade of
/// unresolved `::callparty` paths, nor errors where the models are used.
#[test]
fn a_renamed_dependency_gets_one_error_that_names_the_attribute() {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/renamed-dependency/Cargo.toml");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args([
            "check",
            "--offline",
            "--locked",
            "--quiet",
            "--message-format=short",
        ])
        .arg("--manifest-path")
        .arg(manifest)
        .env(
            "CARGO_TARGET_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/renamed-dependency"),
        )
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("error"))
        .filter(|line| !line.starts_with("error: could not compile"))
        .collect();
    let expected = |item: &str| {
        format!(
            "error: this crate depends on `callparty` under the name `cp`, so the generated \
             code cannot reach it as `::callparty`; add `#[api(crate = \"::cp\")]` to `{item}`"
        )
    };
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(errors[0].ends_with(&expected("Party")), "{stderr}");
    assert!(errors[1].ends_with(&expected("Direction")), "{stderr}");
}
