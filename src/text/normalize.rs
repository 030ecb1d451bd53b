//! Unicode and spacing normalisation of scraped Indonesian news text.
//!
//! [`normalize`] turns whatever the scraper produced into plain, predictable
//! text: NFC composition, ASCII quotes and dashes, ordinary spaces, one line
//! ending, no control or zero-width characters, trimmed lines and collapsed
//! blank lines. It also restores the space that scraped text often loses
//! after a closing quote (`,”pintanya` → `," pintanya`) or after a comma
//! between two words (`netral,katanya` → `netral, katanya`).

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// How the last character written was produced, for the missing-space fix.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LastQuote {
    /// The last character was not a closing double quote.
    None,
    /// A right curly double quote (`”`) directly after a non-space character.
    Curly,
    /// A straight `"` directly after `,` `.` `!` or `?`.
    Straight,
}

/// Unicode and spacing normalisation alone (used on headlines too).
///
/// NFC; curly double quotes → `"`; curly single quotes → `'`; no-break,
/// thin and other special spaces and tabs → space; zero-width characters,
/// soft hyphens, byte-order marks and control characters removed; en/em
/// dashes and the minus sign → `-`; `…` → `...`; line endings → `\n`;
/// runs of spaces collapsed, every line trimmed, runs of blank lines
/// collapsed to one and blank lines at both ends removed. A space is
/// inserted where a closing quote or a comma is glued to the next word,
/// and after a "di" glued to a place noun ("dihalaman").
pub fn normalize(text: &str) -> String {
    let nfc: Cow<str> = if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    let mapped = map_chars(&nfc);
    tidy_lines(&mapped)
}

/// Character-level mapping (quotes, dashes, spaces, removals) and the
/// missing-space fixes. Lines are not yet trimmed or collapsed.
fn map_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut last_quote = LastQuote::None;
    // The last two characters written to `out` (most recent first).
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    // The letters of the word being written, and whether it opened with a
    // capital.
    let mut word_letters = 0usize;
    let mut word_capitalised = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mapped: Option<char> = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                Some('\n')
            }
            '\n' | '\u{0085}' | '\u{2028}' | '\u{2029}' => Some('\n'),
            '\t' | '\u{000B}' | '\u{000C}' => Some(' '),
            '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => Some(' '),
            '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}' => None,
            '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{301D}'
            | '\u{301E}' | '\u{FF02}' | '\u{2033}' => Some('"'),
            '\u{201D}' => Some('"'),
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
            | '\u{2032}' | '\u{FF07}' => Some('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
            '\u{2026}' => {
                out.push_str("...");
                prev2 = Some('.');
                prev = Some('.');
                last_quote = LastQuote::None;
                None
            }
            c if c.is_control() => None,
            c => Some(c),
        };
        let Some(m) = mapped else { continue };

        // Missing space after a closing quote glued to a word.
        if m.is_alphabetic() {
            let insert = match last_quote {
                LastQuote::Curly => true,
                LastQuote::Straight => m.is_lowercase(),
                LastQuote::None => false,
            } || (prev == Some(',') && prev2.is_some_and(char::is_alphabetic));
            if insert {
                out.push(' ');
                prev2 = prev;
                prev = Some(' ');
            }
        }

        // Two capitalised words glued together ("Kepala DesaSako",
        // "PolresGowa"): the first of at least four letters, already
        // written, the second going on in lower case for two more.
        let glued = m.is_uppercase()
            && prev.is_some_and(char::is_lowercase)
            && word_capitalised
            && word_letters >= 4
            && {
                let mut ahead = chars.clone();
                ahead.next().is_some_and(char::is_lowercase)
                    && ahead.next().is_some_and(char::is_lowercase)
            };
        if glued {
            out.push(' ');
            prev2 = prev;
            prev = Some(' ');
        }
        if m.is_alphabetic() && prev.is_some_and(char::is_alphabetic) {
            word_letters += 1;
        } else if m.is_alphabetic() {
            word_letters = 1;
            word_capitalised = m.is_uppercase();
        } else {
            word_letters = 0;
            word_capitalised = false;
        }

        // A parenthesis glued to a word: "Tatang Kirana(PDIP)", "Selasa(15/11)",
        // "(Perda)Kabupaten".
        if (m == '(' && prev.is_some_and(char::is_alphabetic))
            || (m.is_alphabetic() && prev == Some(')'))
        {
            out.push(' ');
            prev2 = prev;
            prev = Some(' ');
        }

        // Two apostrophes (or backticks) used as a double quote.
        if (m == '\'' && prev == Some('\'')) || (m == '`' && prev == Some('`')) {
            out.pop();
            out.push('"');
            prev = Some('"');
            last_quote = if prev2.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?')) {
                LastQuote::Straight
            } else {
                LastQuote::None
            };
            continue;
        }

        last_quote = if c == '\u{201D}' && prev.is_some_and(|p| !p.is_whitespace()) {
            LastQuote::Curly
        } else if m == '"' && prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?')) {
            LastQuote::Straight
        } else {
            LastQuote::None
        };
        out.push(m);
        prev2 = prev;
        prev = Some(m);
    }
    out
}

