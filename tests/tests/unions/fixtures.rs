//! The unions under test, with the impls that `#[derive(ApiUnion)]` emits for them written
//! out by hand, so that the runtime is proven before the derive exists.

use callparty::__private::serde::de::{Deserialize, Deserializer};
use callparty::__private::serde::ser::{Serialize, Serializer};
use callparty::__private::union::{self as rt, DecodeVariant, KindShape, UnionShape, VariantName};
use callparty::doc::{UnionDoc, UnionVariantDoc};
use callparty::{ApiModel, ApiUnion, Extra, JsonKind, JsonValueKind, UnknownVariant};

/// Where a call is transferred: one key, open, with an alias.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Phone number in E.164 format
    PhoneNumber(String),
    ExtensionId(String),
    #[deprecated]
    Voicemail(String),
    Unknown(UnknownVariant),
}

/// A reply: one key, closed.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    ReplyWithText(String),
    ReplyWithPattern(Pattern),
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Pattern {
    pub pattern: String,
    pub time: Option<u32>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Created {
    pub id: u64,
    pub name: Option<String>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Deleted {
    pub id: u64,
    #[api(extra)]
    pub extra: Extra,
}

/// Something that happened: tagged by `type`, open, with a unit variant.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Created(Created),
    Deleted(Deleted),
    Ping,
    Unknown(UnknownVariant),
}

/// A shape: tagged by `kind`, closed.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Created(Created),
    Ping,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Named<'a> {
    pub name: &'a str,
}

/// A tagged union whose model borrows from the input.
#[derive(Debug, Clone, PartialEq)]
pub enum Borrowing<'a> {
    Named(Named<'a>),
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Customer {
    pub id: String,
    pub email: Option<String>,
}

/// An id or the expanded object, by JSON kind.
#[derive(Debug, Clone, PartialEq)]
pub enum CustomerRef {
    Id(String),
    Customer(Customer),
    Ids(Vec<u32>),
    Nothing,
}

// ---- What `#[derive(ApiUnion)]` emits for `Target` ----------------------------------------
const _: () = {
    #[automatically_derived]
    impl rt::UnionShape for Target {
        const NAME: &'static str = "Target";
        const VARIANTS: &'static [&'static str] = &["phoneNumber", "extensionId", "voicemail"];
        const EXPECTED: &'static [&'static str] =
            &["phoneNumber", "extensionId", "extension", "voicemail"];
        const UNITS: &'static [bool] = &[false, false, false];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = Some(Self::Unknown);
    }

    #[automatically_derived]
    #[allow(deprecated)]
    impl<'de> rt::DecodeVariant<'de> for Target {
        fn lookup(name: &str) -> Option<u16> {
            match name {
                "phoneNumber" => Some(0),
                "extensionId" | "extension" => Some(1),
                "voicemail" => Some(2),
                _ => None,
            }
        }

        fn decode_variant<D: Deserializer<'de>>(index: u16, d: D) -> Result<Self, D::Error> {
            match index {
                0 => Ok(Self::PhoneNumber(<String as Deserialize>::deserialize(d)?)),
                1 => Ok(Self::ExtensionId(<String as Deserialize>::deserialize(d)?)),
                _ => Ok(Self::Voicemail(<String as Deserialize>::deserialize(d)?)),
            }
        }
    }

    #[automatically_derived]
    impl<'de> Deserialize<'de> for Target {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_one_key::<Self, D>(d)
        }
    }

    #[automatically_derived]
    #[allow(deprecated)]
    impl Serialize for Target {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let name = |index, wire| VariantName {
                union: "Target",
                index,
                wire,
            };
            match self {
                Self::PhoneNumber(v) => rt::one_key(s, name(0, "phoneNumber"), v),
                Self::ExtensionId(v) => rt::one_key(s, name(1, "extensionId"), v),
                Self::Voicemail(v) => rt::one_key(s, name(2, "voicemail"), v),
                Self::Unknown(v) => rt::one_key_unknown(s, "Target", v),
            }
        }
    }

    #[automatically_derived]
    impl ApiUnion for Target {
        const DOC: &'static UnionDoc = &UnionDoc {
            name: "Target",
            description: "Where a call is transferred: one key, open, with an alias.",
            tag: None,
            untagged: false,
            open: true,
            variants: &[
                UnionVariantDoc {
                    wire_name: "phoneNumber",
                    ty: "String",
                    description: "Phone number in E.164 format",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: "extensionId",
                    ty: "String",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: "voicemail",
                    ty: "String",
                    description: "",
                    deprecated: true,
                },
            ],
        };
    }

    #[automatically_derived]
    impl JsonValueKind for Target {
        const KIND: JsonKind = JsonKind::Object;
    }
};

