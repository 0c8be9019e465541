//! Differential tests of `ApiModel` and `ApiEnum` against serde_derive, with proptest, and
//! of `callparty::schema` against the decoders (`schema.rs`).
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
mod schema;
mod schema_allowed;
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
    check::inputs::<Purpose>(&[
        "array for a model",
        "duplicate unknown key",
        "unit variant in map form",
    ]);
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
    check::inputs::<OneKeyUnions>(&["array for a model", "unknown union variant kept"]);
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
        "array for a model",
        "array read as a model by serde's untagged",
        "unread value skipped, not buffered",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_session_tree() {
    schema::values::<SessionTree>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_session_tree() {
    schema::inputs::<SessionTree>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_notification() {
    schema::values::<Notification>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_notification() {
    schema::inputs::<Notification>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_purpose_built_models() {
    schema::values::<Purpose>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_purpose_built_models() {
    // "escaped string for a borrowed &str" is shown in schema_rules.rs: this run's documents
    // put no escaped string where a `&str` is read.
    schema::inputs::<Purpose>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_one_key_unions() {
    schema::values::<OneKeyUnions>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_one_key_unions() {
    schema::inputs::<OneKeyUnions>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_tagged_unions() {
    schema::values::<TaggedUnions>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_tagged_unions() {
    schema::inputs::<TaggedUnions>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
    ]);
}

#[test]
fn schema_accepts_every_value_of_the_by_kind_unions() {
    schema::values::<KindUnions>();
}

#[test]
fn schema_agrees_with_the_decoder_on_inputs_of_the_by_kind_unions() {
    schema::inputs::<KindUnions>(&[
        "duplicate key",
        "ignored value that serde_json cannot build",
        "integer with a fraction or exponent",
    ]);
}

#[test]
fn values_of_the_sdk_models() {
    check::values::<Ledgers>();
}

#[test]
fn inputs_of_the_sdk_models() {
    check::inputs::<Ledgers>(&["array for a model", "duplicate unknown key"]);
}

#[test]
fn buffered_inputs_of_the_sdk_models() {
    buffered::inputs::<Ledgers>(&["array for a model", "duplicate unknown key"]);
}
