use crate::doc::ModelDoc;

/// A JSON API model: a struct whose serde impls and documentation come from
/// `#[derive(ApiModel)]`.
///
/// ```
/// use callparty::ApiModel;
///
/// /// Call park information
/// #[derive(ApiModel)]
/// struct ParkSlot {
///     /// Call park identifier
///     id: Option<String>,
/// }
///
/// assert_eq!(ParkSlot::DOC.name, "ParkSlot");
/// assert_eq!(ParkSlot::DOC.description, "Call park information");
/// assert_eq!(ParkSlot::DOC.fields[0].wire_name, "id");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an API model",
    label = "add `#[derive(callparty::ApiModel)]` to `{Self}`"
)]
pub trait ApiModel {
    /// The model's documentation: its name, description and fields.
    const DOC: &'static ModelDoc;
}

/// A boxed model is the model, with its documentation: a tagged union's variant can hold
/// `Box<Model>`, which keeps the union as small as its smallest variants.
impl<T: ApiModel + ?Sized> ApiModel for Box<T> {
    const DOC: &'static ModelDoc = T::DOC;
}
