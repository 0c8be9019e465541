use callparty::{ApiEnum, UnknownValue};

#[derive(ApiEnum)]
enum Direction {
    Inbound,
    #[api(other)]
    Unknown(UnknownValue),
    #[api(other)]
    Other(UnknownValue),
}

fn main() {}
