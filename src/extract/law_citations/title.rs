//! The `tentang …` title after a citation: where it starts, which words it
//! keeps and where it stops.

use super::fold_ws;
use super::words::{TITLE_CONNECTORS, TITLE_STOP, TITLE_TYPE_WORDS};
use regex::Regex;
use std::sync::LazyLock;

/// Most words a `tentang …` title may keep.
pub(super) const MAX_TITLE_WORDS: usize = 12;

/// A comma inside a title that lists names with a serial comma:
/// ", Bupati, dan Walikota" in "Pemilihan Gubernur, Bupati, dan Walikota".
pub(super) static LIST_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,(?:\s+[A-Z][A-Za-z\-]*)+(?:\s*,(?:\s+[A-Z][A-Za-z\-]*)+)*\s*,\s+(?:dan|atau)\s+[A-Z]",
    )
    .expect("list tail compiles")
});

/// "tentang" right after the year.
pub(super) static TENTANG_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*,?\s*tentang\s+").expect("tentang compiles"));

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{AB}')
}

/// Byte length of the phrase before the first hard delimiter. With `lists`, a comma that
/// starts a serial-comma list of capitalised names does not end the phrase.
fn phrase_len(body: &str, quoted: bool, lists: bool) -> usize {
    let mut prev_ws = true;
    let mut in_list = false;
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let stop = match c {
            ',' if lists && LIST_TAIL_RE.is_match(window(body, i, 160)) => {
                in_list = true;
                false
            }
            ',' => !(in_list && ends_list(&body[i + 1..])),
            ';' | ':' | '(' | ')' | '[' | ']' | '?' | '!' | '\n' | '\r' | '"' | '\u{201C}'
            | '\u{201D}' | '\u{AB}' | '\u{BB}' => true,
            '\u{2018}' | '\u{2019}' | '\'' => quoted || prev_ws,
            '.' => next.is_none_or(|n| !n.is_alphanumeric()),
            '-' | '\u{2013}' | '\u{2014}' => prev_ws && next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if stop {
            return i;
        }
        prev_ws = c.is_whitespace();
    }
    body.len()
}

/// At most `len` bytes of `s` from `start`, cut back to a char boundary.
fn window(s: &str, start: usize, len: usize) -> &str {
    let mut end = (start + len).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[start..end]
}

/// " dan Walikota": the last item of a serial-comma list.
fn ends_list(after_comma: &str) -> bool {
    let mut words = after_comma.split_whitespace();
    matches!(words.next(), Some("dan" | "atau")) && words.next().is_some_and(starts_upper_or_digit)
}

fn starts_upper_or_digit(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The "tentang …" title after `from` (not past `bound`): the folded title and its end offset.
pub(super) fn parse_title(text: &str, from: usize, bound: usize) -> Option<(String, usize)> {
    if from >= bound {
        return None;
    }
    let rest = &text[from..bound];
    let m = TENTANG_RE.find(rest)?;
    let mut body_start = from + m.end();
    let mut quoted = false;
    if let Some(c) = text[body_start..bound].chars().next() {
        if is_open_quote(c) {
            quoted = true;
            body_start += c.len_utf8();
        }
    }
    let body = &text[body_start..bound];
    let lists = body.chars().next().is_some_and(char::is_uppercase);
    let body = &body[..phrase_len(body, quoted, lists)];

    // Words with their byte offsets inside `body`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &body[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &body[s..]));
    }
    let title_case = words.first().is_some_and(|(_, w)| starts_upper_or_digit(w));

    let mut kept = 0;
    for i in 0..words.len() {
        if kept >= MAX_TITLE_WORDS {
            break;
        }
        let w = words[i].1;
        let lw = w.to_lowercase();
        let next = words.get(i + 1).map(|(_, n)| *n);
        let next_lw = next.map(str::to_lowercase);
        if TITLE_STOP.contains(&lw.as_str()) {
            break;
        }
        if lw == "di" && next_lw.as_deref() == Some("mana") {
            break;
        }
        if matches!(lw.as_str(), "dan" | "atau" | "dan/atau")
            && next_lw
                .as_deref()
                .is_none_or(|n| TITLE_TYPE_WORDS.contains(&n))
        {
            break;
        }
        if title_case && !starts_upper_or_digit(w) {
            let connector = TITLE_CONNECTORS.contains(&lw.as_str());
            if !(connector && next.is_some_and(starts_upper_or_digit)) {
                break;
            }
        }
        kept = i + 1;
    }
    // Never end on a connector.
    while kept > 0 && TITLE_CONNECTORS.contains(&words[kept - 1].1.to_lowercase().as_str()) {
        kept -= 1;
    }
    if kept == 0 {
        return None;
    }
    let first = words[0].0;
    let (last_start, last) = words[kept - 1];
    let end = last_start + last.len();
    let title = fold_ws(&body[first..end]);
    Some((title, body_start + end))
}
