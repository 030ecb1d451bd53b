//! The verbs around the graph: `gc`, `--base`, completions, the man page,
//! help texts with examples, and drawings of whole stores.

use crate::util::{beritagraf, examples, require_tool, TempStore};
use std::fs;

const FIRST: &str = "Sekda Bantul Buka Rapat Koordinasi\n\nSekretaris Daerah Kabupaten Bantul, Agus Budiraharja, membuka rapat koordinasi pengawasan di Kabupaten Bantul, Rabu (8/11/2023).\n\n\"Semua pegawai harus hadir tepat waktu,\" kata Agus.\n";
const SECOND: &str = "Sekda Bantul Buka Rapat Koordinasi\n\nBupati Bantul, Abdul Halim Muslih, membuka rapat koordinasi pengawasan di Kabupaten Bantul, Rabu (8/11/2023).\n\n\"Semua pegawai harus hadir tepat waktu,\" kata Halim.\n";

/// Whether a person named `name` is described in the store.
fn has_person(store: &TempStore, name: &str) -> bool {
    let rows = store.select_csv(&format!(
        "SELECT ?p WHERE {{ ?p a schema:Person ; schema:name \"{name}\" }}"
    ));
    rows.len() > 1
}

#[test]
fn gc_removes_the_descriptions_a_replaced_article_left_behind() {
    let store = TempStore::new();
    let folder = store.file("articles");
    fs::create_dir(&folder).unwrap();
    let article = folder.join("bantul.txt");
    fs::write(&article, FIRST).unwrap();
    store.ingest(&[&examples(), &folder]).expect_code(0);
    assert!(has_person(&store, "Agus Budiraharja"));
    fs::write(&article, SECOND).unwrap();
    store.ingest(&[&folder]).expect_code(0);
    assert!(has_person(&store, "Abdul Halim Muslih"));
    assert!(
        has_person(&store, "Agus Budiraharja"),
        "the stale name gc is for"
    );
    let quads_before = store.quads();

    // A dry run counts and removes nothing.
    let dry = store.run("gc", &["--dry-run", "--json"]).expect_code(0);
    let dry: serde_json::Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(store.quads(), quads_before);

    let run = store.run("gc", &["--json"]).expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["quads_removed"], dry["quads_removed"]);
    let removed: Vec<&str> = report["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|iri| iri.as_str().unwrap())
        .collect();
    assert!(
        removed
            .iter()
            .any(|iri| iri.ends_with("/person/agus-budiraharja")),
        "{removed:?}"
    );
    assert!(
        report["entity_descriptions_removed"].as_u64().unwrap() >= 2,
        "the person and his office: {report}"
    );
    assert_eq!(
        store.quads(),
        quads_before - report["quads_removed"].as_u64().unwrap()
    );
    assert!(!has_person(&store, "Agus Budiraharja"));
    assert!(has_person(&store, "Abdul Halim Muslih"));
    // What the example articles name is untouched, regions and their provinces too.
    assert!(
        has_person(&store, "Idris Latif")
            || store
                .select_csv("SELECT ?p WHERE { ?p a schema:Person }")
                .len()
                > 10
    );
    let provinces = store.select_csv("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?x bg:locatedIn ?r . ?r schema:containedInPlace+ ?p . ?p a bg:Province ; schema:name ?name }");
    assert_ne!(provinces[1], "0", "regions keep their ancestors");
    // Nothing left to remove.
    let again = store.run("gc", &[]).expect_code(0);
    assert!(
        again
            .stdout
            .contains("removed          0 entity descriptions, 0 region descriptions (0 quads)"),
        "{}",
        again.stdout
    );
}

