use callparty::{ApiUnion, UnknownVariant};

#[derive(ApiUnion)]
enum Target {
    PhoneNumber(String),
    #[api(other)]
    Unknown(UnknownVariant),
    #[api(other)]
    Later(UnknownVariant),
}

fn main() {}
