use callparty::{ApiUnion, UnknownVariant};

#[derive(ApiUnion, Debug)]
enum Target {
    #[api(rename = 5)]
    PhoneNumber(String),
    #[api(other)]
    Unknown(UnknownVariant),
}

#[derive(callparty::ApiModel, Debug)]
struct Transfer {
    target: Target,
}

fn main() {
    let target: Target = serde_json::from_str("{}").unwrap();
    let json = serde_json::to_string(&target).unwrap();
    let _ = <Target as ApiUnion>::DOC.variants;
    let _ = <Target as callparty::JsonValueKind>::KIND;
    let transfer: Transfer = serde_json::from_str("{}").unwrap();
    println!("{json} {target:?} {transfer:?}");
}
