use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    __: Option<String>,
    #[api(rename = "kept")]
    ___: Option<String>,
}

fn main() {}
