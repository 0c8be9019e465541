//! `callparty::operations` against the spec's paths, both ways: every operation of the spec
//! has a constant with its method, path, bodies and statuses, and every constant has an
//! operation.

use callparty::doc::{ModelDoc, UnionDoc};
use callparty::operations::{Operation, Schema};

use crate::Drift;
use crate::compare::rust_name;
use crate::spec::{Body, Spec};

pub fn operations(
    spec: &Spec,
    table: &[&Operation],
    models: &[&ModelDoc],
    unions: &[&UnionDoc],
) -> Vec<Drift> {
    let mut drifts = Vec::new();
    let mut drift = |id: &str, what: &str, spec: String, ours: String| {
        if spec != ours {
            drifts.push(Drift {
                headline: format!("operation {id}: {what} differs"),
                detail: format!("spec:  {spec}\nmodel: {ours}"),
            });
        }
    };
    for operation in &spec.operations {
        let id = operation.id.as_str();
        let Some(constant) = table.iter().find(|constant| constant.id == id) else {
            drift(id, "constant", "an operation".into(), "none".into());
            continue;
        };
        drift(
            id,
            "method",
            operation.method.clone(),
            constant.method.as_str().into(),
        );
        drift(id, "path", operation.path.clone(), constant.path.into());
        let request = constant
            .request
            .map(|body| (body.schema.name().to_owned(), body.required));
        drift(
            id,
            "request body",
            format!("{:?}", operation.request),
            format!("{request:?}"),
        );
        drift(
            id,
            "success status",
            operation.success_status.to_string(),
            constant.success_status.to_string(),
        );
        let response = constant.response.map(|schema| schema.name().to_owned());
        drift(
            id,
            "answer",
            format!("{:?}", operation.response),
            format!("{response:?}"),
        );
        let errors: Vec<(u16, String)> = constant
            .errors
            .iter()
            .map(|error| (error.status, error.schema.name().to_owned()))
            .collect();
        drift(
            id,
            "error answers",
            format!("{:?}", operation.errors),
            format!("{errors:?}"),
        );
    }
    for constant in table {
        if !spec
            .operations
            .iter()
            .any(|operation| operation.id == constant.id)
        {
            drifts.push(Drift {
                headline: format!("operation {}: not in the spec", constant.id),
                detail: format!("{} {}", constant.method.as_str(), constant.path),
            });
        }
        let bodies = constant
            .request
            .map(|body| body.schema)
            .into_iter()
            .chain(constant.response)
            .chain(constant.errors.iter().map(|error| error.schema));
        for schema in bodies {
            drifts.extend(check_schema(spec, constant.id, schema, models, unions));
        }
    }
    drifts
}

/// A model body must be a model of `MODELS`; a union body a union of `UNIONS`, and a one-of
/// of the spec.
fn check_schema(
    spec: &Spec,
    id: &str,
    schema: Schema,
    models: &[&ModelDoc],
    unions: &[&UnionDoc],
) -> Option<Drift> {
    let name = schema.name();
    let problem = match schema {
        Schema::Model(doc) if !models.contains(&doc) => Some("refers to a model not in MODELS"),
        Schema::Union(doc) if !unions.contains(&doc) => Some("refers to a union not in UNIONS"),
        Schema::Union(_) => match spec.schemas.get(rust_name(name)).map(|schema| &schema.body) {
            Some(Body::Union(_)) => None,
            _ => Some("is a union but not a one-of of the spec"),
        },
        _ => None,
    };
    problem.map(|problem| Drift {
        headline: format!("operation {id}: body {name} {problem}"),
        detail: String::new(),
    })
}
