//! The derives' output refers to nothing by a name the user can shadow: it builds under
//! `#![deny(warnings)]` in a module that redefines the prelude's names, the primitive types
//! and the crates the generated code calls, and the models still round-trip.
#![deny(warnings)]

mod shadowed {
    #![allow(dead_code, non_camel_case_types, clippy::all)]

    // The prelude and its variants.
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Default;
    pub struct String;
    pub struct Vec;
    pub struct Box;
    pub struct From;
    pub struct Into;
    pub struct PhantomData;
    // Primitive types.
    pub struct str;
    pub struct bool;
    pub struct usize;
    pub struct u16;
    pub struct u8;
    // Crates, and macros that a passing build never calls: the generated code must reach
    // `::core::concat!` for docs built by macros, and `unreachable!` only in placeholders.
    pub mod core {}
    pub mod std {}
    pub mod serde {}
    pub mod callparty {}
    pub mod alloc {}
    #[allow(unused_macros)]
    macro_rules! concat {
        ($($t:tt)*) => {
            ::core::compile_error!("the user's `concat!` was called")
        };
    }
    #[allow(unused_macros)]
    macro_rules! unreachable {
        ($($t:tt)*) => {
            ::core::compile_error!("the user's `unreachable!` was called")
        };
    }
    #[allow(unused_imports)]
    pub(crate) use {concat, unreachable};

    /// Methods on everything, named like those the generated code calls.
    pub trait Everywhere {
        fn as_str(&self) -> i32 {
            0
        }
        fn serialize(&self) {}
        fn deserialize(&self) {}
        fn fmt(&self) {}
        fn is_some(&self) {}
        fn flatten(&self) {}
        fn unwrap_or_default(&self) {}
        fn into(&self) {}
        fn from_str(&self) {}
    }
    impl<T: ?Sized> Everywhere for T {}

    /// Status of a call
    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    #[api(rename = "CallStatus")]
    pub struct Status<'a> {
        /// The status code
        #[doc = ::core::concat!(" of", " a call")]
        pub code: ::core::option::Option<Code>,
        pub direction: ::core::option::Option<Direction>,
        #[api(alias = "desc")]
        pub description: ::std::option::Option<::std::borrow::Cow<'a, ::core::primitive::str>>,
        pub id: ::std::string::String,
        #[api(default)]
        pub count: ::core::primitive::u32,
        #[api(skip)]
        pub cache: ::std::vec::Vec<::core::primitive::u8>,
        #[deprecated]
        pub old: ::core::option::Option<::core::primitive::bool>,
        #[api(extra)]
        pub extra: ::callparty::Extra,
    }

    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    #[api(deny_unknown_fields, rename_all = "snake_case")]
    pub struct Strict<T> {
        pub items: ::std::vec::Vec<T>,
        #[api(skip)]
        pub marker: ::core::marker::PhantomData<T>,
    }

    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    pub struct Empty {}

    pub fn seven() -> ::core::primitive::u8 {
        7
    }

    pub mod as_text {
        pub fn serialize<S: ::serde::Serializer>(
            value: &::core::primitive::u8,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.collect_str(value)
        }

        pub fn deserialize<'de, D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<::core::primitive::u8, D::Error> {
            let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
            ::core::str::FromStr::from_str(&text).map_err(::serde::de::Error::custom)
        }
    }

    /// Issue 15's attributes, generic and with a newtype.
    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    #[api(write_none)]
    pub struct Sdk<T> {
        pub absent: ::callparty::Nullable<T>,
        #[api(required)]
        pub kept: ::core::option::Option<T>,
        #[api(default = "seven")]
        pub seven: ::core::primitive::u8,
        #[api(with = "as_text")]
        pub text: ::core::primitive::u8,
        #[api(skip_serializing)]
        pub secret: ::core::option::Option<::std::string::String>,
        #[api(skip_deserializing)]
        pub shown: ::core::primitive::bool,
        pub id: Id,
    }

    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    pub struct Id(pub ::std::string::String);

    #[derive(::callparty::ApiModel, Debug, Clone, PartialEq)]
    pub struct Holder {
        pub name: ::std::string::String,
        #[api(flatten)]
        pub id: Sdk<::core::primitive::u8>,
        #[api(extra)]
        pub extra: ::callparty::Extra,
    }

    #[derive(::callparty::ApiEnum, Debug, Clone, PartialEq)]
    pub enum Code {
        Setup,
        #[api(alias = "Voicemail")]
        VoiceMail,
        #[api(other)]
        Unknown(::callparty::UnknownValue),
    }

    /// Variants named like the associated items (`Self::Err`, `Self::Error`,
    /// `Self::Target`, `Self::Output`, `Self::Value`) and prelude variants that generated
    /// code could name.
    #[derive(::callparty::ApiEnum, Debug, Clone, PartialEq)]
    pub enum Outcome {
        Ok,
        Err,
        Error,
        Target,
        Output,
        Value,
    }

    #[derive(::callparty::ApiEnum, Debug, Clone, PartialEq)]
    pub enum OpenOutcome {
        Ok,
        Err,
        Error,
        Target,
        Output,
        Value,
        #[api(other)]
        Unknown(::callparty::UnknownValue),
    }

    #[derive(::callparty::ApiEnum, Debug, Clone, PartialEq)]
    #[api(rename_all = "lowercase")]
    pub enum Direction {
        Inbound,
        Outbound,
    }

    // Variants named like the prelude's items and the runtime's traits' associated items.
    #[derive(::callparty::ApiUnion, Debug, Clone, PartialEq)]
    pub enum Target {
        Ok(::std::string::String),
        #[api(alias = "error")]
        Err(::core::primitive::u8),
        #[deprecated]
        Some(Empty),
        #[api(other)]
        None(::callparty::UnknownVariant),
    }

    #[derive(::callparty::ApiUnion, Debug, Clone, PartialEq)]
    #[api(tag = "type", rename_all = "snake_case")]
    pub enum Event<'a> {
        Status(Status<'a>),
        Value,
        Error(Empty),
        #[api(other)]
        Other(::callparty::UnknownVariant),
    }

    #[derive(::callparty::ApiUnion, Debug, Clone, PartialEq)]
    #[api(untagged)]
    pub enum Either<T> {
        Name(::std::string::String),
        Items(::std::vec::Vec<T>),
        Output(Empty),
    }
}

