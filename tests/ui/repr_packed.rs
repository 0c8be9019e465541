use callparty::ApiModel;

#[derive(ApiModel)]
#[repr(C, packed)]
struct Party {
    id: Option<String>,
    muted: bool,
}

fn main() {}
