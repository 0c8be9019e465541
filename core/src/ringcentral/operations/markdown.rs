//! `docs/operations.md`: the operations table as a Markdown page that links each body to its
//! model's page in `docs/models/`.

use super::{ALL, ErrorAnswer, Operation, Schema};

const HEAD: &str = "# Call-control operations

Every operation of RingCentral's call-control API, generated from `callparty::operations`
(`cargo run -p callparty --example docs`). Bodies link to their model pages; paths are
relative to the API's base URL.

| Operation | Method | Path | Request | Success | Answer | Errors |
| :-------- | :----- | :--- | :------ | :------ | :----- | :----- |
";

/// Renders the page `docs/operations.md`: one table row per operation.
///
/// ```
/// let page = callparty::operations::operations_page();
/// assert!(page.contains(
///     "| `holdCallParty`<br>Hold Call Party | POST | \
///      `/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/hold` \
///      | [HoldCallPartyRequest](models/HoldCallPartyRequest.md) (optional) | 200 \
///      | [CallParty](models/CallParty.md) |"
/// ));
/// ```
pub fn operations_page() -> String {
    let mut page = HEAD.to_owned();
    for operation in ALL {
        page.push_str(&row(operation));
    }
    page
}

fn row(operation: &Operation) -> String {
    let request = match operation.request {
        None => "—".to_owned(),
        Some(body) if body.required => link(body.schema),
        Some(body) => format!("{} (optional)", link(body.schema)),
    };
    let answer = operation.response.map_or_else(|| "—".to_owned(), link);
    format!(
        "| `{id}`<br>{summary} | {method} | `{path}` | {request} | {status} | {answer} | {errors} |\n",
        id = operation.id,
        summary = operation.summary,
        method = operation.method.as_str(),
        path = operation.path,
        status = operation.success_status,
        errors = errors(operation.errors),
    )
}

fn link(schema: Schema) -> String {
    match schema {
        Schema::Model(doc) => format!("[{0}](models/{0}.md)", doc.name),
        Schema::Union(doc) => format!("[{0}](models/{0}.md) (one of)", doc.name),
    }
}

/// The statuses grouped by body type, in the order the types first appear:
/// `400, 409: [ParameterizedErrorResponseModel](...); 403, 404: [ApiErrorResponseModel](...)`.
fn errors(answers: &[ErrorAnswer]) -> String {
    let mut groups: Vec<(Schema, Vec<String>)> = Vec::new();
    for answer in answers {
        match groups
            .iter_mut()
            .find(|(schema, _)| *schema == answer.schema)
        {
            Some((_, statuses)) => statuses.push(answer.status.to_string()),
            None => groups.push((answer.schema, vec![answer.status.to_string()])),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(schema, statuses)| format!("{}: {}", statuses.join(", "), link(schema)))
        .collect();
    groups.join("; ")
}