#[test]
fn a_custom_base_is_used_kept_and_checked() {
    let store = TempStore::new();
    let base = "https://data.example.org/id/";
    store
        .run(
            "ingest",
            &["--base", base, &examples().display().to_string()],
        )
        .expect_code(0);
    let rows = store.select_csv("SELECT ?a WHERE { ?a a schema:NewsArticle } LIMIT 1");
    assert!(
        rows[1].starts_with("https://data.example.org/id/article/"),
        "{rows:?}"
    );
    // Without --base, a later ingest keeps the store's base.
    let folder = store.file("more");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("bantul.txt"), FIRST).unwrap();
    store.ingest(&[&folder]).expect_code(0);
    let others = store.select_csv("SELECT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/beritagraf/id/\")) } LIMIT 1");
    assert_eq!(
        others.len(),
        1,
        "nothing minted under the default base: {others:?}"
    );
    // Another base is refused, and the store is unchanged.
    let refused = store
        .run(
            "ingest",
            &[
                "--base",
                "https://other.example/id/",
                &folder.display().to_string(),
            ],
        )
        .expect_code(2);
    assert!(
        refused
            .stderr
            .contains("holds IRIs minted under <https://data.example.org/id/>"),
        "{}",
        refused.stderr
    );
    // Exports and stats work, and JSON-LD binds bgr: to the store's base.
    let stats: serde_json::Value =
        serde_json::from_str(&store.run("stats", &["--json"]).expect_code(0).stdout).unwrap();
    assert_eq!(stats["counts"]["articles"], 9);
    let jsonld = store
        .run("export", &["--format", "jsonld"])
        .expect_code(0)
        .stdout;
    let document: serde_json::Value = serde_json::from_str(&jsonld).unwrap();
    assert_eq!(document["@context"]["bgr"], base);
    assert!(jsonld.contains("\"bgr:person/"));
    store.run("export", &["--format", "dot"]).expect_code(0);
    store.run("gc", &[]).expect_code(0);
    assert_eq!(store.article_count(), 9);
    // extract mints under --base; a base that cannot prefix IRIs is refused.
    let article = folder.join("bantul.txt").display().to_string();
    let turtle = beritagraf(&["extract", "--base", base, &article, "--format", "nquads"])
        .expect_code(0)
        .stdout;
    assert!(
        turtle.contains("<https://data.example.org/id/person/agus-budiraharja>"),
        "{turtle}"
    );
    let bad =
        beritagraf(&["extract", "--base", "https://data.example.org/id", &article]).expect_code(2);
    assert!(
        bad.stderr.contains("must end with `/` or `#`"),
        "{}",
        bad.stderr
    );
}

#[test]
fn completions_are_generated_for_every_shell() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = beritagraf(&["completions", shell]).expect_code(0);
        for verb in ["ingest", "export", "gc", "completions"] {
            assert!(run.stdout.contains(verb), "{shell} completion lacks {verb}");
        }
        if shell == "bash" {
            let script = dir.path().join("beritagraf.bash");
            fs::write(&script, &run.stdout).unwrap();
            let checked = std::process::Command::new("bash")
                .arg("-n")
                .arg(&script)
                .output()
                .unwrap();
            assert!(
                checked.status.success(),
                "bash -n: {}",
                String::from_utf8_lossy(&checked.stderr)
            );
            // Sourced, it registers a completion function for the command.
            let sourced = std::process::Command::new("bash")
                .args([
                    "-c",
                    &format!("source {} && complete -p beritagraf", script.display()),
                ])
                .output()
                .unwrap();
            assert!(
                String::from_utf8_lossy(&sourced.stdout).contains("beritagraf"),
                "{sourced:?}"
            );
        }
    }
    let bad = beritagraf(&["completions", "tcsh"]).expect_code(2);
    assert!(
        bad.stderr
            .contains("possible values: bash, elvish, fish, powershell, zsh"),
        "{}",
        bad.stderr
    );
}

#[test]
fn the_man_page_is_roff_for_the_tool_and_each_verb() {
    let page = beritagraf(&["man"]).expect_code(0).stdout;
    assert!(
        page.starts_with(".ie") || page.contains(".TH beritagraf"),
        "{}",
        &page[..200.min(page.len())]
    );
    for verb in ["ingest", "query", "export", "gc", "completions"] {
        assert!(page.contains(verb), "the page lists {verb}");
    }
    let export = beritagraf(&["man", "export"]).expect_code(0).stdout;
    assert!(
        export.contains(".TH beritagraf-export"),
        "{}",
        &export[..300.min(export.len())]
    );
    assert!(export.contains("max\\-nodes"), "its options");
    let unknown = beritagraf(&["man", "exprot"]).expect_code(2);
    assert!(
        unknown
            .stderr
            .contains("expected one of ingest, query, export"),
        "{}",
        unknown.stderr
    );
    if std::process::Command::new("sh")
        .args(["-c", "command -v groff"])
        .output()
        .is_ok_and(|output| output.status.success())
    {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("beritagraf.1");
        fs::write(&file, &page).unwrap();
        let rendered = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            rendered.status.success() && rendered.stderr.is_empty(),
            "groff: {}",
            String::from_utf8_lossy(&rendered.stderr)
        );
    }
}

