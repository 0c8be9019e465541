use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(untagged)]
enum Anything {
    Id(String),
    Value(serde_json::Value),
}

fn main() {}
