use callparty::ApiModel;

#[derive(ApiModel)]
struct Party {
    id: Option<String>,
    id_: Option<String>,
}

fn main() {}
