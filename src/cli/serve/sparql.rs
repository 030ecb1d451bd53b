//! The SPARQL 1.1 Protocol at `/query` and `/update`: query by GET, by
//! POST of a form or of `application/sparql-query`; a bare GET describes
//! the service. A query runs under the server's time limit (a watchdog
//! cancels it) and row limit, and its results are serialised in full
//! before the answer starts, so that a limit gives a clean error status.

use super::negotiate::{choose, GRAPH_TYPES, RESULT_TYPES};
use super::snapshot::store_error;
use super::{
    accept, content_type, form_pairs, read_only, text_response, url_parameters, HttpError, Service,
};
use beritagraf::store::{GraphStore, RequestDataset, StoreError};
use beritagraf::vocab::PREFIXES;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{BlankNode, Literal, NamedNode, Triple};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults};
use std::sync::mpsc;

/// The protocol parameters of a request, from its URL and its form body.
struct Parameters(Vec<(String, String)>);

impl Parameters {
    /// The one value of `name`; 400 when it is given twice.
    fn single(&self, name: &str) -> Result<Option<&str>, HttpError> {
        let mut values = self.0.iter().filter(|(key, _)| key == name);
        let first = values.next().map(|(_, value)| value.as_str());
        if values.next().is_some() {
            return Err(HttpError::bad_request(format!(
                "the parameter `{name}` is given more than once"
            )));
        }
        Ok(first)
    }

    /// Every value of `name`, as IRIs; 400 for one that is not an IRI.
    fn iris(&self, name: &str) -> Result<Vec<NamedNode>, HttpError> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| {
                NamedNode::new(value.as_str()).map_err(|error| {
                    HttpError::bad_request(format!("`{name}` is not an IRI: {value}: {error}"))
                })
            })
            .collect()
    }
}

/// The operation text and parameters of a protocol request: `field` is
/// `query` or `update`, `direct` the media type of a direct POST.
fn operation(
    service: &Service,
    request: &mut Request<Body>,
    field: &str,
    direct: &str,
) -> Result<(Option<String>, Parameters), HttpError> {
    let mut parameters = url_parameters(request);
    if request.method() != Method::POST {
        let text = Parameters(parameters.clone())
            .single(field)?
            .map(str::to_string);
        return Ok((text, Parameters(parameters)));
    }
    let media = content_type(request);
    let body = service.read_body(request)?;
    let as_text = |body: Vec<u8>| {
        String::from_utf8(body)
            .map_err(|_| HttpError::bad_request("the request body is not valid UTF-8"))
    };
    match media.as_deref() {
        Some("application/x-www-form-urlencoded") => {
            parameters.extend(form_pairs(&body));
            let text = Parameters(parameters.clone()).single(field)?.map(str::to_string);
            Ok((text, Parameters(parameters)))
        }
        Some(media) if media == direct => Ok((Some(as_text(body)?), Parameters(parameters))),
        other => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "a POST to this route must be `application/x-www-form-urlencoded` or `{direct}`, not {}",
                other.map_or("a body without Content-Type".to_string(), |media| format!("`{media}`"))
            ),
        )),
    }
}

/// `/query`.
pub fn query(service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    let method = request.method();
    if method != Method::GET && method != Method::HEAD && method != Method::POST {
        return Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "/query answers GET and POST",
        ));
    }
    let (text, parameters) = operation(service, request, "query", "application/sparql-query")?;
    let accept = accept(request);
    let Some(text) = text else {
        return service_description(service, request, accept.as_deref());
    };
    let default_graphs = parameters.iris("default-graph-uri")?;
    let named_graphs = parameters.iris("named-graph-uri")?;
    let dataset =
        (!default_graphs.is_empty() || !named_graphs.is_empty()).then_some(RequestDataset {
            default_graphs,
            named_graphs,
        });
    let (media, body) = match run_limited(service, &text, dataset.as_ref(), accept.as_deref()) {
        // A snapshot can lose a file to a writer's compaction: reopen and retry once.
        Err(Failure::Store(StoreError::Evaluation(_)))
            if service.snapshots.refresh(true).is_ok() =>
        {
            run_limited(service, &text, dataset.as_ref(), accept.as_deref())
        }
        other => other,
    }
    .map_err(|failure| failure.into_http(service))?;
    // CSV and TSV say their encoding; the other formats are UTF-8 by definition.
    let media = match media {
        "text/csv" => "text/csv; charset=utf-8",
        "text/tab-separated-values" => "text/tab-separated-values; charset=utf-8",
        other => other,
    };
    let mut response = text_response(StatusCode::OK, media, body);
    if request.method() == Method::HEAD {
        *response.body_mut() = Body::empty();
    }
    Ok(response)
}

