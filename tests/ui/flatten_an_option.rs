use callparty::ApiModel;

#[derive(ApiModel)]
struct Address {
    line1: String,
}

#[derive(ApiModel)]
struct Customer {
    #[api(flatten, rename = "address")]
    address: Option<Address>,
}

fn main() {}
