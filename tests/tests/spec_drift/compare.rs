//! The models' documentation against the spec's schemas, both ways: every schema and
//! property of the spec must have a model and a field (a one-of: a union and a variant),
//! every model and field must have a schema and a property, and where both exist their
//! required flags, JSON types, enum values and descriptions must agree.

use std::collections::{BTreeMap, BTreeSet};

use callparty::doc::{EnumDoc, FieldDoc, ModelDoc, UnionDoc};

use crate::Drift;
use crate::spec::{Body, Object, Property, Shape, Spec, normalize};

/// Spec schemas served by a model of another name: the two identical notification schemas
/// share one type (`main.rs` proves the aliases exist).
pub const SAME_TYPE: &[(&str, &str)] = &[
    ("AccountTelephonySessionsEvent", "TelephonySessionsEvent"),
    ("ExtensionTelephonySessionsEvent", "TelephonySessionsEvent"),
];

/// Scalar schemas and the Rust type their alias of the same name stands for.
pub const SCALARS: &[(&str, &str)] = &[("CountryId", "i64")];

pub fn models(
    spec: &Spec,
    models: &'static [&'static ModelDoc],
    enums: &'static [&'static EnumDoc],
    unions: &'static [&'static UnionDoc],
) -> Vec<Drift> {
    let mut comparison = Comparison {
        models,
        enums,
        unions,
        drifts: Vec::new(),
        reached: BTreeSet::new(),
        enum_uses: BTreeMap::new(),
    };
    for (name, schema) in &spec.schemas {
        match &schema.body {
            Body::Union(branches) => match (comparison.union(name), comparison.model(name)) {
                (Some(union), _) => {
                    comparison.compare_union(name, &schema.description, branches, union)
                }
                (None, Some(model)) => comparison.drift(
                    format!("{name}: one-of modelled as a struct"),
                    format!("{} cannot hold a one-of of {}", model.name, keys(branches)),
                ),
                (None, None) => comparison.drift(
                    format!("{name}: no union"),
                    format!("a one-of of {}", keys(branches)),
                ),
            },
            Body::Scalar(shape) => match SCALARS.iter().find(|(scalar, _)| scalar == name) {
                None => comparison.drift(
                    format!("{name}: no Rust type"),
                    format!("a scalar schema of type {}", shape.show()),
                ),
                Some((_, rust)) => comparison.compare_type(name, shape, rust, &schema.description),
            },
            Body::Object(object) => match comparison.model(name) {
                None => comparison.drift(format!("{name}: no model"), "an object schema".into()),
                Some(model) => comparison.compare_object(name, &schema.description, object, model),
            },
        }
    }
    comparison.finish()
}

struct Comparison {
    models: &'static [&'static ModelDoc],
    enums: &'static [&'static EnumDoc],
    unions: &'static [&'static UnionDoc],
    drifts: Vec<Drift>,
    /// Models some schema or inline object was compared with.
    reached: BTreeSet<&'static str>,
    /// Each enum's uses: the descriptions of the properties typed with it.
    enum_uses: BTreeMap<&'static str, Vec<String>>,
}

impl Comparison {
    fn drift(&mut self, headline: String, detail: String) {
        self.drifts.push(Drift { headline, detail });
    }