/// Why a query gave no answer.
enum Failure {
    Store(StoreError),
    TimedOut,
    TooManyRows,
    Http(HttpError),
}

impl Failure {
    fn into_http(self, service: &Service) -> HttpError {
        match self {
            Failure::Store(StoreError::Cancelled) | Failure::TimedOut => HttpError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the query was cancelled after {} s, the server's time limit (--timeout-s): narrow it or add a LIMIT",
                    service.config.timeout.as_secs()
                ),
            ),
            Failure::TooManyRows => HttpError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "the query gives more than {} rows, the server's limit (--max-rows): add a LIMIT or page with OFFSET",
                    service.config.max_rows
                ),
            ),
            Failure::Store(error) => store_error(error),
            Failure::Http(error) => error,
        }
    }
}

impl From<QueryEvaluationError> for Failure {
    fn from(error: QueryEvaluationError) -> Failure {
        match error {
            QueryEvaluationError::Cancelled => Failure::TimedOut,
            other => Failure::Store(StoreError::Evaluation(other.to_string())),
        }
    }
}

fn serialization(error: impl std::fmt::Display) -> Failure {
    Failure::Http(HttpError::internal(format!(
        "cannot write the results: {error}"
    )))
}

/// Run a query on a worker thread, and give up on it after the server's
/// time limit: its token is cancelled (evaluation stops at its next read
/// of the store) and the answer is 503 at once, whether or not the worker
/// has stopped yet.
fn run_limited(
    service: &Service,
    text: &str,
    dataset: Option<&RequestDataset>,
    accept: Option<&str>,
) -> Result<(&'static str, Vec<u8>), Failure> {
    let token = CancellationToken::new();
    let (sender, receiver) = mpsc::channel();
    let store = service.snapshots.current();
    let (text, dataset, accept) = (
        text.to_string(),
        dataset.cloned(),
        accept.map(str::to_string),
    );
    let max_rows = service.config.max_rows;
    let worker_token = token.clone();
    std::thread::spawn(move || {
        let result = run_query(
            &store,
            &text,
            dataset.as_ref(),
            accept.as_deref(),
            max_rows,
            worker_token,
        );
        let _ = sender.send(result);
    });
    match receiver.recv_timeout(service.config.timeout) {
        Ok(result) => result,
        Err(_) => {
            token.cancel();
            Err(Failure::TimedOut)
        }
    }
}

/// Run a query and serialise all of its results in the negotiated format.
fn run_query(
    store: &GraphStore,
    text: &str,
    dataset: Option<&RequestDataset>,
    accept: Option<&str>,
    max_rows: u64,
    token: CancellationToken,
) -> Result<(&'static str, Vec<u8>), Failure> {
    let results = store
        .query_cancellable(text, dataset, token)
        .map_err(Failure::Store)?;
    let mut body = Vec::new();
    let media = match results {
        QueryResults::Boolean(value) => {
            let (media, format) = choose(accept, RESULT_TYPES).map_err(Failure::Http)?;
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, value)
                .map_err(serialization)?;
            media
        }
        QueryResults::Solutions(solutions) => {
            let (media, format) = choose(accept, RESULT_TYPES).map_err(Failure::Http)?;
            let mut serializer = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut body, solutions.variables().to_vec())
                .map_err(serialization)?;
            for (row, solution) in solutions.enumerate() {
                if row as u64 >= max_rows {
                    return Err(Failure::TooManyRows);
                }
                serializer.serialize(&solution?).map_err(serialization)?;
            }
            serializer.finish().map_err(serialization)?;
            media
        }
        QueryResults::Graph(triples) => {
            let (media, format) = choose(accept, GRAPH_TYPES).map_err(Failure::Http)?;
            let mut serializer = RdfSerializer::from_format(format);
            for (prefix, namespace) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *namespace)
                    .map_err(serialization)?;
            }
            let mut serializer = serializer.for_writer(&mut body);
            for (row, triple) in triples.enumerate() {
                if row as u64 >= max_rows {
                    return Err(Failure::TooManyRows);
                }
                serializer
                    .serialize_triple(&triple?)
                    .map_err(serialization)?;
            }
            serializer.finish().map_err(serialization)?;
            media
        }
    };
    Ok((media, body))
}

