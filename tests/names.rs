//! The name recogniser measured on NERGrit's test split (cased Indonesian
//! sentences with PERSON spans, Apache-2.0, kept in `../shared/ner/`):
//! precision, recall and F1 of PERSON spans under exact match. The floor is
//! a regression guard set just under the measured figure; the test is
//! skipped, with a printed reason, when the corpus is not beside the
//! repository.

use crate::nergrit::{read_split, Tally};
use crate::util::repo;

#[test]
fn person_spans_on_nergrit_test_stay_above_their_floor() {
    let path = repo().join("../shared/ner/nergrit/test.tsv");
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not beside the repository", path.display());
        return;
    };
    let sentences = read_split(&content);
    let mut tally = Tally::default();
    for sentence in &sentences {
        tally.add(sentence, &sentence.predicted());
    }
    let (precision, recall, f1) = tally.figures();
    let Tally { found, gold, right } = tally;
    eprintln!(
        "NERGrit test PERSON spans: {} sentences, {gold} gold, {found} found, {right} right; \
         precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}",
        sentences.len()
    );
    assert_eq!(gold, 207, "the test split holds 207 PERSON spans");
    assert!(f1 >= 0.50, "PERSON F1 {f1:.3} fell below its floor");
}
