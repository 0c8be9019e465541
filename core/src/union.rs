use crate::doc::UnionDoc;

/// A one-of type: an enum whose serde impls and documentation come from
/// `#[derive(ApiUnion)]`. Its JSON is an object with exactly one key (the default), an
/// object whose tag field picks the variant (`#[api(tag = "...")]`), or a value whose JSON
/// kind picks it (`#[api(untagged)]`).
///
/// ```
/// use callparty::ApiUnion;
///
/// /// Reply to an incoming call
/// #[derive(ApiUnion)]
/// enum Reply {
///     /// Text to reply
///     ReplyWithText(String),
/// }
///
/// assert_eq!(Reply::DOC.name, "Reply");
/// assert_eq!(Reply::DOC.variants[0].wire_name, "replyWithText");
/// assert_eq!(Reply::DOC.variants[0].description, "Text to reply");
/// assert_eq!(Reply::DOC.tag, None);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an API union",
    label = "add `#[derive(callparty::ApiUnion)]` to `{Self}`"
)]
pub trait ApiUnion {
    /// The union's documentation: its name, description, form and variants.
    const DOC: &'static UnionDoc;
}
