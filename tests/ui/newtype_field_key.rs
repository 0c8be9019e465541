use callparty::ApiModel;

#[derive(ApiModel)]
#[api(rename_all = "snake_case")]
struct CustomerId(#[api(rename = "id")] String);

fn main() {}
