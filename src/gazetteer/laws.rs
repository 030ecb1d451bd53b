//! Well-known regulations: their official titles, so a law has one label in
//! every article that cites it however the article words the title; and the
//! short names news calls them by ("UU Tipikor", "UU Pemilu"), so that such a
//! name can be tied to the numbered law it stands for.

use std::collections::HashMap;

/// One law as a table writes it: type code, number, four-digit year.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LawKey {
    /// Contract type code as written in the table ("UU", "PP").
    pub law_type: String,
    /// Number as written ("31").
    pub number: String,
    /// Four-digit year.
    pub year: u16,
}

impl LawKey {
    /// Parse "UU 31/1999"; None when the cell is not of that form.
    pub fn parse(cell: &str) -> Option<LawKey> {
        let (law_type, rest) = cell.trim().split_once(' ')?;
        let (number, year) = rest.trim().rsplit_once('/')?;
        let year: u16 = year.trim().parse().ok()?;
        let number = number.trim();
        if law_type.is_empty() || number.is_empty() || !(1945..=2099).contains(&year) {
            return None;
        }
        Some(LawKey {
            law_type: law_type.to_string(),
            number: number.to_string(),
            year,
        })
    }
}

/// A short name of a regulation: the type word it follows and the laws it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawName {
    /// The type word the name follows, as a contract code: "UU" for "UU
    /// Tipikor" and "Undang-Undang Tipikor", "PP" for "PP Disiplin PNS".
    pub law_type: String,
    /// The name after the type word, as the table writes it: "Tipikor".
    pub name: String,
    /// The laws the name stands for, the original first and its amendments after:
    /// "UU Tipikor" is UU 31/1999 as amended by UU 20/2001.
    pub laws: Vec<LawKey>,
}

/// Official titles keyed by (type code, number, year), and short names.
pub struct KnownLaws {
    titles: HashMap<(String, String, u16), String>,
    names: Vec<LawName>,
}

impl KnownLaws {
    /// Build from `laws.tsv` (type, number, year, title) alone, with no short names.
    pub fn from_table(table: &str) -> KnownLaws {
        KnownLaws::from_tables(table, "")
    }

    /// Build from `laws.tsv` (type, number, year, title) and `law_names.tsv`
    /// (type, names separated by `|`, laws separated by `|`). Malformed rows are
    /// skipped.
    pub fn from_tables(titles_table: &str, names_table: &str) -> KnownLaws {
        let mut titles = HashMap::new();
        for line in rows(titles_table) {
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if let [law_type, number, year, title] = fields[..] {
                if let Ok(year) = year.parse() {
                    titles.insert(
                        (law_type.to_lowercase(), number.to_string(), year),
                        title.to_string(),
                    );
                }
            }
        }
        let mut names = Vec::new();
        for line in rows(names_table) {
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [law_type, written, laws] = fields[..] else {
                continue;
            };
            let laws: Vec<LawKey> = laws.split('|').filter_map(LawKey::parse).collect();
            if laws.is_empty() || law_type.is_empty() {
                continue;
            }
            for name in written.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                names.push(LawName {
                    law_type: law_type.to_string(),
                    name: name.to_string(),
                    laws: laws.clone(),
                });
            }
        }
        KnownLaws { titles, names }
    }

    /// The official title of a regulation, when the table knows it.
    pub fn title(&self, law_type: &str, number: &str, year: u16) -> Option<&str> {
        self.titles
            .get(&(law_type.to_lowercase(), number.to_string(), year))
            .map(String::as_str)
    }

    /// Every short name, one entry per written form.
    pub fn names(&self) -> &[LawName] {
        &self.names
    }
}

/// The data lines of a TSV table: no header, no blank lines, no `#` comments.
fn rows(table: &str) -> impl Iterator<Item = &str> {
    table
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_read_with_every_form_and_law() {
        let laws = KnownLaws::from_tables(
            "type\tnumber\tyear\ttitle\nUU\t7\t2017\tPemilihan Umum\n",
            "type\tnames\tlaws\n\
             UU\tTipikor|Pemberantasan Tipikor\tUU 31/1999|UU 20/2001\n\
             UU\tRusak\tUU tanpa nomor\n",
        );
        assert_eq!(laws.title("uu", "7", 2017), Some("Pemilihan Umum"));
        let names: Vec<&str> = laws.names().iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["Tipikor", "Pemberantasan Tipikor"]);
        assert_eq!(
            laws.names()[0].laws,
            [
                LawKey::parse("UU 31/1999").unwrap(),
                LawKey::parse("UU 20/2001").unwrap()
            ]
        );
        assert_eq!(LawKey::parse("UU 31/99"), None);
    }

    #[test]
    fn shipped_table_parses_whole() {
        let table = include_str!("../../data/law_names.tsv");
        let laws = KnownLaws::from_tables("", table);
        let rows = rows(table).count();
        let written: usize = rows_names(table);
        assert!(rows >= 20, "only {rows} rows");
        assert_eq!(
            laws.names().len(),
            written,
            "a row of law_names.tsv is malformed"
        );
    }

    /// How many names the rows of `table` write, counting every `|` form.
    fn rows_names(table: &str) -> usize {
        rows(table)
            .map(|line| line.split('\t').nth(1).unwrap_or("").split('|').count())
            .sum()
    }
}
