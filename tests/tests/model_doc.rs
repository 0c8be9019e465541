//! `ApiModel::DOC`: the documentation metadata of a model, from its names, types, attributes
//! and `///` comments.

use std::collections::BTreeMap;

use callparty::ApiModel;
use callparty::doc::{Describe, FieldDoc, IntegerRange, TypeRef, UnknownFields};

/// Information on a party of a call session
///
///  Indented by two: one space goes.
// Unformatted on purpose: the documented types must come out with normal spacing anyway.
#[rustfmt::skip]
#[derive(ApiModel)]
#[api(rename = "CallParty")]
#[allow(dead_code)]
struct Party<'a> {
    /// Internal identifier of a party
    id: Option<String>,
    /// Active recordings list
    recordings: Option<Vec<  Recording >>,
    #[api(rename = "type", alias = "kind", alias = "Kind")]
    r#type: String,
    /// Wire name from a trailing underscore
    from_: std::option::Option<std::collections::HashMap<String,Vec<u8>>>,
    #[api(default)]
    count: u32,
    #[deprecated]
    owner: Option<&'a str>,
    /// Never on the wire, so not documented.
    #[api(skip)]
    cache: u8,
    #[api(extra)]
    extra: BTreeMap<String, serde_json::Value>,
    /** Block comment
     continued */
    block: Option<(u8, String)>,
    #[doc = concat!(" built", " by a macro")]
    computed: Option<[u8; 4]>,
    assoc: Option<< Vec<u8>as IntoIterator >::Item>,
}

#[derive(ApiModel)]
#[allow(dead_code)]
struct Recording {
    id: String,
}

#[derive(ApiModel)]
struct Undocumented {}

fn field(name: &str) -> &'static FieldDoc {
    Party::DOC
        .fields
        .iter()
        .find(|field| field.name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn the_model_has_its_name_and_description() {
    assert_eq!(Party::DOC.name, "CallParty");
    assert_eq!(
        Party::DOC.description,
        "Information on a party of a call session\n\n Indented by two: one space goes."
    );
    assert_eq!(Recording::DOC.name, "Recording");
    assert_eq!(Recording::DOC.description, "");
    assert_eq!(Undocumented::DOC.fields, []);
}

#[test]
fn only_fields_on_the_wire_are_documented_in_order() {
    let names: Vec<&str> = Party::DOC.fields.iter().map(|field| field.name).collect();
    assert_eq!(
        names,
        [
            "id",
            "recordings",
            "type",
            "from_",
            "count",
            "owner",
            "block",
            "computed",
            "assoc"
        ]
    );
}

#[test]
fn a_field_doc_carries_every_property() {
    assert_eq!(
        *field("id"),
        FieldDoc {
            name: "id",
            wire_name: "id",
            aliases: &[],
            ty: "String",
            shape: &TypeRef::OrNull(&TypeRef::Str),
            required: false,
            nullable: false,
            deprecated: false,
            description: "Internal identifier of a party",
        }
    );
    assert_eq!(
        *field("type"),
        FieldDoc {
            name: "type",
            wire_name: "type",
            aliases: &["kind", "Kind"],
            ty: "String",
            shape: &TypeRef::Str,
            required: true,
            nullable: false,
            deprecated: false,
            description: "",
        }
    );
}

#[test]
fn types_lose_the_outer_option_and_get_normal_spacing() {
    assert_eq!(field("recordings").ty, "Vec<Recording>");
    assert_eq!(
        field("from_").ty,
        "std::collections::HashMap<String, Vec<u8>>"
    );
    assert_eq!(field("owner").ty, "&'a str");
    assert_eq!(field("block").ty, "(u8, String)");
    assert_eq!(field("computed").ty, "[u8; 4]");
    assert_eq!(field("count").ty, "u32");
    assert_eq!(field("assoc").ty, "<Vec<u8> as IntoIterator>::Item");
}

#[test]
fn shapes_are_the_declared_types_structure() {
    let shape = |name| field(name).shape;
    let TypeRef::OrNull(TypeRef::List(TypeRef::Model(recording))) = shape("recordings") else {
        panic!("{:?}", shape("recordings"));
    };
    assert_eq!(recording.doc(), Recording::DOC);
    assert!(recording.rust_type().ends_with("::Recording"));
    const BYTES: TypeRef = TypeRef::List(&TypeRef::Integer(IntegerRange { min: 0, max: 255 }));
    assert_eq!(
        shape("from_"),
        &TypeRef::OrNull(&TypeRef::Map {
            key: &TypeRef::Str,
            value: &BYTES,
        })
    );
    assert_eq!(shape("count"), u32::TYPE);
    assert_eq!(shape("owner"), &TypeRef::OrNull(&TypeRef::Str));
    assert_eq!(
        shape("block"),
        &TypeRef::OrNull(&TypeRef::Tuple(&[u8::TYPE, &TypeRef::Str]))
    );
    assert_eq!(shape("computed"), <Option<[u8; 4]>>::TYPE);
    assert_eq!(shape("assoc"), <Option<u8>>::TYPE);
    assert_eq!(
        <Party as Describe>::TYPE,
        &TypeRef::Model(model_ref::<Party>())
    );
}

fn model_ref<T: ApiModel>() -> callparty::doc::ModelRef {
    callparty::doc::ModelRef::of::<T>()
}

#[test]
fn the_unknown_key_policy_is_documented() {
    assert_eq!(
        Party::DOC.unknown_fields,
        UnknownFields::Kept(<BTreeMap<String, serde_json::Value>>::TYPE)
    );
    assert_eq!(Recording::DOC.unknown_fields, UnknownFields::Ignored);
}

#[test]
fn wire_names_and_required_marks() {
    assert_eq!(field("from_").wire_name, "from");
    assert_eq!(field("recordings").wire_name, "recordings");
    // Only a field that must be present is required: not an `Option`, not a default.
    let required: Vec<&str> = Party::DOC
        .fields
        .iter()
        .filter(|field| field.required)
        .map(|field| field.name)
        .collect();
    assert_eq!(required, ["type"]);
    assert!(Recording::DOC.fields[0].required);
}

#[test]
fn deprecated_is_read_from_the_rust_attribute() {
    let deprecated: Vec<&str> = Party::DOC
        .fields
        .iter()
        .filter(|field| field.deprecated)
        .map(|field| field.name)
        .collect();
    assert_eq!(deprecated, ["owner"]);
}

#[test]
fn descriptions_strip_one_space_and_join_lines() {
    assert_eq!(
        field("from_").description,
        "Wire name from a trailing underscore"
    );
    // The second line is indented by five spaces in the source: the one space both lines
    // share goes, as in rustdoc, and so does the space before `*/`.
    assert_eq!(field("block").description, "Block comment\n    continued");
    assert_eq!(field("owner").description, "");
}

#[test]
fn a_doc_built_by_a_macro_is_kept_as_the_macro_builds_it() {
    // The text is not known until the macro runs, so no space can be stripped from it.
    assert_eq!(field("computed").description, " built by a macro");
}