#[test]
fn every_verb_has_examples_and_mistakes_list_the_valid_choices() {
    for verb in [
        "ingest",
        "query",
        "export",
        "extract",
        "stats",
        "gc",
        "completions",
        "man",
    ] {
        let help = beritagraf(&[verb, "--help"]).expect_code(0).stdout;
        assert!(
            help.contains("Examples:\n  beritagraf"),
            "{verb} --help has no examples:\n{help}"
        );
    }
    let format = beritagraf(&["export", "--format", "jpeg"]).expect_code(2);
    assert!(
        format.stderr.contains(
            "possible values: turtle, ntriples, nquads, trig, rdfxml, jsonld, dot, svg, png"
        ),
        "{}",
        format.stderr
    );
    let flag = beritagraf(&["stats", "--jsn"]).expect_code(2);
    assert!(flag.stderr.contains("--json"), "{}", flag.stderr);
    let flag = beritagraf(&["export", "--colour"]).expect_code(2);
    assert!(
        flag.stderr
            .contains("valid options of `beritagraf export`: --format"),
        "{}",
        flag.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("artikel.docx");
    fs::write(&file, "x").unwrap();
    let input = beritagraf(&["extract", &file.display().to_string()]).expect_code(2);
    assert!(
        input
            .stderr
            .contains("expected a .txt, .html, .htm, .jsonl or .ndjson file"),
        "{}",
        input.stderr
    );
}

/// Fifty articles written for this test, each naming an official of its
/// own regency, an event there and a law.
fn fifty_articles(folder: &std::path::Path) {
    let regencies = [
        "Bantul",
        "Sleman",
        "Gunungkidul",
        "Kulon Progo",
        "Klaten",
        "Boyolali",
        "Sukoharjo",
        "Wonogiri",
        "Karanganyar",
        "Sragen",
    ];
    let given = ["Agus", "Budi", "Citra", "Dewi", "Eko"];
    let family = ["Santoso", "Wibowo", "Lestari", "Pratama", "Hidayat"];
    let laws = [
        "UU Nomor 5 Tahun 2014",
        "PP Nomor 94 Tahun 2021",
        "UU Nomor 23 Tahun 2014",
        "Perpres Nomor 12 Tahun 2021",
        "UU Nomor 7 Tahun 2017",
    ];
    fs::create_dir_all(folder).unwrap();
    for number in 0..50 {
        let regency = regencies[number % regencies.len()];
        let name = format!("{} {}", given[number % 5], family[(number / 5) % 5]);
        let deputy = format!(
            "{} {}",
            given[(number + 2) % 5],
            family[(number / 10 + 3) % 5]
        );
        let law = laws[number % laws.len()];
        let day = number % 28 + 1;
        let text = format!(
            "Rapat Kerja Pembangunan Desa Ke-{number} di {regency}\n\n\
             Sekretaris Daerah Kabupaten {regency}, {name}, membuka rapat kerja pembangunan desa di Kabupaten {regency}, Senin ({day}/5/2023).\n\n\
             \"Sesuai {law}, setiap desa wajib menyusun rencana kerja yang terbuka,\" kata {name}.\n\n\
             Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten {regency}, {deputy}, mengatakan rapat kerja ini diikuti kepala desa se-Kabupaten {regency}.\n"
        );
        fs::write(folder.join(format!("berita-{number:02}.txt")), text).unwrap();
    }
}

#[test]
fn the_whole_graph_of_fifty_articles_is_drawn() {
    require_tool("sfdp", "graphviz");
    let store = TempStore::new();
    let folder = store.file("fifty");
    fifty_articles(&folder);
    store.ingest(&[&examples(), &folder]).expect_code(0);
    let dot = store
        .run("export", &["--format", "dot"])
        .expect_code(0)
        .stdout;
    let nodes = dot
        .lines()
        .filter(|line| line.trim_start().starts_with('n') && line.contains("[label="))
        .count();
    assert!(
        nodes > 400,
        "the view has {nodes} nodes: more than the old default cap of 400 is the point"
    );
    let file = store.file("all.dot");
    fs::write(&file, &dot).unwrap();
    let rendered = std::process::Command::new("timeout")
        .args(["300", "sfdp", "-Tsvg", "-o"])
        .arg(store.file("all.svg"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        rendered.status.success(),
        "sfdp: {}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    assert!(fs::read_to_string(store.file("all.svg"))
        .unwrap()
        .contains("<svg"));
    // A picture has a cap; --keep-most-connected keeps the best-connected nodes.
    let capped = store
        .run("export", &["--format", "svg", "--max-nodes", "100"])
        .expect_code(2);
    assert!(
        capped.stderr.contains("more than --max-nodes 100"),
        "{}",
        capped.stderr
    );
    let svg = store
        .run(
            "export",
            &[
                "--format",
                "svg",
                "--max-nodes",
                "100",
                "--keep-most-connected",
            ],
        )
        .expect_code(0)
        .stdout;
    assert!(svg.contains("<svg"));
}
