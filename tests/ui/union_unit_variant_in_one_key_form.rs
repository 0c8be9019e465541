use callparty::ApiUnion;

#[derive(ApiUnion)]
enum Target {
    PhoneNumber(String),
    Voicemail,
}

fn main() {}
