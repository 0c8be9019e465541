use callparty::ApiEnum;

#[derive(ApiEnum)]
enum Direction {
    Inbound,
    #[api(other)]
    Unknown,
}

fn main() {}
