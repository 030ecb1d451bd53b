//! References to a regulation by its short name ("Pasal 2 ayat (1) jo Pasal 18
//! UU Tipikor", "UU Pemilu"), read with the table of short names in
//! `data/law_names.tsv`.
//!
//! A short name alone gives no number and no year, so it is no citation of its
//! own (the annotation guideline keys a citation by type, number and year, and
//! "UU Tipikor" may mean the original law or any of its amendments). It is tied
//! to the laws it stands for only when the same text cites one of them by number
//! and year: then "UU Tipikor" in a later sentence is that law again, and the
//! sentence cites it too.

use super::grammar::{PASAL, UNDANG};
use super::{fold_ws, LawCitation, LawType};
use crate::gazetteer::{Gazetteer, LawKey};
use regex::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The short names of the shared gazetteer, compiled into one pattern.
struct ShortNames {
    /// Type word, optional "tentang", then one of the names; None when the table is empty.
    pattern: Option<Regex>,
    /// (type code, lower-case name with single spaces) → the laws it stands for.
    laws: HashMap<(String, String), Vec<LawKey>>,
    /// The type codes of the table; each names the groups `<code>` and `<code>_name`.
    codes: Vec<String>,
}

static SHORT_NAMES: LazyLock<ShortNames> = LazyLock::new(|| {
    let names = Gazetteer::get().laws.names();
    let mut laws: HashMap<(String, String), Vec<LawKey>> = HashMap::new();
    let mut by_type: HashMap<String, Vec<String>> = HashMap::new();
    for entry in names {
        let code = entry.law_type.to_uppercase();
        let name = fold_ws(&entry.name).to_lowercase();
        laws.entry((code.clone(), name.clone()))
            .or_default()
            .extend(entry.laws.iter().cloned());
        by_type.entry(code).or_default().push(name);
    }
    let mut types: Vec<(String, Vec<String>)> = by_type.into_iter().collect();
    types.sort();
    let codes: Vec<String> = types.iter().map(|(code, _)| code.to_lowercase()).collect();
    let alternatives: Vec<String> = types
        .into_iter()
        .map(|(code, mut names)| {
            // Longest first, so "Pemberantasan Tipikor" wins over "Tipikor".
            names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
            names.dedup();
            let names: Vec<String> = names
                .iter()
                .map(|name| {
                    name.split(' ')
                        .map(regex::escape)
                        .collect::<Vec<_>>()
                        .join(r"\s+")
                })
                .collect();
            format!(
                r"(?P<{group}>{word})(?:\s+(?:ri|republik\s+indonesia))?\s+(?:tentang\s+)?(?P<{group}_name>{names})",
                group = code.to_lowercase(),
                word = type_word(&code),
                names = names.join("|"),
            )
        })
        .collect();
    let pattern = (!alternatives.is_empty()).then(|| {
        let pattern = format!(
            r"(?xi){pasal}(?-u:\b)(?:{alternatives})(?-u:\b)",
            pasal = PASAL,
            alternatives = alternatives.join("|"),
        );
        RegexBuilder::new(&pattern)
            .size_limit(64 << 20)
            .build()
            .expect("short-name pattern compiles")
    });
    ShortNames {
        pattern,
        laws,
        codes,
    }
});

/// The type word a table code stands for in running text.
fn type_word(code: &str) -> String {
    match code {
        "UU" => format!("{UNDANG}|uu"),
        "PP" => r"peraturan\s+pemerintah|pp".to_string(),
        "PERPRES" => r"peraturan\s+presiden|perpres".to_string(),
        other => regex::escape(other),
    }
}

/// Citations by short name in `text` of laws that `cited` (the citations by
/// number found in the same text) already holds, outside their spans. One
/// citation per law the name stands for, in text order.
pub(super) fn by_short_name(text: &str, cited: &[LawCitation]) -> Vec<LawCitation> {
    let names = &*SHORT_NAMES;
    let Some(pattern) = &names.pattern else {
        return Vec::new();
    };
    if cited.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for caps in pattern.captures_iter(text) {
        let Some(whole) = caps.get(0) else {
            continue;
        };
        let overlaps = cited
            .iter()
            .any(|c| c.span.start < whole.end() && whole.start() < c.span.end);
        if overlaps {
            continue;
        }
        let Some((code, name)) = names.codes.iter().find_map(|code| {
            let name = caps.name(&format!("{code}_name"))?;
            Some((code.to_uppercase(), fold_ws(name.as_str()).to_lowercase()))
        }) else {
            continue;
        };
        let Some(keys) = names.laws.get(&(code, name)) else {
            continue;
        };
        let pasal = caps.name("pasal");
        for key in keys {
            let Some(law_type) = LawType::from_code(&key.law_type) else {
                continue;
            };
            let is_cited = cited
                .iter()
                .any(|c| c.law_type == law_type && c.number == key.number && c.year == key.year);
            if !is_cited {
                continue;
            }
            out.push(LawCitation {
                span: whole.range(),
                law_type,
                number: key.number.clone(),
                year: key.year,
                title: None,
                article_ref: pasal.map(|m| fold_ws(m.as_str())),
                issuer: None,
            });
        }
    }
    out
}
