//! Faults: a killed ingest leaves a store that opens and holds only whole
//! articles, and a re-run completes the job; a second writer is refused
//! clearly while readers go on.

use crate::util::{examples, TempStore};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A JSON Lines archive of `count` articles made from the example articles.
fn archive(path: &Path, count: usize) {
    let mut bodies = Vec::new();
    for entry in fs::read_dir(examples()).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        let (headline, body) = text.split_once('\n').unwrap();
        bodies.push((headline.to_string(), body.to_string()));
    }
    bodies.sort();
    let mut file = std::io::BufWriter::new(fs::File::create(path).unwrap());
    for index in 0..count {
        let (headline, body) = &bodies[index % bodies.len()];
        let record = serde_json::json!({
            "id": format!("arsip-{index:05}"),
            "headline": format!("{headline} ({index})"),
            "body": format!("{body}\nCatatan redaksi nomor {index}."),
        });
        writeln!(file, "{record}").unwrap();
    }
}

/// Start `beritagraf ingest` and kill it with SIGKILL after `delay`.
fn kill_ingest_after(store: &TempStore, input: &Path, delay: Duration) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args([
            "ingest",
            "--store",
            &store.path(),
            "--quiet",
            &input.display().to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
}

/// Article graphs that lack their article node: half-written articles.
fn partial_articles(store: &TempStore) -> Vec<String> {
    let rows = store.select_csv(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } \
         FILTER(CONTAINS(STR(?g), \"/article/\")) \
         FILTER NOT EXISTS { GRAPH ?g { ?g a schema:NewsArticle ; bg:contentHash ?h ; bg:extractorVersion ?v } } }",
    );
    rows.into_iter().skip(1).collect()
}

#[test]
fn a_killed_first_load_leaves_an_empty_or_complete_store_and_a_rerun_completes() {
    let store = TempStore::new();
    let input = store.file("arsip.jsonl");
    archive(&input, 3000);
    // While the store is being created, during the load, and (on this
    // machine, after about 4 s) during the compaction that follows it.
    for delay in [10, 30, 150, 600, 2000, 4000] {
        kill_ingest_after(&store, &input, Duration::from_millis(delay));
        if Path::new(&store.path()).exists() {
            let count = store.article_count();
            assert!(
                count == 0 || count == 3000,
                "a bulk load is all or nothing, found {count}"
            );
            assert!(partial_articles(&store).is_empty());
        }
    }
    let run = store.ingest(&[&input]).expect_code(0);
    assert_eq!(store.article_count(), 3000, "{}", run.stdout);
    assert!(partial_articles(&store).is_empty());
}

#[test]
fn a_killed_update_holds_only_whole_articles_and_a_rerun_completes() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let input = store.file("arsip.jsonl");
    archive(&input, 1500);
    for delay in [400, 900] {
        kill_ingest_after(&store, &input, Duration::from_millis(delay));
        let count = store.article_count();
        assert!((8..=8 + 1500).contains(&count), "{count} articles");
        assert!(
            partial_articles(&store).is_empty(),
            "every stored article is whole"
        );
    }
    let run = store.ingest(&[&input]).expect_code(0);
    assert!(run.stdout.contains("1500 read"), "{}", run.stdout);
    assert_eq!(store.article_count(), 8 + 1500);
    assert!(partial_articles(&store).is_empty());
}

#[test]
fn a_second_writer_is_refused_while_readers_go_on() {
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let fifo = store.file("feed.jsonl");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // The first writer holds the store while it waits for its input.
    let writer = Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args([
            "ingest",
            "--store",
            &store.path(),
            &fifo.display().to_string(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let second = store.ingest(&[&examples()]).expect_code(2);
    assert!(
        second.stderr.contains("is in use by another process"),
        "{}",
        second.stderr
    );
    assert_eq!(store.article_count(), 8, "readers still answer");
    fs::write(&fifo, "{\"id\": \"baru\", \"headline\": \"Baru\", \"body\": \"Bupati Gowa, Andi Rahman, hadir di Sungguminasa.\"}\n").unwrap();
    let output = writer.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(store.article_count(), 9);
}

#[test]
fn a_multi_megabyte_article_and_a_very_long_json_line_are_ingested() {
    let store = TempStore::new();
    // About 3.5 MB of distinct paragraphs (under the 4 MiB limit): the example bodies, each paragraph
    // made unique so none is dropped as a repeat.
    let mut paragraphs = Vec::new();
    let mut sources: Vec<String> = fs::read_dir(examples())
        .unwrap()
        .map(|entry| fs::read_to_string(entry.unwrap().path()).unwrap())
        .collect();
    sources.sort();
    let mut copy = 0;
    while paragraphs.iter().map(String::len).sum::<usize>() < 3_500_000 {
        for text in &sources {
            for paragraph in text.lines().skip(1).filter(|line| line.len() > 40) {
                paragraphs.push(format!("{paragraph} Catatan arsip nomor {copy}."));
                copy += 1;
            }
        }
    }
    let body = paragraphs.join("\n");
    let big = store.file("arsip-besar.txt");
    fs::write(&big, format!("Arsip besar\n{body}\n")).unwrap();
    let line = store.file("baris-panjang.jsonl");
    let record =
        serde_json::json!({"id": "baris-panjang", "headline": "Baris panjang", "body": body});
    fs::write(&line, format!("{record}\n")).unwrap();
    let run = store.ingest(&[&big, &line]).expect_code(0);
    assert!(run.stdout.contains("2 read, 2 written"), "{}", run.stdout);
    let persons = store.select_csv(
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?a bg:sourceFile \"arsip-besar.txt\" ; schema:mentions ?p } ?p a schema:Person }",
    );
    let count: usize = persons[1].parse().unwrap();
    assert!(
        count >= 20,
        "the persons of the whole article are found: {count}"
    );
}
