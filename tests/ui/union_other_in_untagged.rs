use callparty::{ApiUnion, UnknownVariant};

#[derive(ApiUnion)]
#[api(untagged)]
enum CustomerRef {
    Id(String),
    #[api(other)]
    Unknown(UnknownVariant),
}

fn main() {}
