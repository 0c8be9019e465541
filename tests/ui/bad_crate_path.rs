use callparty::ApiModel;

#[derive(ApiModel)]
#[api(crate = "my runtime")]
struct Party {
    id: Option<String>,
}

fn main() {}
