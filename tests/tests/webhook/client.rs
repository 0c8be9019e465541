//! A real blocking HTTP client (ureq) for the server under test.

use std::time::Duration;

use callparty::snapshot::SessionSnapshot;

use crate::server::Server;

/// One answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: ureq::http::HeaderMap,
    pub body: String,
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// `POST /webhook` with exactly these headers.
pub fn post(
    agent: &ureq::Agent,
    server: &Server,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Answer, ureq::Error> {
    let mut request = agent.post(server.url("/webhook"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.send(body)?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.body_mut().read_to_string()?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

/// `POST /webhook` as RingCentral sends a notification, with this verification token.
pub fn notify(
    agent: &ureq::Agent,
    server: &Server,
    token: Option<&str>,
    body: &str,
) -> Result<Answer, ureq::Error> {
    let mut headers = vec![("Content-Type", "application/json; charset=UTF-8")];
    if let Some(token) = token {
        headers.push(("Verification-Token", token));
    }
    post(agent, server, &headers, body.as_bytes())
}

pub fn get(agent: &ureq::Agent, server: &Server, path: &str) -> Answer {
    let mut response = agent
        .get(server.url(path))
        .call()
        .unwrap_or_else(|error| panic!("GET {path}: {error}"));
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.body_mut().read_to_string().expect("a text body"),
    }
}

/// `GET /sessions`, decoded.
pub fn sessions(agent: &ureq::Agent, server: &Server) -> Vec<SessionSnapshot> {
    let answer = get(agent, server, "/sessions");
    assert_eq!(answer.status, 200, "{}", answer.body);
    callparty::json::from_str(&answer.body).unwrap_or_else(|error| panic!("{error}"))
}
