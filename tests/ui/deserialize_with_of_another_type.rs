use callparty::ApiModel;

fn seconds<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    serde::Deserialize::deserialize(deserializer)
}

#[derive(ApiModel)]
struct Event {
    #[api(deserialize_with = "seconds")]
    created: String,
}

fn main() {}
