use callparty::ApiModel;

#[derive(ApiModel)]
struct Invoice {
    #[api(skip_deserializing, alias = "sum")]
    total: u64,
}

fn main() {}
