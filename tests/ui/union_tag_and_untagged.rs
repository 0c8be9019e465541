use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(tag = "kind", untagged)]
enum Event {
    Ping,
}

fn main() {}
