use crate::{ApiModel, Extra};

// The spec gives `MakeCallOutRequest` no description.
#[allow(missing_docs)]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct MakeCallOutRequest {
    /// Instance id of the caller. It corresponds to the 1st leg of the CallOut call.
    pub from: MakeCallOutCallerInfoRequestFrom,
    /// Phone number of the called party. This number corresponds to the 2nd leg of a CallOut
    /// call
    pub to: MakeCallOutCallerInfoRequestTo,
    /// Optional. Dialing plan country data. If not specified, then extension home country is
    /// applied by default.
    pub country_id: Option<CountryId>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Instance id of the caller. It corresponds to the 1st leg of the CallOut call.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct MakeCallOutCallerInfoRequestFrom {
    /// Internal identifier of a device
    pub device_id: Option<String>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Phone number of the called party. This number corresponds to the 2nd leg of a CallOut call
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
pub struct MakeCallOutCallerInfoRequestTo {
    /// Phone number in E.164 format, short codes (*67, *86), emergency (911, 112) or special
    /// (988) numbers
    pub phone_number: Option<String>,
    /// Extension number
    pub extension_number: Option<String>,
    /// Fields this model does not declare, written as they are.
    #[api(extra)]
    pub extra: Extra,
}

/// Optional. Dialing plan country data. If not specified, then extension home country is
/// applied by default.
pub type CountryId = i64;
