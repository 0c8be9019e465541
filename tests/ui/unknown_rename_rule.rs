use callparty::ApiModel;

#[derive(ApiModel)]
#[api(rename_all = "camelcase")]
struct Party {
    stand_alone: Option<bool>,
}

fn main() {}
