//! Government bodies and other organisations with their acronyms and the
//! level of government they exist at.

use super::matching::{find_accepted, is_word_boundary, Match};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// At which level of government a body exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// One body for the whole country (KASN, BKN, a ministry).
    National,
    /// One per province, regency or city (BKD, BKPSDM, DPRD).
    Regional,
    /// Both, under the same name (Bawaslu, KPU).
    Any,
}

/// One organisation of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Stable lower-case key ("bkpsdm").
    pub key: String,
    /// Full official name.
    pub name: String,
    /// Every written form, acronyms included.
    pub forms: Vec<String>,
    /// Level of government.
    pub level: Level,
    /// Kind ("ministry", "local_government", "election_body" ...).
    pub kind: String,
}

impl Organization {
    /// Whether the body stands for a region's government itself (kind
    /// `government`: "Pemkab", "Setda"): it qualifies an office's region
    /// but is not a body of its own.
    pub fn is_government(&self) -> bool {
        self.kind == "government"
    }

    /// The shortest all-capitals form, the usual acronym ("BKPSDM").
    pub fn acronym(&self) -> Option<&str> {
        self.forms
            .iter()
            .filter(|form| {
                form.len() >= 2 && !form.contains(' ') && form.chars().any(char::is_uppercase)
            })
            .min_by_key(|form| form.len())
            .map(String::as_str)
    }
}

/// The organisation gazetteer with its matcher.
pub struct Organizations {
    organizations: Vec<Organization>,
    /// Per matcher pattern: (organisation index, case must match exactly).
    patterns: Vec<(usize, String)>,
    matcher: AhoCorasick,
}

impl Organizations {
    /// Build from `organizations.tsv` (key, name, forms, level, kind).
    pub fn from_table(table: &str) -> Organizations {
        let mut organizations = Vec::new();
        for line in table.lines().skip(1).filter(|line| !line.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let level = match fields.get(3).copied().unwrap_or("national") {
                "regional" => Level::Regional,
                "any" => Level::Any,
                _ => Level::National,
            };
            let mut forms: Vec<String> = fields
                .get(2)
                .copied()
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|form| !form.is_empty() && *form != "-")
                .map(String::from)
                .collect();
            if !forms.iter().any(|form| form == fields[1]) {
                forms.push(fields[1].to_string());
            }
            organizations.push(Organization {
                key: fields[0].to_string(),
                name: fields[1].to_string(),
                forms,
                level,
                kind: fields.get(4).copied().unwrap_or("other").to_string(),
            });
        }
        let mut patterns = Vec::new();
        for (index, organization) in organizations.iter().enumerate() {
            for form in &organization.forms {
                patterns.push((index, form.clone()));
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|(_, form)| form.as_str()))
            .expect("organization matcher builds");
        Organizations {
            organizations,
            patterns,
            matcher,
        }
    }

    /// The organisation with index `index`.
    pub fn get(&self, index: usize) -> &Organization {
        &self.organizations[index]
    }

    /// The organisation with key `key`.
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.organizations
            .iter()
            .position(|organization| organization.key == key)
    }

    /// The organisation one of whose forms is `form` (exact, then case-insensitive).
    pub fn by_form(&self, form: &str) -> Option<usize> {
        self.patterns
            .iter()
            .find(|(_, candidate)| candidate == form)
            .or_else(|| {
                self.patterns
                    .iter()
                    .find(|(_, candidate)| candidate.eq_ignore_ascii_case(form))
            })
            .map(|(index, _)| *index)
    }

    /// Every organisation form in `text`: acronyms must match their case
    /// exactly; longer names must start with a capital letter.
    pub fn find(&self, text: &str) -> Vec<Match<usize>> {
        let accepted = find_accepted(&self.matcher, text, |hit| {
            let span = hit.start()..hit.end();
            if !is_word_boundary(text, &span) {
                return false;
            }
            let (_, form) = &self.patterns[hit.pattern().as_usize()];
            let written = &text[span];
            let is_acronym =
                !form.contains(' ') && form.chars().filter(|c| c.is_uppercase()).count() >= 2;
            if is_acronym {
                written == form
            } else {
                written.chars().next().is_some_and(char::is_uppercase)
            }
        });
        let found: Vec<Match<usize>> = accepted
            .into_iter()
            .map(|hit| Match {
                span: hit.start()..hit.end(),
                value: self.patterns[hit.pattern().as_usize()].0,
            })
            .collect();
        found
    }
}
