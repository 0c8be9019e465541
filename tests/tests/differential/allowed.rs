//! THE list of differences between our derives and serde_derive that the properties accept,
//! each with its reason. A difference is accepted only when its test matches the input and
//! both outcomes; anything else fails the property.

use crate::generate::json::J;
use crate::generate::mutate::Input;

/// What the two decoders did with one document: `None` for accepted, else the error text.
pub struct Outcome<'a> {
    pub input: &'a Input,
    pub ours: Option<String>,
    pub twin: Option<String>,
}

pub struct Difference {
    pub name: &'static str,
    pub reason: &'static str,
    pub applies: fn(&Outcome) -> bool,
}

pub const DIFFERENCES: &[Difference] = &[
    Difference {
        name: "duplicate unknown key",
        reason: "The contract makes any repeated key an error. serde_derive checks declared \
                 fields only; its flattened extra map keeps the last of a repeated unknown key.",
        applies: |o| {
            o.twin.is_none()
                && o.ours
                    .as_deref()
                    .is_some_and(|e| e.contains("duplicate field"))
                && o.input.tree.has_duplicate_key()
        },
    },
    Difference {
        name: "deep unknown value",
        reason: "An unknown value is kept as its JSON text, which serde_json reads without \
                 recursion; its limit of 128 nested arrays and objects then counts inside the \
                 value only, where a `Value` is read from the text. serde_derive's extra map \
                 reads a `Value` where it stands, so the limit counts from the top there.",
        applies: |o| {
            // The declared fields count alike on both sides (`deep.rs`): only unknown values
            // can make this difference.
            o.ours.is_none()
                && o.twin
                    .as_deref()
                    .is_some_and(|e| e.starts_with("recursion limit exceeded"))
        },
    },
    Difference {
        name: "unit variant in map form",
        reason: "An ApiEnum value is a string. serde_derive also reads a unit variant from \
                 serde's externally tagged form `{\"Variant\": null}`; a closed ApiEnum rejects it.",
        applies: |o| {
            // `Mode` is the one closed enum; the open ones' twins read strings only, like ours.
            o.twin.is_none()
                && o.ours
                    .as_deref()
                    .is_some_and(|e| e.contains("invalid type: map, expected a Mode string"))
                && has_unit_variant_map(&o.input.tree)
        },
    },
    Difference {
        name: "unknown union variant kept",
        reason: "An ApiUnion with `#[api(other)]` keeps a key or tag value it does not know, \
                 with its data, so an API that adds a variant never breaks decoding. serde has \
                 no representation that keeps one (serde-rs/serde#912); its twin rejects it.",
        applies: |o| {
            o.ours.is_none()
                && o.twin
                    .as_deref()
                    .is_some_and(|e| e.starts_with("unknown variant "))
        },
    },
    Difference {
        name: "array for a model",
        reason: "In a human-readable format, which serde's buffering deserializers claim to \
                 be whatever the format, a model is an object. serde_derive's structs also read \
                 an array of the fields by position, the form of compact formats, which no API \
                 sends and no schema of the model describes; serde_derive itself refuses it \
                 for a struct with a flattened field.",
        applies: |o| {
            // From CBOR, the model read alone (see `buffered.rs`) gets ciborium's own words.
            o.twin.is_none()
                && o.ours.as_deref().is_some_and(|e| {
                    e.contains("invalid type: sequence, expected map")
                        || e.split_once("invalid type: sequence, expected a ")
                            .is_some_and(|(_, rest)| rest.split_once(" object").is_some())
                })
        },
    },
    Difference {
        name: "array read as a model by serde's untagged",
        reason: "A by-kind union reads an array only into its array variant. serde's \
                 untagged enum tries every variant in turn, and serde_derive's structs also \
                 read arrays, so `[\"x\"]` becomes a model there, which no API means.",
        applies: |o| {
            // Only the array variant (`Vec<u32>`) reads numbers inside an array.
            o.twin.is_none()
                && o.ours.as_deref().is_some_and(|e| {
                    e.split_once(": ").is_some_and(|(path, message)| {
                        path.ends_with(']') && message.contains("expected u32")
                    })
                })
        },
    },
    Difference {
        name: "unread value skipped, not buffered",
        reason: "serde's tagged and untagged enums buffer the whole object, parsing every \
                 number and spending one level of serde_json's recursion limit per nested \
                 level, even in a value no field reads. A union streams the object into its \
                 variant, which skips an unread value as serde_derive's structs do; a value \
                 that is read meets the same checks.",
        applies: |o| {
            o.ours.is_none()
                && o.twin.as_deref().is_some_and(|e| {
                    e.starts_with("recursion limit exceeded")
                        || e.starts_with("number out of range")
                })
        },
    },
];

pub fn explain(outcome: &Outcome) -> Option<&'static Difference> {
    DIFFERENCES
        .iter()
        .find(|difference| (difference.applies)(outcome))
}

/// Whether some object is `{"<anything>": null}`, the map form of a unit variant.
fn has_unit_variant_map(tree: &J) -> bool {
    match tree {
        J::Arr(items) => items.iter().any(has_unit_variant_map),
        J::Obj(entries) => {
            matches!(entries.as_slice(), [(_, J::Null)])
                || entries.iter().any(|(_, value)| has_unit_variant_map(value))
        }
        _ => false,
    }
}
