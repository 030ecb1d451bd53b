//! Event words written with one letter wrong ("sosialisai", "pelantkan"):
//! a long word one edit away from a long kind word, and no Indonesian word
//! itself, is that kind word misspelt.

use crate::extract::lexicon::Lexicon;
use crate::extract::names::vocabulary::Vocabulary;

/// Kind words shorter than this are not looked for misspelt: short words
/// one edit apart are too often other words.
const MIN_LETTERS: usize = 8;

/// A misspelt kind word in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// Byte range of the word as written.
    pub span: std::ops::Range<usize>,
    /// The kind word it stands for, lower case ("sosialisasi").
    pub word: &'static str,
}

/// Every misspelt one-word kind word in `sentence`.
pub fn misspelt_kind_words(sentence: &str) -> Vec<Misspelling> {
    let lexicon = Lexicon::get();
    let vocabulary = Vocabulary::get();
    let mut found = Vec::new();
    for (start, written) in words_with_offsets(sentence) {
        let letters = written.chars().count();
        if letters < MIN_LETTERS {
            continue;
        }
        let lower = written.to_lowercase();
        let candidate = lexicon
            .event_kinds
            .iter()
            .map(|kind| kind.word)
            .filter(|word| !word.contains(' ') && word.len() >= MIN_LETTERS)
            .filter(|word| word.len().abs_diff(lower.len()) <= 1)
            .filter(|word| word.as_bytes()[..2] == lower.as_bytes()[..2])
            .filter(|word| nearly_aligned(word, &lower))
            .find(|word| *word != lower && strsim::osa_distance(word, &lower) == 1);
        if let Some(word) = candidate {
            if !vocabulary.is_word(&lower) {
                found.push(Misspelling {
                    span: start..start + written.len(),
                    word,
                });
            }
        }
    }
    found
}

/// A cheap test every pair one edit apart passes: their common prefix and
/// suffix leave at most two bytes of the longer one uncovered.
fn nearly_aligned(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix + 2 >= a.len().max(b.len())
}

/// The alphabetic words of `text` with their byte offsets.
fn words_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                words.push((from, &text[from..index]));
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn misspelt(sentence: &str) -> Vec<&'static str> {
        misspelt_kind_words(sentence)
            .into_iter()
            .map(|found| found.word)
            .collect()
    }

    #[test]
    fn a_letter_dropped_swapped_or_wrong_is_the_kind_word() {
        assert_eq!(
            misspelt("Bupati membuka sosialisai aturan baru."),
            ["sosialisasi"]
        );
        assert_eq!(misspelt("Acara pelantkian digelar pagi."), ["pelantikan"]);
        assert_eq!(misspelt("Musrembang kecamatan dimulai."), ["musrenbang"]);
    }

    #[test]
    fn the_word_itself_and_other_words_are_not_misspellings() {
        assert!(misspelt("Sosialisasi dan pelantikan digelar.").is_empty());
        // A real word one letter away ("penahanan" and "penanaman" are
        // two letters apart; "pelatihan" is a word of its own).
        assert!(misspelt("Pelatihan dan penanaman pohon digelar.").is_empty());
        assert!(misspelt("Rapat dan sidang.").is_empty());
    }

    #[test]
    fn offsets_point_at_the_word_as_written() {
        let sentence = "“Hari ini,” sosialisai dimulai.";
        let found = misspelt_kind_words(sentence);
        assert_eq!(&sentence[found[0].span.clone()], "sosialisai");
    }
}
