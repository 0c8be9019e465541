use callparty::ApiModel;
use serde::Serialize;

/// `Serialize` only.
#[derive(Serialize)]
struct ParkSlot;

/// Every field optional: the model is read in place, through a different runtime call than
/// a model with required fields, and the error must still point at the type.
#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    park: Option<ParkSlot>,
}

fn main() {}
