use callparty::ApiModel;
use std::borrow::Cow;

#[derive(ApiModel)]
struct Party<'a> {
    #[api(borrow)]
    id: String,
    #[api(borrow = "'b")]
    name: Cow<'a, str>,
    #[api(borrow = "a")]
    note: Cow<'a, str>,
}

fn main() {}
