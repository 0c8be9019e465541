use std::str::FromStr;

use callparty::{ApiEnum, ApiModel, ParseEnumError};

#[derive(ApiEnum, Debug, PartialEq)]
#[api(rename_all = "Lowercase")]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiModel, Debug)]
struct Party {
    direction: Option<Direction>,
}

fn main() {
    let direction: Result<Direction, ParseEnumError> = Direction::from_str("Inbound");
    let direction = direction.unwrap();
    let _ = "Outbound".parse::<Direction>() == Ok(Direction::Outbound);
    let text: String = direction.to_string();
    let _: &str = direction.as_str();
    let _: &[&str] = <Direction as ApiEnum>::VALUES;
    let _ = Direction::try_parse("x");
    let _ = Direction::DOC.open;
    let party: Party = serde_json::from_str(r#"{"direction":"inbound"}"#).unwrap();
    let json = serde_json::to_string(&party).unwrap();
    println!("{text} {json} {direction:>10} {party:?}");
}
