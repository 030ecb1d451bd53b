//! The explorer page at `/` and the small JSON and SVG routes behind it:
//! `/api/search?q=NAME` finds persons, offices, bodies, regions, laws and
//! events by name; `/api/entity?iri=IRI` lists the facts about one entity
//! with their sentences and articles; `/api/entity.svg?iri=IRI` draws its
//! neighbourhood with the drawing code of `export --format svg`. Each
//! answer is built with SPARQL over the current snapshot, under the
//! server's time limit.

use super::snapshot::store_error;
use super::{text_response, url_parameters, HttpError, Service};
use crate::cli::export::render;
use crate::cli::query::short_term;
use beritagraf::export::dot::{Clustering, EntityGraph};
use beritagraf::store::StoreError;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::{CancellationToken, QueryResults};
use serde_json::{json, Value};

/// The page, with the example queries put in at start-up.
const PAGE: &str = include_str!("page.html");

/// The example queries shown on the page: (file name, text).
const EXAMPLES: &[(&str, &str)] = &[
    (
        "who-holds-which-office",
        include_str!("../../../examples/queries/who-holds-which-office.rq"),
    ),
    (
        "events-in-a-region",
        include_str!("../../../examples/queries/events-in-a-region.rq"),
    ),
    (
        "statements-citing-a-law",
        include_str!("../../../examples/queries/statements-citing-a-law.rq"),
    ),
    (
        "everything-about-a-person",
        include_str!("../../../examples/queries/everything-about-a-person.rq"),
    ),
    (
        "why-does-the-graph-say",
        include_str!("../../../examples/queries/why-does-the-graph-say.rq"),
    ),
];

fn only_get(request: &Request<Body>) -> Result<(), HttpError> {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        Ok(())
    } else {
        Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "this route answers GET only",
        ))
    }
}

/// `/`: the page.
pub fn page(_service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    only_get(request)?;
    let examples: Vec<Value> = EXAMPLES
        .iter()
        .map(|(name, text)| json!({ "name": name, "query": text }))
        .collect();
    // `</` would end the script element the JSON sits in.
    let examples = Value::Array(examples).to_string().replace("</", "<\\/");
    let html = PAGE.replace("/*EXAMPLES*/[]", &examples);
    Ok(text_response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        html,
    ))
}

fn parameter(request: &Request<Body>, name: &str) -> Result<String, HttpError> {
    url_parameters(request)
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
        .filter(|value| !value.trim().is_empty())
        .ok_or_else(|| HttpError::bad_request(format!("give the `{name}` parameter")))
}

fn entity_iri(request: &Request<Body>) -> Result<NamedNode, HttpError> {
    let iri = parameter(request, "iri")?;
    NamedNode::new(iri.as_str())
        .map_err(|error| HttpError::bad_request(format!("`iri` is not an IRI: {iri}: {error}")))
}

/// Rows of a SELECT as maps from variable to term.
fn select(service: &Service, query: &str) -> Result<Vec<Vec<(String, Term)>>, HttpError> {
    let token = CancellationToken::new();
    let cancel = token.clone();
    let limit = service.config.timeout;
    let (done, finished) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        if finished.recv_timeout(limit).is_err() {
            cancel.cancel();
        }
    });
    let timed_out = || {
        HttpError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the search took longer than the server's time limit: try a longer name",
        )
    };
    let store = service.snapshots.current();
    let results = store
        .query_cancellable(query, None, token)
        .map_err(|error| match error {
            StoreError::Cancelled => timed_out(),
            other => store_error(other),
        })?;
    let QueryResults::Solutions(solutions) = results else {
        return Err(HttpError::internal("expected rows"));
    };
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(|error| match error {
            oxigraph::sparql::QueryEvaluationError::Cancelled => timed_out(),
            other => HttpError::internal(other.to_string()),
        })?;
        rows.push(
            solution
                .iter()
                .map(|(variable, term)| (variable.as_str().to_string(), term.clone()))
                .collect(),
        );
    }
    drop(done);
    Ok(rows)
}

fn value(row: &[(String, Term)], name: &str) -> Value {
    row.iter()
        .find(|(variable, _)| variable == name)
        .map_or(Value::Null, |(_, term)| match term {
            Term::NamedNode(node) => Value::String(node.as_str().to_string()),
            Term::Literal(literal) => Value::String(literal.value().to_string()),
            other => Value::String(other.to_string()),
        })
}

fn json_response(body: Value) -> Response<Body> {
    text_response(StatusCode::OK, "application/json", body.to_string())
}

