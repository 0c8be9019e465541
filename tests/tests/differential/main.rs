//! Differential tests of `ApiModel` and `ApiEnum` against serde_derive, with proptest.
//!
//! Every model under test has a twin: the same struct derived with serde_derive and the
//! equivalent `#[serde(...)]` attributes. Two properties run for each family of models:
//! - **values**: for arbitrary values, both write JSON that is equal as JSON, and each reads
//!   the other's output back to an equal value;
//! - **inputs**: for arbitrary documents around the schema, both accept the same ones and
//!   read them to equal values, except for the differences listed in `allowed.rs`.
//!
//! Each property runs 10,000 cases from a fixed seed (`PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED` override them, to explore further); `deep.rs` adds nesting at fixed
//! depths around serde_json's recursion limit. The core families are the session tree
//! (`CallSession`, which reaches every model of a GET or call-control response) and the
//! notification envelope; the purpose-built family is in `fixtures/`.

mod allowed;
mod buffered;
mod check;
mod core_twins;
mod deep;
mod fixtures;
mod generate;
mod mirror;
mod nesting;
mod sdk;
mod subjects;
mod unions;

use subjects::{
    Accounts, KindUnions, Ledgers, Notification, OneKeyUnions, Pages, Purpose, SessionTree,
    TaggedUnions,
};

#[test]
fn values_of_the_session_tree() {
    check::values::<SessionTree>();
}

#[test]
fn inputs_of_the_session_tree() {
    check::inputs::<SessionTree>(&["duplicate unknown key", "deep unknown value"]);
}

#[test]
fn values_of_the_notification() {
    check::values::<Notification>();
}

#[test]
fn inputs_of_the_notification() {
    check::inputs::<Notification>(&["duplicate unknown key", "deep unknown value"]);
}

#[test]
fn values_of_the_purpose_built_models() {
    check::values::<Purpose>();
}

#[test]
fn inputs_of_the_purpose_built_models() {
    check::inputs::<Purpose>(&["duplicate unknown key", "unit variant in map form"]);
}

#[test]
fn buffered_inputs_of_the_session_tree() {
    buffered::inputs::<SessionTree>(&["duplicate unknown key"]);
}

#[test]
fn buffered_inputs_of_the_notification() {
    buffered::inputs::<Notification>(&["duplicate unknown key"]);
}

#[test]
fn buffered_inputs_of_a_page_of_contacts() {
    buffered::inputs::<Pages>(&["duplicate unknown key"]);
}

#[test]
fn buffered_inputs_of_an_account() {
    buffered::inputs::<Accounts>(&[]);
}

#[test]
fn values_of_the_one_key_unions() {
    check::values::<OneKeyUnions>();
}

#[test]
fn inputs_of_the_one_key_unions() {
    check::inputs::<OneKeyUnions>(&["unknown union variant kept"]);
}

#[test]
fn values_of_the_tagged_unions() {
    check::values::<TaggedUnions>();
}

#[test]
fn inputs_of_the_tagged_unions() {
    // Since issue 16's generators, no generated tagged input reaches serde's buffering limit
    // in an unread value; the difference stays allowed for the by-kind unions, where it occurs.
    check::inputs::<TaggedUnions>(&["unknown union variant kept"]);
}

#[test]
fn values_of_the_by_kind_unions() {
    check::values::<KindUnions>();
}

#[test]
fn inputs_of_the_by_kind_unions() {
    check::inputs::<KindUnions>(&[
        "array read as a model by serde's untagged",
        "unread value skipped, not buffered",
    ]);
}

#[test]
fn values_of_the_sdk_models() {
    check::values::<Ledgers>();
}

#[test]
fn inputs_of_the_sdk_models() {
    check::inputs::<Ledgers>(&["duplicate unknown key"]);
}

#[test]
fn buffered_inputs_of_the_sdk_models() {
    buffered::inputs::<Ledgers>(&["duplicate unknown key"]);
}
