//! Extraction quality, scored by the benchmark's own scorer
//! (`../shared/eval/score.py`) against gold annotations: the seed articles,
//! the example articles and the written test corpus. Floors are regression
//! guards set just under the measured figures (see docs/quality-and-speed.md).

use crate::util::{python, repo, shared, TempStore};
use std::path::Path;

/// Per-relation F1 floors and the core macro F1 floor.
struct Floors {
    holds_office: f64,
    event_located_in: f64,
    statement_cites_law: f64,
    core: f64,
}

/// Build a graph from `articles`, score it against `gold`; None (with the
/// reason printed) when the scorer is not available.
fn score(articles: &Path, gold: &Path) -> Option<serde_json::Value> {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/eval/score.py is not beside the repository");
        return None;
    };
    let store = TempStore::new();
    let run = store.ingest(&[articles]);
    assert!(
        run.code == 0 || run.code == 1,
        "ingest failed: {}",
        run.stderr
    );
    let graph = store.file("graph.nq");
    store
        .run(
            "export",
            &[
                "--format",
                "nquads",
                "--output",
                &graph.display().to_string(),
            ],
        )
        .expect_code(0);
    let figures = store.file("figures.json");
    let scored = python(&[
        &shared.join("eval/score.py").display().to_string(),
        "--gold",
        &gold.display().to_string(),
        "--rdf",
        &graph.display().to_string(),
        "--json",
        &figures.display().to_string(),
        "--misses",
    ]);
    assert_eq!(scored.code, 0, "score.py failed: {}", scored.stderr);
    eprintln!("{}", scored.stdout);
    Some(serde_json::from_str(&std::fs::read_to_string(figures).unwrap()).unwrap())
}

fn check(figures: &serde_json::Value, floors: &Floors, what: &str) {
    let f1 = |relation: &str| figures[relation]["f1"].as_f64().unwrap();
    let cases = [
        ("holds_office", f1("holds_office"), floors.holds_office),
        (
            "event_located_in",
            f1("event_located_in"),
            floors.event_located_in,
        ),
        (
            "statement_cites_law",
            f1("statement_cites_law"),
            floors.statement_cites_law,
        ),
        (
            "core macro",
            figures["core_macro_f1"].as_f64().unwrap(),
            floors.core,
        ),
    ];
    for (relation, value, floor) in cases {
        assert!(
            value >= floor,
            "{what}: {relation} F1 {value:.3} fell below {floor:.3}"
        );
    }
}

#[test]
fn seed_articles_stay_above_their_floor() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not beside the repository");
        return;
    };
    let Some(figures) = score(&shared.join("seeds"), &shared.join("gold")) else {
        return;
    };
    check(
        &figures,
        &Floors {
            holds_office: 0.95,
            event_located_in: 0.95,
            statement_cites_law: 0.95,
            core: 0.97,
        },
        "seeds",
    );
    let cross = &figures["cross_identity"];
    assert_eq!(
        cross["ok"], cross["checks"],
        "every CROSS.json identity is one node: {cross}"
    );
}

#[test]
fn written_corpus_stays_above_its_floor() {
    let corpus = repo().join("tests/corpus");
    let Some(figures) = score(&corpus.join("articles"), &corpus.join("gold")) else {
        return;
    };
    check(
        &figures,
        &Floors {
            holds_office: 0.95,
            event_located_in: 0.95,
            statement_cites_law: 0.95,
            core: 0.96,
        },
        "written corpus",
    );
}

#[test]
fn example_articles_stay_above_their_floor() {
    let examples = repo().join("examples");
    let Some(figures) = score(&examples.join("articles"), &examples.join("gold")) else {
        return;
    };
    check(
        &figures,
        &Floors {
            holds_office: 0.95,
            event_located_in: 0.95,
            statement_cites_law: 0.95,
            core: 0.97,
        },
        "examples",
    );
    let cross = &figures["cross_identity"];
    assert_eq!(
        cross["ok"], cross["checks"],
        "every example CROSS.json identity is one node: {cross}"
    );
}

#[test]
fn blind_corpus_stays_above_its_floor() {
    let blind = repo().join("tests/blind");
    let Some(figures) = score(&blind.join("articles"), &blind.join("gold")) else {
        return;
    };
    check(
        &figures,
        &Floors {
            holds_office: 0.95,
            event_located_in: 0.93,
            statement_cites_law: 0.95,
            core: 0.95,
        },
        "blind corpus",
    );
}

/// Floors of the real development set: measured 0.928, 0.734, 0.990 and
/// core 0.884 when set.
const DEV_HOLDS_OFFICE: f64 = 0.91;
const DEV_EVENTS: f64 = 0.70;
const DEV_CITATIONS: f64 = 0.96;
const DEV_CORE: f64 = 0.86;

/// The real development articles in `../shared/dev` (read from there, never
/// copied here). Floors sit just under the figures measured when they were
/// set; this set is tuned on, so it is no unbiased estimate of quality on
/// unseen news.
#[test]
fn real_development_set_stays_above_its_floor() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not beside the repository");
        return;
    };
    let dev = shared.join("dev");
    if !dev.join("articles").is_dir() {
        eprintln!("skipped: ../shared/dev/articles is not there");
        return;
    }
    let Some(figures) = score(&dev.join("articles"), &dev.join("gold")) else {
        return;
    };
    check(
        &figures,
        &Floors {
            holds_office: DEV_HOLDS_OFFICE,
            event_located_in: DEV_EVENTS,
            statement_cites_law: DEV_CITATIONS,
            core: DEV_CORE,
        },
        "real development set",
    );
}
