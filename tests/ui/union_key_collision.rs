use callparty::ApiUnion;

// `PhoneNumber`'s key is "phoneNumber", which `Phone` also accepts as an alias.
#[derive(ApiUnion)]
enum Target {
    PhoneNumber(String),
    #[api(rename = "phone", alias = "phoneNumber")]
    Phone(String),
}

fn main() {}
