use crate::{ApiModel, Extra};

/// Call park information
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct ParkInfo {
    /// Call park identifier
    pub id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

// The spec describes neither this type nor `RecordingInfo`, and the docs carry the spec's
// text only, so these two have no doc comment.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct PartyInfo {
    /// Phone number of a party
    pub phone_number: Option<String>,
    /// Displayed name of a party
    pub name: Option<String>,
    /// Internal identifier of a device
    pub device_id: Option<String>,
    /// Internal identifier of an extension
    pub extension_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Deprecated. Information on a call owner
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct OwnerInfo {
    /// Internal identifier of an account that monitors a call
    pub account_id: Option<String>,
    /// Internal identifier of an extension that monitors a call
    pub extension_id: Option<String>,
    /// Internal identifier of an account brandId that monitors a call
    pub brand_id: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct RecordingInfo {
    /// Internal identifier of a recording resource
    pub id: Option<String>,
    /// True if the recording is active. False if the recording is paused.
    pub active: Option<bool>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
