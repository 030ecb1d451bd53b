//! `beritagraf serve`: the SPARQL 1.1 Protocol and Graph Store Protocol
//! over HTTP, checked with real clients (curl, rdflib's SPARQLStore,
//! SPARQLWrapper) against the example store; limits, refusals and
//! content negotiation; an ingest into the served store.

use crate::util::{curl, examples, python, repo, Served, TempStore};
use std::fs;
use std::time::{Duration, Instant};

fn example_queries() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(repo().join("examples/queries"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rq"))
        .collect();
    files.sort();
    files
}

fn served_examples(args: &[&str]) -> (TempStore, Served) {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let served = Served::beritagraf(&store, args);
    (store, served)
}

const GOWA_ARTICLE: &str =
    "https://w3id.org/beritagraf/id/article/01-gowa-sosialisasi-netralitas.txt";

#[test]
fn curl_gets_the_same_rows_as_the_query_verb_by_get_and_both_posts() {
    let (store, served) = served_examples(&[]);
    for file in example_queries() {
        let query = fs::read_to_string(&file).unwrap();
        let expected = store
            .run(
                "query",
                &["--file", &file.display().to_string(), "--format", "csv"],
            )
            .expect_code(0)
            .stdout;
        assert!(
            expected.lines().count() > 1,
            "{} gives rows",
            file.display()
        );
        let by_get = curl(
            &served.url("/query"),
            &[
                "--get",
                "--data-urlencode",
                &format!("query={query}"),
                "-H",
                "Accept: text/csv",
            ],
        );
        assert_eq!(by_get.status, 200, "{}: {}", file.display(), by_get.body);
        assert_eq!(
            by_get.header("content-type"),
            Some("text/csv; charset=utf-8")
        );
        assert_eq!(by_get.body, expected, "{}", file.display());
        let by_form = curl(
            &served.url("/query"),
            &[
                "--data-urlencode",
                &format!("query={query}"),
                "-H",
                "Accept: text/csv",
            ],
        );
        assert_eq!(by_form.body, expected, "form POST of {}", file.display());
        let direct = curl(
            &served.url("/query"),
            &[
                "--data-binary",
                &format!("@{}", file.display()),
                "-H",
                "Content-Type: application/sparql-query; charset=UTF-8",
                "-H",
                "Accept: text/csv",
            ],
        );
        assert_eq!(direct.body, expected, "direct POST of {}", file.display());
    }
}

#[test]
fn results_and_graphs_are_negotiated() {
    let (_store, served) = served_examples(&[]);
    let select =
        "query=SELECT ?law ?label WHERE { ?law a bg:Law ; rdfs:label ?label } ORDER BY ?law";
    let ask = |accept: &[&str]| {
        let mut args = vec!["--data-urlencode", select];
        for value in accept {
            args.extend(["-H", value]);
        }
        curl(&served.url("/query"), &args)
    };
    let json = ask(&[]);
    assert_eq!(json.status, 200);
    assert_eq!(
        json.header("content-type"),
        Some("application/sparql-results+json")
    );
    let parsed: serde_json::Value = serde_json::from_str(&json.body).expect("JSON results");
    assert!(!parsed["results"]["bindings"].as_array().unwrap().is_empty());
    for (accept, media, start) in [
        (
            "Accept: application/sparql-results+xml",
            "application/sparql-results+xml",
            "<?xml",
        ),
        (
            "Accept: text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8",
            "?law\t?label",
        ),
        (
            "Accept: text/csv;q=0.5, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
            "<?xml",
        ),
    ] {
        let answer = ask(&[accept]);
        assert_eq!(answer.header("content-type"), Some(media), "{accept}");
        assert!(answer.body.starts_with(start), "{accept}: {}", answer.body);
    }
    let refused = ask(&["Accept: image/png"]);
    assert_eq!(refused.status, 406);
    assert!(
        refused.body.contains("application/sparql-results+json"),
        "{}",
        refused.body
    );

    let construct =
        "query=CONSTRUCT { ?law rdfs:label ?label } WHERE { ?law a bg:Law ; rdfs:label ?label }";
    for (accept, media) in [
        ("Accept: text/turtle", "text/turtle"),
        ("Accept: application/n-triples", "application/n-triples"),
        ("Accept: application/rdf+xml", "application/rdf+xml"),
        ("Accept: application/ld+json", "application/ld+json"),
        ("Accept: application/n-quads", "application/n-quads"),
        ("Accept: application/trig", "application/trig"),
    ] {
        let answer = curl(
            &served.url("/query"),
            &["--data-urlencode", construct, "-H", accept],
        );
        assert_eq!(answer.status, 200, "{accept}: {}", answer.body);
        assert_eq!(answer.header("content-type"), Some(media));
        assert!(
            answer.body.contains("Undang-Undang"),
            "{accept}: {}",
            answer.body
        );
    }
    let description = curl(&served.url("/query"), &[]);
    assert_eq!(description.status, 200);
    assert_eq!(description.header("content-type"), Some("text/turtle"));
    assert!(
        description.body.contains("sd:Service"),
        "{}",
        description.body
    );
    assert!(description.body.contains("/query>"), "{}", description.body);
}

#[test]
fn graphs_are_read_through_the_graph_store_protocol() {
    let (store, served) = served_examples(&[]);
    let count = store.select_csv(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GOWA_ARTICLE}> {{ ?s ?p ?o }} }}"
    ))[1]
        .clone();
    let graph = format!("graph={GOWA_ARTICLE}");
    let triples = curl(
        &served.url("/store"),
        &[
            "--get",
            "--data-urlencode",
            &graph,
            "-H",
            "Accept: application/n-triples",
        ],
    );
    assert_eq!(triples.status, 200);
    assert_eq!(triples.body.lines().count().to_string(), count);
    let head = curl(
        &served.url("/store"),
        &["--head", "--get", "--data-urlencode", &graph],
    );
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-type"), Some("text/turtle"));
    let missing = curl(
        &served.url("/store"),
        &[
            "--get",
            "--data-urlencode",
            "graph=https://example.org/no-such-graph",
        ],
    );
    assert_eq!(missing.status, 404);
    let union = curl(
        &served.url("/store?default"),
        &["-H", "Accept: application/n-triples"],
    );
    assert_eq!(union.status, 200);
    assert!(union.body.lines().count() > triples.body.lines().count());
    let dataset = curl(&served.url("/store"), &[]);
    assert_eq!(dataset.header("content-type"), Some("application/n-quads"));
    assert_eq!(dataset.body.lines().count() as u64, store.quads());
}