/// The SPARQL 1.1 Service Description of this endpoint.
fn service_description(
    service: &Service,
    request: &Request<Body>,
    accept: Option<&str>,
) -> Result<Response<Body>, HttpError> {
    const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
    const FORMATS: &str = "http://www.w3.org/ns/formats/";
    let host = request
        .headers()
        .get(oxhttp::model::header::HOST)
        .and_then(|host| host.to_str().ok())
        .unwrap_or("127.0.0.1:7878");
    let iri = |text: String| {
        NamedNode::new(text)
            .map_err(|error| HttpError::bad_request(format!("bad Host header: {error}")))
    };
    let node = BlankNode::default();
    let dataset = BlankNode::default();
    let rdf_type = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type".into())?;
    let sd = |name: &str| iri(format!("{SD}{name}"));
    let mut triples = vec![
        Triple::new(node.clone(), rdf_type.clone(), sd("Service")?),
        Triple::new(node.clone(), sd("endpoint")?, iri(format!("http://{host}/query"))?),
        Triple::new(node.clone(), sd("supportedLanguage")?, sd("SPARQL11Query")?),
        Triple::new(node.clone(), sd("feature")?, sd("UnionDefaultGraph")?),
        Triple::new(node.clone(), sd("defaultDataset")?, dataset.clone()),
        Triple::new(dataset.clone(), rdf_type, sd("Dataset")?),
        Triple::new(
            node.clone(),
            iri("http://www.w3.org/2000/01/rdf-schema#comment".into())?,
            Literal::new_simple_literal(format!(
                "beritagraf {}: a knowledge graph of Indonesian news; queries see the union of all graphs",
                env!("CARGO_PKG_VERSION")
            )),
        ),
    ];
    if service.config.allow_update {
        triples.push(Triple::new(
            node.clone(),
            sd("supportedLanguage")?,
            sd("SPARQL11Update")?,
        ));
    }
    for format in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
    ] {
        triples.push(Triple::new(
            node.clone(),
            sd("resultFormat")?,
            iri(format!("{FORMATS}{format}"))?,
        ));
    }
    let (media, format) = choose(accept, GRAPH_TYPES)?;
    let mut serializer = RdfSerializer::from_format(format)
        .with_prefix("sd", SD)
        .map_err(|error| HttpError::internal(error.to_string()))?
        .for_writer(Vec::new());
    for triple in &triples {
        serializer
            .serialize_triple(triple)
            .map_err(|error| HttpError::internal(error.to_string()))?;
    }
    let body = serializer
        .finish()
        .map_err(|error| HttpError::internal(error.to_string()))?;
    Ok(text_response(StatusCode::OK, media, body))
}

/// `/update`.
pub fn update(service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    if request.method() != Method::POST {
        return Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "/update answers POST only",
        ));
    }
    if !service.config.allow_update {
        return Err(read_only());
    }
    let (text, _) = operation(service, request, "update", "application/sparql-update")?;
    let text =
        text.ok_or_else(|| HttpError::bad_request("no update: give the `update` parameter"))?;
    service.snapshots.write(|store| store.update(&text))?;
    Ok(text_response(
        StatusCode::NO_CONTENT,
        "text/plain",
        Vec::new(),
    ))
}
