use callparty::ApiUnion;

#[derive(ApiUnion)]
enum Target {
    PhoneNumber(String),
    Extension(String, u32),
}

fn main() {}
