//! Container attributes of a model: `rename` sets the documented name (also the one error
//! messages use), and `crate = "..."` reaches the runtime through another path.

use callparty::ApiModel;

#[derive(ApiModel, Debug, PartialEq)]
#[api(rename = "MetaData")]
struct Meta {
    values: Vec<String>,
}

#[test]
fn rename_sets_the_documented_name() {
    assert_eq!(Meta::DOC.name, "MetaData");
    assert_eq!(Meta::DOC.fields[0].wire_name, "values");
}

#[test]
fn rename_is_the_name_in_error_messages() {
    let error = serde_json::from_str::<Meta>(r#"{"values":[],"values":[]}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"duplicate field "values" in MetaData"#),
        "{error}"
    );
    let error = serde_json::from_str::<Meta>("7").unwrap_err();
    assert!(
        error.to_string().contains("expected a MetaData object"),
        "{error}"
    );
    let error = serde_json::from_str::<Meta>("{}").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "values" in MetaData"#),
        "{error}"
    );
}

/// A crate that re-exports the runtime under its own path, as a facade crate would.
mod rt {
    pub use callparty::*;
}

/// The derives, reached only through the facade: no `callparty` path in the generated code.
mod facade_user {
    use crate::rt;

    #[derive(rt::ApiModel, Debug, PartialEq)]
    #[api(crate = "crate::rt")]
    pub(crate) struct Session {
        pub(crate) id: Option<String>,
        pub(crate) direction: Option<Direction>,
        pub(crate) kind: Option<Kind>,
        #[api(extra)]
        pub(crate) extra: rt::Extra,
    }

    #[derive(rt::ApiEnum, Debug, PartialEq)]
    #[api(crate = "crate::rt")]
    pub(crate) enum Direction {
        Inbound,
        Outbound,
        #[api(other)]
        Unknown(rt::UnknownValue),
    }

    #[derive(rt::ApiEnum, Debug, PartialEq)]
    #[api(crate = "crate::rt")]
    pub(crate) enum Kind {
        Call,
        RingOut,
    }
}

#[test]
fn the_runtime_path_can_be_overridden() {
    use facade_user::{Direction, Kind, Session};
    let input = r#"{"id":"s-1","direction":"Sideways","kind":"RingOut","brandId":"1210"}"#;
    let session: Session = serde_json::from_str(input).unwrap();
    assert_eq!(session.kind, Some(Kind::RingOut));
    assert_eq!(
        session.direction.as_ref().map(Direction::as_str),
        Some("Sideways")
    );
    assert_eq!(serde_json::to_string(&session).unwrap(), input);
    assert_eq!(<Session as rt::ApiModel>::DOC.fields.len(), 3);
    assert_eq!(<Kind as rt::ApiEnum>::VALUES, ["Call", "RingOut"]);
    assert_eq!("Call".parse::<Kind>(), Ok(Kind::Call));
    let error = "call".parse::<Kind>().unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown Kind value "call", expected one of "Call", "RingOut""#
    );
}
