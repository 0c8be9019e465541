//! Models with no field on the wire of their own still derive warning-free (the in-place
//! decoder then has nothing to mark as seen and nothing to write into) and still decode.
#![deny(warnings)]

use callparty::{ApiModel, Extra};

/// No fields at all.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Empty {}

/// Only the map of undeclared fields.
#[derive(ApiModel, Debug, PartialEq)]
pub struct OnlyExtra {
    /// Every key.
    #[api(extra)]
    pub extra: Extra,
}

/// Only a field that is never on the wire.
#[derive(ApiModel, Debug, PartialEq)]
pub struct OnlySkipped {
    /// Never read.
    #[api(skip)]
    pub cache: u8,
}

#[test]
fn an_empty_model_reads_any_object() {
    assert_eq!(
        serde_json::from_str::<Empty>(r#"{"a":1}"#).unwrap(),
        Empty {}
    );
    assert_eq!(serde_json::to_string(&Empty {}).unwrap(), "{}");
}

#[test]
fn every_key_lands_in_the_extra_map() {
    let bag: OnlyExtra = serde_json::from_str(r#"{"a":1,"b":"x"}"#).unwrap();
    assert_eq!(bag.extra.len(), 2);
    assert_eq!(serde_json::to_string(&bag).unwrap(), r#"{"a":1,"b":"x"}"#);
}

#[test]
fn a_skipped_field_keeps_its_default() {
    let only: OnlySkipped = serde_json::from_str(r#"{"cache":7}"#).unwrap();
    assert_eq!(only.cache, 0);
}
