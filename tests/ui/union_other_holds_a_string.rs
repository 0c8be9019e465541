use callparty::ApiUnion;

#[derive(ApiUnion)]
enum Target {
    PhoneNumber(String),
    #[api(other)]
    Unknown(String),
}

fn main() {}