/// Nouns of places that writers glue to the preposition "di" ("dihalaman",
/// "dikantor"); no passive verb is spelt like one of them.
const GLUED_PLACE_NOUNS: &[&str] = &[
    "halaman",
    "ruang",
    "gedung",
    "kantor",
    "aula",
    "balai",
    "lapangan",
    "pendopo",
    "hotel",
    "desa",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
];

/// The place noun after a "di" glued to it ("dihalaman," → "halaman,"),
/// trailing punctuation kept.
fn glued_place(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("di")?;
    let bare = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
    GLUED_PLACE_NOUNS.contains(&bare).then_some(rest)
}

/// Collapse spaces, trim lines, collapse blank-line runs and trim the ends.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in text.split('\n') {
        let mut words = line.split(' ').filter(|w| !w.is_empty()).peekable();
        if words.peek().is_none() {
            pending_blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if pending_blank {
                out.push('\n');
            }
        }
        pending_blank = false;
        let mut first = true;
        for w in words {
            if !first {
                out.push(' ');
            }
            // "dihalaman pendopo" → "di halaman pendopo".
            if let Some(place) = glued_place(w) {
                out.push_str("di ");
                out.push_str(place);
            } else {
                out.push_str(w);
            }
            first = false;
        }
    }
    out
}

