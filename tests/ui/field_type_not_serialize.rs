use callparty::ApiModel;

/// Deserializes, but has no `Serialize`.
struct ParkSlot;

impl<'de> serde::Deserialize<'de> for ParkSlot {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| ParkSlot)
    }
}

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    park: Option<ParkSlot>,
}

fn main() {}
