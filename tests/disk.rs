//! Disk faults: a full disk and a read-only store fail with a clear message,
//! keep every stored article whole, and a re-run finishes the job. The
//! disk is a small tmpfs mounted for the test, which needs root (or
//! CAP_SYS_ADMIN); without it the tests print why and skip.

use crate::util::{beritagraf, examples, Run};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of a given size, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// Mount a tmpfs of `megabytes`, or say why not and give `None`.
    fn mount(megabytes: u32) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .output();
        match output {
            Ok(output) if output.status.success() => Some(SmallDisk { dir }),
            Ok(output) => {
                eprintln!(
                    "skipped: cannot mount a small tmpfs to fill (needs root or CAP_SYS_ADMIN): {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                );
                None
            }
            Err(error) => {
                eprintln!("skipped: no `mount` command: {error}");
                None
            }
        }
    }

    /// Change the mount's options (`size=64m`, `ro`, `rw`).
    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.dir.path())
            .status()
            .unwrap();
        assert!(status.success(), "remount {options}");
    }

    /// The store folder on this disk.
    fn store(&self) -> String {
        self.dir.path().join("store").display().to_string()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// A JSON Lines archive of `count` distinct articles, outside the small disk.
fn archive(dir: &Path, count: usize) -> PathBuf {
    let path = dir.join("arsip.jsonl");
    let mut out = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    for index in 0..count {
        let record = serde_json::json!({
            "id": format!("arsip-{index:04}"),
            "headline": format!("Rapat koordinasi ke-{index}"),
            "body": format!("Sekretaris Daerah Kabupaten Gowa, Kamsina, memimpin rapat koordinasi ke-{index} di Sungguminasa. \"Aparatur sipil negara wajib netral sesuai Undang-Undang Nomor 20 Tahun 2023,\" kata Kamsina. {}", "Rapat diikuti camat dan lurah. ".repeat(20)),
        });
        writeln!(out, "{record}").unwrap();
    }
    path
}

fn ingest(store: &str, input: &Path) -> Run {
    beritagraf(&["ingest", "--store", store, &input.display().to_string()])
}

fn count(store: &str, query: &str) -> usize {
    let run = beritagraf(&["query", "--store", store, "--format", "csv", query]).expect_code(0);
    run.stdout.lines().nth(1).unwrap().trim().parse().unwrap()
}

fn articles(store: &str) -> usize {
    count(
        store,
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }",
    )
}

/// Article graphs that lack their article node or its hash: half-written.
fn partial_articles(store: &str) -> usize {
    count(
        store,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
         FILTER(CONTAINS(STR(?g), \"/article/\")) \
         FILTER NOT EXISTS { GRAPH ?g { ?g a schema:NewsArticle ; bg:contentHash ?h } } }",
    )
}

#[test]
fn a_full_disk_during_a_first_load_leaves_an_empty_store_and_a_rerun_completes() {
    let Some(disk) = SmallDisk::mount(2) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let input = archive(work.path(), 2000);
    let store = disk.store();
    let run = ingest(&store, &input).expect_code(2);
    assert!(run.stderr.contains("the disk is full"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&store),
        "names the store: {}",
        run.stderr
    );
    assert_eq!(articles(&store), 0, "a first load is all or nothing");
    disk.remount("size=256m");
    let run = ingest(&store, &input).expect_code(0);
    assert!(run.stdout.contains("2000 written"), "{}", run.stdout);
    assert_eq!(articles(&store), 2000);
    assert_eq!(partial_articles(&store), 0);
}

#[test]
fn a_full_disk_during_updates_keeps_stored_articles_whole_and_a_rerun_completes() {
    let Some(disk) = SmallDisk::mount(4) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let input = archive(work.path(), 300);
    let store = disk.store();
    ingest(&store, &examples()).expect_code(0);
    let run = ingest(&store, &input).expect_code(2);
    assert!(run.stderr.contains("the disk is full"), "{}", run.stderr);
    assert!(
        run.stderr.contains("run the same ingest again"),
        "says how to finish: {}",
        run.stderr
    );
    let stored = articles(&store);
    assert!((8..8 + 300).contains(&stored), "{stored} articles");
    assert_eq!(partial_articles(&store), 0, "every stored article is whole");
    let examples_left = count(
        &store,
        "SELECT (COUNT(?a) AS ?n) WHERE { ?a bg:sourceFile ?f FILTER(!STRSTARTS(?f, \"arsip-\")) }",
    );
    assert_eq!(examples_left, 8, "the articles stored before are kept");
    disk.remount("size=256m");
    let run = ingest(&store, &input).expect_code(0);
    assert!(run.stdout.contains("300 read"), "{}", run.stdout);
    assert_eq!(articles(&store), 8 + 300);
    assert_eq!(partial_articles(&store), 0);
}

#[test]
fn a_read_only_store_refuses_ingest_clearly_and_still_answers_queries() {
    let Some(disk) = SmallDisk::mount(16) else {
        return;
    };
    let store = disk.store();
    ingest(&store, &examples()).expect_code(0);
    disk.remount("ro");
    let run = ingest(&store, &examples()).expect_code(2);
    assert!(run.stderr.contains("cannot be written"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&store),
        "names the store: {}",
        run.stderr
    );
    assert_eq!(articles(&store), 8, "queries still read it");
    beritagraf(&["stats", "--store", &store]).expect_code(0);
    let export = beritagraf(&["export", "--store", &store, "--format", "ntriples"]).expect_code(0);
    assert!(export.stdout.lines().count() > 500);
    disk.remount("rw");
    let run = ingest(&store, &examples()).expect_code(0);
    assert!(run.stdout.contains("8 unchanged"), "{}", run.stdout);
}
