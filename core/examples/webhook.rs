//! Runs the webhook endpoint stand-alone: receives RingCentral's telephony-session
//! notifications, folds them into call state, and serves that state as snapshots.
//!
//! ```text
//! cargo run -p callparty --features webhook --example webhook -- \
//!     --listen 127.0.0.1:8080 --journal sessions.jsonl [--verification-token T] [--body-limit BYTES]
//! ```
//!
//! The first line on standard output is `listening on http://ADDR` (with the port chosen when
//! the address ends in `:0`); then one line per request: method, path, status, milliseconds,
//! and what was done. Warnings, such as a torn last journal line, go to standard error.
//! Ctrl-C (or SIGTERM) stops taking connections, lets the requests in progress finish, and
//! exits with status 0. Without `--journal`, the state lives in memory only.

use std::fmt::Display;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Instant;

use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use callparty::webhook::{Receiver, Summary, router};

const USAGE: &str = "usage: webhook --listen ADDR [--journal FILE] [--verification-token T] \
                     [--body-limit BYTES]";

#[derive(Debug)]
struct Options {
    listen: SocketAddr,
    journal: Option<String>,
    verification_token: Option<String>,
    body_limit: Option<usize>,
}

impl Options {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
        let mut listen = None;
        let mut journal = None;
        let mut verification_token = None;
        let mut body_limit = None;
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--listen" => listen = Some(parsed(&flag, value()?)?),
                "--journal" => journal = Some(value()?),
                "--verification-token" => verification_token = Some(value()?),
                "--body-limit" => body_limit = Some(parsed(&flag, value()?)?),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        Ok(Options {
            listen: listen.ok_or("--listen is required")?,
            journal,
            verification_token,
            body_limit,
        })
    }

    fn receiver(&self) -> Result<Receiver, String> {
        let mut builder = Receiver::builder();
        if let Some(token) = &self.verification_token {
            builder = builder.verification_token(token.as_str());
        }
        if let Some(bytes) = self.body_limit {
            builder = builder.body_limit(bytes);
        }
        if let Some(path) = &self.journal {
            builder = builder.journal(path);
        }
        builder.build().map_err(|error| error.to_string())
    }
}

fn parsed<T: FromStr<Err: Display>>(flag: &str, text: String) -> Result<T, String> {
    text.parse()
        .map_err(|error| format!("{flag} {text}: {error}"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(error) => {
            eprintln!("error: {error}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let receiver = match options.receiver() {
        Ok(receiver) => receiver,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(torn) = &receiver.replay().torn {
        eprintln!("warning: {torn}");
    }
    let listener = match tokio::net::TcpListener::bind(options.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: listening on {}: {error}", options.listen);
            return ExitCode::FAILURE;
        }
    };
    match listener.local_addr() {
        Ok(address) => println!("listening on http://{address}"),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    }
    if let Some(journal) = &options.journal {
        let replayed = receiver.replay().notifications;
        let sessions = receiver.snapshots().len();
        println!("replayed {replayed} notifications ({sessions} sessions) from {journal}");
    }
    let app = router(receiver).layer(middleware::from_fn(log_request));
    if let Err(error) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_requested())
        .await
    {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    // Serving returns after the requests in progress finished; the router, and with it the
    // journal's thread, is gone by now.
    println!("shut down");
    ExitCode::SUCCESS
}

/// One line per request: method, path, status, milliseconds, and what the endpoint did.
async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let milliseconds = started.elapsed().as_secs_f64() * 1e3;
    let summary = response.extensions().get::<Summary>();
    println!(
        "{method} {path} {} {milliseconds:.2} ms {}",
        response.status().as_u16(),
        summary.map_or("", Summary::as_str)
    );
    response
}

/// Ctrl-C, or SIGTERM on Unix (what `kill` and service managers send).
async fn shutdown_requested() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
