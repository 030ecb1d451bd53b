//! Cores: validated type + number + year matches of the grammar, before
//! titles and follow-up numbers are attached.

use super::classify::{check_slot, classify, family, Family};
use super::fold_ws;
use super::grammar::CORE_RE;
use super::LawType;
use regex::Captures;

/// A citation before its title is attached.
pub(super) struct Core {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) law_type: LawType,
    pub(super) number: String,
    pub(super) year: u16,
    pub(super) article_ref: Option<String>,
    pub(super) issuer: Option<String>,
}

/// All type+number+year matches, validated, non-overlapping.
pub(super) fn find_cores(text: &str) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut pos = 0;
    while pos <= text.len() {
        let Some(caps) = CORE_RE.captures_at(text, pos) else {
            break;
        };
        let whole = caps.get(0).map_or(pos..pos, |m| m.range());
        match build_core(text, &caps) {
            Some(core) => {
                pos = core.end.max(whole.start + 1);
                cores.push(core);
            }
            None => {
                // Retry just after the start of the rejected match.
                let step = text[whole.start..].chars().next().map_or(1, char::len_utf8);
                pos = whole.start + step;
            }
        }
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    cores
}

/// Validate one match of the grammar and turn it into a core.
fn build_core(text: &str, caps: &Captures<'_>) -> Option<Core> {
    let ty = caps.name("ty")?;
    let fam = family(caps)?;
    let keyword_m = caps.name("kw").or_else(|| caps.name("ckw"));
    let keyword = keyword_m.is_some();
    let number_m = caps
        .name("kn")
        .or_else(|| caps.name("dn"))
        .or_else(|| caps.name("code"))?;
    // "Nomor21" runs keyword and number together; "Nomorasi" is no keyword.
    if keyword_m.is_some_and(|m| m.as_str().ends_with(|c: char| c.is_alphabetic()))
        && !number_m.as_str().starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let number = clean_number(number_m.as_str())?;
    if !keyword && looks_like_date(&number) {
        return None;
    }
    let (year, year_end) = if let Some(m) = caps
        .name("year")
        .or_else(|| caps.name("dyear"))
        .or_else(|| caps.name("cyear"))
    {
        (parse_year(m.as_str())?, m.end())
    } else {
        let m = caps.name("short").or_else(|| caps.name("dshort"))?;
        // "16/06" without "Nomor" is a day and month unless a statute is named.
        let statute = matches!(
            fam,
            Family::Fixed(LawType::Uu | LawType::Perppu | LawType::Pp)
        );
        if !keyword && !statute && looks_like_date(&format!("{number}/{}", m.as_str())) {
            return None;
        }
        (expand_short_year(m.as_str())?, m.end())
    };
    // A letter number with a space before the year must be a letter code.
    if caps.name("code").is_some() && !number.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    if follows_badly(text, year_end) || preceded_by_draft(text, ty.start()) {
        return None;
    }
    let slot = caps.name("slot").map_or("", |m| m.as_str());
    let slot_text = check_slot(slot, fam, keyword)?;
    let (law_type, issuer) = classify(fam, ty.as_str(), slot_text, text)?;
    let pasal = caps.name("pasal");
    Some(Core {
        start: pasal.map_or(ty.start(), |m| m.start()),
        end: year_end,
        law_type,
        number,
        year,
        article_ref: pasal.map(|m| fold_ws(m.as_str())),
        issuer,
    })
}

/// A two-digit year as news writes it in "UU 31/99 jo UU 20/01": 45–99 are
/// 1945–1999, 00–39 are 2000–2039; anything between is no year.
pub(super) fn expand_short_year(digits: &str) -> Option<u16> {
    let short: u16 = digits.parse().ok()?;
    match short {
        45..=99 => Some(1900 + short),
        0..=39 => Some(2000 + short),
        _ => None,
    }
}

/// Strip trailing punctuation; a number must hold a digit.
pub(super) fn clean_number(raw: &str) -> Option<String> {
    let n = raw.trim_end_matches(['.', '-', '/']);
    if n.chars().any(|c| c.is_ascii_digit()) {
        Some(n.to_string())
    } else {
        None
    }
}

pub(super) fn parse_year(s: &str) -> Option<u16> {
    let y: u16 = s.parse().ok()?;
    (1945..=2099).contains(&y).then_some(y)
}

/// "16/6" or "5/8" without a number keyword is a day/month, not a regulation number.
pub(super) fn looks_like_date(number: &str) -> bool {
    let mut parts = number.split('/');
    let (Some(d), Some(m), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    match (d.parse::<u32>(), m.parse::<u32>()) {
        (Ok(d), Ok(m)) => (1..=31).contains(&d) && (1..=12).contains(&m),
        _ => false,
    }
}

/// A year followed by "/" ("2014/2015", "800/2017/SJ") or by more digits is not
/// the end of a citation.
pub(super) fn follows_badly(text: &str, year_end: usize) -> bool {
    text[year_end..].starts_with(|c: char| c == '/' || c.is_ascii_digit())
}

/// "Rancangan Undang-Undang …" is a bill, not a law.
fn preceded_by_draft(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(word.as_str(), "rancangan" | "draf" | "draft" | "ranc.")
}