use callparty::{ApiEnum, ApiModel, ApiUnion};
use shadowed::{
    Code, Direction, Either, Empty, Event, Holder, Id, OpenOutcome, Outcome, Sdk, Status, Strict,
    Target,
};

#[test]
fn a_model_in_a_shadowing_module_round_trips() {
    let input = r#"{"code":"Voicemail","direction":"inbound","desc":"Optional message","id":"s-1","old":true,"brandId":"1210"}"#;
    let status: Status = serde_json::from_str(input).unwrap();
    assert_eq!(status.code, Some(Code::VoiceMail));
    assert_eq!(status.direction, Some(Direction::Inbound));
    assert_eq!(status.count, 0);
    assert_eq!(status.extra.len(), 1);
    assert_eq!(
        serde_json::to_string(&status).unwrap(),
        r#"{"code":"VoiceMail","direction":"inbound","description":"Optional message","id":"s-1","count":0,"old":true,"brandId":"1210"}"#
    );
    assert_eq!(Status::DOC.name, "CallStatus");
    assert_eq!(Status::DOC.description, "Status of a call");
    assert!(Status::DOC.fields.iter().any(|field| field.deprecated));
    assert_eq!(
        Status::DOC.fields[0].description,
        "The status code\n of a call"
    );
    let bytes = postcard::to_allocvec(&Status {
        extra: Default::default(),
        ..status.clone()
    })
    .unwrap();
    let back: Status = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back.code, status.code);
}

