use callparty::{ApiModel, ApiUnion};
use std::collections::BTreeMap;

#[derive(ApiModel)]
struct Customer {
    id: String,
}

// A model and a map are both JSON objects: the kind cannot tell them apart.
#[derive(ApiUnion)]
#[api(untagged)]
enum CustomerRef {
    Id(String),
    Customer(Customer),
    Metadata(BTreeMap<String, String>),
}

fn main() {}
