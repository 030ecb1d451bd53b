//! Deterministic IRIs for the entities of the graph, so graphs built on
//! different machines merge cleanly: the same person, office, body, region,
//! law or election gets the same IRI from every article and every run.
//!
//! | entity | IRI under the base |
//! |---|---|
//! | article | `article/<slug of the source id>` |
//! | person | `person/<slug of the name>` |
//! | region | `region/<Kemendagri code>` (`region/ID` for Indonesia) |
//! | body | `org/<key>` or `org/<key>/<region code>` |
//! | office | `office/<role slug>/<org key or region code>[/<region code>]` |
//! | law | `law/<type>/<year>/<number>[/<issuer>]` |
//! | event | `event/<kind>/<region code>/<year>` (elections) or `event/<name slug>/<date>/<region code>` |
//! | statement, evidence | `statement/<article slug>/<n>`, `evidence/<article slug>/<n>` |

use crate::model::{EventDate, EventFact, LawFact, OfficeFact, OrganizationFact};
use unicode_normalization::UnicodeNormalization;

/// Lower-case ASCII slug: accents dropped, anything else but letters and
/// digits (and `.` and `_` when `keep_dots`) turned into single dashes.
pub fn slug(text: &str, keep_dots: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfkd() {
        if c.is_ascii_alphanumeric() || (keep_dots && matches!(c, '.' | '_')) {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if (c.is_ascii() || c.is_whitespace()) && !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// Check that `base` can prefix minted IRIs: an absolute IRI ending in `/`
/// or `#`. The error says what is wrong, for the command line.
pub fn check_base(base: &str) -> Result<(), String> {
    if let Err(error) = oxigraph::model::NamedNode::new(base) {
        return Err(format!("`{base}` is not an absolute IRI: {error}"));
    }
    if !base.ends_with('/') && !base.ends_with('#') {
        return Err(format!(
            "`{base}` must end with `/` or `#`, so that minted IRIs like `{base}/person/...` stay under it"
        ));
    }
    Ok(())
}

/// Builds IRIs under one base (by default `https://w3id.org/beritagraf/id/`).
#[derive(Debug, Clone)]
pub struct IriMinter {
    base: String,
}

impl Default for IriMinter {
    fn default() -> Self {
        IriMinter {
            base: crate::vocab::BGR.to_string(),
        }
    }
}

impl IriMinter {
    /// A minter under `base`, which should end with `/` or `#`.
    pub fn new(base: &str) -> IriMinter {
        IriMinter {
            base: base.to_string(),
        }
    }

    /// The base IRI.
    pub fn base(&self) -> &str {
        &self.base
    }

    fn iri(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The article with source id `source_id`.
    pub fn article(&self, source_id: &str) -> String {
        self.iri(&format!("article/{}", slug(source_id, true)))
    }

    /// The reference graph holding region descriptions.
    pub fn gazetteer_graph(&self) -> String {
        self.iri("graph/gazetteer")
    }

    /// The shared graph holding descriptions of persons, offices, bodies,
    /// laws and events.
    pub fn entities_graph(&self) -> String {
        self.iri("graph/entities")
    }

    /// A person by name: see [`person_key`].
    pub fn person(&self, name: &str) -> String {
        self.iri(&format!("person/{}", person_key(name)))
    }

    /// A region by Kemendagri code.
    pub fn region(&self, code: &str) -> String {
        self.iri(&format!("region/{code}"))
    }

    /// A body, regional ones with their region.
    pub fn organization(&self, organization: &OrganizationFact) -> String {
        match &organization.region {
            Some(code) => self.iri(&format!("org/{}/{code}", slug(&organization.key, false))),
            None => self.iri(&format!("org/{}", slug(&organization.key, false))),
        }
    }

    /// An office: its role with its body and region. An office with
    /// neither is scoped to the article it was read in.
    pub fn office(
        &self,
        office: &OfficeFact,
        organization: Option<&OrganizationFact>,
        article_source: &str,
    ) -> String {
        let role = slug(&office.role_name, false);
        match (organization, &office.jurisdiction) {
            (Some(organization), Some(code)) => self.iri(&format!(
                "office/{role}/{}/{code}",
                slug(&organization.key, false)
            )),
            (Some(organization), None) => {
                self.iri(&format!("office/{role}/{}", slug(&organization.key, false)))
            }
            (None, Some(code)) => self.iri(&format!("office/{role}/{code}")),
            (None, None) => self.iri(&format!(
                "office/{role}/in-article/{}",
                slug(article_source, true)
            )),
        }
    }

    /// A law by type, year and number (and issuer for regional regulations).
    pub fn law(&self, law: &LawFact) -> String {
        let mut path = format!(
            "law/{}/{}/{}",
            slug(law.law_type, false),
            law.year,
            slug(&law.number, false)
        );
        if let Some(issuer) = &law.issuer {
            path = format!("{path}/{}", slug(issuer, false));
        }
        self.iri(&path)
    }

    /// An event: elections by kind, region and year; others by name, date
    /// and first region (scoped to the article when undated).
    pub fn event(&self, event: &EventFact, article_source: &str) -> String {
        let region = event.regions.first().map(String::as_str).unwrap_or("none");
        let date = match event.date {
            Some(EventDate::Full { year, month, day }) => format!("{year:04}-{month:02}-{day:02}"),
            Some(EventDate::MonthDay { month, day }) => {
                format!("{}--{month:02}-{day:02}", slug(article_source, true))
            }
            Some(EventDate::Year(year)) => year.to_string(),
            None => format!("undated-{}", slug(article_source, true)),
        };
        if matches!(event.date, Some(EventDate::Year(_)))
            || event.date.is_none() && is_election(&event.kind)
        {
            return self.iri(&format!(
                "event/{}/{region}/{date}",
                slug(&event.kind, false)
            ));
        }
        self.iri(&format!(
            "event/{}/{date}/{region}",
            slug(&event.name, false)
        ))
    }

    /// The `index`-th statement of an article.
    pub fn statement(&self, article_source: &str, index: usize) -> String {
        self.iri(&format!("statement/{}/{index}", slug(article_source, true)))
    }

    /// The `index`-th evidence record of an article.
    pub fn evidence(&self, article_source: &str, index: usize) -> String {
        self.iri(&format!("evidence/{}/{index}", slug(article_source, true)))
    }
}

/// Leading parts of Indonesian names that news often drops ("Muhammad
/// Idris Latif" is "Idris Latif" elsewhere).
const DROPPABLE_NAME_PARTS: &[&str] = &[
    "muhammad",
    "muhamad",
    "mohammad",
    "mohamad",
    "mochammad",
    "moch",
    "moh",
    "muh",
    "mhd",
    "m",
];

/// The key a person's IRI is built from: the name's words in lower case,
/// without initials ("TS.") and without a leading "Muhammad"/"Moh."/"Muh."
/// when two words remain. Deterministic, so the same person gets the same
/// IRI on every machine.
pub fn person_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_initial = |word: &&str| {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        word.ends_with('.') && letters.len() <= 3 && letters.iter().all(|c| c.is_uppercase())
    };
    let mut kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|word| !is_initial(word))
        .collect();
    if kept.len() < 2 {
        kept = words.clone();
    }
    while kept.len() > 2
        && DROPPABLE_NAME_PARTS.contains(&kept[0].trim_end_matches('.').to_lowercase().as_str())
    {
        kept.remove(0);
    }
    slug(&kept.join(" "), false)
}

/// Whether an event kind is an election.
pub fn is_election(kind: &str) -> bool {
    matches!(
        kind,
        "pilkada" | "pilgub" | "pilbup" | "pilwalkot" | "pemilu" | "pilpres" | "pileg"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_ascii() {
        let cases = [
            ("Sunggono", false, "sunggono"),
            ("TS. Arif Fadilah", false, "ts-arif-fadilah"),
            ("Sekretaris Daerah", false, "sekretaris-daerah"),
            ("000_da7bbe7590d095d7.txt", true, "000_da7bbe7590d095d7.txt"),
            ("Jérôme  O'Neil", false, "jerome-o-neil"),
            ("74/P", false, "74-p"),
            ("", false, "_"),
        ];
        for (text, dots, expected) in cases {
            assert_eq!(slug(text, dots), expected, "{text}");
        }
    }

    #[test]
    fn person_keys_ignore_initials_and_dropped_given_names() {
        let cases = [
            ("Muhammad Idris Latif", "idris-latif"),
            ("Idris Latif", "idris-latif"),
            ("TS. Arif Fadilah", "arif-fadilah"),
            ("Moh. Syaiful Anam", "syaiful-anam"),
            ("Muhammad Rizal", "muhammad-rizal"),
            ("Sunggono", "sunggono"),
            ("I Gede Ardana", "i-gede-ardana"),
        ];
        for (name, key) in cases {
            assert_eq!(person_key(name), key, "{name}");
        }
    }
}
