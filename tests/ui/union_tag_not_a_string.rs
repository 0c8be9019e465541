use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(tag = kind)]
enum Event {
    Ping,
}

fn main() {}