#[test]
fn rdflib_and_sparqlwrapper_answer_the_example_queries() {
    let (store, served) = served_examples(&[]);
    let mut expected = serde_json::Map::new();
    let mut args = vec![
        repo()
            .join("tests/python/sparql_clients.py")
            .display()
            .to_string(),
        served.url("/query"),
    ];
    for file in example_queries() {
        let rows = store
            .run(
                "query",
                &["--file", &file.display().to_string(), "--format", "csv"],
            )
            .expect_code(0)
            .stdout
            .lines()
            .count()
            - 1;
        expected.insert(file.display().to_string(), rows.into());
        args.push(file.display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = python(&args);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let counts: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("JSON from the script");
    for client in ["sparqlstore", "sparqlwrapper_json", "sparqlwrapper_xml"] {
        for (file, rows) in &expected {
            assert_eq!(
                &counts[client][file], rows,
                "{client} on {file}: {}",
                run.stdout
            );
        }
    }
    let laws =
        store.select_csv("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a bg:Law }")[1].clone();
    assert_eq!(counts["construct_laws"].to_string(), laws, "{}", run.stdout);
}

#[test]
fn writes_are_refused_unless_allowed() {
    let (store, served) = served_examples(&[]);
    let quads = store.quads();
    let update = curl(
        &served.url("/update"),
        &[
            "--data-urlencode",
            "update=INSERT DATA { <http://e/s> <http://e/p> \"x\" }",
        ],
    );
    assert_eq!(update.status, 403);
    assert!(update.body.contains("--allow-update"), "{}", update.body);
    for method in ["PUT", "POST", "DELETE"] {
        let write = curl(
            &served.url("/store?graph=http://e/g"),
            &[
                "-X",
                method,
                "-H",
                "Content-Type: text/turtle",
                "--data-binary",
                "<http://e/s> <http://e/p> 1 .",
            ],
        );
        assert_eq!(write.status, 403, "{method}");
    }
    drop(served);
    assert_eq!(store.quads(), quads);
}

#[test]
fn updates_and_graph_writes_work_with_allow_update() {
    let (store, served) = served_examples(&["--allow-update"]);
    let graph = "http://example.org/notes";
    let put = curl(
        &served.url(&format!("/store?graph={graph}")),
        &[
            "-X",
            "PUT",
            "-H",
            "Content-Type: text/turtle",
            "--data-binary",
            "<http://example.org/a> <http://example.org/says> \"one\" .",
        ],
    );
    assert_eq!(put.status, 204, "{}", put.body);
    let post = curl(
        &served.url(&format!("/store?graph={graph}")),
        &[
            "-H",
            "Content-Type: application/n-triples",
            "--data-binary",
            "<http://example.org/a> <http://example.org/says> \"two\" .",
        ],
    );
    assert_eq!(post.status, 204, "{}", post.body);
    let read = curl(
        &served.url(&format!("/store?graph={graph}")),
        &["-H", "Accept: application/n-triples"],
    );
    assert_eq!(read.body.lines().count(), 2, "{}", read.body);
    let update = curl(
        &served.url("/update"),
        &["-H", "Content-Type: application/sparql-update", "--data-binary", "INSERT DATA { GRAPH <http://example.org/notes> { <http://example.org/a> <http://example.org/says> \"three\" } }"],
    );
    assert_eq!(update.status, 204, "{}", update.body);
    let count = curl(
        &served.url("/query"),
        &[
            "--data-urlencode",
            "query=SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/a> ?p ?o }",
            "-H",
            "Accept: text/csv",
        ],
    );
    assert_eq!(count.body.lines().nth(1), Some("3"), "{}", count.body);
    let unknown = curl(
        &served.url(&format!("/store?graph={graph}")),
        &[
            "-X",
            "PUT",
            "-H",
            "Content-Type: application/x-unknown",
            "--data-binary",
            "x",
        ],
    );
    assert_eq!(unknown.status, 415);
    let delete = curl(
        &served.url(&format!("/store?graph={graph}")),
        &["-X", "DELETE"],
    );
    assert_eq!(delete.status, 204);
    let gone = curl(&served.url(&format!("/store?graph={graph}")), &[]);
    assert_eq!(gone.status, 404);
    drop(served);
    assert_eq!(store.article_count(), 8, "the articles are untouched");
}

#[test]
fn a_slow_query_times_out_and_a_large_result_is_refused() {
    let (_store, served) = served_examples(&["--timeout-s", "1", "--max-rows", "50"]);
    let started = Instant::now();
    let slow = curl(
        &served.url("/query"),
        &[
            "--data-urlencode",
            "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
        ],
    );
    assert_eq!(slow.status, 503, "{}", slow.body);
    assert!(slow.body.contains("--timeout-s"), "{}", slow.body);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let quick = curl(
        &served.url("/query"),
        &["--data-urlencode", "query=ASK { ?s a bg:Law }"],
    );
    assert_eq!(
        quick.status, 200,
        "the server still answers: {}",
        quick.body
    );
    let large = curl(
        &served.url("/query"),
        &["--data-urlencode", "query=SELECT * WHERE { ?s ?p ?o }"],
    );
    assert_eq!(large.status, 422, "{}", large.body);
    assert!(large.body.contains("--max-rows"), "{}", large.body);
    let limited = curl(
        &served.url("/query"),
        &[
            "--data-urlencode",
            "query=SELECT * WHERE { ?s ?p ?o } LIMIT 50",
        ],
    );
    assert_eq!(limited.status, 200);
}

#[test]
fn malformed_requests_are_refused_with_their_reason() {
    let (_store, served) = served_examples(&["--max-body-mb", "1"]);
    let malformed = curl(
        &served.url("/query"),
        &["--data-urlencode", "query=SELECT ?s WHERE {\n  ?s ?p \n}"],
    );
    assert_eq!(malformed.status, 400);
    assert!(
        malformed.body.contains("malformed SPARQL"),
        "{}",
        malformed.body
    );
    assert!(
        malformed.body.contains("at 3:"),
        "the position in the query: {}",
        malformed.body
    );
    let plain = curl(
        &served.url("/query"),
        &["-H", "Content-Type: text/plain", "--data-binary", "ASK {}"],
    );
    assert_eq!(plain.status, 415);
    let twice = curl(&served.url("/query?query=ASK%7B%7D&query=ASK%7B%7D"), &[]);
    assert_eq!(twice.status, 400);
    let bad_graph = curl(&served.url("/store?graph=not%20an%20iri"), &[]);
    assert_eq!(bad_graph.status, 400);
    let big = format!("query=ASK {{}} #{}", "x".repeat(2 * 1024 * 1024));
    let body_file = tempfile::NamedTempFile::new().unwrap();
    fs::write(body_file.path(), big).unwrap();
    let too_large = curl(
        &served.url("/query"),
        &["--data-binary", &format!("@{}", body_file.path().display())],
    );
    assert_eq!(too_large.status, 413, "{}", too_large.body);
    // SPARQLWrapper's `format` and `output`, and unknown parameters, are ignored.
    let ignored = curl(
        &served.url("/query?format=json&output=json&whatever=1"),
        &[
            "--data-urlencode",
            "query=ASK { ?s a bg:Law }",
            "-H",
            "Accept: application/sparql-results+xml",
        ],
    );
    assert_eq!(ignored.status, 200);
    assert!(
        ignored.body.contains("<boolean>true</boolean>"),
        "{}",
        ignored.body
    );
    assert_eq!(curl(&served.url("/nowhere"), &[]).status, 404);
}

#[test]
fn cors_headers_only_with_the_flag() {
    let (_store, plain) = served_examples(&[]);
    let answer = curl(
        &plain.url("/query?query=ASK%7B%7D"),
        &["-H", "Origin: http://example.org"],
    );
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("access-control-allow-origin"), None);
    let (_store, open) = served_examples(&["--cors"]);
    let answer = curl(
        &open.url("/query?query=ASK%7B%7D"),
        &["-H", "Origin: http://example.org"],
    );
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    let preflight = curl(
        &open.url("/query"),
        &[
            "-X",
            "OPTIONS",
            "-H",
            "Origin: http://example.org",
            "-H",
            "Access-Control-Request-Method: POST",
            "-H",
            "Access-Control-Request-Headers: content-type",
        ],
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        preflight.header("access-control-allow-headers"),
        Some("content-type")
    );
    let error = curl(&open.url("/query?query=nonsense"), &[]);
    assert_eq!(error.status, 400);
    assert_eq!(error.header("access-control-allow-origin"), Some("*"));
}

#[test]
fn an_ingest_while_serving_succeeds_and_is_answered_within_ten_seconds() {
    let store = TempStore::new();
    let first = store.file("first");
    let second = store.file("second");
    fs::create_dir(&first).unwrap();
    fs::create_dir(&second).unwrap();
    for (index, entry) in fs::read_dir(examples()).unwrap().enumerate() {
        let path = entry.unwrap().path();
        let folder = if index % 2 == 0 { &first } else { &second };
        fs::copy(&path, folder.join(path.file_name().unwrap())).unwrap();
    }
    store.ingest(&[&first]).expect_code(0);
    let served = Served::beritagraf(&store, &[]);
    let count = || {
        curl(
            &served.url("/query"),
            &[
                "--data-urlencode",
                "query=SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }",
                "-H",
                "Accept: text/csv",
            ],
        )
        .body
        .lines()
        .nth(1)
        .unwrap_or("")
        .to_string()
    };
    assert_eq!(count(), "4");
    store.ingest(&[&second]).expect_code(0);
    let ingested = Instant::now();
    while count() != "8" {
        assert!(
            ingested.elapsed() < Duration::from_secs(10),
            "the server did not see the new articles within 10 s"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}
