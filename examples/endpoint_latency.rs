//! Latency of a running SPARQL endpoint (`beritagraf serve`, or any other)
//! for query files: each query is sent `--runs` times after one warm-up,
//! first one at a time, then from `--clients` concurrent clients, and the
//! latencies of whole answers (JSON results read to the end) reported.
//!
//! ```text
//! beritagraf serve --store /tmp/graf --bind 127.0.0.1:7878 &
//! cargo run --release --example endpoint_latency -- --endpoint http://127.0.0.1:7878/query examples/queries/*.rq
//! ```
//!
//! Prints one JSON object per query and mode (JSON Lines): `query`, `mode`
//! (`sequential` or `concurrent`), `clients`, `requests`, `rows`, `p50_ms`,
//! `p95_ms`, `max_ms`. Every answer must be 200 with the same row count as
//! the warm-up, or the program fails: a wrong answer is not a fast one.

use clap::Parser;
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Measure a SPARQL endpoint's latency.
#[derive(Debug, Parser)]
struct Args {
    /// The endpoint's query URL.
    #[arg(long, default_value = "http://127.0.0.1:7878/query")]
    endpoint: String,
    /// Requests per query and mode (after one warm-up).
    #[arg(long, default_value_t = 20)]
    runs: usize,
    /// Concurrent clients in the concurrent mode.
    #[arg(long, default_value_t = 8)]
    clients: usize,
    /// SPARQL query files.
    #[arg(required = true, value_name = "QUERY_FILE")]
    queries: Vec<PathBuf>,
}

/// Send one query; its latency and row count.
fn ask(client: &oxhttp::Client, endpoint: &str, query: &str) -> (Duration, usize) {
    let started = Instant::now();
    let request = Request::builder()
        .method(Method::POST)
        .uri(endpoint)
        .header(CONTENT_TYPE, "application/sparql-query")
        .header(ACCEPT, "application/sparql-results+json")
        .body(Body::from(query.to_string()))
        .expect("a request");
    let response = client.request(request).expect("the endpoint answers");
    let status = response.status();
    let body = response.into_body().to_vec().expect("a body");
    let elapsed = started.elapsed();
    assert!(
        status.is_success(),
        "{status}: {}",
        String::from_utf8_lossy(&body)
    );
    let results: serde_json::Value = serde_json::from_slice(&body).expect("JSON results");
    let rows = results["results"]["bindings"]
        .as_array()
        .map_or(0, Vec::len);
    (elapsed, rows)
}

fn percentile(sorted: &[Duration], fraction: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

fn report(name: &str, mode: &str, clients: usize, rows: usize, mut latencies: Vec<Duration>) {
    latencies.sort();
    println!(
        "{}",
        serde_json::json!({
            "query": name, "mode": mode, "clients": clients, "requests": latencies.len(), "rows": rows,
            "p50_ms": percentile(&latencies, 0.5), "p95_ms": percentile(&latencies, 0.95),
            "max_ms": percentile(&latencies, 1.0),
        })
    );
}

fn main() {
    let args = Args::parse();
    let client = oxhttp::Client::new().with_global_timeout(Duration::from_secs(120));
    for file in &args.queries {
        let query = std::fs::read_to_string(file).expect("a query file");
        let name = file
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
        let (_, rows) = ask(&client, &args.endpoint, &query);
        let sequential: Vec<Duration> = (0..args.runs)
            .map(|_| {
                let (latency, count) = ask(&client, &args.endpoint, &query);
                assert_eq!(count, rows, "{name}: the row count changed");
                latency
            })
            .collect();
        report(&name, "sequential", 1, rows, sequential);
        let concurrent: Vec<Duration> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..args.clients)
                .map(|_| {
                    scope.spawn(|| {
                        let client =
                            oxhttp::Client::new().with_global_timeout(Duration::from_secs(120));
                        (0..args.runs)
                            .map(|_| {
                                let (latency, count) = ask(&client, &args.endpoint, &query);
                                assert_eq!(count, rows, "{name}: the row count changed");
                                latency
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| worker.join().expect("a client thread"))
                .collect()
        });
        report(&name, "concurrent", args.clients, rows, concurrent);
    }
}
