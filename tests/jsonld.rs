//! Compacted JSON-LD: short terms and compact IRIs under the ontology's
//! context, and exactly the same graph as N-Quads / N-Triples when rdflib
//! reads it back.

use crate::util::{examples, python, repo, TempStore};

/// Python that reads two files with rdflib and compares them: `dataset`
/// compares the sets of N-Quads lines (no blank nodes are written), `graph`
/// checks the two graphs are isomorphic.
const COMPARE: &str = r#"
import sys, rdflib
from rdflib.compare import isomorphic
kind, jsonld, other, other_format = sys.argv[1:5]
if kind == "dataset":
    a = rdflib.Dataset(); a.parse(jsonld, format="json-ld")
    b = rdflib.Dataset(); b.parse(other, format=other_format)
    def lines(d):
        return {line for line in d.serialize(format="nquads").splitlines() if line.strip()}
    la, lb = lines(a), lines(b)
    print(len(la), len(lb))
    assert la == lb, ("only in JSON-LD", sorted(la - lb)[:5], "only in N-Quads", sorted(lb - la)[:5])
    assert len(la) > 500, len(la)
else:
    a = rdflib.Graph(); a.parse(jsonld, format="json-ld")
    b = rdflib.Graph(); b.parse(other, format=other_format)
    print(len(a), len(b))
    assert len(a) == len(b) and len(a) > 0, (len(a), len(b))
    assert isomorphic(a, b)
"#;

/// Every object key under `value`.
fn collect_keys(value: &serde_json::Value, keys: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(object) => {
            for (key, member) in object {
                keys.push(key.clone());
                collect_keys(member, keys);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_keys(item, keys)),
        _ => {}
    }
}

#[test]
fn the_export_is_compacted_and_reads_back_as_the_same_dataset() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let jsonld = store.file("graph.jsonld");
    let nquads = store.file("graph.nq");
    store
        .run(
            "export",
            &[
                "--format",
                "jsonld",
                "--output",
                &jsonld.display().to_string(),
            ],
        )
        .expect_code(0);
    store
        .run(
            "export",
            &[
                "--format",
                "nquads",
                "--output",
                &nquads.display().to_string(),
            ],
        )
        .expect_code(0);
    let text = std::fs::read_to_string(&jsonld).unwrap();
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    let context: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("ontology/context.jsonld")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        document["@context"], context["@context"],
        "the shipped context is the one used"
    );
    assert!(
        text.contains("\"holdsOffice\": \"bgr:office/"),
        "short terms and compact IRIs"
    );
    assert!(text.contains("\"@type\": \"Person\""));
    let mut keys = Vec::new();
    collect_keys(&document["@graph"], &mut keys);
    assert!(keys.len() > 1000, "{}", keys.len());
    let expanded: Vec<&String> = keys.iter().filter(|key| key.contains("://")).collect();
    assert!(expanded.is_empty(), "expanded property keys: {expanded:?}");
    let compared = python(&[
        "-c",
        COMPARE,
        "dataset",
        &jsonld.display().to_string(),
        &nquads.display().to_string(),
        "nquads",
    ]);
    assert_eq!(
        compared.code, 0,
        "rdflib: {}{}",
        compared.stdout, compared.stderr
    );
}

#[test]
fn construct_results_are_compacted_and_exact() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let construct = "CONSTRUCT { ?p bg:holdsOffice ?o . ?o rdfs:label ?l ; bg:roleName ?r . ?law bg:lawYear ?y ; bg:lawNumber ?n } WHERE { { ?p bg:holdsOffice ?o . ?o rdfs:label ?l ; bg:roleName ?r } UNION { ?law bg:lawYear ?y ; bg:lawNumber ?n } }";
    let jsonld = store.file("construct.jsonld");
    let ntriples = store.file("construct.nt");
    let run = store
        .run("query", &[construct, "--format", "jsonld"])
        .expect_code(0);
    std::fs::write(&jsonld, &run.stdout).unwrap();
    assert!(
        run.stdout.contains("\"lawYear\": \"2014\""),
        "gYear values are bare under the coerced term"
    );
    let run = store
        .run("query", &[construct, "--format", "ntriples"])
        .expect_code(0);
    std::fs::write(&ntriples, &run.stdout).unwrap();
    let compared = python(&[
        "-c",
        COMPARE,
        "graph",
        &jsonld.display().to_string(),
        &ntriples.display().to_string(),
        "nt",
    ]);
    assert_eq!(
        compared.code, 0,
        "rdflib: {}{}",
        compared.stdout, compared.stderr
    );
}
