use callparty::{ApiModel, Extra};

#[derive(ApiModel)]
#[api(deny_unknown_fields)]
struct Party {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
}

fn main() {}
