//! `beritagraf push`: send every named graph to a SPARQL 1.1 Graph Store
//! Protocol server with `PUT URL?graph=IRI`, so that pushing again
//! replaces graphs and never duplicates them. The bare URL is never
//! written (Oxigraph's server clears the whole store on a PUT there).
//! Requests are retried with backoff; `--state` remembers a fingerprint of
//! each graph pushed, so the next push sends only what changed.

use super::args::PushArgs;
use super::{store_path, Outcome};
use anyhow::{bail, Context, Result};
use beritagraf::store::GraphStore;
use indicatif::{ProgressBar, ProgressStyle};
use oxhttp::model::header::{AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What one graph's push came to.
enum Sent {
    /// Sent: triples and bytes.
    Pushed { triples: usize, bytes: usize },
    /// Unchanged since the last push recorded in `--state`.
    Unchanged,
    /// Failed after every attempt.
    Failed(String),
}

/// The `--state` file: per Graph Store URL, each graph's fingerprint.
type State = BTreeMap<String, BTreeMap<String, String>>;

fn read_state(path: &Path) -> Result<State> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "cannot read the push state {}: delete it to push everything",
                path.display()
            )
        }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(State::new()),
        Err(error) => Err(error).with_context(|| format!("cannot read {}", path.display())),
    }
}

fn write_state(path: &Path, state: &State) -> Result<()> {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, serde_json::to_vec_pretty(state)?)
        .with_context(|| format!("cannot write {}", temporary.display()))?;
    std::fs::rename(&temporary, path).with_context(|| format!("cannot write {}", path.display()))
}

/// Base64 (RFC 4648, padded), for HTTP Basic credentials.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::new();
    for chunk in bytes.chunks(3) {
        let value = chunk.iter().enumerate().fold(0u32, |value, (index, byte)| {
            value | (u32::from(*byte) << (16 - 8 * index))
        });
        for index in 0..4 {
            if index <= chunk.len() {
                text.push(ALPHABET[(value >> (18 - 6 * index)) as usize & 63] as char);
            } else {
                text.push('=');
            }
        }
    }
    text
}

/// The URL that addresses one graph.
fn graph_url(base: &str, graph: &NamedNode) -> String {
    let separator = if base.contains('?') { '&' } else { '?' };
    let encoded: String = form_urlencoded::byte_serialize(graph.as_str().as_bytes()).collect();
    format!("{base}{separator}graph={encoded}")
}

/// One graph sent with PUT, retried on connection failures, 5xx and 429.
struct Pusher {
    client: oxhttp::Client,
    base: String,
    authorization: Option<String>,
    attempts: u64,
    merge_shared: bool,
}

/// Whether `graph` is one of the graphs all articles share.
fn is_shared(graph: &NamedNode) -> bool {
    graph.as_str().ends_with("/graph/entities") || graph.as_str().ends_with("/graph/gazetteer")
}

impl Pusher {
    fn put(&self, graph: &NamedNode, body: &[u8]) -> std::result::Result<(), String> {
        let url = graph_url(&self.base, graph);
        let method = if self.merge_shared && is_shared(graph) {
            Method::POST
        } else {
            Method::PUT
        };
        let mut last = String::new();
        for attempt in 0..self.attempts {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(500 << (attempt - 1).min(5)));
            }
            let mut request = Request::builder()
                .method(method.clone())
                .uri(&url)
                .header(CONTENT_TYPE, "application/n-triples");
            if let Some(authorization) = &self.authorization {
                request = request.header(AUTHORIZATION, authorization);
            }
            let request = request
                .body(Body::from(body.to_vec()))
                .map_err(|error| format!("bad request for {url}: {error}"))?;
            match self.client.request(request) {
                Ok(response) if response.status().is_success() => return Ok(()),
                Ok(response) => {
                    let status = response.status();
                    let text = response.into_body().to_string().unwrap_or_default();
                    last = format!(
                        "{status}: {}",
                        text.trim().chars().take(300).collect::<String>()
                    );
                    if !(status.is_server_error() || status.as_u16() == 429) {
                        return Err(last);
                    }
                }
                Err(error) => last = error.to_string(),
            }
        }
        Err(last)
    }
}

