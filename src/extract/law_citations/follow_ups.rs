//! Bare follow-up numbers after a citation, which inherit its type: "UU
//! Nomor 5 Tahun 2014 dan Nomor 20 Tahun 2023", "UU 10/2016, 7/2017",
//! "UU 31/99 jo 20/01".

use super::cores::{clean_number, expand_short_year, follows_badly, looks_like_date, parse_year};
use super::grammar::CONT_RE;

/// A follow-up number found right after a citation.
pub(super) struct FollowUp {
    /// Where it starts: at "Nomor", or at the number itself.
    pub(super) start: usize,
    /// The number as written.
    pub(super) number: String,
    /// The four-digit year.
    pub(super) year: u16,
    /// Where the year ends.
    pub(super) year_end: usize,
}

/// The follow-up number that starts at `cursor` (not past `bound`), if any.
/// After a statute (`statute`), "20/01" is a number and a two-digit year, not a date.
pub(super) fn follow_up(
    text: &str,
    cursor: usize,
    bound: usize,
    statute: bool,
) -> Option<FollowUp> {
    if cursor >= bound {
        return None;
    }
    let caps = CONT_RE.captures(&text[cursor..bound])?;
    let number_m = caps.name("kn").or_else(|| caps.name("dn"))?;
    // "nomor21" runs keyword and number together; "nomorasi" is no keyword.
    if caps
        .name("kw")
        .is_some_and(|m| m.as_str().ends_with(|c: char| c.is_alphabetic()))
        && !number_m.as_str().starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let number = clean_number(number_m.as_str())?;
    let direct = caps.name("dn").is_some();
    if direct && looks_like_date(&number) {
        return None;
    }
    let (year, year_m) = match caps.name("year") {
        Some(m) => (parse_year(m.as_str())?, m),
        None => {
            let m = caps.name("short")?;
            if direct && !statute && looks_like_date(&format!("{number}/{}", m.as_str())) {
                return None;
            }
            (expand_short_year(m.as_str())?, m)
        }
    };
    let year_end = cursor + year_m.end();
    if follows_badly(text, year_end) {
        return None;
    }
    let start = cursor + caps.name("kw").unwrap_or(number_m).start();
    Some(FollowUp {
        start,
        number,
        year,
        year_end,
    })
}
