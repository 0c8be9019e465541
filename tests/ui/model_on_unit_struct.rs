use callparty::ApiModel;

#[derive(ApiModel)]
struct Nothing;

fn main() {}
