//! The error answers every call-control operation documents.

use crate::{ApiModel, Extra};

/// Standard error response model which is returned in case of any unsuccessful operation
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ApiErrorResponseModel {
    /// The array of errors (there will be just one in the most of the cases)
    pub errors: Vec<ApiError>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Generalized API error structure suitable for any error type
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ApiError {
    /// Logical error code (typically, 3 letters followed with number, dash separated)
    pub error_code: String,
    /// User-friendly error message
    pub message: String,
    /// The additional properties the spec allows on an error, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// Standard error response which may include parameterized errors
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ParameterizedErrorResponseModel {
    /// The array of errors (there will be just one in the most of the cases)
    pub errors: Vec<ApiErrorWithParameter>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}

/// The error model with additional attributes which can be used for HTTP 400/409
/// This is a deprecated model: "ApiError" model can be used instead with arbitrary additional
/// parameters
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ApiErrorWithParameter {
    /// Logical error code (typically, 3 letters followed with number, dash separated)
    pub error_code: String,
    /// User-friendly error message
    pub message: String,
    /// The name of the API parameter/attribute which caused the error
    pub parameter_name: Option<String>,
    /// The value of the API parameter/attribute which caused the error
    pub parameter_value: Option<String>,
    /// Fields the API sent that this model does not declare, written back unchanged.
    #[api(extra)]
    pub extra: Extra,
}
