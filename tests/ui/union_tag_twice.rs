use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(tag = "kind", tag = "type")]
enum Event {
    Ping,
}

fn main() {}
