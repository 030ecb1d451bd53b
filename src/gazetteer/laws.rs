//! Official titles of well-known regulations, so a law has one label in
//! every article that cites it, however the article words the title.

use std::collections::HashMap;

/// Official titles keyed by (type code, number, year).
pub struct KnownLaws {
    titles: HashMap<(String, String, u16), String>,
}

impl KnownLaws {
    /// Build from `laws.tsv` (type, number, year, title).
    pub fn from_table(table: &str) -> KnownLaws {
        let mut titles = HashMap::new();
        for line in table.lines().skip(1).filter(|line| !line.trim().is_empty()) {
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
        KnownLaws { titles }
    }

    /// The official title of a regulation, when the table knows it.
    pub fn title(&self, law_type: &str, number: &str, year: u16) -> Option<&str> {
        self.titles
            .get(&(law_type.to_lowercase(), number.to_string(), year))
            .map(String::as_str)
    }
}
