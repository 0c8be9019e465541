use std::convert::Infallible;
use std::str::FromStr;

use callparty::{ApiEnum, UnknownValue};

#[derive(ApiEnum, Debug)]
enum Code {
    #[api(rename = "Setup", renamed = "x")]
    Setup,
    #[api(other)]
    Unknown(UnknownValue),
}

fn main() {
    let _: Result<Code, Infallible> = Code::from_str("Setup");
    let Ok(code) = "Setup".parse::<Code>();
    let _ = Code::from("Setup");
    let _ = Code::from(String::from("Later"));
    let _: Code = "Later".into();
    let _ = Code::try_parse("Later");
    let json = serde_json::to_string(&code).unwrap();
    let code: Code = serde_json::from_str(&json).unwrap();
    println!("{code} {code:?} {}", code.as_str());
}