// ---- `Reply` -----------------------------------------------------------------------------
const _: () = {
    impl UnionShape for Reply {
        const NAME: &'static str = "Reply";
        const VARIANTS: &'static [&'static str] = &["replyWithText", "replyWithPattern"];
        const EXPECTED: &'static [&'static str] = Self::VARIANTS;
        const UNITS: &'static [bool] = &[false, false];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = None;
    }

    impl<'de> DecodeVariant<'de> for Reply {
        fn lookup(name: &str) -> Option<u16> {
            match name {
                "replyWithText" => Some(0),
                "replyWithPattern" => Some(1),
                _ => None,
            }
        }

        fn decode_variant<D: Deserializer<'de>>(index: u16, d: D) -> Result<Self, D::Error> {
            match index {
                0 => Ok(Self::ReplyWithText(<String as Deserialize>::deserialize(
                    d,
                )?)),
                _ => Ok(Self::ReplyWithPattern(
                    <Pattern as Deserialize>::deserialize(d)?,
                )),
            }
        }
    }

    impl<'de> Deserialize<'de> for Reply {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_one_key::<Self, D>(d)
        }
    }

    impl Serialize for Reply {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let name = |index, wire| VariantName {
                union: "Reply",
                index,
                wire,
            };
            match self {
                Self::ReplyWithText(v) => rt::one_key(s, name(0, "replyWithText"), v),
                Self::ReplyWithPattern(v) => rt::one_key(s, name(1, "replyWithPattern"), v),
            }
        }
    }
};

