//! Throughput and latency of the webhook endpoint: 8 blocking clients (ureq, one keep-alive
//! connection each) post telephony-session notifications over loopback to `callparty::webhook`
//! served in this process by axum on tokio's multi-thread runtime, with the journal off and on.
//!
//! Two loads for each:
//! - **saturated**: every client posts its next notification as soon as the last one is
//!   answered, which gives the throughput;
//! - **paced**: 1,000 notifications per second in all (each client one every 8 ms), the rate
//!   at which RingCentral's 3,000 ms limit is stated. Latency is counted from the moment a
//!   request was due, not from when it was sent, so a stalled server cannot hide its backlog.
//!
//! Every notification is a bundled one with the session id made unique per client and round,
//! so the fold grows as it would with real calls, and the journal gets one line per
//! notification. The table printed at the end is the one in BENCHMARKS.md.
//!
//! `cargo bench -p callparty-tests --features webhook --bench webhook`
//! (`-- --quick` for a short run that only shows that it works.)

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use callparty::models::TelephonySessionsEvent;
use callparty::webhook::{Receiver, router};

const CLIENTS: usize = 8;
const PACED_RATE: f64 = 1_000.0;

struct Load {
    name: &'static str,
    /// Notifications per client.
    per_client: usize,
    /// Time between two requests of one client; `None` for as fast as answered.
    interval: Option<Duration>,
}

struct Row {
    load: &'static str,
    journal: bool,
    notifications: usize,
    seconds: f64,
    latencies_ms: Vec<f64>,
}

fn main() {
    let quick = std::env::args().any(|arg| arg == "--quick");
    let scale = if quick { 20 } else { 1 };
    let interval = Duration::from_secs_f64(CLIENTS as f64 / PACED_RATE);
    let loads = [
        Load {
            name: "saturated",
            per_client: 2_500 / scale,
            interval: None,
        },
        Load {
            name: "paced 1,000/s",
            per_client: 1_250 / scale,
            interval: Some(interval),
        },
    ];
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("webhook-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).expect("a scratch folder");

    let templates = templates();
    let mut rows = Vec::new();
    for (index, load) in loads.iter().enumerate() {
        for journal in [false, true] {
            let path = scratch.join(format!("load-{index}.jsonl"));
            rows.push(run(load, journal.then_some(path), &templates));
        }
    }
    print_table(&rows);
}

/// The bundled notifications as decoded events, re-encoded per client and round.
fn templates() -> Vec<TelephonySessionsEvent> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "data/notifications/inbound-call.json",
        "data/notifications/outbound-call.json",
        "../core/data/notifications-inbound.json",
    ]
    .into_iter()
    .flat_map(|file| {
        let text = std::fs::read_to_string(root.join(file)).expect("bundled data");
        callparty::json::from_str::<Vec<TelephonySessionsEvent>>(&text).expect("notifications")
    })
    .collect()
}

fn bodies(templates: &[TelephonySessionsEvent], client: usize, count: usize) -> Vec<String> {
    (0..count)
        .map(|index| {
            let mut event = templates[index % templates.len()].clone();
            let round = index / templates.len();
            if let Some(id) = event
                .body
                .as_mut()
                .and_then(|body| body.telephony_session_id.as_mut())
            {
                id.push_str(&format!("-{client}-{round}"));
            }
            callparty::json::to_string(&event).expect("encodable")
        })
        .collect()
}

fn run(load: &Load, journal: Option<PathBuf>, templates: &[TelephonySessionsEvent]) -> Row {
    let mut builder = Receiver::builder();
    if let Some(path) = &journal {
        builder = builder.journal(path);
    }
    let receiver = builder.build().expect("a receiver");
    let (address, stop) = serve(receiver.clone());
    let url = format!("http://{address}/webhook");

    let work: Vec<Vec<String>> = (0..CLIENTS)
        .map(|client| bodies(templates, client, load.per_client))
        .collect();
    warm_up(&url, &templates[0]);
    let started = Instant::now();
    let latencies: Vec<Vec<f64>> = thread::scope(|scope| {
        let clients: Vec<_> = work
            .iter()
            .enumerate()
            .map(|(client, bodies)| {
                let url = &url;
                scope.spawn(move || post_all(url, bodies, load.interval, client, started))
            })
            .collect();
        clients.into_iter().map(|c| c.join().unwrap()).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let _ = stop.send(());
    let mut latencies_ms: Vec<f64> = latencies.into_iter().flatten().collect();
    latencies_ms.sort_by(f64::total_cmp);
    if let Some(path) = &journal {
        let lines = std::fs::read_to_string(path)
            .expect("a journal")
            .lines()
            .count();
        assert_eq!(
            lines,
            CLIENTS * load.per_client + 1,
            "every notification journaled"
        );
    }
    Row {
        load: load.name,
        journal: journal.is_some(),
        notifications: latencies_ms.len(),
        seconds,
        latencies_ms,
    }
}

/// Serves `receiver` on a loopback port from a tokio runtime on its own thread, until the
/// returned sender is used or dropped.
fn serve(receiver: Receiver) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (ready, address) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a loopback port");
            ready.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, router(receiver))
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
                .expect("serving");
        });
    });
    (address.recv().expect("the server starts"), stop)
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

fn post(agent: &ureq::Agent, url: &str, body: &str) {
    let response = agent
        .post(url)
        .header("Content-Type", "application/json; charset=UTF-8")
        .send(body)
        .expect("a 200");
    assert_eq!(response.status(), 200);
}

/// Connections, allocations and the journal file exist before the clock starts.
fn warm_up(url: &str, template: &TelephonySessionsEvent) {
    let body = callparty::json::to_string(template).expect("encodable");
    post(&agent(), url, &body);
}

fn post_all(
    url: &str,
    bodies: &[String],
    interval: Option<Duration>,
    client: usize,
    started: Instant,
) -> Vec<f64> {
    let agent = agent();
    // Clients start spread over one interval, so paced requests do not all fall together.
    let offset = interval.map_or(Duration::ZERO, |interval| {
        interval * client as u32 / CLIENTS as u32
    });
    let mut latencies = Vec::with_capacity(bodies.len());
    for (index, body) in bodies.iter().enumerate() {
        let due = match interval {
            Some(interval) => {
                let due = started + offset + interval * index as u32;
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    thread::sleep(wait);
                }
                due
            }
            None => Instant::now(),
        };
        post(&agent, url, body);
        latencies.push(due.elapsed().as_secs_f64() * 1e3);
    }
    latencies
}

fn percentile(sorted: &[f64], percent: usize) -> f64 {
    sorted[(sorted.len() * percent / 100).min(sorted.len() - 1)]
}

fn print_table(rows: &[Row]) {
    println!(
        "| load | journal | notifications | seconds | notifications/s | p50 ms | p99 ms | max ms |"
    );
    println!("|---|---|--:|--:|--:|--:|--:|--:|");
    for row in rows {
        let sorted = &row.latencies_ms;
        println!(
            "| {} | {} | {} | {:.2} | {:.0} | {:.2} | {:.2} | {:.2} |",
            row.load,
            if row.journal { "on" } else { "off" },
            row.notifications,
            row.seconds,
            row.notifications as f64 / row.seconds,
            percentile(sorted, 50),
            percentile(sorted, 99),
            sorted.last().copied().unwrap_or_default(),
        );
    }
}
