use callparty::{ApiEnum, UnknownValue};

#[derive(ApiEnum)]
enum Code {
    Setup,
    Parked(String),
    #[api(other)]
    Unknown(UnknownValue),
}

fn main() {}
