//! Month and weekday names as news writes them ("Agustus", "Agt.",
//! "Nopember", "Jum'at"), from `data/lexicon/months.tsv` and
//! `data/lexicon/weekdays.tsv`, compiled in and read once. Date lines in
//! the boilerplate and dates in the body read the same tables.

use crate::tables::rows;
use std::sync::LazyLock;

/// One spelling of a month or weekday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarWord {
    /// The spelling, lower case ("agt").
    pub spelling: &'static str,
    /// Month 1–12, or weekday 1–7 from Monday.
    pub number: u8,
    /// `name` (Indonesian), `variant`, `english` or `abbreviation`.
    pub form: &'static str,
}

fn read(table: &'static str) -> Vec<CalendarWord> {
    rows(table)
        .map(|fields| CalendarWord {
            spelling: fields[0],
            number: fields[1].parse().expect("calendar table: number"),
            form: fields[2],
        })
        .collect()
}

static MONTHS: LazyLock<Vec<CalendarWord>> =
    LazyLock::new(|| read(include_str!("../../data/lexicon/months.tsv")));

static WEEKDAYS: LazyLock<Vec<CalendarWord>> =
    LazyLock::new(|| read(include_str!("../../data/lexicon/weekdays.tsv")));

/// Every spelling of every month, in table order.
pub fn months() -> &'static [CalendarWord] {
    &MONTHS
}

/// Every spelling of every weekday, in table order.
pub fn weekdays() -> &'static [CalendarWord] {
    &WEEKDAYS
}

/// The number of the month spelt `word` (any case), if it is one.
pub fn month_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTHS
        .iter()
        .find(|month| month.spelling == lower)
        .map(|month| month.number)
}

/// The Indonesian weekday names ("senin" … "ahad", "jum'at").
pub fn weekday_names() -> impl Iterator<Item = &'static str> {
    WEEKDAYS
        .iter()
        .filter(|day| day.form == "name")
        .map(|day| day.spelling)
}

/// The Indonesian month names ("januari" … "desember").
pub fn month_names() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .filter(|month| month.form == "name")
        .map(|month| month.spelling)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_names_one_month() {
        let cases = [
            ("Agustus", Some(8)),
            ("agt", Some(8)),
            ("Nopember", Some(11)),
            ("Pebruari", Some(2)),
            ("SEPT", Some(9)),
            ("May", Some(5)),
            ("Mei", Some(5)),
            ("Rabu", None),
        ];
        for (word, number) in cases {
            assert_eq!(month_number(word), number, "{word}");
        }
        assert_eq!(month_names().count(), 12);
        for number in 1..=12 {
            assert!(months()
                .iter()
                .any(|month| month.number == number && month.form == "name"));
        }
    }

    #[test]
    fn weekdays_have_their_indonesian_names() {
        let names: Vec<&str> = weekday_names().collect();
        assert!(names.contains(&"jum'at") && names.contains(&"ahad"));
        assert!(weekdays().iter().all(|day| (1..=7).contains(&day.number)));
    }
}
