//! serde_derive twins of the unions and their models, attribute for attribute.

use serde_derive::{Deserialize, Serialize};

use super::ours::*;
use crate::mirror::{Mirror, mirror_struct};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PatternTwin {
    pub pattern: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<u32>,
}

mirror_struct!(PatternTwin => Pattern { pattern, time });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CreatedTwin {
    pub id: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

mirror_struct!(CreatedTwin => Created { id, name });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DeletedTwin {
    pub id: u64,
    #[serde(flatten)]
    pub extra: crate::mirror::TwinExtra,
}

mirror_struct!(DeletedTwin => Deleted { id, extra });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CustomerTwin {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

mirror_struct!(CustomerTwin => Customer { id, email });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub enum TargetTwin {
    PhoneNumber(String),
    #[serde(alias = "extension")]
    ExtensionId(String),
    Voicemail(String),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub enum ReplyTwin {
    ReplyWithText(String),
    ReplyWithPattern(PatternTwin),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventTwin {
    Created(CreatedTwin),
    #[serde(alias = "removed")]
    Deleted(DeletedTwin),
    Ping,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "kind")]
pub enum ShapeTwin {
    Created(CreatedTwin),
    Ping,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum CustomerRefTwin {
    Id(String),
    Customer(CustomerTwin),
    Ids(Vec<u32>),
    Nothing,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OneKeyRootTwin {
    pub target: TargetTwin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<ReplyTwin>,
}

mirror_struct!(OneKeyRootTwin => OneKeyRoot { target, reply });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct TaggedRootTwin {
    pub event: EventTwin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<ShapeTwin>,
}

mirror_struct!(TaggedRootTwin => TaggedRoot { event, shape });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct KindRootTwin {
    pub customer: CustomerRefTwin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<CustomerRefTwin>,
}

mirror_struct!(KindRootTwin => KindRoot { customer, previous });

/// `Mirror` for a twin union and ours, variant by variant. serde's twins are closed: an
/// unknown variant of ours has no twin, and never meets one, because serde rejects every
/// document that ours reads into `Unknown`.
macro_rules! mirror_union {
    ($twin:ident => $ours:ident { $($variant:ident $(($field:ident))?),* $(,)? }) => {
        impl Mirror for $twin {
            type Ours = $ours;
            #[allow(deprecated)]
            fn to_ours(&self) -> $ours {
                match self {
                    $($twin::$variant $(($field))? => $ours::$variant $((Mirror::to_ours($field)))?,)*
                }
            }
            #[allow(deprecated)]
            fn from_ours(ours: &$ours) -> Self {
                match ours {
                    $($ours::$variant $(($field))? => $twin::$variant $((Mirror::from_ours($field)))?,)*
                    #[allow(unreachable_patterns)]
                    _ => unreachable!("serde has no twin of {ours:?}"),
                }
            }
        }
    };
}

mirror_union!(TargetTwin => Target { PhoneNumber(v), ExtensionId(v), Voicemail(v) });
mirror_union!(ReplyTwin => Reply { ReplyWithText(v), ReplyWithPattern(v) });
mirror_union!(EventTwin => Event { Created(v), Deleted(v), Ping });
mirror_union!(ShapeTwin => Shape { Created(v), Ping });
mirror_union!(CustomerRefTwin => CustomerRef { Id(v), Customer(v), Ids(v), Nothing });
