use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(tag = "kind")]
enum Event {
    Note(String),
}

fn main() {}
