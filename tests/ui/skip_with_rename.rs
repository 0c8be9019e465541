use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    #[api(skip, rename = "cache")]
    cache: u8,
}

fn main() {}
