use callparty::ApiUnion;

#[derive(ApiUnion)]
#[api(deny_unknown_fields)]
enum Target {
    PhoneNumber(String),
}

fn main() {}
