//! The name recogniser measured on NERGrit's test split (cased Indonesian
//! sentences with PERSON spans, Apache-2.0, kept in `../shared/ner/`):
//! precision, recall and F1 of PERSON spans under exact match. The floor is
//! a regression guard set just under the measured figure; the test is
//! skipped, with a printed reason, when the corpus is not beside the
//! repository.

use crate::util::repo;
use beritagraf::extract::persons::person_spans;
use std::collections::BTreeSet;
use std::ops::Range;

/// One sentence rebuilt from its tokens (joined by spaces), with the byte
/// ranges of its gold PERSON spans.
struct Sentence {
    text: String,
    persons: BTreeSet<(usize, usize)>,
}

/// Reads a NERGrit file: a token and its BIO tag per line, a blank line
/// between sentences.
fn read_split(content: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for block in content.split("\n\n") {
        let mut text = String::new();
        let mut persons = BTreeSet::new();
        let mut open: Option<Range<usize>> = None;
        for line in block.lines().filter(|line| !line.trim().is_empty()) {
            let (token, tag) = line.split_once('\t').unwrap_or((line, "O"));
            if !text.is_empty() {
                text.push(' ');
            }
            let span = text.len()..text.len() + token.len();
            text.push_str(token);
            match (tag, open.as_mut()) {
                ("I-PERSON", Some(current)) => current.end = span.end,
                ("B-PERSON", _) | ("I-PERSON", None) => {
                    if let Some(done) = open.replace(span) {
                        persons.insert((done.start, done.end));
                    }
                }
                _ => {
                    if let Some(done) = open.take() {
                        persons.insert((done.start, done.end));
                    }
                }
            }
        }
        if let Some(done) = open {
            persons.insert((done.start, done.end));
        }
        if !text.is_empty() {
            sentences.push(Sentence { text, persons });
        }
    }
    sentences
}

#[test]
fn person_spans_on_nergrit_test_stay_above_their_floor() {
    let path = repo().join("../shared/ner/nergrit/test.tsv");
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not beside the repository", path.display());
        return;
    };
    let sentences = read_split(&content);
    let (mut found, mut gold, mut right) = (0usize, 0usize, 0usize);
    for sentence in &sentences {
        let predicted: BTreeSet<(usize, usize)> =
            person_spans(&sentence.text, 0..sentence.text.len())
                .into_iter()
                .map(|span| (span.start, span.end))
                .collect();
        found += predicted.len();
        gold += sentence.persons.len();
        right += predicted.intersection(&sentence.persons).count();
    }
    let precision = right as f64 / found.max(1) as f64;
    let recall = right as f64 / gold.max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    eprintln!(
        "NERGrit test PERSON spans: {} sentences, {gold} gold, {found} found, {right} right; \
         precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}",
        sentences.len()
    );
    assert_eq!(gold, 207, "the test split holds 207 PERSON spans");
    assert!(f1 >= 0.50, "PERSON F1 {f1:.3} fell below its floor");
}
