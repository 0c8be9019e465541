use callparty::ApiEnum;

#[derive(ApiEnum)]
enum Code {
    VoiceMail,
    #[api(alias = "VoiceMail")]
    VoiceMailScreening,
}

fn main() {}
