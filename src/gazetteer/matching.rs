//! Shared helpers for matching gazetteer forms in text.

use std::ops::Range;

/// One gazetteer hit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<T> {
    /// Byte range of the hit.
    pub span: Range<usize>,
    /// What was found.
    pub value: T,
}

/// Whether `range` in `text` starts and ends at word boundaries.
pub fn is_word_boundary(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let is_word = |c: char| c.is_alphanumeric();
    !before.is_some_and(is_word) && !after.is_some_and(is_word)
}

/// Whether every word of `text[range]` that is not a short particle starts
/// with an upper-case letter or a digit (proper-noun shape).
pub fn looks_proper(text: &str, range: &Range<usize>) -> bool {
    text[range.clone()]
        .split([' ', '-'])
        .filter(|word| !word.is_empty())
        .filter(|word| !matches!(*word, "dan" | "di" | "ke" | "dari" | "la" | "x"))
        .all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Every match of `matcher` in `text` that `accept` keeps. A rejected match
/// (inside a longer word, say) does not hide a shorter one starting later
/// inside it: the search resumes one byte after the rejected start.
pub fn find_accepted(
    matcher: &aho_corasick::AhoCorasick,
    text: &str,
    mut accept: impl FnMut(&aho_corasick::Match) -> bool,
) -> Vec<aho_corasick::Match> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let input = aho_corasick::Input::new(text).span(at..text.len());
        let Some(hit) = matcher.find(input) else {
            break;
        };
        if accept(&hit) {
            at = hit.end().max(hit.start() + 1);
            found.push(hit);
        } else {
            at = hit.start() + 1;
            while at < text.len() && !text.is_char_boundary(at) {
                at += 1;
            }
        }
    }
    found
}
