//! Splitting a sentence into items: gazetteer hits (regions, bodies, office
//! titles, law citations) and the plain words and punctuation between them.

use crate::gazetteer::RegionId;
use std::ops::Range;

/// An index into the office titles an article's hits name
/// ([`super::ArticleContext::titles`]), not into the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TitleHit(pub usize);

/// An index into an article's law citations
/// ([`super::ArticleContext::citations`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CitationHit(pub usize);

/// What one item of a sentence is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// A word (letters first; may hold inner `.`, `'` or `-`: "S.IP", "Jum'at").
    Word,
    /// A number.
    Number,
    /// One punctuation character.
    Punct(char),
    /// A region hit: the gazetteer region it names.
    Region(RegionId),
    /// An organisation hit: index into the organisation gazetteer.
    Organization(usize),
    /// An office-title hit: which of the article's titles.
    OfficeTitle(TitleHit),
    /// A law citation: which of the article's citations.
    Law(CitationHit),
}

/// One item with its byte range in the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Byte range in the cleaned text.
    pub span: Range<usize>,
    /// What it is.
    pub kind: ItemKind,
}

impl Item {
    /// The item's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == ItemKind::Punct(c)
    }

    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.kind == ItemKind::Word
    }

    /// Whether this is a word that opens with a capital ("Sako").
    pub fn is_capitalised_word(&self, text: &str) -> bool {
        self.is_word()
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// The words, numbers and punctuation of `text[range]`, as items.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Item> {
    let slice = &text[range.clone()];
    let mut items = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            while let Some(&(index, next)) = chars.peek() {
                if next.is_alphanumeric() {
                    end = index + next.len_utf8();
                    chars.next();
                } else if matches!(next, '.' | '\'' | '-' | '’') {
                    // Inner punctuation stays in the word when a letter or digit follows.
                    let after = slice[index + next.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphanumeric) {
                        end = index + next.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let kind = if c.is_ascii_digit() {
                ItemKind::Number
            } else {
                ItemKind::Word
            };
            items.push(Item {
                span: range.start + start..range.start + end,
                kind,
            });
        } else {
            items.push(Item {
                span: range.start + start..range.start + start + c.len_utf8(),
                kind: ItemKind::Punct(c),
            });
        }
    }
    items
}

/// Items of `text[range]` where each hit (span, kind) replaces the tokens it
/// covers. Hits must not overlap each other.
pub fn items_with_hits(
    text: &str,
    range: Range<usize>,
    hits: &[(Range<usize>, ItemKind)],
) -> Vec<Item> {
    let mut hits: Vec<&(Range<usize>, ItemKind)> = hits
        .iter()
        .filter(|(span, _)| span.start >= range.start && span.end <= range.end)
        .collect();
    hits.sort_by_key(|(span, _)| span.start);
    let mut items = Vec::new();
    let mut hit_index = 0;
    for token in tokenize(text, range) {
        while hit_index < hits.len() && hits[hit_index].0.end <= token.span.start {
            hit_index += 1;
        }
        if let Some((span, kind)) = hits.get(hit_index) {
            if token.span.start >= span.start && token.span.end <= span.end {
                if items.last().is_none_or(|last: &Item| last.span != *span) {
                    items.push(Item {
                        span: span.clone(),
                        kind: kind.clone(),
                    });
                }
                continue;
            }
            if token.span.start < span.end && token.span.end > span.start {
                // A token straddling a hit's edge: keep the hit, drop the token.
                if items.last().is_none_or(|last: &Item| last.span != *span) {
                    items.push(Item {
                        span: span.clone(),
                        kind: kind.clone(),
                    });
                }
                continue;
            }
        }
        items.push(token);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_punctuation() {
        let text = "H. TS. Arif, S.IP, M.Si (5/8/20) Jum'at.";
        let words: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|item| item.text(text))
            .collect();
        assert_eq!(
            words,
            [
                "H", ".", "TS", ".", "Arif", ",", "S.IP", ",", "M.Si", "(", "5", "/", "8", "/",
                "20", ")", "Jum'at", "."
            ]
        );
    }

    #[test]
    fn hits_replace_their_tokens() {
        let text = "Sekda Kutai Kartanegara Sunggono";
        let hits = vec![(6..23, ItemKind::Region(RegionId(7)))];
        let items = items_with_hits(text, 0..text.len(), &hits);
        let kinds: Vec<&ItemKind> = items.iter().map(|item| &item.kind).collect();
        assert_eq!(
            kinds,
            [
                &ItemKind::Word,
                &ItemKind::Region(RegionId(7)),
                &ItemKind::Word
            ]
        );
    }
}