// ---- `Event` and `Shape` -----------------------------------------------------------------
const _: () = {
    const _: () = if rt::model_has_wire_name(<Created as ApiModel>::DOC, "type") {
        panic!("the tag `type` of `Event` is also a field of `Created`");
    };
    const _: () = if rt::model_has_wire_name(<Deleted as ApiModel>::DOC, "type") {
        panic!("the tag `type` of `Event` is also a field of `Deleted`");
    };

    impl UnionShape for Event {
        const NAME: &'static str = "Event";
        const VARIANTS: &'static [&'static str] = &["created", "deleted", "ping"];
        const EXPECTED: &'static [&'static str] = &["created", "deleted", "removed", "ping"];
        const UNITS: &'static [bool] = &[false, false, true];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = Some(Self::Unknown);
    }

    impl<'de> DecodeVariant<'de> for Event {
        fn lookup(name: &str) -> Option<u16> {
            match name {
                "created" => Some(0),
                "deleted" | "removed" => Some(1),
                "ping" => Some(2),
                _ => None,
            }
        }

        fn decode_variant<D: Deserializer<'de>>(index: u16, d: D) -> Result<Self, D::Error> {
            match index {
                0 => Ok(Self::Created(<Created as Deserialize>::deserialize(d)?)),
                1 => Ok(Self::Deleted(<Deleted as Deserialize>::deserialize(d)?)),
                _ => {
                    <callparty::__private::serde::de::IgnoredAny as Deserialize>::deserialize(d)?;
                    Ok(Self::Ping)
                }
            }
        }
    }

    impl<'de> Deserialize<'de> for Event {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_tagged::<Self, D>(d, "type")
        }
    }

    impl Serialize for Event {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let name = |index, wire| VariantName {
                union: "Event",
                index,
                wire,
            };
            match self {
                Self::Created(v) => rt::tagged(s, name(0, "created"), "type", v),
                Self::Deleted(v) => rt::tagged(s, name(1, "deleted"), "type", v),
                Self::Ping => rt::tagged_unit(s, name(2, "ping"), "type"),
                Self::Unknown(v) => rt::tagged_unknown(s, "Event", "type", v),
            }
        }
    }

    impl ApiUnion for Event {
        const DOC: &'static UnionDoc = &UnionDoc {
            name: "Event",
            description: "Something that happened: tagged by `type`, open, with a unit variant.",
            tag: Some("type"),
            untagged: false,
            open: true,
            variants: &[
                UnionVariantDoc {
                    wire_name: "created",
                    ty: "Created",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: "deleted",
                    ty: "Deleted",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: "ping",
                    ty: "",
                    description: "",
                    deprecated: false,
                },
            ],
        };
    }

    impl UnionShape for Shape {
        const NAME: &'static str = "Shape";
        const VARIANTS: &'static [&'static str] = &["Created", "Ping"];
        const EXPECTED: &'static [&'static str] = Self::VARIANTS;
        const UNITS: &'static [bool] = &[false, true];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = None;
    }

    impl<'de> DecodeVariant<'de> for Shape {
        fn lookup(name: &str) -> Option<u16> {
            match name {
                "Created" => Some(0),
                "Ping" => Some(1),
                _ => None,
            }
        }

        fn decode_variant<D: Deserializer<'de>>(index: u16, d: D) -> Result<Self, D::Error> {
            match index {
                0 => Ok(Self::Created(<Created as Deserialize>::deserialize(d)?)),
                _ => {
                    <callparty::__private::serde::de::IgnoredAny as Deserialize>::deserialize(d)?;
                    Ok(Self::Ping)
                }
            }
        }
    }

    impl<'de> Deserialize<'de> for Shape {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_tagged::<Self, D>(d, "kind")
        }
    }

    impl Serialize for Shape {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let name = |index, wire| VariantName {
                union: "Shape",
                index,
                wire,
            };
            match self {
                Self::Created(v) => rt::tagged(s, name(0, "Created"), "kind", v),
                Self::Ping => rt::tagged_unit(s, name(1, "Ping"), "kind"),
            }
        }
    }
};

// ---- `Borrowing<'a>` ----------------------------------------------------------------------
const _: () = {
    impl UnionShape for Borrowing<'_> {
        const NAME: &'static str = "Borrowing";
        const VARIANTS: &'static [&'static str] = &["named"];
        const EXPECTED: &'static [&'static str] = Self::VARIANTS;
        const UNITS: &'static [bool] = &[false];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = None;
    }

    impl<'de: 'a, 'a> DecodeVariant<'de> for Borrowing<'a> {
        fn lookup(name: &str) -> Option<u16> {
            match name {
                "named" => Some(0),
                _ => None,
            }
        }

        fn decode_variant<D: Deserializer<'de>>(_index: u16, d: D) -> Result<Self, D::Error> {
            Ok(Self::Named(<Named<'a> as Deserialize>::deserialize(d)?))
        }
    }

    impl<'de: 'a, 'a> Deserialize<'de> for Borrowing<'a> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_tagged::<Self, D>(d, "type")
        }
    }

    impl Serialize for Borrowing<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Self::Named(v) => rt::tagged(
                    s,
                    VariantName {
                        union: "Borrowing",
                        index: 0,
                        wire: "named",
                    },
                    "type",
                    v,
                ),
            }
        }
    }
};