#[test]
fn generic_and_empty_models_in_a_shadowing_module_round_trip() {
    let strict: Strict<u8> = serde_json::from_str(r#"{"items":[1,2]}"#).unwrap();
    assert_eq!(strict.items, [1, 2]);
    assert_eq!(
        serde_json::to_string(&strict).unwrap(),
        r#"{"items":[1,2]}"#
    );
    let error = serde_json::from_str::<Strict<u8>>(r#"{"x":1}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"unknown field "x" in Strict, expected "items""#),
        "{error}"
    );
    let empty: Empty = serde_json::from_str(r#"{"ignored":true}"#).unwrap();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    assert_eq!(postcard::to_allocvec(&empty).unwrap(), [0u8; 0]);
}

#[test]
fn enums_in_a_shadowing_module_convert() {
    assert_eq!(Code::from("Voicemail"), Code::VoiceMail);
    assert_eq!(Code::from(String::from("Later")).as_str(), "Later");
    let Ok(parsed) = "Setup".parse::<Code>();
    assert_eq!(parsed, Code::Setup);
    assert_eq!("outbound".parse::<Direction>(), Ok(Direction::Outbound));
    assert_eq!(format!("{:>9}", Direction::Inbound), "  inbound");
    assert_eq!(Direction::VALUES, ["inbound", "outbound"]);
    assert!(Code::DOC.open);
    assert_eq!(Code::try_parse("Later").unwrap_err().value(), "Later");
}

#[test]
fn unions_in_a_shadowing_module_round_trip() {
    for json in [
        r#"{"ok":"a"}"#,
        r#"{"err":7}"#,
        r#"{"some":{}}"#,
        r#"{"later":[1]}"#,
    ] {
        let target: Target = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&target).unwrap(), json);
    }
    let target: Target = serde_json::from_str(r#"{"error":7}"#).unwrap();
    assert_eq!(target, Target::Err(7));
    for json in [
        r#"{"type":"status","id":"s-1","count":0}"#,
        r#"{"type":"value"}"#,
        r#"{"type":"error"}"#,
        r#"{"type":"later","x":1}"#,
    ] {
        let event: Event = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&event).unwrap(), json);
    }
    for json in [r#""a""#, "[1,2]", "{}"] {
        let either: Either<u8> = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&either).unwrap(), json);
    }
    assert_eq!(Target::DOC.variants.len(), 3);
    assert_eq!(Event::DOC.tag, Some("type"));
    assert_eq!(<Either<u8> as ApiUnion>::DOC.variants[1].wire_name, "array");
    let bytes = postcard::to_allocvec(&Either::<u8>::Items(vec![1])).unwrap();
    assert_eq!(
        postcard::from_bytes::<Either<u8>>(&bytes).unwrap(),
        Either::Items(vec![1])
    );
}

#[test]
fn enum_variants_named_like_associated_items_compile() {
    assert_eq!("Err".parse::<Outcome>(), Ok(Outcome::Err));
    assert_eq!(Outcome::Target.as_str(), "Target");
    assert_eq!(
        serde_json::from_str::<Vec<Outcome>>(r#"["Ok","Error","Output","Value"]"#).unwrap(),
        [Outcome::Ok, Outcome::Error, Outcome::Output, Outcome::Value]
    );
    let Ok(open) = "Value".parse::<OpenOutcome>();
    assert_eq!(open, OpenOutcome::Value);
    assert_eq!(OpenOutcome::from("Later").as_str(), "Later");
    assert_eq!(
        serde_json::to_string(&OpenOutcome::Err).unwrap(),
        r#""Err""#
    );
}

#[test]
fn issue_15s_attributes_in_a_shadowing_module_round_trip() {
    let input = r#"{"kept":null,"text":"3","secret":"s","id":"i-1"}"#;
    let sdk: Sdk<u8> = serde_json::from_str(input).unwrap();
    assert_eq!(
        sdk,
        Sdk {
            absent: callparty::Nullable::Absent,
            kept: None,
            seven: 7,
            text: 3,
            secret: Some("s".into()),
            shown: false,
            id: Id("i-1".into()),
        }
    );
    assert_eq!(
        serde_json::to_string(&sdk).unwrap(),
        r#"{"absent":null,"kept":null,"seven":7,"text":"3","shown":false,"id":"i-1"}"#
    );
}

#[test]
fn a_flattened_model_in_a_shadowing_module_round_trips() {
    let input = r#"{"name":"n","absent":null,"kept":null,"seven":7,"text":"3","shown":false,"id":"i-1","more":1}"#;
    let holder: Holder = serde_json::from_str(input).unwrap();
    assert_eq!(holder.id.text, 3);
    assert_eq!(holder.extra.len(), 1);
    assert_eq!(serde_json::to_string(&holder).unwrap(), input);
}
