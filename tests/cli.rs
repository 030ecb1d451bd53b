//! The verbs on the example articles: ingest, query, export, extract, stats.

use crate::util::{beritagraf, examples, python, repo, require_tool, TempStore};
use std::fs;

#[test]
fn ingesting_twice_changes_nothing() {
    let store = TempStore::new();
    let first = store.ingest(&[&examples()]).expect_code(0);
    assert!(
        first
            .stdout
            .contains("8 read, 8 written, 0 unchanged, 0 failed"),
        "{}",
        first.stdout
    );
    let quads = store.quads();
    let second = store.ingest(&[&examples()]).expect_code(0);
    assert!(
        second
            .stdout
            .contains("8 read, 0 written, 8 unchanged, 0 failed"),
        "{}",
        second.stdout
    );
    assert_eq!(
        store.quads(),
        quads,
        "re-ingesting unchanged articles must not change the store"
    );
}

#[test]
fn a_changed_article_replaces_its_graph() {
    let store = TempStore::new();
    let folder = store.file("articles");
    fs::create_dir(&folder).unwrap();
    let article = folder.join("berita.txt");
    fs::write(
        &article,
        "Sekda Gowa ingatkan ASN\nSekretaris Daerah Kabupaten Gowa, Andi Rahman, mengingatkan ASN agar netral.\n",
    )
    .unwrap();
    store.ingest(&[&folder]).expect_code(0);
    let ask = |name: &str| {
        store
            .run(
                "query",
                &[&format!(
                    "ASK {{ ?p schema:name \"{name}\" ; bg:holdsOffice ?o }}"
                )],
            )
            .expect_code(0)
            .stdout
            .trim()
            .to_string()
    };
    assert_eq!(ask("Andi Rahman"), "true");
    fs::write(
        &article,
        "Sekda Gowa ingatkan ASN\nSekretaris Daerah Kabupaten Gowa, Budi Santoso, mengingatkan ASN agar netral.\n",
    )
    .unwrap();
    let run = store.ingest(&[&folder]).expect_code(0);
    assert!(run.stdout.contains("1 read, 1 written"), "{}", run.stdout);
    assert_eq!(ask("Budi Santoso"), "true");
    assert_eq!(
        ask("Andi Rahman"),
        "false",
        "the old facts of a changed article are gone"
    );
    let articles = store.select_csv("SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }");
    assert_eq!(articles[1], "1");
}

/// Expected rows of each example query, as checked by a careful reader of
/// the example articles: (query file, cells that must appear together in one row).
const EXPECTED_ROWS: &[(&str, &[&str])] = &[
    (
        "who-holds-which-office.rq",
        &["Muhammad Idris Latif", "Sekretaris Daerah Kabupaten Gowa"],
    ),
    (
        "whole-graph/offices-and-holders.rq",
        &["Haryo Wicaksono", "Badan Kepegawaian Negara"],
    ),
    (
        "whole-graph/offices-and-holders.rq",
        &[
            "Ida Bagus Made Purwanegara",
            "Sekretaris Daerah Kota Denpasar",
        ],
    ),
    (
        "whole-graph/events-per-region.rq",
        &[
            "Sulawesi Selatan",
            "Somba Opu",
            "Sosialisasi Netralitas ASN",
        ],
    ),
    (
        "whole-graph/events-per-region.rq",
        &["Bali", "Denpasar", "Apel"],
    ),
    (
        "whole-graph/statements-citing-laws.rq",
        &["UU 5/2014", "Muhammad Idris Latif"],
    ),
    (
        "whole-graph/statements-citing-laws.rq",
        &["PKPU 15/2023", "Muh. Amran Bakri"],
    ),
    (
        "events-in-a-region.rq",
        &[
            "2023-09-12",
            "Sosialisasi Netralitas ASN",
            "Kecamatan Somba Opu",
        ],
    ),
    (
        "statements-citing-a-law.rq",
        &["Haryo Wicaksono", "07-jayapura-rakor-netralitas-papua.txt"],
    ),
    (
        "statements-citing-a-law.rq",
        &["Muhammad Idris Latif", "01-gowa-sosialisasi-netralitas.txt"],
    ),
    (
        "everything-about-a-person.rq",
        &[
            "holds office",
            "Sekretaris Daerah Kabupaten Gowa",
            "01-gowa-sosialisasi-netralitas.txt",
        ],
    ),
    (
        "everything-about-a-person.rq",
        &[
            "holds office",
            "Sekretaris Daerah Kabupaten Gowa",
            "02-makassar-rakor-pengawasan-asn.txt",
        ],
    ),
    (
        "why-does-the-graph-say.rq",
        &[
            "Sekretaris Daerah Kabupaten Gowa",
            "title-name",
            "02-makassar-rakor-pengawasan-asn.txt",
        ],
    ),
];

#[test]
fn example_queries_return_the_expected_rows() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    for (file, cells) in EXPECTED_ROWS {
        let path = repo().join("examples/queries").join(file);
        let run = store
            .run(
                "query",
                &["--file", &path.display().to_string(), "--format", "csv"],
            )
            .expect_code(0);
        let found = run
            .stdout
            .lines()
            .any(|row| cells.iter().all(|cell| row.contains(cell)));
        assert!(found, "{file}: no row with {cells:?}\n{}", run.stdout);
    }
    // Every example query runs in every result format.
    let folders = [
        repo().join("examples/queries"),
        repo().join("examples/queries/whole-graph"),
    ];
    let queries = folders
        .iter()
        .flat_map(|folder| fs::read_dir(folder).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rq"));
    for path in queries {
        let path = path.display().to_string();
        for format in ["table", "json", "xml", "csv", "tsv"] {
            store
                .run("query", &["--file", &path, "--format", format])
                .expect_code(0);
        }
    }
}

