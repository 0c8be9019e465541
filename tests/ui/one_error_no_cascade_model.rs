use callparty::ApiModel;

#[derive(ApiModel, Debug, Default)]
struct Party {
    #[api(rename = 5)]
    id: Option<String>,
    muted: Option<bool>,
}

fn main() {
    let party: Party = serde_json::from_str("{}").unwrap();
    let json = serde_json::to_string(&party).unwrap();
    let _ = postcard::to_allocvec(&party);
    let _ = Party::DOC.fields;
    let _ = <Party as ApiModel>::DOC.name;
    let _: Vec<Party> = serde_json::from_str("[]").unwrap();
    println!("{json} {party:?}");
}
