// A `callparty` from another release than the derives: it has the public items but not the
// runtime under the name that these derives import. The error names the versions that go
// together, once per derive, and nothing else fails.
use callparty::{ApiEnum, ApiModel};

#[allow(unused_imports)]
mod other_release {
    pub use callparty::{
        __private, doc, ApiEnum, ApiModel, JsonKind, JsonValueKind, ParseEnumError, UnknownValue,
    };
}

#[derive(ApiModel, Debug)]
#[api(crate = "other_release")]
struct Party {
    id: Option<String>,
    status: Option<Status>,
}

#[derive(ApiEnum, Debug)]
#[api(crate = "other_release")]
enum Status {
    Setup,
    #[api(other)]
    Unknown(callparty::UnknownValue),
}

fn main() {
    let party: Party = serde_json::from_str("{}").unwrap();
    println!("{party:?} {}", Status::from("Setup"));
}
