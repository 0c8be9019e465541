//! Models whose derives cannot reach `callparty` as `::callparty`.

/// Without `#[api(crate = ...)]`: one error, which names the attribute.
#[derive(cp::ApiModel)]
pub struct Party {
    pub id: Option<String>,
}

/// The same for an enum.
#[derive(cp::ApiEnum)]
pub enum Direction {
    Inbound,
}

/// With the attribute the error asks for: no error.
#[derive(cp::ApiModel)]
#[api(crate = "::cp")]
pub struct Session {
    pub id: Option<String>,
    pub party: Option<Party>,
    pub direction: Option<Direction>,
}

/// Uses of the models compile against the placeholder impls: no further errors.
pub fn read(text: &str) -> Option<Session> {
    cp::json::from_str(text).ok()
}