    /// The model of the spec schema `name`.
    fn model(&self, name: &str) -> Option<&'static ModelDoc> {
        self.model_named(rust_name(name))
    }

    fn model_named(&self, name: &str) -> Option<&'static ModelDoc> {
        self.models.iter().copied().find(|model| model.name == name)
    }

    /// The union of the spec schema `name`.
    fn union(&self, name: &str) -> Option<&'static UnionDoc> {
        self.unions.iter().copied().find(|union| union.name == name)
    }

    /// A one-of against its union: one variant per branch, whose one key is the branch's
    /// property, with its type and description; open, so a key the API adds later decodes.
    fn compare_union(
        &mut self,
        at: &str,
        description: &str,
        branches: &[Property],
        union: &'static UnionDoc,
    ) {
        self.reached.insert(union.name);
        let union_description = normalize(union.description);
        if union_description != description {
            self.drift(
                format!("{at}: description differs"),
                texts(description, &union_description),
            );
        }
        if union.tag.is_some() || union.untagged {
            self.drift(
                format!("{at}: union is not in the one-key form"),
                "each branch of the spec is an object of one property".into(),
            );
        }
        if !union.open {
            self.drift(
                format!("{at}: union {} is closed", union.name),
                "a key the API adds later would fail to decode".into(),
            );
        }
        for property in branches {
            let here = format!("{at}.{}", property.name);
            let Some(variant) = union
                .variants
                .iter()
                .find(|variant| variant.wire_name == property.name)
            else {
                self.drift(
                    format!("{here}: branch missing from the union"),
                    format!("spec: {}", property.shape.show()),
                );
                continue;
            };
            let variant_description = normalize(variant.description);
            if variant_description != property.description {
                self.drift(
                    format!("{here}: description differs"),
                    texts(&property.description, &variant_description),
                );
            }
            self.compare_type(&here, &property.shape, variant.ty, &property.description);
        }
        for variant in union.variants {
            if !branches
                .iter()
                .any(|property| property.name == variant.wire_name)
            {
                self.drift(
                    format!("{at}.{}: variant not in the spec", variant.wire_name),
                    format!("union: `{}`", variant.ty),
                );
            }
        }
    }

    fn compare_object(
        &mut self,
        at: &str,
        description: &str,
        object: &Object,
        model: &'static ModelDoc,
    ) {
        self.reached.insert(model.name);
        let model_description = normalize(model.description);
        if model_description != description {
            self.drift(
                format!("{at}: description differs"),
                texts(description, &model_description),
            );
        }
        for branches in &object.one_of {
            self.drift(
                format!(
                    "{at}: one-of {} flattened into optional properties",
                    branches.join(" | ")
                ),
                "exactly one of them is required; a struct of options holds any number".into(),
            );
        }
        let mut matched: BTreeSet<&str> = BTreeSet::new();
        for property in &object.properties {
            let required = object.required.contains(&property.name);
            let here = format!("{at}.{}", property.name);
            let field = model
                .fields
                .iter()
                .find(|field| field.wire_name == property.name);
            let by_alias = || {
                model
                    .fields
                    .iter()
                    .find(|field| field.aliases.contains(&property.name.as_str()))
            };
            let field = match field {
                Some(field) => field,
                None => match by_alias() {
                    Some(field) => {
                        self.drift(
                            format!("{here}: read only as an alias of {}", field.wire_name),
                            format!("the model writes `{}`", field.wire_name),
                        );
                        field
                    }
                    None => {
                        self.drift(
                            format!("{here}: property missing from the model"),
                            format!("spec: {}", property.shape.show()),
                        );
                        continue;
                    }
                },
            };
            matched.insert(field.wire_name);
            self.compare_property(&here, property, required, field);
        }
        for field in model.fields {
            if !matched.contains(field.wire_name) {
                self.drift(
                    format!("{at}.{}: property not in the spec", field.wire_name),
                    format!("model: {} `{}`", field.name, field.ty),
                );
            }
        }
    }

    fn compare_property(
        &mut self,
        at: &str,
        property: &Property,
        required: bool,
        field: &FieldDoc,
    ) {
        if required != field.required {
            let (spec, model) = if required {
                ("required", "optional")
            } else {
                ("optional", "required")
            };
            self.drift(
                format!("{at}: {spec} in the spec, {model} in the model"),
                format!("model: {} `{}`", field.name, field.ty),
            );
        }
        let description = normalize(field.description);
        if description != property.description {
            self.drift(
                format!("{at}: description differs"),
                texts(&property.description, &description),
            );
        }
        self.compare_type(at, &property.shape, field.ty, &property.description);
    }

    /// Compares a property's JSON type with the Rust type the model's doc shows for it.
    fn compare_type(&mut self, at: &str, shape: &Shape, ty: &str, description: &str) {
        let ty: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
        let agrees = match shape {
            Shape::String { values: None } => ty == "String",
            Shape::String {
                values: Some(values),
            } => match self.enums.iter().copied().find(|doc| doc.name == ty) {
                Some(doc) => {
                    self.compare_enum(at, values, doc, description);
                    true
                }
                None => false,
            },
            Shape::Integer { format } => {
                ty == if format.as_deref() == Some("int32") {
                    "i32"
                } else {
                    "i64"
                }
            }
            Shape::Boolean => ty == "bool",
            Shape::Array(item) => match ty.strip_prefix("Vec<").and_then(|ty| ty.strip_suffix('>'))
            {
                Some(inner) => {
                    self.compare_type(at, item, inner, "");
                    true
                }
                None => false,
            },
            // A scalar schema is checked where it is defined; its uses name its alias, or
            // the type the alias stands for, which is all a generated schema can see.
            Shape::Ref(target) => {
                ty == rust_name(target) || SCALARS.contains(&(target.as_str(), ty.as_str()))
            }
            Shape::Object(object) => match self.model_named(&ty) {
                Some(model) => {
                    self.compare_object(&format!("{at}[]"), "", object, model);
                    true
                }
                None => false,
            },
        };
        if !agrees {
            self.drift(
                format!("{at}: type differs"),
                format!("spec: {}; model: `{ty}`", shape.show()),
            );
        }
    }

    fn compare_enum(
        &mut self,
        at: &str,
        values: &[String],
        doc: &'static EnumDoc,
        description: &str,
    ) {
        self.enum_uses
            .entry(doc.name)
            .or_default()
            .push(description.to_owned());
        if !doc.open {
            self.drift(
                format!("{at}: enum {} is closed", doc.name),
                "a value the API adds later would fail to decode".into(),
            );
        }
        for value in values {
            let known = doc.variants.iter().any(|variant| variant.value == value);
            if !known {
                self.drift(
                    format!("{at}: enum value {value} missing from the model"),
                    format!("{} does not know it", doc.name),
                );
            }
        }
        for variant in doc.variants {
            if !values.iter().any(|value| value == variant.value) {
                self.drift(
                    format!("{at}: enum value {} not in the spec", variant.value),
                    format!("{}::{}", doc.name, variant.name),
                );
            }
            for alias in variant.aliases {
                if !values.iter().any(|value| value == alias) {
                    self.drift(
                        format!("{at}: enum alias {alias} not in the spec"),
                        format!("{}::{} also reads \"{alias}\"", doc.name, variant.name),
                    );
                }
            }
        }
    }

    fn finish(mut self) -> Vec<Drift> {
        for model in self.models {
            if !self.reached.contains(model.name) {
                self.drift(
                    format!("{}: model without a schema", model.name),
                    "no schema or inline object of the spec is compared with it".into(),
                );
            }
        }
        for union in self.unions {
            if !self.reached.contains(union.name) {
                self.drift(
                    format!("{}: union without a schema", union.name),
                    "no one-of of the spec is compared with it".into(),
                );
            }
        }
        for doc in self.enums {
            let description = normalize(doc.description);
            match self.enum_uses.get(doc.name) {
                None => self.drift(
                    format!("{}: enum without a spec property", doc.name),
                    "no property of the spec is typed with it".into(),
                ),
                Some(uses) if !description.is_empty() && !uses.contains(&description) => self
                    .drift(
                        format!("{}: enum description is none of its properties'", doc.name),
                        format!("model: {description:?}; properties: {uses:?}"),
                    ),
                Some(_) => {}
            }
        }
        self.drifts
    }
}

/// The Rust name of the model or alias that serves the spec schema `name`.
pub fn rust_name(name: &str) -> &str {
    SAME_TYPE
        .iter()
        .find(|(schema, _)| *schema == name)
        .map_or(name, |(_, model)| model)
}

/// The properties of a one-of's branches, as a report lists them.
fn keys(branches: &[Property]) -> String {
    let names: Vec<&str> = branches
        .iter()
        .map(|property| property.name.as_str())
        .collect();
    names.join(" | ")
}

fn texts(spec: &str, model: &str) -> String {
    format!("spec:  {spec:?}\nmodel: {model:?}")
}
