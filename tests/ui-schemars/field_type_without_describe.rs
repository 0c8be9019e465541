use callparty::ApiModel;

/// Implements serde by hand, but says nothing about its JSON.
#[derive(serde::Serialize, serde::Deserialize)]
struct Timestamp(u64);

#[derive(ApiModel)]
struct Event {
    id: String,
    at: Option<Vec<Timestamp>>,
}

fn main() {}
