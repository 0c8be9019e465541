use callparty::{ApiModel, ApiUnion};

// A newtype model has the kind of what it holds; `serde_json::Value` has none.
#[derive(ApiModel)]
struct Raw(serde_json::Value);

#[derive(ApiUnion)]
#[api(untagged)]
enum Anything {
    Id(String),
    Raw(Raw),
}

fn main() {}