#[test]
fn query_results_in_w3c_formats_parse() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let query = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
    let json = store
        .run("query", &[query, "--format", "json"])
        .expect_code(0);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("SPARQL JSON results");
    assert!(value["results"]["bindings"].as_array().unwrap().len() >= 10);
    let table = store.run("query", &[query]).expect_code(0);
    assert!(
        table.stdout.lines().next().unwrap().starts_with("name"),
        "{}",
        table.stdout
    );
    let construct = store
        .run(
            "query",
            &["CONSTRUCT { ?p bg:holdsOffice ?o } WHERE { ?p bg:holdsOffice ?o }"],
        )
        .expect_code(0);
    assert!(
        construct.stdout.contains("bg:holdsOffice"),
        "{}",
        construct.stdout
    );
    let ask = store
        .run("query", &["ASK { ?s bg:citesLaw ?l }"])
        .expect_code(0);
    assert_eq!(ask.stdout.trim(), "true");
}

#[test]
fn every_rdf_export_parses_with_rdflib_and_rapper() {
    require_tool("rapper", "raptor2-utils");
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let formats = [
        ("turtle", "turtle", Some("turtle")),
        ("ntriples", "nt", Some("ntriples")),
        ("nquads", "nquads", Some("nquads")),
        ("trig", "trig", Some("trig")),
        ("rdfxml", "xml", Some("rdfxml")),
        ("jsonld", "json-ld", None),
    ];
    for (format, rdflib_format, rapper_format) in formats {
        let file = store.file(&format!("graph.{format}"));
        let file_name = file.display().to_string();
        store
            .run("export", &["--format", format, "--output", &file_name])
            .expect_code(0);
        let script = format!(
            "import rdflib,sys\nd=rdflib.Dataset()\nd.parse(sys.argv[1], format='{rdflib_format}')\nn=sum(len(g) for g in d.graphs())\nprint(n)\nassert n > 500, n"
        );
        let parsed = python(&["-c", &script, &file_name]);
        assert_eq!(
            parsed.code, 0,
            "rdflib cannot read the {format} export: {}",
            parsed.stderr
        );
        if let Some(rapper_format) = rapper_format {
            let output = std::process::Command::new("rapper")
                .args(["-i", rapper_format, "-c", &file_name])
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "rapper cannot read the {format} export: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

#[test]
fn dot_export_renders_with_graphviz() {
    require_tool("dot", "graphviz");
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let dot_file = store.file("graph.dot");
    store
        .run(
            "export",
            &[
                "--format",
                "dot",
                "--output",
                &dot_file.display().to_string(),
            ],
        )
        .expect_code(0);
    let text = fs::read_to_string(&dot_file).unwrap();
    assert!(
        text.contains("holds office") && text.contains("located in") && text.contains("cites law")
    );
    assert!(text.contains("Muhammad Idris Latif"));
    let output = std::process::Command::new("dot")
        .args(["-Tsvg", &dot_file.display().to_string()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
    // The same store gives the same DOT text.
    let again = store.run("export", &["--format", "dot"]).expect_code(0);
    assert_eq!(again.stdout, text, "DOT output is deterministic");
}

#[test]
fn extract_prints_facts_without_a_store() {
    let article = examples().join("01-gowa-sosialisasi-netralitas.txt");
    let run = beritagraf(&[
        "extract",
        "--format",
        "jsonl",
        &article.display().to_string(),
    ])
    .expect_code(0);
    let record: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(record["article"], "01-gowa-sosialisasi-netralitas.txt");
    assert!(record["facts"]["persons"].as_array().unwrap().len() >= 2);
    let turtle = beritagraf(&["extract", &article.display().to_string()]).expect_code(0);
    assert!(turtle.stdout.contains("bg:holdsOffice"));
}

#[test]
fn stats_counts_classes_and_relations() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let run = store.run("stats", &[]).expect_code(0);
    for label in [
        "articles",
        "persons",
        "holds office",
        "located in",
        "cites law",
        "size on disk",
    ] {
        assert!(
            run.stdout.contains(label),
            "{label} missing: {}",
            run.stdout
        );
    }
    assert!(
        run.stdout
            .lines()
            .any(|line| line.split_whitespace().collect::<Vec<_>>() == ["articles", "8"]),
        "{}",
        run.stdout
    );
    let json = store.run("stats", &["--json"]).expect_code(0);
    let stats: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(stats["counts"]["articles"], 8);
    assert!(stats["counts"]["holds_office_edges"].as_u64().unwrap() >= 20);
}

#[test]
fn the_default_store_comes_from_the_environment() {
    let store = TempStore::new();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args(["ingest", &examples().display().to_string()])
        .env("BERITAGRAF_STORE", store.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        std::path::Path::new(&store.path()).join("CURRENT").exists(),
        "a RocksDB store at $BERITAGRAF_STORE"
    );
}
