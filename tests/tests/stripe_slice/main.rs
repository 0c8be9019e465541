//! A slice of a second API, Stripe's charges, modelled with the derives as an SDK author
//! would: snake_case keys, keys always sent with `null` for no value (`Nullable`), Unix
//! timestamps (`with`), an id-or-object field (a by-kind `ApiUnion`), a newtype id, an open
//! enum and an `extra` map. Every payload in `tests/data/stripe/` decodes and re-encodes equal
//! as JSON, nulls included; the docs and the drift report work on it as on RingCentral's.

// Its `option` form serves other tests; a charge has no optional timestamp.
#[allow(dead_code)]
#[path = "../common/unix_seconds.rs"]
mod unix_seconds;

mod models;

use std::time::{Duration, UNIX_EPOCH};

use callparty::Nullable;
use callparty::doc::{Catalog, Describe, NameColumn};
use serde_json::Value;

use models::{Charge, ChargeStatus, CustomerRef, MisnamedCharge};

fn payloads() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/stripe");
    let mut payloads: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("tests/data/stripe")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a payload");
            (path.display().to_string(), text)
        })
        .collect();
    payloads.sort();
    assert_eq!(payloads.len(), 3, "{payloads:?}");
    payloads
}

fn nulls(value: &Value) -> usize {
    match value {
        Value::Null => 1,
        Value::Array(items) => items.iter().map(nulls).sum(),
        Value::Object(map) => map.values().map(nulls).sum(),
        _ => 0,
    }
}

#[test]
fn every_payload_round_trips_equal_as_json_nulls_included() {
    for (path, text) in payloads() {
        let charge: Charge =
            callparty::json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let written = callparty::json::to_string(&charge).unwrap();
        let (input, output): (Value, Value) = (
            serde_json::from_str(&text).unwrap(),
            serde_json::from_str(&written).unwrap(),
        );
        assert!(nulls(&input) > 0, "{path} has no null to keep");
        assert_eq!(output, input, "{path}");
    }
}

#[test]
fn the_declared_fields_carry_the_values() {
    let payloads = payloads();
    let read = |name: &str| -> Charge {
        let (_, text) = payloads
            .iter()
            .find(|(path, _)| path.ends_with(name))
            .unwrap();
        callparty::json::from_str(text).unwrap()
    };
    let by_id = read("charge_customer_id.json");
    assert_eq!(
        by_id.customer,
        Nullable::Value(CustomerRef::Id("cus_R9xT2mQ4vLp8Za".into()))
    );
    assert_eq!(
        by_id.created,
        UNIX_EPOCH + Duration::from_secs(1_764_547_200)
    );
    assert_eq!(by_id.description, Nullable::Null);
    assert_eq!(by_id.status, ChargeStatus::Succeeded);
    assert_eq!(by_id.id.0, "ch_3PqLk2Fv8Yx1aB0c1Qz9Wm4T");

    let expanded = read("charge_customer_expanded.json");
    let Nullable::Value(CustomerRef::Customer(customer)) = &expanded.customer else {
        panic!("an expanded customer: {:?}", expanded.customer);
    };
    assert_eq!(customer.email, Nullable::Value("ops@example.org".into()));
    assert_eq!(
        customer.created,
        UNIX_EPOCH + Duration::from_secs(1_733_011_200)
    );
    assert!(customer.extra.contains_key("tax_exempt"));

    let failed = read("charge_failed.json");
    assert_eq!(failed.customer, Nullable::Null);
    assert_eq!(failed.failure_code, Nullable::Value("card_declined".into()));
    // Keys this slice does not model are kept, and only those.
    assert!(failed.extra.is_empty(), "{:?}", failed.extra);
    assert!(by_id.extra.contains_key("outcome"));
}

#[test]
fn the_report_finds_a_forgotten_rename_all() {
    let (_, text) = &payloads()[0];
    let (_, report) = callparty::json::from_str_with_report::<MisnamedCharge>(text).unwrap();
    let misses: Vec<(&str, &str)> = report
        .near_misses()
        .iter()
        .map(|miss| (miss.field(), miss.rule().as_str()))
        .collect();
    assert!(
        misses.contains(&("amountCaptured", "snake_case")),
        "{misses:?}"
    );
    assert!(
        misses.contains(&("failureCode", "snake_case")),
        "{misses:?}"
    );
}

#[test]
fn the_docs_come_from_the_roots_with_wire_names_and_nullability() {
    let catalog = Catalog::from_roots(&[Charge::TYPE]);
    let models: Vec<&str> = catalog.models().map(|doc| doc.name).collect();
    // The newtype `ChargeId` is described as the string it holds, so it has no page.
    assert_eq!(models, ["Charge", "BillingDetails", "Address", "Customer"]);
    let pages = catalog.pages(NameColumn::Wire);
    let charge = &pages[0].1;
    assert!(
        charge.contains("| failure_code | `String`, nullable | ❌ |"),
        "{charge}"
    );
    assert!(charge.contains("# ChargeStatus"), "{charge}");
    assert!(pages.iter().any(|(name, _)| name == "CustomerRef.md"));
}

#[test]
fn every_payload_validates_against_the_schema() {
    let schema = callparty::schema::json_schema::<Charge>();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    for (path, text) in payloads() {
        let value: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
    // And the schema still refuses what the decoder refuses.
    let (_, text) = &payloads()[0];
    let mut value: Value = serde_json::from_str(text).unwrap();
    value["billing_details"]["address"]["city"] = Value::from(7);
    assert!(!validator.is_valid(&value));
    assert!(callparty::json::from_str::<Charge>(&value.to_string()).is_err());
}
