use callparty::ApiModel;

#[derive(ApiModel)]
struct Invoice {
    #[api(default = "30 days")]
    days_until_due: u32,
}

fn main() {}
