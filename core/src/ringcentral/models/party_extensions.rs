use crate::{ApiModel, Extra};

// Types of the API newer than the seed page (2024-09 to 2025-09). The docs carry only the
// API's own descriptions, so what the spec leaves undescribed has no doc comment.

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct MobilePickupData {
    pub cc_mailboxes: Option<Vec<String>>,
    /// SIP proxy registration name
    pub to: Option<String>,
    pub sid: Option<String>,
    // The spec names the key `srvlvl`; every real payload sends `srvLvl`.
    #[api(alias = "srvlvl")]
    pub srv_lvl: Option<String>,
    pub srv_lvl_ext: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Attributes {
    /// Indicates that this party is agent of new call queue
    pub queue_call: Option<bool>,
    pub emergency_callback: Option<bool>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Call metadata.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct MetaData {
    // One of the few properties the spec requires.
    pub values: Vec<MetaDataValue>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct MetaDataValue {
    pub id: String,
    pub value: String,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
