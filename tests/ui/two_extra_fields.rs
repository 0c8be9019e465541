use callparty::{ApiModel, Extra};

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
    #[api(extra)]
    more: Extra,
}

fn main() {}
