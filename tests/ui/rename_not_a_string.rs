use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    #[api(rename = 5)]
    id: Option<String>,
}

fn main() {}
