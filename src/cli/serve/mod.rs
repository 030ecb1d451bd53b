//! `beritagraf serve`: the store over HTTP with Oxigraph's route layout.
//! This module starts the server (oxhttp) and routes requests; the
//! protocols live in [`sparql`] (SPARQL 1.1 Protocol), [`graph_store`]
//! (Graph Store Protocol) and [`explore`] (the page at `/` and its entity
//! views). [`snapshot`] keeps a fresh read-only view of the store, and
//! [`negotiate`] picks formats from `Accept`.

mod explore;
mod graph_store;
mod negotiate;
mod snapshot;
mod sparql;

use super::args::ServeArgs;
use super::{store_path, Outcome};
use anyhow::{Context, Result};
use oxhttp::model::header::{
    HeaderValue, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, ACCESS_CONTROL_REQUEST_HEADERS,
    CONTENT_LENGTH, CONTENT_TYPE,
};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use snapshot::Snapshots;
use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

/// What the server was started with.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Whether updates and Graph Store writes are accepted.
    pub allow_update: bool,
    /// Whether CORS headers are sent.
    pub cors: bool,
    /// A query's time limit.
    pub timeout: Duration,
    /// Most result rows (or triples) a query may give.
    pub max_rows: u64,
    /// Largest request body, in bytes.
    pub max_body_bytes: u64,
}

/// The server's state, shared by every connection's thread.
pub struct Service {
    config: ServeConfig,
    snapshots: Arc<Snapshots>,
}

/// An error answered with a status and a plain-text message.
#[derive(Debug)]
pub struct HttpError {
    /// The status.
    pub status: StatusCode,
    /// What went wrong, for people.
    pub message: String,
}

impl HttpError {
    /// An error with `status` and `message`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> HttpError {
        HttpError {
            status,
            message: message.into(),
        }
    }

    /// 400 Bad Request.
    pub fn bad_request(message: impl Into<String>) -> HttpError {
        HttpError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 500, for failures of the store itself.
    pub fn internal(message: impl Into<String>) -> HttpError {
        HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// The response carrying this error.
    pub fn into_response(self) -> Response<Body> {
        let mut response = text_response(
            self.status,
            "text/plain; charset=utf-8",
            self.message + "\n",
        );
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert("retry-after", HeaderValue::from_static("5"));
        }
        response
    }
}

/// A response with a body already in memory.
pub fn text_response(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Vec<u8>>,
) -> Response<Body> {
    let body: Vec<u8> = body.into();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(CONTENT_TYPE, value);
    }
    response
}

/// The 403 a write gets from a read-only server.
pub fn read_only() -> HttpError {
    HttpError::new(
        StatusCode::FORBIDDEN,
        "this server is read-only: start it with `beritagraf serve --allow-update` to accept writes, or load articles with `beritagraf ingest`",
    )
}

/// The decoded `key=value` pairs of a URL's query string.
pub fn url_parameters(request: &Request<Body>) -> Vec<(String, String)> {
    form_pairs(request.uri().query().unwrap_or("").as_bytes())
}

/// The decoded pairs of `application/x-www-form-urlencoded` text.
pub fn form_pairs(text: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(text)
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

/// The request's media type without parameters, lower-cased (`None`
/// without a Content-Type).
pub fn content_type(request: &Request<Body>) -> Option<String> {
    let value = request.headers().get(CONTENT_TYPE)?.to_str().ok()?;
    Some(
        value
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// The request's `Accept` header, if any.
pub fn accept(request: &Request<Body>) -> Option<String> {
    request
        .headers()
        .get(oxhttp::model::header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string)
}

impl Service {
    /// Read the whole request body, refusing one over the limit with 413.
    pub fn read_body(&self, request: &mut Request<Body>) -> Result<Vec<u8>, HttpError> {
        let limit = self.config.max_body_bytes;
        let too_large = || {
            HttpError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "the request body is larger than the server's limit of {} MiB (--max-body-mb)",
                    limit / (1024 * 1024)
                ),
            )
        };
        let declared = request
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<u64>().ok());
        if declared.is_some_and(|length| length > limit) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        request
            .body_mut()
            .take(limit + 1)
            .read_to_end(&mut body)
            .map_err(|error| {
                HttpError::bad_request(format!("cannot read the request body: {error}"))
            })?;
        if body.len() as u64 > limit {
            return Err(too_large());
        }
        Ok(body)
    }

    fn route(&self, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
        let path = request.uri().path().to_string();
        match path.as_str() {
            "/query" => sparql::query(self, request),
            "/update" => sparql::update(self, request),
            "/store" => graph_store::handle(self, request),
            "/" => explore::page(self, request),
            "/api/search" => explore::search(self, request),
            "/api/entity" => explore::entity(self, request),
            "/api/entity.svg" => explore::drawing(self, request),
            _ => Err(HttpError::new(
                StatusCode::NOT_FOUND,
                format!("no such route: {path} (the routes are /, /query, /update and /store)"),
            )),
        }
    }

    /// Answer one request.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let mut response = if self.config.cors && request.method() == Method::OPTIONS {
            preflight(request)
        } else {
            self.route(request).unwrap_or_else(HttpError::into_response)
        };
        if self.config.cors {
            response
                .headers_mut()
                .insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        }
        response
    }
}

/// The answer to a CORS preflight request.
fn preflight(request: &Request<Body>) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    let headers = response.headers_mut();
    // oxhttp does not send Access-Control-Allow-Methods (it counts it as a
    // forbidden header), so only GET, HEAD and POST, the methods browsers
    // allow without it, can be called from other origins.
    headers.insert(
        ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, POST"),
    );
    let requested = request
        .headers()
        .get(ACCESS_CONTROL_REQUEST_HEADERS)
        .cloned()
        .unwrap_or_else(|| HeaderValue::from_static("Content-Type, Accept"));
    headers.insert(ACCESS_CONTROL_ALLOW_HEADERS, requested);
    headers.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    response
}

/// Run the verb: serve until the process is stopped.
pub fn run(args: ServeArgs) -> Result<Outcome> {
    let path = store_path(&args.store);
    let snapshots = Arc::new(Snapshots::open(&path)?);
    snapshots.watch(Duration::from_millis(500));
    let service = Arc::new(Service {
        config: ServeConfig {
            allow_update: args.allow_update,
            cors: args.cors,
            timeout: Duration::from_secs(args.timeout_s),
            max_rows: args.max_rows,
            max_body_bytes: args.max_body_mb * 1024 * 1024,
        },
        snapshots,
    });
    let handler = Arc::clone(&service);
    let server = oxhttp::Server::new(move |request| handler.handle(request))
        .bind(args.bind)
        .with_server_name(concat!("beritagraf/", env!("CARGO_PKG_VERSION")))
        .context("server name")?
        // Reading a request and writing a response; queries have their own limit.
        .with_global_timeout(Duration::from_secs(args.timeout_s + 60))
        .with_max_concurrent_connections(128)
        .spawn()
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    eprintln!(
        "beritagraf: serving {} on http://{}/ ({}{}; stop with Ctrl-C)",
        path.display(),
        args.bind,
        if args.allow_update {
            "read-write"
        } else {
            "read-only"
        },
        if args.cors { ", CORS on" } else { "" }
    );
    server.join().context("the server stopped")?;
    Ok(Outcome::Success)
}
