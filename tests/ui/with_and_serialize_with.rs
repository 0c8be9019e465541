use std::time::SystemTime;

use callparty::ApiModel;

mod unix_seconds {
    pub fn serialize<S: serde::Serializer>(_: &std::time::SystemTime, _: S) -> Result<S::Ok, S::Error> {
        unimplemented!()
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(_: D) -> Result<std::time::SystemTime, D::Error> {
        unimplemented!()
    }
}

#[derive(ApiModel)]
struct Event {
    #[api(with = "unix_seconds", serialize_with = "unix_seconds::serialize")]
    created: SystemTime,
}

fn main() {}
