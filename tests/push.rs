//! `beritagraf push` against a real third-party triple store: Oxigraph's
//! server (the `oxigraph` binary of the PyPI package), started on a
//! loopback port by the test. Quad counts there must equal the local ones
//! after a push, after a second push, and after a changed article.

use crate::util::{curl, examples, free_port, require_tool, Served, TempStore};
use std::fs;

/// Oxigraph's server in a fresh folder.
fn oxigraph_server(folder: &std::path::Path) -> Served {
    require_tool(
        "oxigraph",
        "the oxigraph package from PyPI (pip install oxigraph)",
    );
    let port = free_port();
    let args = vec![
        "serve".to_string(),
        "--location".into(),
        folder.display().to_string(),
        "--bind".into(),
        format!("127.0.0.1:{port}"),
    ];
    Served::start("oxigraph", &args, port, "/query")
}

fn remote_count(server: &Served, query: &str) -> String {
    let answer = curl(
        &server.url("/query"),
        &[
            "--data-urlencode",
            &format!("query={query}"),
            "-H",
            "Accept: text/csv",
        ],
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body.lines().nth(1).unwrap_or("").trim().to_string()
}

fn remote_quads(server: &Served) -> u64 {
    remote_count(
        server,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
    .parse()
    .expect("a count")
}

fn push(store: &TempStore, server: &Served, extra: &[&str]) -> serde_json::Value {
    let url = server.url("/store");
    let mut args = vec!["--graph-store", url.as_str(), "--json"];
    args.extend_from_slice(extra);
    let run = store.run("push", &args).expect_code(0);
    serde_json::from_str(&run.stdout).expect("push --json")
}

#[test]
fn push_mirrors_the_store_and_a_repush_replaces_instead_of_duplicating() {
    let (store, articles) = TempStore::with_example_copies();
    let remote = tempfile::tempdir().unwrap();
    let server = oxigraph_server(remote.path());

    let first = push(&store, &server, &[]);
    let graphs = store
        .select_csv("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[1]
        .parse::<u64>()
        .unwrap();
    assert_eq!(first["pushed"], graphs, "{first}");
    assert_eq!(first["quads"], store.quads(), "{first}");
    assert_eq!(remote_quads(&server), store.quads());

    push(&store, &server, &[]);
    assert_eq!(
        remote_quads(&server),
        store.quads(),
        "a second push must not duplicate"
    );

    let changed = articles.join("01-gowa-sosialisasi-netralitas.txt");
    fs::write(
        &changed,
        "Bupati Gowa buka rapat\nBupati Gowa, Adnan Purichta Ichsan, membuka rapat koordinasi di Sungguminasa, Kabupaten Gowa.\n",
    )
    .unwrap();
    store.ingest(&[&articles]).expect_code(0);
    push(&store, &server, &[]);
    assert_eq!(
        remote_quads(&server),
        store.quads(),
        "the changed article replaced its graph"
    );
    let article = "https://w3id.org/beritagraf/id/article/01-gowa-sosialisasi-netralitas.txt";
    assert_eq!(
        remote_count(&server, &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{article}> {{ ?s <https://schema.org/headline> \"Bupati Gowa buka rapat\" }} }}")),
        "1"
    );
}

#[test]
fn with_a_state_file_only_changed_graphs_are_sent() {
    let store = TempStore::new();
    let articles = store.file("articles");
    fs::create_dir(&articles).unwrap();
    let names: Vec<_> = fs::read_dir(examples())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    for path in &names[..4] {
        fs::copy(path, articles.join(path.file_name().unwrap())).unwrap();
    }
    store.ingest(&[&articles]).expect_code(0);
    let remote = tempfile::tempdir().unwrap();
    let server = oxigraph_server(remote.path());
    let state = store.file("push-state.json").display().to_string();

    let first = push(&store, &server, &["--state", &state, "--jobs", "3"]);
    assert_eq!(first["unchanged"], 0, "{first}");
    let again = push(&store, &server, &["--state", &state]);
    assert_eq!(again["pushed"], 0, "nothing changed: {again}");
    assert_eq!(again["unchanged"], first["pushed"], "{again}");

    fs::copy(&names[4], articles.join(names[4].file_name().unwrap())).unwrap();
    store.ingest(&[&articles]).expect_code(0);
    let daily = push(&store, &server, &["--state", &state]);
    let pushed = daily["pushed"].as_u64().unwrap();
    // The new article and the shared graphs it added to; never the four old ones.
    assert!((1..=3).contains(&pushed), "{daily}");
    assert_eq!(remote_quads(&server), store.quads());
}

#[test]
fn a_push_that_fails_names_the_graphs_and_exits_non_zero() {
    let store = TempStore::new();
    store
        .ingest(&[&examples().join("02-makassar-rakor-pengawasan-asn.txt")])
        .expect_code(0);
    let url = format!("http://127.0.0.1:{}/store", free_port());
    let run = store
        .run(
            "push",
            &["--graph-store", &url, "--attempts", "2", "--quiet"],
        )
        .expect_code(1);
    assert!(
        run.stderr
            .contains("article/02-makassar-rakor-pengawasan-asn.txt> failed"),
        "{}",
        run.stderr
    );
    let refused = store
        .run("push", &["--graph-store", "https://example.org/store"])
        .expect_code(2);
    assert!(refused.stderr.contains("https"), "{}", refused.stderr);
}

#[test]
fn shards_pushed_with_merge_shared_meet_in_one_store() {
    let remote = tempfile::tempdir().unwrap();
    let server = oxigraph_server(remote.path());
    let names: Vec<_> = {
        let mut names: Vec<_> = fs::read_dir(examples())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        names.sort();
        names
    };
    let entity_names = |store: &TempStore| {
        store
            .select_csv("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <https://w3id.org/beritagraf/id/graph/entities> { ?e ?p ?o } }")[1]
            .parse::<u64>()
            .unwrap()
    };
    for shard in [&names[..4], &names[4..]] {
        let store = TempStore::new();
        let paths: Vec<&std::path::Path> = shard.iter().map(|path| path.as_path()).collect();
        store.ingest(&paths).expect_code(0);
        push(&store, &server, &["--merge-shared"]);
    }
    assert_eq!(
        remote_count(
            &server,
            "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }"
        ),
        "8",
        "both shards' articles are there"
    );
    let whole = TempStore::new();
    whole.ingest(&[&examples()]).expect_code(0);
    let merged: u64 = remote_count(&server, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <https://w3id.org/beritagraf/id/graph/entities> { ?e ?p ?o } }")
        .parse()
        .unwrap();
    assert_eq!(
        merged,
        entity_names(&whole),
        "the shared graph holds every shard's entities"
    );
}
