//! Drawings: every view renders with Graphviz, the example corpus's DOT
//! matches its snapshots (regenerate with `UPDATE_SNAPSHOTS=1 cargo test`),
//! hostile names are escaped, and bad views are refused clearly.

use crate::util::{examples, repo, require_tool, TempStore};
use beritagraf::export::dot::{Clustering, EntityGraph};
use oxigraph::model::{Literal, NamedNode, Triple};
use std::fs;

/// The views users ask for, as `export` arguments.
const VIEWS: &[(&str, &[&str])] = &[
    ("all", &[]),
    ("focus-idris-latif", &["--focus", "Idris Latif", "--depth", "2"]),
    ("holds-office", &["--relation", "holds-office", "--cluster", "region"]),
    ("located-in", &["--relation", "located-in"]),
    ("cites-law-by-region", &["--relation", "cites-law", "--cluster", "region"]),
    ("one-article", &["--article", "01-gowa-sosialisasi-netralitas.txt", "--cluster", "article"]),
    ("construct", &["--query", "CONSTRUCT { ?p bg:holdsOffice ?o . ?o bg:jurisdiction ?r } WHERE { ?p bg:holdsOffice ?o . ?o bg:jurisdiction ?r }"]),
    ("top-20", &["--max-nodes", "20", "--keep-most-connected"]),
];

fn store_with_examples() -> TempStore {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    store
}

#[test]
fn every_view_renders_with_graphviz_and_matches_its_snapshot() {
    require_tool("dot", "graphviz");
    let store = store_with_examples();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let snapshots = repo().join("tests/snapshots");
    for (name, args) in VIEWS {
        let mut dot_args = vec!["--format", "dot"];
        dot_args.extend_from_slice(args);
        let dot = store.run("export", &dot_args).expect_code(0).stdout;
        let snapshot = snapshots.join(format!("{name}.dot"));
        if update {
            fs::create_dir_all(&snapshots).unwrap();
            fs::write(&snapshot, &dot).unwrap();
        } else {
            let expected = fs::read_to_string(&snapshot).unwrap_or_else(|_| {
                panic!(
                    "missing snapshot {}: run UPDATE_SNAPSHOTS=1 cargo test --release",
                    snapshot.display()
                )
            });
            assert_eq!(dot, expected, "view {name} changed; if intended, run UPDATE_SNAPSHOTS=1 cargo test --release and review the diff");
        }
        for format in ["svg", "png"] {
            let file = store.file(&format!("{name}.{format}"));
            let mut render_args = vec!["--format", format, "--output"];
            let file_name = file.display().to_string();
            render_args.push(&file_name);
            render_args.extend_from_slice(args);
            store.run("export", &render_args).expect_code(0);
            let bytes = fs::read(&file).unwrap();
            match format {
                "svg" => assert!(
                    String::from_utf8_lossy(&bytes).contains("<svg"),
                    "{name}: not an SVG"
                ),
                _ => assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{name}: not a PNG"),
            }
        }
    }
}

#[test]
fn a_focused_view_holds_the_person_and_their_office() {
    let store = store_with_examples();
    let dot = store
        .run(
            "export",
            &["--format", "dot", "--focus", "idris latif", "--depth", "1"],
        )
        .expect_code(0)
        .stdout;
    assert!(dot.contains("label=\"Muhammad Idris Latif\""), "{dot}");
    assert!(
        dot.contains("label=\"Sekretaris Daerah Kabupaten Gowa\""),
        "{dot}"
    );
    assert!(
        !dot.contains("Haryo Wicaksono"),
        "a depth-1 view stays near its focus"
    );
}

#[test]
fn ambiguous_unknown_and_oversized_views_are_refused() {
    let store = store_with_examples();
    let run = store
        .run("export", &["--format", "dot", "--focus", "Bawaslu"])
        .expect_code(2);
    assert!(
        run.stderr.contains("matches") && run.stderr.contains("say which one"),
        "{}",
        run.stderr
    );
    let run = store
        .run(
            "export",
            &["--format", "dot", "--focus", "Tidak Ada Orang Ini"],
        )
        .expect_code(2);
    assert!(run.stderr.contains("no entity named"), "{}", run.stderr);
    let run = store
        .run("export", &["--format", "dot", "--max-nodes", "5"])
        .expect_code(2);
    assert!(
        run.stderr.contains("more than --max-nodes 5"),
        "{}",
        run.stderr
    );
    let run = store
        .run("export", &["--format", "dot", "--article", "tidak-ada.txt"])
        .expect_code(2);
    assert!(
        run.stderr.contains("no article `tidak-ada.txt`"),
        "{}",
        run.stderr
    );
    let run = store
        .run("export", &["--format", "turtle", "--focus", "Idris"])
        .expect_code(2);
    assert!(run.stderr.contains("apply to drawings"), "{}", run.stderr);
}

#[test]
fn hostile_names_are_escaped_and_render() {
    require_tool("dot", "graphviz");
    let person = NamedNode::new("https://w3id.org/beritagraf/id/person/x").unwrap();
    let office = NamedNode::new("https://w3id.org/beritagraf/id/office/y").unwrap();
    let long = "Panjang ".repeat(2000);
    let names = [
        "Kepala \"Bidang\" \\ Umum",
        "Baris\npertama\r\nkedua",
        "Ñoño – “kutipan” ‘tunggal’ <tag> & {kurung}",
        long.as_str(),
    ];
    for name in names {
        let triples = vec![
            Triple::new(
                person.clone(),
                beritagraf::vocab::rdf::TYPE,
                beritagraf::vocab::schema::PERSON,
            ),
            Triple::new(
                person.clone(),
                beritagraf::vocab::schema::NAME,
                Literal::new_simple_literal(name),
            ),
            Triple::new(
                office.clone(),
                beritagraf::vocab::rdf::TYPE,
                beritagraf::vocab::bg::OFFICE,
            ),
            Triple::new(
                office.clone(),
                beritagraf::vocab::rdf::LABEL,
                Literal::new_simple_literal(name),
            ),
            Triple::new(
                person.clone(),
                beritagraf::vocab::bg::HOLDS_OFFICE,
                office.clone(),
            ),
        ];
        let dot = EntityGraph::from_triples(&triples).to_dot(Clustering::None);
        assert!(
            dot.lines().all(|line| line.chars().count() < 400),
            "labels are shortened"
        );
        let file = tempfile::NamedTempFile::new().unwrap();
        fs::write(file.path(), &dot).unwrap();
        let output = std::process::Command::new("dot")
            .args(["-Tsvg", &file.path().display().to_string()])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "dot rejects the escaping of {name:?}: {}\n{dot}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
