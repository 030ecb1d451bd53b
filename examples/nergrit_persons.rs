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

#[path = "../tests/nergrit.rs"]
mod nergrit;

use nergrit::{read_split, Tally};
use std::process::ExitCode;

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
    let mut tally = Tally::default();
    for sentence in &sentences {
        let predicted = sentence.predicted();
        tally.add(sentence, &predicted);
        if errors {
            let text = &sentence.text;
            for (start, end) in sentence.persons.difference(&predicted) {
                println!("missed\t{}", &text[*start..*end]);
            }
            for (start, end) in predicted.difference(&sentence.persons) {
                println!("extra\t{}", &text[*start..*end]);
            }
        }
    }
    let (precision, recall, f1) = tally.figures();
    let Tally { found, gold, right } = tally;
    println!(
        "{path}: {} sentences, {gold} gold PERSON spans, {found} found, {right} right; \
         precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}",
        sentences.len()
    );
    ExitCode::SUCCESS
}