/// Run the verb.
pub fn run(args: PushArgs) -> Result<Outcome> {
    let base = args.graph_store.trim().to_string();
    if base.starts_with("https://") {
        bail!("https is not supported by push: use http on a trusted network, or a local TLS-terminating proxy");
    }
    if !base.starts_with("http://") {
        bail!("--graph-store must be an http:// URL, got {base}");
    }
    if base.contains("graph=") || (base.contains("default") && base.contains('?')) {
        bail!("give the Graph Store endpoint itself (e.g. http://host:7878/store): push adds ?graph=IRI for each graph");
    }
    let authorization = match (&args.user, &args.password, &args.token) {
        (Some(user), Some(password), _) => Some(format!(
            "Basic {}",
            base64(format!("{user}:{password}").as_bytes())
        )),
        (_, _, Some(token)) => Some(format!("Bearer {token}")),
        _ => None,
    };
    let store = GraphStore::open_read_only(&store_path(&args.store))?;
    let graphs = store.named_graphs()?;
    if graphs.is_empty() {
        bail!("the store has no graphs to push: run `beritagraf ingest` first");
    }
    let mut state = match &args.state {
        Some(path) => read_state(path)?,
        None => State::new(),
    };
    let previous = state.get(&base).cloned().unwrap_or_default();
    let pusher = Pusher {
        client: oxhttp::Client::new().with_global_timeout(Duration::from_secs(args.timeout_s)),
        base: base.clone(),
        authorization,
        attempts: args.attempts,
        merge_shared: args.merge_shared,
    };
    let progress = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(graphs.len() as u64)
    };
    progress.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} graphs {msg}")
            .context("progress template")?
            .progress_chars("=> "),
    );
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Sent, Option<String>)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..args.jobs.min(graphs.len() as u64) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(graph) = graphs.get(index) else {
                    break;
                };
                let mut body = Vec::new();
                let outcome =
                    match store.write_graph(Some(graph.as_ref()), RdfFormat::NTriples, &mut body) {
                        Err(error) => (Sent::Failed(error.to_string()), None),
                        Ok(triples) => {
                            let fingerprint = format!("{:x}", Sha256::digest(&body));
                            if previous.get(graph.as_str()) == Some(&fingerprint) {
                                (Sent::Unchanged, Some(fingerprint))
                            } else {
                                match pusher.put(graph, &body) {
                                    Ok(()) => (
                                        Sent::Pushed {
                                            triples,
                                            bytes: body.len(),
                                        },
                                        Some(fingerprint),
                                    ),
                                    Err(error) => (Sent::Failed(error), None),
                                }
                            }
                        }
                    };
                progress.inc(1);
                results
                    .lock()
                    .unwrap_or_else(|error| error.into_inner())
                    .push((index, outcome.0, outcome.1));
            });
        }
    });
    progress.finish_and_clear();
    let mut results = results
        .into_inner()
        .unwrap_or_else(|error| error.into_inner());
    results.sort_by_key(|(index, _, _)| *index);
    let (mut pushed, mut unchanged, mut triples, mut bytes) = (0, 0, 0, 0);
    let mut failed = Vec::new();
    let remembered = state.entry(base.clone()).or_default();
    for (index, sent, fingerprint) in &results {
        let graph = graphs[*index].as_str();
        match sent {
            Sent::Pushed {
                triples: count,
                bytes: size,
            } => {
                pushed += 1;
                triples += count;
                bytes += size;
            }
            Sent::Unchanged => unchanged += 1,
            Sent::Failed(error) => failed.push((graph.to_string(), error.clone())),
        }
        match fingerprint {
            Some(fingerprint) => {
                remembered.insert(graph.to_string(), fingerprint.clone());
            }
            None => {
                remembered.remove(graph);
            }
        }
    }
    if let Some(path) = &args.state {
        write_state(path, &state)?;
    }
    let seconds = started.elapsed().as_secs_f64();
    for (graph, error) in &failed {
        eprintln!("beritagraf: push: graph <{graph}> failed: {error}");
    }
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "graphs": graphs.len(), "pushed": pushed, "unchanged": unchanged,
                "failed": failed.iter().map(|(graph, _)| graph).collect::<Vec<_>>(),
                "quads": triples, "bytes": bytes, "seconds": seconds,
            })
        );
    } else if !args.quiet {
        eprintln!(
            "pushed {pushed} of {} graphs ({triples} quads, {:.1} MB) to {base} in {seconds:.1} s{}{}",
            graphs.len(),
            bytes as f64 / 1e6,
            if unchanged > 0 { format!("; {unchanged} unchanged since the last push") } else { String::new() },
            if failed.is_empty() { String::new() } else { format!("; {} failed", failed.len()) },
        );
    }
    Ok(if failed.is_empty() {
        Outcome::Success
    } else {
        Outcome::PartialFailure
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_examples() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn graph_urls_encode_the_iri_and_keep_existing_parameters() {
        let graph = NamedNode::new("https://w3id.org/beritagraf/id/article/a-b?c").unwrap();
        assert_eq!(
            graph_url("http://127.0.0.1:7878/store", &graph),
            "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fberitagraf%2Fid%2Farticle%2Fa-b%3Fc"
        );
        assert!(graph_url("http://h/crud?x=1", &graph).starts_with("http://h/crud?x=1&graph="));
    }
}
