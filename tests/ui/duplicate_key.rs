use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    #[api(rename = "partyId")]
    #[api(rename = "party_id")]
    id: Option<String>,
}

fn main() {}
