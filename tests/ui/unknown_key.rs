use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    #[api(renam = "partyId")]
    id: Option<String>,
}

fn main() {}
