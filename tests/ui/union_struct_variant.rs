use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(tag = "kind")]
enum Event {
    Created { id: u64 },
    Ping,
}

fn main() {}