// ---- `CustomerRef` ------------------------------------------------------------------------
const _: () = {
    const _: () = if rt::same_kind(
        <String as JsonValueKind>::KIND,
        <Customer as JsonValueKind>::KIND,
    ) {
        panic!("`Id` and `Customer` of `CustomerRef` read the same JSON kind");
    };
    const _: () = if rt::same_kind(
        <String as JsonValueKind>::KIND,
        <Vec<u32> as JsonValueKind>::KIND,
    ) {
        panic!("`Id` and `Ids` of `CustomerRef` read the same JSON kind");
    };
    const _: () = if rt::same_kind(
        <Customer as JsonValueKind>::KIND,
        <Vec<u32> as JsonValueKind>::KIND,
    ) {
        panic!("`Customer` and `Ids` of `CustomerRef` read the same JSON kind");
    };

    impl UnionShape for CustomerRef {
        const NAME: &'static str = "CustomerRef";
        const VARIANTS: &'static [&'static str] = &[
            <String as JsonValueKind>::KIND.name(),
            <Customer as JsonValueKind>::KIND.name(),
            <Vec<u32> as JsonValueKind>::KIND.name(),
            JsonKind::Null.name(),
        ];
        const EXPECTED: &'static [&'static str] = Self::VARIANTS;
        const UNITS: &'static [bool] = &[false, false, false, true];
        const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self> = None;
    }

    impl KindShape for CustomerRef {
        const KINDS: &'static [JsonKind] = &[
            <String as JsonValueKind>::KIND,
            <Customer as JsonValueKind>::KIND,
            <Vec<u32> as JsonValueKind>::KIND,
            JsonKind::Null,
        ];
    }

    impl<'de> DecodeVariant<'de> for CustomerRef {
        fn lookup(_name: &str) -> Option<u16> {
            None
        }

        fn decode_variant<D: Deserializer<'de>>(index: u16, d: D) -> Result<Self, D::Error> {
            match index {
                0 => Ok(Self::Id(<String as Deserialize>::deserialize(d)?)),
                1 => Ok(Self::Customer(<Customer as Deserialize>::deserialize(d)?)),
                2 => Ok(Self::Ids(<Vec<u32> as Deserialize>::deserialize(d)?)),
                _ => {
                    <callparty::__private::serde::de::IgnoredAny as Deserialize>::deserialize(d)?;
                    Ok(Self::Nothing)
                }
            }
        }
    }

    impl<'de> Deserialize<'de> for CustomerRef {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            rt::deserialize_by_kind::<Self, D>(d)
        }
    }

    impl Serialize for CustomerRef {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let name = |index: u32| VariantName {
                union: "CustomerRef",
                index,
                wire: <Self as UnionShape>::VARIANTS[index as usize],
            };
            match self {
                Self::Id(v) => rt::by_kind(s, name(0), v),
                Self::Customer(v) => rt::by_kind(s, name(1), v),
                Self::Ids(v) => rt::by_kind(s, name(2), v),
                Self::Nothing => rt::by_kind_unit(s, name(3)),
            }
        }
    }

    impl ApiUnion for CustomerRef {
        const DOC: &'static UnionDoc = &UnionDoc {
            name: "CustomerRef",
            description: "An id or the expanded object, by JSON kind.",
            tag: None,
            untagged: true,
            open: false,
            variants: &[
                UnionVariantDoc {
                    wire_name: <String as JsonValueKind>::KIND.name(),
                    ty: "String",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: <Customer as JsonValueKind>::KIND.name(),
                    ty: "Customer",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: <Vec<u32> as JsonValueKind>::KIND.name(),
                    ty: "Vec<u32>",
                    description: "",
                    deprecated: false,
                },
                UnionVariantDoc {
                    wire_name: JsonKind::Null.name(),
                    ty: "",
                    description: "",
                    deprecated: false,
                },
            ],
        };
    }
};

// What `#[derive(ApiModel)]` will emit once unions exist.
impl JsonValueKind for Customer {
    const KIND: JsonKind = JsonKind::Object;
}