/// `/api/search?q=NAME`: entities whose name contains NAME.
pub fn search(service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    only_get(request)?;
    let needle = parameter(request, "q")?;
    let needle = Literal::new_simple_literal(needle.trim().to_lowercase());
    let query = format!(
        "SELECT ?entity (SAMPLE(?name) AS ?label) (SAMPLE(?kind) AS ?class) WHERE {{
           VALUES (?type ?kind) {{
             (schema:Person \"person\") (bg:Office \"office\") (schema:Organization \"body\")
             (bg:Province \"region\") (bg:Regency \"region\") (bg:City \"region\") (bg:District \"region\")
             (bg:Region \"region\") (bg:Law \"law\") (schema:Event \"event\")
           }}
           ?entity a ?type ; rdfs:label|schema:name ?name .
           FILTER(CONTAINS(LCASE(STR(?name)), {needle}))
         }} GROUP BY ?entity ORDER BY STRLEN(?label) ?label LIMIT 30"
    );
    let rows = select(service, &query)?;
    let found: Vec<Value> = rows
        .iter()
        .map(|row| json!({ "iri": value(row, "entity"), "label": value(row, "label"), "class": value(row, "class") }))
        .collect();
    Ok(json_response(Value::Array(found)))
}

/// `/api/entity?iri=IRI`: the entity's names and classes, and every fact
/// about it that has evidence, with the sentence and article.
pub fn entity(service: &Service, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    only_get(request)?;
    let iri = entity_iri(request)?;
    let about = format!(
        "SELECT ?label ?type WHERE {{ {iri} a ?type . OPTIONAL {{ {iri} rdfs:label|schema:name ?label }} }} LIMIT 20"
    );
    let about = select(service, &about)?;
    if about.is_empty() {
        return Err(HttpError::new(
            StatusCode::NOT_FOUND,
            format!("nothing in the store is called {iri}"),
        ));
    }
    let facts = format!(
        "SELECT ?subject (SAMPLE(?sl) AS ?subjectLabel) ?predicate ?object (SAMPLE(?ol) AS ?objectLabel)
                ?sentence ?article (SAMPLE(?h) AS ?headline) WHERE {{
           {{ ?evidence rdf:subject {iri} }} UNION {{ ?evidence rdf:object {iri} }}
           ?evidence rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
                     bg:evidenceText ?sentence .
           OPTIONAL {{ ?evidence prov:wasDerivedFrom ?a . ?a bg:sourceFile ?article . OPTIONAL {{ ?a schema:headline ?h }} }}
           OPTIONAL {{ ?subject rdfs:label|schema:name|schema:text ?sl }}
           OPTIONAL {{ ?object rdfs:label|schema:name ?ol }}
         }} GROUP BY ?subject ?predicate ?object ?sentence ?article
         ORDER BY ?predicate ?article LIMIT 300"
    );
    let facts: Vec<Value> = select(service, &facts)?
        .iter()
        .map(|row| {
            let relation = row
                .iter()
                .find(|(name, _)| name == "predicate")
                .map(|(_, term)| short_term(term))
                .unwrap_or_default();
            json!({
                "subject": value(row, "subject"), "subjectLabel": value(row, "subjectLabel"),
                "relation": relation,
                "object": value(row, "object"), "objectLabel": value(row, "objectLabel"),
                "sentence": value(row, "sentence"), "article": value(row, "article"),
                "headline": value(row, "headline"),
            })
        })
        .collect();
    let label = about
        .iter()
        .map(|row| value(row, "label"))
        .find(|label| !label.is_null());
    let types: Vec<String> = about
        .iter()
        .filter_map(|row| {
            row.iter()
                .find(|(name, _)| name == "type")
                .map(|(_, term)| short_term(term))
        })
        .collect();
    Ok(json_response(json!({
        "iri": iri.as_str(), "label": label, "types": types, "facts": facts,
    })))
}

/// `/api/entity.svg?iri=IRI`: the entity's neighbourhood as SVG.
pub fn drawing(
    service: &Service,
    request: &mut Request<Body>,
) -> Result<Response<Body>, HttpError> {
    only_get(request)?;
    let iri = entity_iri(request)?;
    let store = service.snapshots.current();
    let quads = store
        .neighbourhood_quads(iri.as_ref(), 2, 400)
        .map_err(store_error)?;
    let graph = EntityGraph::from_quads(&quads);
    let center = graph
        .find(iri.as_str())
        .map_err(|error| HttpError::new(StatusCode::NOT_FOUND, error.to_string()))?;
    let view = graph
        .neighbourhood(center, 2)
        .limit(40, true)
        .map_err(|error| HttpError::internal(error.to_string()))?;
    let svg = render(&view.to_dot(Clustering::None), view.node_count(), "svg")
        .map_err(|error| HttpError::internal(format!("{error:#}")))?;
    Ok(text_response(StatusCode::OK, "image/svg+xml", svg))
}
