//! The ontology declares every term the code emits, and the graph built
//! from the examples conforms to the SHACL shapes (checked by pyshacl).

use crate::util::{examples, python, repo, TempStore};
use beritagraf::vocab::bg::ALL_BG_TERMS;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;

#[test]
fn every_emitted_term_is_declared_in_the_ontology() {
    let ontology = std::fs::read(repo().join("ontology/beritagraf.ttl")).unwrap();
    let declared: Vec<(String, String)> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&ontology)
        .map(|quad| quad.expect("the ontology parses"))
        .filter(|quad| quad.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        .filter_map(|quad| match quad.object {
            Term::NamedNode(class) => Some((quad.subject.to_string(), class.into_string())),
            _ => None,
        })
        .collect();
    let kinds = [
        "Class",
        "ObjectProperty",
        "DatatypeProperty",
        "AnnotationProperty",
    ]
    .map(|kind| format!("http://www.w3.org/2002/07/owl#{kind}"));
    for term in ALL_BG_TERMS {
        let subject = (*term).to_string();
        assert!(
            declared
                .iter()
                .any(|(declared_subject, class)| *declared_subject == subject
                    && kinds.contains(class)),
            "{subject} is emitted but not declared in ontology/beritagraf.ttl"
        );
    }
    let labels = String::from_utf8(ontology).unwrap();
    for label in [
        "\"holds office\"@en",
        "\"located in\"@en",
        "\"cites law\"@en",
    ] {
        assert!(labels.contains(label), "edge label {label} in the ontology");
    }
}

#[test]
fn example_graph_conforms_to_the_shapes() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let graph = store.file("graph.nt");
    store
        .run(
            "export",
            &[
                "--format",
                "ntriples",
                "--output",
                &graph.display().to_string(),
            ],
        )
        .expect_code(0);
    let script = repo()
        .join("tests/python/check_shapes.py")
        .display()
        .to_string();
    let self_test = python(&[&script, "--self-test"]);
    assert_eq!(
        self_test.code, 0,
        "the shapes catch what they should: {}{}",
        self_test.stdout, self_test.stderr
    );
    let run = python(&[&script, &graph.display().to_string(), "--format", "nt"]);
    assert_eq!(
        run.code, 0,
        "SHACL violations:\n{}{}",
        run.stdout, run.stderr
    );
}
