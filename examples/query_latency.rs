//! Query latency over a built store: each query file is run `--runs` times
//! after one warm-up run, results fully consumed, and the latencies reported.
//!
//! ```text
//! cargo run --release --example query_latency -- --store /tmp/graf --runs 20 examples/queries/*.rq
//! ```
//!
//! The store is opened read-only once (as `beritagraf query` opens it), and
//! the project's prefixes (`beritagraf::vocab::PREFIXES`) are declared before
//! each query, as `beritagraf query` does. Prints one JSON object per query
//! (JSON Lines): `query`, `rows`, `runs`, `warm_up_ms`, `p50_ms`, `p95_ms`,
//! `max_ms`, `min_ms`, `mean_ms`. A time covers parsing, planning,
//! evaluation and iterating over every result.
//!
//! Guards, so that one pathological query cannot take the machine down: a
//! single run longer than `--timeout-s`, or a process RSS above
//! `--max-rss-mb`, abandons the query with an `error` line (with the rows
//! seen so far) and the program restarts itself on the remaining queries.
//! Timed runs stop early (fewer `runs`) once a query has used
//! `--timeout-s` in total. The exit code is 1 when any query failed.

use beritagraf::store::GraphStore;
use beritagraf::vocab::PREFIXES;
use clap::Parser;
use oxigraph::sparql::QueryResults;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Measure SPARQL query latency over a beritagraf store.
#[derive(Debug, Parser)]
struct Args {
    /// Store folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Timed runs per query (after one untimed warm-up run).
    #[arg(long, default_value_t = 20)]
    runs: usize,
    /// Abandon a query when one run takes longer than this (seconds).
    #[arg(long, default_value_t = 60)]
    timeout_s: u64,
    /// Abandon a query when the process's resident memory exceeds this (MB).
    #[arg(long, default_value_t = 4096)]
    max_rss_mb: u64,
    /// (internal) a query failed in an earlier incarnation of this run.
    #[arg(long, hide = true)]
    failed_before: bool,
    /// SPARQL query files.
    #[arg(required = true, value_name = "QUERY_FILE")]
    queries: Vec<PathBuf>,
}

fn with_prefixes(query: &str) -> String {
    let mut text = String::new();
    for (prefix, namespace) in PREFIXES {
        text.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
    }
    text.push_str(query);
    text
}

/// Run once, consuming every result; the number of rows (solutions,
/// triples, or 1 for ASK). `seen` counts rows as they come.
fn run_once(
    store: &GraphStore,
    query: &str,
    seen: &AtomicUsize,
) -> Result<usize, Box<dyn std::error::Error>> {
    seen.store(0, Ordering::Relaxed);
    let mut rows = 0;
    match store.query(query)? {
        QueryResults::Solutions(solutions) => {
            for solution in solutions {
                std::hint::black_box(solution?);
                rows += 1;
                seen.store(rows, Ordering::Relaxed);
            }
        }
        QueryResults::Graph(triples) => {
            for triple in triples {
                std::hint::black_box(triple?);
                rows += 1;
                seen.store(rows, Ordering::Relaxed);
            }
        }
        QueryResults::Boolean(value) => {
            std::hint::black_box(value);
            rows = 1;
        }
    }
    Ok(rows)
}

/// The `q` quantile (0..=1) of sorted `values`, nearest rank.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

fn query_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Resident memory of this process in MB (0 when /proc is unavailable).
fn rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|statm| statm.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096 / (1024 * 1024))
}

/// The run in progress, watched by the guard thread.
struct Current {
    /// Index of the query in `args.queries` and when its current run started.
    running: Mutex<Option<(usize, Instant)>>,
    rows_seen: AtomicUsize,
}

/// Watch the run in progress; past a limit, report the query as failed
/// and re-execute this program on the queries after it (exec frees
/// everything the runaway query holds).
fn guard(args: &Args, current: Arc<Current>) {
    let timeout = Duration::from_secs(args.timeout_s);
    let store = args.store.clone();
    let runs = args.runs;
    let (timeout_s, max_rss_mb) = (args.timeout_s, args.max_rss_mb);
    let queries = args.queries.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(50));
        let Some((index, started)) = *current.running.lock().expect("guard lock") else {
            continue;
        };
        let rss = rss_mb();
        let reason = if started.elapsed() > timeout {
            format!("timed out: one run took more than {timeout_s} s")
        } else if rss > max_rss_mb {
            format!("memory: process RSS reached {rss} MB (limit {max_rss_mb} MB)")
        } else {
            continue;
        };
        let line = serde_json::json!({
            "query": query_name(&queries[index]),
            "error": reason,
            "rows_before_abort": current.rows_seen.load(Ordering::Relaxed),
            "seconds_before_abort": round3(started.elapsed().as_secs_f64()),
            "rss_mb": rss,
        });
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{line}");
        let _ = stdout.flush();
        let rest = &queries[index + 1..];
        if rest.is_empty() {
            std::process::exit(1);
        }
        let program = std::env::current_exe().expect("own executable");
        let error = std::process::Command::new(program)
            .arg("--store")
            .arg(&store)
            .arg("--runs")
            .arg(runs.to_string())
            .arg("--timeout-s")
            .arg(timeout_s.to_string())
            .arg("--max-rss-mb")
            .arg(max_rss_mb.to_string())
            .arg("--failed-before")
            .args(rest)
            .exec();
        eprintln!("query_latency: cannot restart on the remaining queries: {error}");
        std::process::exit(1);
    });
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let store = GraphStore::open_read_only(&args.store)?;
    let runs = args.runs.max(1);
    let budget = Duration::from_secs(args.timeout_s);
    let current = Arc::new(Current {
        running: Mutex::new(None),
        rows_seen: AtomicUsize::new(0),
    });
    guard(&args, Arc::clone(&current));
    let set_running = |state: Option<(usize, Instant)>| {
        *current.running.lock().expect("guard lock") = state;
    };
    let mut failed = args.failed_before;
    for (index, path) in args.queries.iter().enumerate() {
        let name = query_name(path);
        let query = with_prefixes(&std::fs::read_to_string(path)?);
        let query_started = Instant::now();
        set_running(Some((index, Instant::now())));
        let rows = run_once(&store, &query, &current.rows_seen);
        set_running(None);
        let warm_up_ms = query_started.elapsed().as_secs_f64() * 1000.0;
        let rows = match rows {
            Ok(rows) => rows,
            Err(error) => {
                failed = true;
                println!(
                    "{}",
                    serde_json::json!({ "query": name, "error": error.to_string() })
                );
                continue;
            }
        };
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            if query_started.elapsed() > budget && !times.is_empty() {
                break;
            }
            let started = Instant::now();
            set_running(Some((index, started)));
            let again = run_once(&store, &query, &current.rows_seen);
            set_running(None);
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if again? != rows {
                eprintln!("query_latency: {name}: row count changed between runs");
            }
        }
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        println!(
            "{}",
            serde_json::json!({
                "query": name,
                "rows": rows,
                "runs": times.len(),
                "warm_up_ms": round3(warm_up_ms),
                "p50_ms": round3(quantile(&times, 0.50)),
                "p95_ms": round3(quantile(&times, 0.95)),
                "max_ms": round3(times[times.len() - 1]),
                "min_ms": round3(times[0]),
                "mean_ms": round3(mean),
            })
        );
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}
