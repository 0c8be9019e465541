use crate::{ApiModel, Extra};

// Types of the API newer than the seed page (2024-09 to 2025-09). The docs carry only the
// spec's own descriptions, so what the spec leaves undescribed has no doc comment.

// The spec gives `MobilePickupData` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct MobilePickupData {
    /// List of extension IDs, configured to pick up a call from Desktop/Mobile applications
    pub cc_mailboxes: Option<Vec<String>>,
    /// SIP proxy registration name
    pub to: Option<String>,
    /// User data
    pub sid: Option<String>,
    /// User data
    // The spec names the key `srvlvl`; real payloads and the spec's own `IncomingCallEvent`
    // and `MissedCallEvent` send `srvLvl` (shared spec summary, section 2).
    #[api(alias = "srvlvl")]
    pub srv_lvl: Option<String>,
    /// User data
    pub srv_lvl_ext: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec gives `Attributes` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct Attributes {
    /// Indicates that this party is agent of new call queue
    pub queue_call: Option<bool>,
    /// Indicates that it was emergency ringback to party
    pub emergency_callback: Option<bool>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Call metadata.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct MetaData {
    /// Identifier of metadata category
    // One of the few response properties the spec requires.
    pub values: Vec<MetaDataValue>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// An item of `MetaData.values`: the spec defines it inline, without a name or a description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct MetaDataValue {
    /// Unique identifier
    pub id: String,
    /// Value
    pub value: String,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
