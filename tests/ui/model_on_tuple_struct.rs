use callparty::ApiModel;

#[derive(ApiModel)]
struct PartyId(String, u8);

fn main() {}
