//! `beritagraf push`: send every named graph to a SPARQL 1.1 Graph Store
//! Protocol server with `PUT URL?graph=IRI`, so that pushing again
//! replaces graphs and never duplicates them. The bare URL is never
//! written (Oxigraph's server clears the whole store on a PUT there).
//! Credentials go as HTTP Basic, a bearer token, or an answer to the
//! server's Digest challenge (Virtuoso's `/sparql-graph-crud-auth`).
//! Requests are retried with backoff; `--state` remembers a fingerprint of
//! each graph pushed, so the next push sends only what changed.

use super::args::PushArgs;
use super::digest_auth::{client_nonce, Challenge};
use super::{store_path, Outcome};
use anyhow::{bail, Context, Result};
use beritagraf::store::GraphStore;
use indicatif::{ProgressBar, ProgressStyle};
use oxhttp::model::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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

/// How `push` proves who it is.
enum Credentials {
    /// Anonymous.
    None,
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// A user and password: HTTP Basic, or HTTP Digest once the server
    /// asks for it (or from the start with `--digest`).
    Password { user: String, password: String },
}

/// The last Digest challenge the server sent, and how often its nonce was
/// used (each use sends the next count, as RFC 7616 asks).
struct DigestState {
    challenge: Challenge,
    used: u32,
}

/// One graph sent with PUT, retried on connection failures, 5xx and 429.
struct Pusher {
    client: oxhttp::Client,
    base: String,
    credentials: Credentials,
    /// Whether the password goes by Digest: `--digest`, or the server
    /// refused Basic or sent a Digest challenge.
    digest_wanted: AtomicBool,
    digest: Mutex<Option<DigestState>>,
    attempts: u64,
    merge_shared: bool,
}

/// Whether `graph` is one of the graphs all articles share.
fn is_shared(graph: &NamedNode) -> bool {
    graph.as_str().ends_with("/graph/entities") || graph.as_str().ends_with("/graph/gazetteer")
}

/// The request target (path and query) of an `http://` URL, as the request
/// line carries it and as a Digest answer must name it.
fn request_target(url: &str) -> String {
    let after_scheme = url.strip_prefix("http://").unwrap_or(url);
    match after_scheme.find(['/', '?']) {
        Some(index) if after_scheme[index..].starts_with('?') => {
            format!("/{}", &after_scheme[index..])
        }
        Some(index) => after_scheme[index..].to_string(),
        None => "/".to_string(),
    }
}

/// The Digest challenge of a 401 answer, if it carries one.
fn digest_challenge(response: &Response<Body>) -> Option<Challenge> {
    response
        .headers()
        .get_all(WWW_AUTHENTICATE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(Challenge::parse)
}

impl Pusher {
    /// A fresh Digest challenge, asked for with a bodiless `HEAD` (a server
    /// may close the connection while a large PUT body is still sent).
    fn fetch_challenge(&self, url: &str) -> Option<Challenge> {
        let request = Request::builder()
            .method(Method::HEAD)
            .uri(url)
            .body(Body::default())
            .ok()?;
        let response = self.client.request(request).ok()?;
        (response.status() == StatusCode::UNAUTHORIZED)
            .then(|| digest_challenge(&response))
            .flatten()
    }

    /// The `Authorization` value of the next request, if any.
    fn authorization(&self, method: &Method, url: &str, target: &str) -> Option<String> {
        match &self.credentials {
            Credentials::None => None,
            Credentials::Bearer(token) => Some(format!("Bearer {token}")),
            Credentials::Password { user, password } => {
                let wanted = self.digest_wanted.load(Ordering::Relaxed);
                let mut digest = self
                    .digest
                    .lock()
                    .unwrap_or_else(|error| error.into_inner());
                if wanted && digest.is_none() {
                    *digest = self
                        .fetch_challenge(url)
                        .map(|challenge| DigestState { challenge, used: 0 });
                }
                match digest.as_mut() {
                    Some(state) => {
                        state.used += 1;
                        Some(state.challenge.authorization(
                            user,
                            password,
                            method.as_str(),
                            target,
                            state.used,
                            &client_nonce(),
                        ))
                    }
                    None if wanted => None,
                    None => Some(format!(
                        "Basic {}",
                        base64(format!("{user}:{password}").as_bytes())
                    )),
                }
            }
        }
    }

    /// What to tell the user when the server still answers 401.
    fn refused(&self) -> &'static str {
        match &self.credentials {
            Credentials::None => {
                "the server wants credentials: give --user and --password, or --token"
            }
            Credentials::Bearer(_) => "the server refused the token",
            Credentials::Password { .. } => "the server refused the user name and password",
        }
    }

    fn put(&self, graph: &NamedNode, body: &[u8]) -> std::result::Result<(), String> {
        let url = graph_url(&self.base, graph);
        let target = request_target(&url);
        let method = if self.merge_shared && is_shared(graph) {
            Method::POST
        } else {
            Method::PUT
        };
        let with_password = matches!(self.credentials, Credentials::Password { .. });
        let mut last = String::new();
        // Times a 401 led to a new Digest challenge for this graph: the first
        // may only mean Basic or an expired nonce; a second refusal is final.
        let mut challenges = 0;
        let mut attempt = 0;
        while attempt < self.attempts {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(500 << (attempt - 1).min(5)));
            }
            let mut request = Request::builder()
                .method(method.clone())
                .uri(&url)
                .header(CONTENT_TYPE, "application/n-triples");
            if let Some(authorization) = self.authorization(&method, &url, &target) {
                request = request.header(AUTHORIZATION, authorization);
            }
            let request = request
                .body(Body::from(body.to_vec()))
                .map_err(|error| format!("bad request for {url}: {error}"))?;
            match self.client.request(request) {
                Ok(response) if response.status().is_success() => return Ok(()),
                Ok(response) if response.status() == StatusCode::UNAUTHORIZED => {
                    if !with_password || challenges == 2 {
                        return Err(format!("401 Unauthorized: {}", self.refused()));
                    }
                    // Basic refused (Virtuoso sends no challenge then) or a
                    // nonce expired: go by Digest, with this answer's
                    // challenge or a fresh one.
                    challenges += 1;
                    self.digest_wanted.store(true, Ordering::Relaxed);
                    *self
                        .digest
                        .lock()
                        .unwrap_or_else(|error| error.into_inner()) = digest_challenge(&response)
                        .map(|challenge| DigestState { challenge, used: 0 });
                    continue;
                }
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
                Err(error) => {
                    last = error.to_string();
                    // The server may have closed the connection on a stale
                    // nonce while the body was sent: ask for a new one.
                    *self
                        .digest
                        .lock()
                        .unwrap_or_else(|error| error.into_inner()) = None;
                }
            }
            attempt += 1;
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
    let credentials = match (&args.user, &args.password, &args.token) {
        (Some(user), Some(password), _) => Credentials::Password {
            user: user.clone(),
            password: password.clone(),
        },
        (_, _, Some(token)) => Credentials::Bearer(token.clone()),
        _ => Credentials::None,
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
        credentials,
        digest_wanted: AtomicBool::new(args.digest),
        digest: Mutex::new(None),
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

    #[test]
    fn request_targets_are_the_path_and_query_as_sent() {
        for (url, target) in [
            (
                "http://127.0.0.1:8890/sparql-graph-crud-auth?graph=a%3Ab",
                "/sparql-graph-crud-auth?graph=a%3Ab",
            ),
            ("http://host/store", "/store"),
            ("http://host?graph=g", "/?graph=g"),
            ("http://host", "/"),
        ] {
            assert_eq!(request_target(url), target, "{url}");
        }
    }
}
