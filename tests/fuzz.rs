//! Property tests over the extractor and the article readers: arbitrary
//! text and bytes never make them panic, and every piece of evidence points
//! into the cleaned text on character boundaries.

use beritagraf::extract::extract;
use beritagraf::input::{read_articles, InputFormat};
use beritagraf::model::Article;
use proptest::prelude::*;
use std::sync::OnceLock;

fn example_bodies() -> &'static Vec<String> {
    static BODIES: OnceLock<Vec<String>> = OnceLock::new();
    BODIES.get_or_init(|| {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
        let mut bodies: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect();
        bodies.sort();
        bodies
    })
}

fn article(body: String) -> Article {
    Article {
        source_id: "fuzz.txt".into(),
        origin: "fuzz.txt".into(),
        headline: "Judul".into(),
        body,
        url: None,
        date: None,
    }
}

fn check(body: String) {
    let facts = extract(&article(body));
    let text = &facts.text;
    let ranges = facts
        .holds
        .iter()
        .map(|fact| &fact.evidence.sentence)
        .chain(facts.events.iter().map(|fact| &fact.evidence.sentence))
        .chain(facts.statements.iter().map(|fact| &fact.evidence.sentence));
    for range in ranges {
        assert!(range.start <= range.end && range.end <= text.len());
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
    }
}

proptest! {
    // 400 cases per property in the test run; BERITAGRAF_FUZZ_CASES raises it for long runs.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("BERITAGRAF_FUZZ_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(400),
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_never_panics(body in "\\PC{0,600}") {
        check(body);
    }

    #[test]
    fn newsy_text_never_panics(body in "([A-Z][a-z]{1,8}|UU|PP|Nomor|Tahun|[0-9]{1,4}|Sekda|Kepala|di|\\(|\\)|\"|“|”|,|\\.|/|\n| ){0,200}") {
        check(body);
    }

    #[test]
    fn mutated_articles_never_panic(which in 0usize..8, cuts in proptest::collection::vec((0usize..4000, "\\PC{0,12}"), 0..12)) {
        let mut body = example_bodies()[which % example_bodies().len()].clone();
        for (at, insert) in cuts {
            let mut at = at.min(body.len());
            while !body.is_char_boundary(at) {
                at -= 1;
            }
            body.insert_str(at, &insert);
        }
        check(body);
    }

    #[test]
    fn arbitrary_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..2000), jsonl in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let (name, format) = if jsonl { ("x.jsonl", InputFormat::JsonLines) } else { ("x.txt", InputFormat::Text) };
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        for article in read_articles(&path, format, beritagraf::input::DEFAULT_MAX_ARTICLE_BYTES).flatten() {
            check(article.body);
        }
    }
}
