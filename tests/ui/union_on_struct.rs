use callparty::ApiUnion;

#[derive(ApiUnion)]
struct Target {
    phone_number: Option<String>,
}

fn main() {}
