use callparty::ApiEnum;

#[derive(ApiEnum)]
#[api(rename_all = "lowercase")]
enum Code {
    VoiceMail,
    Voicemail,
}

fn main() {}
