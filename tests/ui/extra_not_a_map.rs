use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Vec<String>,
}

fn main() {}
