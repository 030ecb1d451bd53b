//! Office titles and their abbreviations, with the level of government and
//! the body a title implies ("Sekdaprov" → Sekretaris Daerah of a province,
//! "Kapolres" → the head of a Polres).

use super::matching::{find_accepted, is_word_boundary, Match};
use super::regions::RegionKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One written form of an office title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeTitle {
    /// The form as written in news ("Sekdaprov").
    pub form: String,
    /// The title alone, abbreviations expanded ("Sekretaris Daerah").
    pub role: String,
    /// The levels of government the title can belong to (empty: any).
    pub levels: Vec<RegionKind>,
    /// Form of the body the title implies ("Polres"), when it implies one.
    pub organization: Option<String>,
}

/// The office-title gazetteer with its matcher.
pub struct Offices {
    titles: Vec<OfficeTitle>,
    matcher: AhoCorasick,
}

impl Offices {
    /// Build from `offices.tsv` (form, role, level, org).
    pub fn from_table(table: &str) -> Offices {
        let mut titles = Vec::new();
        for line in table.lines().skip(1).filter(|line| !line.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let optional = |index: usize| {
                fields
                    .get(index)
                    .copied()
                    .filter(|value| !value.is_empty() && *value != "-")
            };
            let levels = optional(2)
                .unwrap_or("")
                .split('|')
                .filter_map(|level| match level {
                    "national" => Some(RegionKind::Country),
                    "province" => Some(RegionKind::Province),
                    "regency" => Some(RegionKind::Regency),
                    "city" => Some(RegionKind::City),
                    "district" | "village" => Some(RegionKind::District),
                    _ => None,
                })
                .collect();
            titles.push(OfficeTitle {
                form: fields[0].to_string(),
                role: optional(1).unwrap_or(fields[0]).to_string(),
                levels,
                organization: optional(3).map(String::from),
            });
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(titles.iter().map(|title| title.form.as_str()))
            .expect("office matcher builds");
        Offices { titles, matcher }
    }

    /// Every office title in `text`, as whole words. Abbreviations written
    /// with capitals in the table must be capitalised in the text.
    pub fn find(&self, text: &str) -> Vec<Match<&OfficeTitle>> {
        let accepted = find_accepted(&self.matcher, text, |hit| {
            let span = hit.start()..hit.end();
            if !is_word_boundary(text, &span) {
                return false;
            }
            let title = &self.titles[hit.pattern().as_usize()];
            let first_upper = text[span].chars().next().is_some_and(char::is_uppercase);
            let is_abbreviation = !title.form.contains(' ') && title.form != title.role;
            !is_abbreviation || first_upper
        });
        let found: Vec<Match<&OfficeTitle>> = accepted
            .into_iter()
            .map(|hit| Match {
                span: hit.start()..hit.end(),
                value: &self.titles[hit.pattern().as_usize()],
            })
            .collect();
        found
    }

    /// The title whose form is `form`, case-insensitively.
    pub fn by_form(&self, form: &str) -> Option<&OfficeTitle> {
        self.titles
            .iter()
            .find(|title| title.form.eq_ignore_ascii_case(form))
    }
}
