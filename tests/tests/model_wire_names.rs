//! Wire names of model fields: camelCase by default, `r#type` and `type_` mean `type`, the
//! eight `rename_all` rules, `rename`, and `alias` accepted on input only.

use callparty::ApiModel;
use serde_json::{Value, json};

#[derive(ApiModel, Debug, PartialEq)]
struct Party {
    stand_alone: bool,
    ring_out_role: String,
    id: u32,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Origin {
    r#type: String,
}

#[derive(ApiModel, Debug, PartialEq)]
struct OriginUnderscore {
    type_: String,
}

#[test]
fn fields_are_camel_case_by_default() {
    let party = Party {
        stand_alone: true,
        ring_out_role: "Target".into(),
        id: 7,
    };
    let written = serde_json::to_value(&party).unwrap();
    assert_eq!(
        written,
        json!({"standAlone": true, "ringOutRole": "Target", "id": 7})
    );
    let read: Party =
        serde_json::from_str(r#"{"standAlone":true,"ringOutRole":"Target","id":7}"#).unwrap();
    assert_eq!(read, party);
}

#[test]
fn the_rust_spelling_is_not_a_wire_name() {
    let read: Result<Party, _> =
        serde_json::from_str(r#"{"stand_alone":true,"ringOutRole":"Target","id":7}"#);
    let message = read.unwrap_err().to_string();
    assert!(
        message.starts_with(r#"missing field "standAlone" in Party"#),
        "{message}"
    );
}

#[test]
fn raw_identifiers_and_a_trailing_underscore_mean_the_keyword() {
    let raw = Origin {
        r#type: "Call".into(),
    };
    assert_eq!(serde_json::to_string(&raw).unwrap(), r#"{"type":"Call"}"#);
    let underscore = OriginUnderscore {
        type_: "RingOut".into(),
    };
    assert_eq!(
        serde_json::to_string(&underscore).unwrap(),
        r#"{"type":"RingOut"}"#
    );
    let read: OriginUnderscore = serde_json::from_str(r#"{"type":"Zoom"}"#).unwrap();
    assert_eq!(read.type_, "Zoom");
    let read: Origin = serde_json::from_str(r#"{"type":"Zoom"}"#).unwrap();
    assert_eq!(read.r#type, "Zoom");
}

macro_rules! rule_model {
    ($name:ident, $rule:literal) => {
        #[derive(ApiModel, Debug, PartialEq, Default)]
        #[api(rename_all = $rule)]
        struct $name {
            ring_out_role: u8,
            id: u8,
        }
    };
}

rule_model!(Lower, "lowercase");
rule_model!(Upper, "UPPERCASE");
rule_model!(Pascal, "PascalCase");
rule_model!(Camel, "camelCase");
rule_model!(Snake, "snake_case");
rule_model!(ScreamingSnake, "SCREAMING_SNAKE_CASE");
rule_model!(Kebab, "kebab-case");
rule_model!(ScreamingKebab, "SCREAMING-KEBAB-CASE");

fn keys<T: serde::Serialize>(value: &T) -> Vec<String> {
    match serde_json::to_value(value).unwrap() {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

fn round_trips<T>(wire: Value)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let read: T = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), wire);
}

#[test]
fn every_rename_all_rule_follows_serde() {
    // serde_json's map is sorted by key, so compare as sets through sorting.
    let cases: [(Vec<String>, [&str; 2]); 8] = [
        (keys(&Lower::default()), ["id", "ring_out_role"]),
        (keys(&Upper::default()), ["ID", "RING_OUT_ROLE"]),
        (keys(&Pascal::default()), ["Id", "RingOutRole"]),
        (keys(&Camel::default()), ["id", "ringOutRole"]),
        (keys(&Snake::default()), ["id", "ring_out_role"]),
        (keys(&ScreamingSnake::default()), ["ID", "RING_OUT_ROLE"]),
        (keys(&Kebab::default()), ["id", "ring-out-role"]),
        (keys(&ScreamingKebab::default()), ["ID", "RING-OUT-ROLE"]),
    ];
    for (index, (mut got, want)) in cases.into_iter().enumerate() {
        got.sort();
        assert_eq!(got, want, "rule number {index}");
    }
    round_trips::<Kebab>(json!({"ring-out-role": 3, "id": 4}));
    round_trips::<ScreamingKebab>(json!({"RING-OUT-ROLE": 3, "ID": 4}));
    round_trips::<Pascal>(json!({"RingOutRole": 3, "Id": 4}));
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
struct Renamed {
    #[api(rename = "phoneNumber")]
    phone_number: String,
    #[api(rename = "from")]
    source: String,
    plain_name: String,
}

#[test]
fn rename_wins_over_the_container_rule() {
    let value = Renamed {
        phone_number: "102".into(),
        source: "+14155550123".into(),
        plain_name: "Ada".into(),
    };
    let written = serde_json::to_string(&value).unwrap();
    assert_eq!(
        written,
        r#"{"phoneNumber":"102","from":"+14155550123","plain_name":"Ada"}"#
    );
    assert_eq!(serde_json::from_str::<Renamed>(&written).unwrap(), value);
}

#[derive(ApiModel, Debug, PartialEq)]
struct Aliased {
    #[api(alias = "srvlvl", alias = "SrvLvl")]
    srv_lvl: String,
    #[api(rename = "to", alias = "target")]
    destination: Option<String>,
}

#[test]
fn every_alias_is_accepted_on_input() {
    for key in ["srvLvl", "srvlvl", "SrvLvl"] {
        let input = format!(r#"{{"{key}":"3","target":"sip:1"}}"#);
        let read: Aliased = serde_json::from_str(&input).unwrap();
        assert_eq!(read.srv_lvl, "3", "{key}");
        assert_eq!(read.destination.as_deref(), Some("sip:1"), "{key}");
    }
}

#[test]
fn output_uses_the_wire_name_not_the_alias() {
    let read: Aliased = serde_json::from_str(r#"{"srvlvl":"3","target":"sip:1"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"srvLvl":"3","to":"sip:1"}"#
    );
}