/// Collapse runs of spaces inside one line and trim it (no other changes).
pub(crate) fn collapse_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for w in line.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_table() {
        let cases: &[(&str, &str)] = &[
            // curly double quotes
            (
                "\u{201C}Kami siap bekerja,\u{201D} kata Budi.",
                "\"Kami siap bekerja,\" kata Budi.",
            ),
            ("\u{201E}Siap\u{201F} ujarnya", "\"Siap\" ujarnya"),
            ("\u{00AB}Lanjut\u{00BB}", "\"Lanjut\""),
            // curly single quotes / apostrophe
            ("Jum\u{2019}at pagi", "Jum'at pagi"),
            // "di" glued to a place noun, and the words it must leave alone
            (
                "apel dihalaman pendopo, lalu dikantor.",
                "apel di halaman pendopo, lalu di kantor.",
            ),
            ("dirumahkan dan digelar", "dirumahkan dan digelar"),
            ("\u{2018}kata\u{2019} \u{201A}x", "'kata' 'x"),
            // special spaces
            ("Kota\u{00A0}Samarinda", "Kota Samarinda"),
            ("Kota\u{2009}Bontang\u{202F}Utara", "Kota Bontang Utara"),
            ("Pe\u{200B}milu\u{FEFF} damai", "Pemilu damai"),
            ("\u{FEFF}Awal berita", "Awal berita"),
            ("seko\u{00AD}lah", "sekolah"),
            // dashes and minus
            ("2020\u{2013}2024", "2020-2024"),
            ("Jakarta \u{2014} Pemerintah", "Jakarta - Pemerintah"),
            ("suhu \u{2212}5 derajat", "suhu -5 derajat"),
            // ellipsis
            ("dan seterusnya\u{2026}", "dan seterusnya..."),
            // tabs and runs of spaces
            ("satu\tdua   tiga", "satu dua tiga"),
            ("   di awal dan akhir   ", "di awal dan akhir"),
            // line endings and trimming
            (
                "baris satu\r\nbaris dua\rbaris tiga",
                "baris satu\nbaris dua\nbaris tiga",
            ),
            ("  a  \n  b  ", "a\nb"),
            ("a\n\n\n\nb", "a\n\nb"),
            ("\n\n a \n\n", "a"),
            ("a\n \t \nb", "a\n\nb"),
            // control characters
            ("ada\u{0007}bel\u{0000}nol", "adabelnol"),
            ("teks\u{001B}[0m biasa", "teks[0m biasa"),
            // NFC
            ("cafe\u{0301}", "caf\u{00E9}"),
            // missing space after a closing curly quote
            ("netral,\u{201D}pintanya", "netral,\" pintanya"),
            (
                "\u{201C}Jaga netralitas\u{201D}ujarnya.",
                "\"Jaga netralitas\" ujarnya.",
            ),
            // straight closing quote after punctuation, then a lower-case word
            ("\"Kami siap,\"ujarnya.", "\"Kami siap,\" ujarnya."),
            // an opening quote glued to a capital is left alone
            ("katanya,\"Kita", "katanya,\"Kita"),
            ("dia \u{201C}Kita", "dia \"Kita"),
            // a closing quote followed by punctuation is left alone
            ("\u{201C}Siap\u{201D}.", "\"Siap\"."),
            // comma glued to the next word
            ("netral,katanya", "netral, katanya"),
            // decimal commas stay
            ("naik 54,8% tahun ini", "naik 54,8% tahun ini"),
            // two capitalised words glued together
            ("Kepala DesaSako, Kecamatan", "Kepala Desa Sako, Kecamatan"),
            ("Kapolres PolresGowa", "Kapolres Polres Gowa"),
            (
                "iNews dan McDonald serta YouTuber",
                "iNews dan McDonald serta YouTuber",
            ),
            // a parenthesis glued to a word
            (
                "Tatang Kirana(PDIP), Selasa(15/11)",
                "Tatang Kirana (PDIP), Selasa (15/11)",
            ),
            ("Daerah (Perda)Kabupaten", "Daerah (Perda) Kabupaten"),
            ("2(1) dan (a)", "2(1) dan (a)"),
            // two apostrophes as a double quote
            ("''Siap,'' katanya", "\"Siap,\" katanya"),
            // empty and space-only
            ("", ""),
            ("   \n\t\n ", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn normalisation_is_idempotent() {
        let cases = [
            "\u{201C}Kami siap,\u{201D}ujarnya \u{2014} di Jakarta\u{2026}",
            "a\r\n\r\n\r\nb\t c",
            "Jum\u{2019}at, 5 Juli\u{00A0}2024",
        ];
        for input in cases {
            let once = normalize(input);
            assert_eq!(normalize(&once), once, "input {input:?}");
        }
    }

    #[test]
    fn collapse_spaces_table() {
        let cases = [("  a   b  ", "a b"), ("", ""), ("x", "x"), ("a b", "a b")];
        for (input, expected) in cases {
            assert_eq!(collapse_spaces(input), expected);
        }
    }

    #[test]
    fn binary_input_does_not_panic() {
        let bytes: Vec<u8> = (0u8..=255).cycle().take(10_000).collect();
        let text = String::from_utf8_lossy(&bytes);
        let out = normalize(&text);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    }
}
