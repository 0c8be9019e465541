use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    stand_alone: Option<bool>,
    #[api(rename = "standAlone")]
    alone: Option<bool>,
}

fn main() {}
