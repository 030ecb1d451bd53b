//! Bad input: each case gives a clear message naming the file or position,
//! a non-zero exit, and leaves what the store held untouched.

use crate::util::{beritagraf, examples, TempStore};
use std::fs;

/// A store holding the examples, and its quad count.
fn filled_store() -> (TempStore, u64) {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let quads = store.quads();
    (store, quads)
}

#[test]
fn unreadable_articles_are_named_and_skipped() {
    let (store, quads) = filled_store();
    let folder = store.file("bad");
    fs::create_dir(&folder).unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "latin1.txt",
            b"Judul\nKepala Dinas berkata \xe9 netral\n",
            "latin1.txt: not UTF-8 text (invalid byte at offset 27)",
        ),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "image.txt: binary data",
        ),
        ("empty.txt", b"   \n\n", "empty.txt: empty article"),
    ];
    for (name, bytes, message) in cases {
        let path = folder.join(name);
        fs::write(&path, bytes).unwrap();
        let run = store.ingest(&[&path]).expect_code(1);
        assert!(run.stderr.contains(message), "{name}: {}", run.stderr);
    }
    assert_eq!(
        store.quads(),
        quads,
        "failed articles leave the store as it was"
    );
}

#[test]
fn a_malformed_json_line_is_named_and_the_rest_is_read() {
    let store = TempStore::new();
    let file = store.file("batch.jsonl");
    fs::write(
        &file,
        concat!(
            "{\"id\": \"satu\", \"headline\": \"Satu\", \"body\": \"Ketua Bawaslu Kota Medan, Ahmad Fauzi, hadir.\"}\n",
            "{\"id\": \"dua\", \"headline\": \"Dua\", \"body\": \n",
            "{\"id\": \"tiga\", \"title\": \"Tiga\"}\n",
            "{\"id\": \"empat\", \"title\": \"Empat\", \"text\": \"Bupati Gowa, Adnan Purichta, hadir.\", \"date\": \"2024-01-02\"}\n",
        ),
    )
    .unwrap();
    let run = store.ingest(&[&file]).expect_code(1);
    assert!(run.stderr.contains("batch.jsonl:2:"), "{}", run.stderr);
    assert!(run.stderr.contains("malformed JSON"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("batch.jsonl:3: record has no `body`, `text` or `html` field"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("2 read, 2 written, 0 unchanged, 2 failed"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_folder_without_articles_is_an_error() {
    let store = TempStore::new();
    let folder = store.file("nothing");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("notes.md"), "not an article").unwrap();
    let run = store.ingest(&[&folder]).expect_code(2);
    assert!(run.stderr.contains("no articles found"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing"), "{}", run.stderr);
}

#[test]
fn unknown_formats_and_missing_paths_are_errors() {
    let store = TempStore::new();
    let pdf = store.file("laporan.pdf");
    fs::write(&pdf, "%PDF-1.4").unwrap();
    let run = store.ingest(&[&pdf]).expect_code(2);
    assert!(
        run.stderr.contains("laporan.pdf: unknown input format"),
        "{}",
        run.stderr
    );
    let run = store.ingest(&[&store.file("missing.txt")]).expect_code(2);
    assert!(
        run.stderr.contains("missing.txt: no such file or folder"),
        "{}",
        run.stderr
    );
    let run = beritagraf(&["export", "--format", "xyz"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid value 'xyz'"), "{}", run.stderr);
}

#[test]
fn malformed_sparql_is_an_error_with_its_position() {
    let (store, quads) = filled_store();
    let run = store
        .run("query", &["SELECT ?x WHERE { ?x ?p }"])
        .expect_code(2);
    assert!(run.stderr.contains("malformed SPARQL"), "{}", run.stderr);
    assert!(
        run.stderr.contains("line") || run.stderr.contains(':'),
        "{}",
        run.stderr
    );
    let run = store.run("query", &[""]).expect_code(2);
    assert!(run.stderr.contains("the query is empty"), "{}", run.stderr);
    assert_eq!(store.quads(), quads);
}

#[test]
fn a_store_path_that_is_a_file_is_an_error() {
    let store = TempStore::new();
    let file = store.file("not-a-store");
    fs::write(&file, "x").unwrap();
    let path = file.display().to_string();
    let run = beritagraf(&[
        "ingest",
        "--store",
        &path,
        &examples().display().to_string(),
    ])
    .expect_code(2);
    assert!(
        run.stderr.contains("is a file, not a store folder"),
        "{}",
        run.stderr
    );
    let run = beritagraf(&["query", "--store", &path, "ASK {}"]).expect_code(2);
    assert!(
        run.stderr.contains("is a file, not a store folder"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn reading_a_missing_store_says_how_to_make_one() {
    let store = TempStore::new();
    let run = store.run("stats", &[]).expect_code(2);
    assert!(run.stderr.contains("no store at"), "{}", run.stderr);
    assert!(run.stderr.contains("beritagraf ingest"), "{}", run.stderr);
}

#[test]
fn a_failed_export_leaves_no_half_file() {
    let store = TempStore::new();
    let target = store.file("out.ttl");
    let run = store
        .run(
            "export",
            &[
                "--format",
                "turtle",
                "--output",
                &target.display().to_string(),
            ],
        )
        .expect_code(2);
    assert!(run.stderr.contains("no store at"), "{}", run.stderr);
    assert!(!target.exists());
}
