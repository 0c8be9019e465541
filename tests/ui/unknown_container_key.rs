use callparty::ApiEnum;

#[derive(ApiEnum)]
#[api(deny_unknown_fields)]
enum Direction {
    Inbound,
}

fn main() {}
