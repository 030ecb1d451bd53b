//! Reading a NERGrit split and scoring the name recogniser's PERSON spans
//! on it, shared by `tests/names.rs` and `examples/nergrit_persons.rs`.
//!
//! A split holds one token and its BIO tag per line, a blank line between
//! sentences (NERGrit as distributed in IndoNLU, Apache-2.0). Each sentence
//! is rebuilt by joining its tokens with spaces.

use beritagraf::extract::persons::person_spans;
use std::collections::BTreeSet;

/// One sentence with the byte ranges of its gold PERSON spans.
pub struct Sentence {
    /// The tokens joined by spaces.
    pub text: String,
    /// Gold PERSON spans as (start, end) byte offsets.
    pub persons: BTreeSet<(usize, usize)>,
}

impl Sentence {
    /// The PERSON spans the recogniser finds in the sentence.
    pub fn predicted(&self) -> BTreeSet<(usize, usize)> {
        person_spans(&self.text, 0..self.text.len())
            .into_iter()
            .map(|span| (span.start, span.end))
            .collect()
    }
}

/// Counts of spans found, in the gold and right (exact match).
#[derive(Default)]
pub struct Tally {
    /// Spans the recogniser found.
    pub found: usize,
    /// Gold spans.
    pub gold: usize,
    /// Found spans that are gold spans.
    pub right: usize,
}

impl Tally {
    /// Add one sentence's gold and predicted spans.
    pub fn add(&mut self, sentence: &Sentence, predicted: &BTreeSet<(usize, usize)>) {
        self.found += predicted.len();
        self.gold += sentence.persons.len();
        self.right += predicted.intersection(&sentence.persons).count();
    }

    /// Precision, recall and F1.
    pub fn figures(&self) -> (f64, f64, f64) {
        let precision = self.right as f64 / self.found.max(1) as f64;
        let recall = self.right as f64 / self.gold.max(1) as f64;
        let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
        (precision, recall, f1)
    }
}

/// The sentences of a NERGrit file.
pub fn read_split(content: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for block in content.split("\n\n") {
        let mut text = String::new();
        let mut persons = BTreeSet::new();
        let mut open: Option<(usize, usize)> = None;
        for line in block.lines().filter(|line| !line.trim().is_empty()) {
            let (token, tag) = line.split_once('\t').unwrap_or((line, "O"));
            if !text.is_empty() {
                text.push(' ');
            }
            let span = (text.len(), text.len() + token.len());
            text.push_str(token);
            match (tag, open.as_mut()) {
                ("I-PERSON", Some(current)) => current.1 = span.1,
                ("B-PERSON", _) | ("I-PERSON", None) => persons.extend(open.replace(span)),
                _ => persons.extend(open.take()),
            }
        }
        persons.extend(open);
        if !text.is_empty() {
            sentences.push(Sentence { text, persons });
        }
    }
    sentences
}
