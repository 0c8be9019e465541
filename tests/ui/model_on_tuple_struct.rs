use callparty::ApiModel;

#[derive(ApiModel)]
struct PartyId(String);

fn main() {}
