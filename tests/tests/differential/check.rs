//! The two properties, generic over a subject: values, and inputs.

use std::cell::RefCell;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::Value;

use crate::allowed::{self, Outcome};
use crate::generate::json::J;
use crate::generate::mutate::{self, Input};
use crate::mirror::Mirror;
use crate::subjects::Subject;

/// 10,000 cases per property from a fixed seed, so a failure in CI reproduces exactly.
/// `PROPTEST_CASES` and `PROPTEST_RNG_SEED` override both, to explore further.
fn config() -> Config {
    let from_env = Config::default();
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000);
    let rng_seed = match std::env::var_os("PROPTEST_RNG_SEED") {
        Some(_) => from_env.rng_seed,
        None => RngSeed::Fixed(20_261_127),
    };
    Config {
        cases,
        rng_seed,
        // Filters in the generators reject now and then; that is not a generator failure.
        max_global_rejects: cases * 4,
        failure_persistence: None,
        ..from_env
    }
}

pub fn run<T: std::fmt::Debug>(
    strategy: impl Strategy<Value = T>,
    test: impl Fn(T) -> Result<(), TestCaseError>,
) {
    let mut runner = TestRunner::new(config());
    if let Err(failure) = runner.run(&strategy, test) {
        panic!("{failure}");
    }
}

fn as_value(json: &str) -> Value {
    serde_json::from_str(json).expect("both sides write valid JSON")
}

/// Arbitrary values: both sides write equal JSON, and each reads the other's back.
pub fn values<S: Subject>() {
    run(S::values(), |twin| {
        let ours = twin.to_ours();
        let twin_json = serde_json::to_string(&twin).map_err(fail)?;
        let our_json = callparty::json::to_string(&ours).map_err(fail)?;
        prop_assert_eq!(as_value(&our_json), as_value(&twin_json));
        prop_assert_eq!(
            serde_json::to_value(&ours).map_err(fail)?,
            serde_json::to_value(&twin).map_err(fail)?
        );

        let expected = S::decoded(&twin);
        let ours_from_twin: S::Ours<'_> = callparty::json::from_str(&twin_json).map_err(fail)?;
        let ours_from_twin = S::Twin::from_ours(&ours_from_twin);
        prop_assert!(
            S::same(&ours_from_twin, &expected),
            "ours read {twin_json}\nas {ours_from_twin:?}\nnot {expected:?}"
        );
        let twin_from_ours: S::Twin<'_> = serde_json::from_str(&our_json).map_err(fail)?;
        prop_assert!(
            S::same(&twin_from_ours, &expected),
            "serde read {our_json}\nas {twin_from_ours:?}\nnot {expected:?}"
        );
        Ok(())
    });
}

/// Arbitrary documents around the schema: both sides accept the same ones, with equal
/// values, except where `allowed::DIFFERENCES` explains it. Every listed difference must
/// show up, so the list cannot go stale.
pub fn inputs<S: Subject>(expected_differences: &[&str]) {
    let base = S::values()
        .prop_map(|twin| J::from(&serde_json::to_value(&twin).expect("twins encode")))
        .boxed();
    let seen = RefCell::new(Vec::<&'static str>::new());
    let tally = RefCell::new([0usize; 2]);
    run(mutate::inputs(base, S::vocab()), |input: Input| {
        let ours = callparty::json::from_str::<S::Ours<'_>>(&input.text);
        let twin = serde_json::from_str::<S::Twin<'_>>(&input.text);
        match (&ours, &twin) {
            (Ok(ours), Ok(twin)) => {
                let ours = S::Twin::from_ours(ours);
                prop_assert!(S::same(&ours, twin), "ours {ours:?}\nserde {twin:?}");
                tally.borrow_mut()[0] += 1;
            }
            (Err(_), Err(_)) => tally.borrow_mut()[1] += 1,
            _ => {
                let outcome = Outcome {
                    input: &input,
                    ours: ours.as_ref().err().map(ToString::to_string),
                    twin: twin.as_ref().err().map(ToString::to_string),
                };
                seen.borrow_mut().push(explain(&outcome, "")?);
            }
        }
        Ok(())
    });
    report(&seen.into_inner(), tally.into_inner(), expected_differences);
}

/// The allowed difference that explains `outcome`, or the failure of the property; `context`
/// says where, for the message.
pub fn explain(outcome: &Outcome, context: &str) -> Result<&'static str, TestCaseError> {
    match allowed::explain(outcome) {
        Some(difference) => Ok(difference.name),
        None => Err(TestCaseError::fail(format!(
            "unexplained difference{context}\nours:  {:?}\nserde: {:?}",
            outcome.ours, outcome.twin
        ))),
    }
}

/// Fails unless both sides accepted and both rejected a fair share of the inputs, and unless
/// each expected difference showed up.
pub fn report(seen: &[&str], tally: [usize; 2], expected_differences: &[&str]) {
    let reasons = allowed::DIFFERENCES
        .iter()
        .map(|difference| (difference.name, difference.reason));
    assert_tally(tally, seen, expected_differences, reasons);
}

/// The end of an inputs property: the documents were balanced between accepted and
/// rejected by both sides (`tally`), and each `expected` difference was `seen`, so that the
/// list of allowed differences (`reasons`: name, reason) cannot go stale.
pub fn assert_tally<'r>(
    [accepted, rejected]: [usize; 2],
    seen: &[&str],
    expected: &[&str],
    reasons: impl Iterator<Item = (&'r str, &'r str)> + Clone,
) {
    // A generator that only ever produces garbage, or only valid documents, proves little.
    let cases = accepted + rejected + seen.len();
    assert!(
        accepted * 10 >= cases && rejected * 10 >= cases,
        "unbalanced inputs: {accepted} accepted, {rejected} rejected by both"
    );
    for name in expected {
        let (_, reason) = reasons
            .clone()
            .find(|(listed, _)| listed == name)
            .expect("a listed difference");
        assert!(
            seen.contains(name),
            "the allowed difference {name:?} ({reason}) never occurred in this run"
        );
    }
}

pub fn fail(error: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(error.to_string())
}
