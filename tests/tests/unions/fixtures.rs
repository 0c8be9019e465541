//! The unions under test, one or more per form, with their models.

use callparty::{ApiModel, ApiUnion, Extra, UnknownVariant};

/// Where a call is transferred: one key, open, with an alias.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
pub enum Target {
    /// Phone number in E.164 format
    PhoneNumber(String),
    #[api(alias = "extension")]
    ExtensionId(String),
    #[deprecated]
    Voicemail(String),
    #[api(other)]
    Unknown(UnknownVariant),
}

/// A reply: one key, closed.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
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
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[api(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Created(Created),
    #[api(alias = "removed")]
    Deleted(Deleted),
    Ping,
    #[api(other)]
    Unknown(UnknownVariant),
}

/// A shape: tagged by `kind`, closed.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[api(tag = "kind")]
pub enum Shape {
    Created(Created),
    Ping,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Named<'a> {
    pub name: &'a str,
}

/// A tagged union whose model borrows from the input.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[api(tag = "type", rename_all = "lowercase")]
pub enum Borrowing<'a> {
    Named(Named<'a>),
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Customer {
    pub id: String,
    pub email: Option<String>,
}

/// An invoice's id.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct InvoiceId(pub String);

/// An invoice's number.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct InvoiceNumber(pub u64);

/// Any JSON: a newtype of a type with no one kind, which is no `JsonValueKind`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AnyJson(pub serde_json::Value);

/// An invoice by id or by number, newtypes both, by JSON kind.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[api(untagged)]
pub enum InvoiceRef {
    Id(InvoiceId),
    Number(InvoiceNumber),
}

/// An id or the expanded object, by JSON kind.
#[derive(ApiUnion, Debug, Clone, PartialEq)]
#[api(untagged)]
pub enum CustomerRef {
    Id(String),
    Customer(Customer),
    Ids(Vec<u32>),
    Nothing,
}
