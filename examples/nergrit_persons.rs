//! Measures the name recogniser on a NERGrit split: precision, recall and
//! F1 of PERSON spans under exact match.
//!
//! ```sh
//! cargo run --release --example nergrit_persons -- ../shared/ner/nergrit/valid.tsv [--errors]
//! ```
//!
//! The split is a file of one token and its BIO tag per line, a blank line
//! between sentences (NERGrit as distributed in IndoNLU, Apache-2.0). Each
//! sentence is rebuilt by joining its tokens with spaces, and
//! `persons::person_spans` reads it. `--errors` prints every missed and
//! extra span, for tuning on the validation split; the test split is for
//! reporting only (`tests/names.rs` guards its F1).

use beritagraf::extract::persons::person_spans;
use std::collections::BTreeSet;
use std::process::ExitCode;

/// One sentence with the byte ranges of its gold PERSON spans.
struct Sentence {
    text: String,
    persons: BTreeSet<(usize, usize)>,
}

fn read_split(content: &str) -> Vec<Sentence> {
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

fn main() -> ExitCode {
    let mut path = None;
    let mut errors = false;
    for argument in std::env::args().skip(1) {
        if argument == "--errors" {
            errors = true;
        } else {
            path = Some(argument);
        }
    }
    let Some(path) = path else {
        eprintln!("usage: nergrit_persons SPLIT.tsv [--errors]");
        return ExitCode::from(2);
    };
    let content = match std::fs::read_to_string(&path) {
        Ok(content) => content,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let sentences = read_split(&content);
    let (mut found, mut gold, mut right) = (0usize, 0usize, 0usize);
    for sentence in &sentences {
        let text = &sentence.text;
        let predicted: BTreeSet<(usize, usize)> = person_spans(text, 0..text.len())
            .into_iter()
            .map(|span| (span.start, span.end))
            .collect();
        found += predicted.len();
        gold += sentence.persons.len();
        right += predicted.intersection(&sentence.persons).count();
        if errors {
            for (start, end) in sentence.persons.difference(&predicted) {
                println!("missed\t{}", &text[*start..*end]);
            }
            for (start, end) in predicted.difference(&sentence.persons) {
                println!("extra\t{}", &text[*start..*end]);
            }
        }
    }
    let precision = right as f64 / found.max(1) as f64;
    let recall = right as f64 / gold.max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    println!(
        "{path}: {} sentences, {gold} gold PERSON spans, {found} found, {right} right; \
         precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}",
        sentences.len()
    );
    ExitCode::SUCCESS
}
