use callparty::ApiEnum;

#[derive(ApiEnum)]
enum Direction {
    Inbound,
    #[api(other)]
    Unknown(String),
}

fn main() {}
