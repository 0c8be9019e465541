use callparty::{ApiModel, Nullable};

#[derive(ApiModel)]
struct Customer {
    #[api(required, default)]
    phone: Nullable<String>,
}

fn main() {}
