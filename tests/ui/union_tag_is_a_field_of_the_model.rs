use callparty::{ApiModel, ApiUnion};

#[derive(ApiModel)]
struct Created {
    id: u64,
    #[api(rename = "kind")]
    category: String,
}

#[derive(ApiUnion)]
#[api(tag = "kind")]
enum Event {
    Created(Created),
}

fn main() {}
