use callparty::ApiModel;

#[derive(ApiModel)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
struct Party {
    #[serde(rename = "partyId", alias = "party_id")]
    id: Option<String>,
    #[serde(default)]
    muted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(flatten)]
    extra: callparty::Extra,
}

fn main() {}
