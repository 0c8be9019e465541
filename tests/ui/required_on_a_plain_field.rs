use callparty::ApiModel;

#[derive(ApiModel)]
struct Customer {
    #[api(required)]
    id: String,
    #[api(required)]
    email: Option<String>,
}

fn main() {}
