use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    #[api(alias = "id")]
    party_id: Option<String>,
}

fn main() {}
