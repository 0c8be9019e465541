use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    #[api(skip = true)]
    cache: u8,
}

fn main() {}
