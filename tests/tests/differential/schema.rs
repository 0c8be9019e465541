//! The schema against the decoder, with the same generators as the serde twins: every value
//! the models encode validates, and on documents around the schema the validator accepts
//! exactly what the decoder accepts, except where `schema_allowed.rs` explains it.

use std::cell::RefCell;

use callparty::schema::json_schema;
use proptest::strategy::Strategy;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

use crate::check::{assert_tally, fail, run};
use crate::generate::json::J;
use crate::generate::mutate::{self, Input};
use crate::mirror::Mirror;
use crate::schema_allowed::{self, Verdicts};
use crate::subjects::Subject;

fn validator_of(schema: &Value) -> jsonschema::Validator {
    jsonschema::validator_for(schema).unwrap_or_else(|error| panic!("{error}\n{schema:#}"))
}

fn validator<S: Subject>() -> jsonschema::Validator {
    validator_of(&json_schema::<S::Ours<'static>>())
}

/// Arbitrary values: what our encoder writes validates.
pub fn values<S: Subject>() {
    let validator = validator::<S>();
    run(S::values(), |twin| {
        let json = callparty::json::to_string(&twin.to_ours()).map_err(fail)?;
        if let Some(errors) = schema_allowed::validate(&validator, &json) {
            let errors: Vec<&String> = errors.iter().map(|error| &error.message).collect();
            return Err(TestCaseError::fail(format!(
                "our output fails its schema: {errors:#?}\n{json}"
            )));
        }
        Ok(())
    });
}

/// Arbitrary documents around the schema: the validator and the decoder give the same
/// verdict, except where `schema_allowed::DIFFERENCES` explains it. Every listed difference
/// must show up, so the list cannot go stale.
pub fn inputs<S: Subject>(expected_differences: &[&str]) {
    let validator = validator::<S>();
    let base = S::values()
        .prop_map(|twin| J::from(&serde_json::to_value(&twin).expect("twins encode")))
        .boxed();
    let seen = RefCell::new(Vec::<&'static str>::new());
    let tally = RefCell::new([0usize; 2]);
    run(mutate::inputs(base, S::vocab()), |input: Input| {
        let decoded = callparty::json::from_str::<S::Ours<'_>>(&input.text);
        let decoder = decoded.as_ref().err().map(ToString::to_string);
        let schema = schema_allowed::validate(&validator, &input.text);
        match (&decoder, &schema) {
            (None, None) => tally.borrow_mut()[0] += 1,
            (Some(_), Some(_)) => tally.borrow_mut()[1] += 1,
            _ => {
                let verdicts = Verdicts {
                    text: &input.text,
                    decoder,
                    schema,
                };
                let Some(difference) = schema_allowed::explain(&verdicts) else {
                    let schema = verdicts.schema.as_ref().map(|errors| {
                        errors
                            .iter()
                            .map(|error| &error.message)
                            .collect::<Vec<_>>()
                    });
                    return Err(TestCaseError::fail(format!(
                        "unexplained difference\ndecoder: {:?}\nschema:  {schema:?}",
                        verdicts.decoder
                    )));
                };
                seen.borrow_mut().push(difference.name);
            }
        }
        Ok(())
    });
    let reasons = schema_allowed::DIFFERENCES
        .iter()
        .map(|difference| (difference.name, difference.reason));
    let seen = seen.into_inner();
    assert_tally(tally.into_inner(), &seen, expected_differences, reasons);
    // The schema's differences are few and each is listed where it occurs.
    let mut unexpected: Vec<&&str> = seen
        .iter()
        .filter(|name| !expected_differences.contains(name))
        .collect();
    unexpected.sort();
    unexpected.dedup();
    assert!(
        unexpected.is_empty(),
        "differences not expected here: {unexpected:?}"
    );
}
