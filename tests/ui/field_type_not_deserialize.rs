use callparty::ApiModel;

/// Neither `Serialize` nor `Deserialize`.
struct ParkSlot;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    park: ParkSlot,
}

fn main() {}
