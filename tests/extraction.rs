//! Extraction snapshots: `extract --format jsonl` over the example
//! articles, the written corpus and the blind corpus matches the files in
//! `tests/snapshots/` (regenerate with `UPDATE_SNAPSHOTS=1 cargo test
//! --release` and review the diff). A change of the extractor's output,
//! wanted or not, shows here article by article.

use crate::util::{beritagraf, examples, repo};
use std::fs;
use std::path::PathBuf;

/// The corpora whose facts are pinned, as (snapshot name, articles folder).
fn corpora() -> Vec<(&'static str, PathBuf)> {
    vec![
        ("examples", examples()),
        ("corpus", repo().join("tests/corpus/articles")),
        ("blind", repo().join("tests/blind/articles")),
    ]
}

#[test]
fn extracted_facts_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let snapshots = repo().join("tests/snapshots");
    for (name, articles) in corpora() {
        let path = articles.display().to_string();
        let run = beritagraf(&["extract", "--format", "jsonl", &path]).expect_code(0);
        let snapshot = snapshots.join(format!("{name}.facts.jsonl"));
        if update {
            fs::create_dir_all(&snapshots).unwrap();
            fs::write(&snapshot, &run.stdout).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&snapshot).unwrap_or_else(|_| {
            panic!(
                "missing snapshot {}: run UPDATE_SNAPSHOTS=1 cargo test --release",
                snapshot.display()
            )
        });
        let got: Vec<&str> = run.stdout.lines().collect();
        let want: Vec<&str> = expected.lines().collect();
        for (line, (got, want)) in got.iter().zip(&want).enumerate() {
            assert_eq!(
                got,
                want,
                "{name}: the facts of article {} changed; if intended, run UPDATE_SNAPSHOTS=1 cargo test --release and review the diff",
                line + 1
            );
        }
        assert_eq!(
            got.len(),
            want.len(),
            "{name}: {} articles extracted, the snapshot holds {}",
            got.len(),
            want.len()
        );
    }
}
