use callparty::ApiEnum;

#[derive(ApiEnum)]
struct Direction {
    value: String,
}

fn main() {}
