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
/// (inside a longer word, say) does not hide a shorter one at the same start
/// ("DKPP" when "DKPP RI" ran into "DKPP Rina", the matcher ignoring case)
/// nor one starting later inside it: the search resumes one byte after the
/// rejected start.
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
        if let Some(hit) = accepted_at_start(matcher, text, hit, &mut accept) {
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

/// `hit` if `accept` keeps it, else the longest shorter match at its start
/// that `accept` keeps.
fn accepted_at_start(
    matcher: &aho_corasick::AhoCorasick,
    text: &str,
    hit: aho_corasick::Match,
    accept: &mut impl FnMut(&aho_corasick::Match) -> bool,
) -> Option<aho_corasick::Match> {
    let start = hit.start();
    let mut candidate = hit;
    loop {
        if accept(&candidate) {
            return Some(candidate);
        }
        let input = aho_corasick::Input::new(text).span(start..candidate.end() - 1);
        candidate = matcher
            .find(input)
            .filter(|shorter| shorter.start() == start)?;
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    #[test]
    fn a_longer_form_running_into_a_name_leaves_the_shorter_one() {
        let organizations = &Gazetteer::get().organizations;
        // "DKPP RI" and "Bawaslu RI" are forms too; the matcher ignores case.
        for text in ["anggota DKPP Rina Wati", "Ketua Bawaslu Rini Astuti"] {
            let found: Vec<&str> = organizations
                .find(text)
                .into_iter()
                .map(|hit| &text[hit.span])
                .collect();
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(["DKPP", "Bawaslu"].contains(&found[0]), "{text}: {found:?}");
        }
    }
}
