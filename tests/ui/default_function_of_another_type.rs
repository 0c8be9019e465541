use callparty::ApiModel;

fn thirty() -> u64 {
    30
}

#[derive(ApiModel)]
struct Invoice {
    #[api(default = "thirty")]
    days_until_due: u32,
}

fn main() {}
