//! Dates as news writes them: "Kamis (16/6)", "Rabu (5/8/20)",
//! "Senin (28/8/2023)", "Jumat, 11 Oktober 2024", "27 November 2024".

use crate::model::EventDate;
use crate::text::calendar::{month_number, months};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)").expect("valid regex")
});

/// A written date ("11 Oktober 2024", "5 Agt. 2023", "27 Nopember"): the
/// month spellings of `data/lexicon/months.tsv`, longest first.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    let mut spellings: Vec<&str> = months().iter().map(|month| month.spelling).collect();
    spellings.sort_by_key(|spelling| std::cmp::Reverse(spelling.len()));
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})\s+({})\.?(?:\s+(\d{{4}}))?\b",
        spellings.join("|")
    ))
    .expect("valid regex")
});

/// One date found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Where it is.
    pub span: Range<usize>,
    /// Day and month, and the year when written.
    pub day: u8,
    /// Month 1–12.
    pub month: u8,
    /// Four-digit year, when written.
    pub year: Option<u16>,
}

impl FoundDate {
    /// As an event date, taking the year from `default_year` when not written.
    pub fn to_event_date(&self, default_year: Option<u16>) -> EventDate {
        match self.year.or(default_year) {
            Some(year) => EventDate::Full {
                year,
                month: self.month,
                day: self.day,
            },
            None => EventDate::MonthDay {
                month: self.month,
                day: self.day,
            },
        }
    }
}

fn valid(day: u8, month: u8) -> bool {
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// Every date in `text`, in order.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut found = Vec::new();
    for captures in NUMERIC.captures_iter(text) {
        let whole = captures.get(0).expect("match");
        let day: u8 = captures[1].parse().unwrap_or(0);
        let month: u8 = captures[2].parse().unwrap_or(0);
        let year = captures.get(3).and_then(|year| {
            let value: u16 = year.as_str().parse().ok()?;
            Some(if value < 100 { 2000 + value } else { value })
        });
        if valid(day, month) {
            found.push(FoundDate {
                span: whole.range(),
                day,
                month,
                year,
            });
        }
    }
    for captures in WRITTEN.captures_iter(text) {
        let whole = captures.get(0).expect("match");
        let day: u8 = captures[1].parse().unwrap_or(0);
        let Some(month) = month_number(&captures[2]) else {
            continue;
        };
        let year = captures.get(3).and_then(|year| year.as_str().parse().ok());
        if valid(day, month) {
            found.push(FoundDate {
                span: whole.range(),
                day,
                month,
                year,
            });
        }
    }
    found.sort_by_key(|date| date.span.start);
    found
}

/// Parse `YYYY-MM-DD` into (year, month, day).
pub fn parse_iso_date(text: &str) -> Option<(u16, u8, u8)> {
    let mut parts = text.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    valid(day, month).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_news_forms() {
        type DayMonthYear = (u8, u8, Option<u16>);
        let cases: &[(&str, &[DayMonthYear])] = &[
            ("saat sosialisasi, Kamis (16/6).", &[(16, 6, None)]),
            ("Tanjungpinang, Rabu (5/8/20).", &[(5, 8, Some(2020))]),
            ("di Batam, Senin (28/8/2023).", &[(28, 8, Some(2023))]),
            (
                "secara virtual, Jum'at 11 Oktober 2024.",
                &[(11, 10, Some(2024))],
            ),
            ("pada 27 November 2024", &[(27, 11, Some(2024))]),
            ("UU 7/2017 dan (54/13)", &[]),
        ];
        for (text, expected) in cases {
            let got: Vec<(u8, u8, Option<u16>)> = find_dates(text)
                .iter()
                .map(|d| (d.day, d.month, d.year))
                .collect();
            assert_eq!(got, *expected, "{text}");
        }
    }
}
