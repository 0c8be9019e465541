use callparty::ApiEnum;

#[derive(ApiEnum)]
#[serde(rename_all = "lowercase")]
enum Direction {
    #[serde(rename = "in")]
    Inbound,
    #[serde(other)]
    Unknown,
}

fn main() {}
