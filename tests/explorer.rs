//! The explorer page at `/`, in a real browser: headless Chromium loads
//! the page with an example query in its URL, then an entity view, and the
//! DOM after the page's JavaScript ran must hold the results and the
//! facts with their sentences. Screenshots go to the target folder
//! (`explorer-*.png`) for people to look at.

use crate::util::{curl, examples, repo, Served, TempStore};
use std::path::{Path, PathBuf};
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Run headless Chromium on `url` with `extra` arguments (at most 120 s).
fn chromium(url: &str, extra: &[&str]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new("timeout")
        .args([
            "120",
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
        ])
        .args([
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--virtual-time-budget=15000")
        .args(extra)
        .arg(url)
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn screenshot(url: &str, name: &str) -> PathBuf {
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&file);
    chromium(
        url,
        &[
            &format!("--screenshot={}", file.display()),
            "--window-size=1280,1500",
        ],
    );
    file
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[test]
fn a_browser_runs_an_example_query_and_opens_an_entity() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is not installed (apt-get install chromium; scripts/setup.sh does)");
        return;
    }
    let store = TempStore::new();
    store.ingest(&[&examples()]).expect_code(0);
    let served = Served::beritagraf(&store, &[]);

    let query_file = repo().join("examples/queries/who-holds-which-office.rq");
    let query = std::fs::read_to_string(&query_file).unwrap();
    let rows = store
        .run(
            "query",
            &[
                "--file",
                &query_file.display().to_string(),
                "--format",
                "csv",
            ],
        )
        .expect_code(0)
        .stdout;
    let first_person = rows
        .lines()
        .nth(1)
        .unwrap()
        .rsplit(',')
        .next()
        .unwrap()
        .trim()
        .to_string();
    let page = served.url(&format!("/?query={}", encode(&query)));
    let dom = chromium(&page, &["--dump-dom"]);
    assert!(
        dom.contains("id=\"results-table\""),
        "no results table in the DOM:\n{dom}"
    );
    assert!(
        dom.contains(&first_person),
        "{first_person} is not in the results:\n{dom}"
    );
    assert!(
        dom.contains("who-holds-which-office"),
        "the example list is missing"
    );
    let shot = screenshot(&page, "explorer-query.png");
    assert!(
        std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0) > 10_000,
        "no screenshot at {}",
        shot.display()
    );

    let person = store.select_csv(&format!(
        "SELECT ?p ?sentence WHERE {{ ?p schema:name \"{first_person}\" . ?e rdf:subject ?p ; bg:evidenceText ?sentence }} LIMIT 1"
    ));
    let (iri, sentence) = person[1].split_once(',').unwrap();
    let sentence = sentence
        .trim_matches('"')
        .chars()
        .take(40)
        .collect::<String>();
    let entity = served.url(&format!("/#entity={}", encode(iri)));
    let dom = chromium(&entity, &["--dump-dom"]);
    assert!(dom.contains("id=\"facts\""), "no facts table:\n{dom}");
    assert!(
        dom.contains(&format!("id=\"entity-title\">{first_person}")),
        "no title:\n{dom}"
    );
    assert!(
        dom.contains(&sentence),
        "the evidence sentence is missing:\n{dom}"
    );
    assert!(dom.contains(".txt"), "the article is missing:\n{dom}");
    let svg = curl(
        &served.url(&format!("/api/entity.svg?iri={}", encode(iri))),
        &[],
    );
    assert_eq!(svg.status, 200, "{}", svg.body);
    assert!(
        svg.body.contains("<svg") && svg.body.contains(&first_person),
        "{}",
        svg.body
    );
    let shot = screenshot(&entity, "explorer-entity.png");
    assert!(std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0) > 10_000);

    let dom = chromium(&served.url("/#search=gowa"), &["--dump-dom"]);
    assert!(
        dom.contains("#entity=https%3A%2F%2Fw3id.org%2Fberitagraf%2Fid%2Fregion%2F"),
        "no region found for gowa:\n{dom}"
    );
}
