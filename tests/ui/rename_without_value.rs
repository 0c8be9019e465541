use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    #[api(rename)]
    id: Option<String>,
}

fn main() {}
