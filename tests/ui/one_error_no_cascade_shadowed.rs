// The placeholder impls emitted next to an error are as hygienic as the real ones.
#![allow(dead_code, non_camel_case_types)]

mod shadowed {
    pub struct Result;
    pub struct Ok;
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct String;
    pub struct str;
    pub mod core {}
    pub mod std {}
    pub mod serde {}
    pub mod callparty {}
    macro_rules! unreachable {
        () => {
            compile_error!("the user's `unreachable!` was called")
        };
    }

    #[derive(::callparty::ApiModel)]
    pub struct Party {
        #[api(skip = true)]
        pub id: ::core::option::Option<::std::string::String>,
    }

    #[derive(::callparty::ApiEnum)]
    pub enum Code {
        #[api(other)]
        Unknown(::callparty::UnknownValue),
        Setup(u8),
    }
}

fn main() {
    let _ = serde_json::to_string(&shadowed::Code::from("x"));
    let _ = serde_json::from_str::<shadowed::Party>("{}");
}
