//! The SPARQL 1.1 Graph Store Protocol at `/store`: GET and HEAD of one
//! graph (`?graph=IRI`), of the default graph (`?default`, which here is
//! the union of all graphs, as queries see it) or of the whole dataset (no
//! parameter); PUT, POST and DELETE only when the server accepts writes.
//! Reads are streamed from a writer thread, so a large graph is never held
//! in memory.

use super::negotiate::{body_format, choose, DATASET_TYPES, GRAPH_TYPES};
use super::snapshot::store_error;
use super::{accept, content_type, read_only, text_response, url_parameters, HttpError, Service};
use beritagraf::store::GraphStore;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Triple};
use std::io::{Read, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

/// What a request addresses.
enum Target {
    Graph(NamedNode),
    Default,
    Dataset,
}

fn target(request: &Request<Body>) -> Result<Target, HttpError> {
    let parameters = url_parameters(request);
    let graphs: Vec<&str> = parameters
        .iter()
        .filter(|(key, _)| key == "graph")
        .map(|(_, value)| value.as_str())
        .collect();
    let default = parameters.iter().any(|(key, _)| key == "default");
    match (graphs.as_slice(), default) {
        ([], false) => Ok(Target::Dataset),
        ([], true) => Ok(Target::Default),
        ([graph], false) => NamedNode::new(*graph).map(Target::Graph).map_err(|error| {
            HttpError::bad_request(format!("`graph` is not an IRI: {graph}: {error}"))
        }),
        _ => Err(HttpError::bad_request(
            "give one `graph=IRI` or `default`, not several",
        )),
    }
}

/// `/store`.
pub fn handle(service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    let target = target(request)?;
    let method = request.method().clone();
    if method == Method::GET || method == Method::HEAD {
        read(service, request, target)
    } else if method == Method::PUT || method == Method::POST || method == Method::DELETE {
        if !service.config.allow_update {
            return Err(read_only());
        }
        write(service, request, target)
    } else {
        Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "/store answers GET, HEAD, PUT, POST and DELETE",
        ))
    }
}

fn read(
    service: &Service,
    request: &Request<Body>,
    target: Target,
) -> Result<Response<Body>, HttpError> {
    let store = service.snapshots.current();
    let accept = accept(request);
    let offers = match target {
        Target::Dataset => DATASET_TYPES,
        _ => GRAPH_TYPES,
    };
    let (media, format) = choose(accept.as_deref(), offers)?;
    if let Target::Graph(graph) = &target {
        if !store.contains_graph(graph.as_ref()).map_err(store_error)? {
            return Err(HttpError::new(
                StatusCode::NOT_FOUND,
                format!("no graph <{}> in the store", graph.as_str()),
            ));
        }
    }
    let mut response = text_response(StatusCode::OK, media, Vec::new());
    if request.method() == Method::GET {
        *response.body_mut() = stream(store, target, format);
    }
    Ok(response)
}

/// A body produced by serialising on a thread of its own.
fn stream(store: Arc<GraphStore>, target: Target, format: RdfFormat) -> Body {
    let (sender, receiver) = sync_channel(4);
    std::thread::spawn(move || {
        let mut writer = std::io::BufWriter::with_capacity(64 * 1024, ChunkWriter(sender));
        // A failure mid-way (the client left, the store failed) ends the
        // body early; the status is already sent.
        let _ = match target {
            Target::Graph(graph) => store
                .write_graph(Some(graph.as_ref()), format, &mut writer)
                .map(drop),
            Target::Default | Target::Dataset => store.export(format, &mut writer),
        };
        let _ = writer.flush();
    });
    Body::from_read(ChunkReader {
        receiver,
        chunk: Vec::new(),
        position: 0,
    })
}

struct ChunkWriter(SyncSender<Vec<u8>>);

impl Write for ChunkWriter {
    fn write(&mut self, buffer: &[u8]) -> std::io::Result<usize> {
        self.0
            .send(buffer.to_vec())
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client left"))?;
        Ok(buffer.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct ChunkReader {
    receiver: Receiver<Vec<u8>>,
    chunk: Vec<u8>,
    position: usize,
}

impl Read for ChunkReader {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        while self.position >= self.chunk.len() {
            match self.receiver.recv() {
                Ok(chunk) => {
                    self.chunk = chunk;
                    self.position = 0;
                }
                Err(_) => return Ok(0),
            }
        }
        let count = buffer.len().min(self.chunk.len() - self.position);
        buffer[..count].copy_from_slice(&self.chunk[self.position..self.position + count]);
        self.position += count;
        Ok(count)
    }
}

fn write(
    service: &Service,
    request: &mut Request<Body>,
    target: Target,
) -> Result<Response<Body>, HttpError> {
    let graph = match &target {
        Target::Graph(graph) => Some(graph.clone()),
        Target::Default => None,
        Target::Dataset => {
            return Err(HttpError::bad_request(
                "name the graph to write with `?graph=IRI` or `?default` (the whole store is never replaced at once)",
            ))
        }
    };
    if request.method() == Method::DELETE {
        if let Some(graph) = &graph {
            let store = service.snapshots.current();
            if !store.contains_graph(graph.as_ref()).map_err(store_error)? {
                return Err(HttpError::new(
                    StatusCode::NOT_FOUND,
                    format!("no graph <{}> in the store", graph.as_str()),
                ));
            }
        }
        service
            .snapshots
            .write(|store| store.remove_graph(graph.as_ref().map(NamedNode::as_ref)))?;
        return Ok(text_response(
            StatusCode::NO_CONTENT,
            "text/plain",
            Vec::new(),
        ));
    }
    let media = content_type(request).unwrap_or_default();
    let format = body_format(&media).ok_or_else(|| {
        HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("cannot read a body of type `{media}`: send Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD"),
        )
    })?;
    let body = service.read_body(request)?;
    let mut parser = RdfParser::from_format(format);
    if let Some(graph) = &graph {
        parser = parser
            .with_base_iri(graph.as_str())
            .map_err(|error| HttpError::bad_request(error.to_string()))?;
    }
    let triples = parser
        .for_slice(&body)
        .map(|quad| quad.map(Triple::from))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| HttpError::bad_request(format!("cannot parse the body: {error}")))?;
    let replace = request.method() == Method::PUT;
    service
        .snapshots
        .write(|store| store.put_graph(graph.as_ref().map(NamedNode::as_ref), &triples, replace))?;
    Ok(text_response(
        StatusCode::NO_CONTENT,
        "text/plain",
        Vec::new(),
    ))
}
