//! Every operation of RingCentral's call-control API: its operation id, method, path
//! template, request body, success status, answer and error answers, as the spec file
//! defines them. Bodies refer to the documentation of their models, so a client or a
//! documentation tool can go from an operation to the fields it sends and receives.
//!
//! ```
//! use callparty::operations::{self, Method, Schema};
//!
//! let hold = &operations::HOLD_CALL_PARTY;
//! assert_eq!(hold.method, Method::Post);
//! assert!(hold.path.ends_with("/parties/{partyId}/hold"));
//! let request = hold.request.expect("hold takes a body");
//! assert_eq!(request.schema.name(), "HoldCallPartyRequest");
//! assert!(!request.required);
//! assert_eq!(hold.success_status, 200);
//! assert!(matches!(hold.response, Some(Schema::Model(doc)) if doc.name == "CallParty"));
//! assert_eq!(operations::ALL.len(), 24);
//! ```
//!
//! `docs/operations.md` is rendered from this table by [`operations_page`], and
//! `docs/openapi/callparty.json` by [`openapi_document`].

mod markdown;
mod openapi;
mod table;

pub use markdown::operations_page;
pub use openapi::openapi_document;
pub use table::*;

use crate::doc::{ModelDoc, UnionDoc};

/// One operation of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The spec's `operationId`, e.g. `holdCallParty`.
    pub id: &'static str,
    /// The spec's one-line summary, e.g. `Hold Call Party`.
    pub summary: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, with parameters in braces: `.../parties/{partyId}/hold`.
    pub path: &'static str,
    /// The request body, if the operation takes one.
    pub request: Option<RequestBody>,
    /// The HTTP status of a successful answer, e.g. 200 or 201.
    pub success_status: u16,
    /// The body of a successful answer; `None` when it has none (204, or a 200 without
    /// content).
    pub response: Option<Schema>,
    /// The error answers the spec documents, by status.
    pub errors: &'static [ErrorAnswer],
}

/// The HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as HTTP writes it: `GET`, `POST`, `PATCH` or `DELETE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// The request body of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestBody {
    /// The body's type.
    pub schema: Schema,
    /// Whether the operation needs a body; hold and delete-party take an optional one.
    pub required: bool,
}

/// An error answer of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorAnswer {
    /// The HTTP status, e.g. 404.
    pub status: u16,
    /// The body's type.
    pub schema: Schema,
}

/// The type of a body, by its documentation. More kinds of type may join, so matches need a
/// wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Schema {
    /// A model: a struct with `#[derive(ApiModel)]`.
    Model(&'static ModelDoc),
    /// A one-of: an enum with `#[derive(ApiUnion)]` (`TransferTarget`, `ForwardTarget`,
    /// `CallPartyReply`).
    Union(&'static UnionDoc),
}

impl Schema {
    /// The spec's name of the type, e.g. `CallParty`.
    pub fn name(&self) -> &'static str {
        match self {
            Schema::Model(doc) => doc.name,
            Schema::Union(doc) => doc.name,
        }
    }
}
