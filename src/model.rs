//! The data model shared by every stage: articles as read, and the facts
//! extracted from them. Depends on nothing else in the crate.

use std::ops::Range;

/// One news article as read from an input file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Article {
    /// The identity of the article: the input file name without its folder,
    /// or the `id` of a JSON Lines record.
    pub source_id: String,
    /// Where it was read from, for messages: `path` or `path:line`.
    pub origin: String,
    /// The headline (first non-empty line of a text file).
    pub headline: String,
    /// The body as found, boilerplate included.
    pub body: String,
    /// The article's address, when the input gives one.
    pub url: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when the input gives one.
    pub date: Option<String>,
}

/// A calendar date as precise as the article makes it. Serialised as
/// `2022-06-16`, `--06-16` (no year) or `2024` (year only), as in RDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventDate {
    /// Year, month and day are known.
    Full { year: u16, month: u8, day: u8 },
    /// Month and day are known, the year is not.
    MonthDay { month: u8, day: u8 },
    /// Only the year is known (elections).
    Year(u16),
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventDate::Full { year, month, day } => {
                write!(formatter, "{year:04}-{month:02}-{day:02}")
            }
            EventDate::MonthDay { month, day } => write!(formatter, "--{month:02}-{day:02}"),
            EventDate::Year(year) => write!(formatter, "{year:04}"),
        }
    }
}

impl serde::Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why the graph holds a fact: where it was read and by which rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// Byte range of the sentence in the cleaned article text.
    pub sentence: Range<usize>,
    /// Name of the extraction rule.
    pub rule: &'static str,
    /// Confidence between 0 and 1.
    pub confidence: f64,
}

/// A natural person named in an article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonFact {
    /// The fullest form of the name, without honorifics and degrees.
    pub name: String,
    /// Other forms the article uses ("Arif" for "Arif Fadilah").
    pub aliases: Vec<String>,
}

/// A body such as a ministry, agency, commission or regional office.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OrganizationFact {
    /// Stable key of the body's kind from the gazetteer (`bkpsdm`, `kasn`).
    pub key: String,
    /// Full name, with the region for regional bodies.
    pub name: String,
    /// Forms the article writes it in ("BKPSDM Kukar").
    pub forms: Vec<String>,
    /// Kemendagri code of the region a regional body serves.
    pub region: Option<String>,
}

/// A public office (a post, not its holder).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OfficeFact {
    /// The title alone, abbreviations expanded ("Sekretaris Daerah").
    pub role_name: String,
    /// The full title as one phrase ("Sekretaris Daerah Kabupaten Kutai Kartanegara").
    pub label: String,
    /// The phrase as the article writes it ("Sekda Kukar").
    pub surface: String,
    /// Kemendagri code of the region the office governs or serves.
    pub jurisdiction: Option<String>,
    /// Index into [`ArticleFacts::organizations`] of the body it belongs to.
    pub organization: Option<usize>,
}

/// Person – holds – office.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct HoldsFact {
    /// Index into [`ArticleFacts::persons`].
    pub person: usize,
    /// Index into [`ArticleFacts::offices`].
    pub office: usize,
    /// Held in an acting capacity (Plt., Pj., Pjs.).
    pub acting: bool,
    /// Where it was read.
    pub evidence: Evidence,
}

/// Something that happened: a meeting, a socialisation session, an election.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventFact {
    /// Name as the article gives it, title-cased.
    pub name: String,
    /// Kind word in lower case ("sosialisasi", "pilkada").
    pub kind: String,
    /// When, as precise as known.
    pub date: Option<EventDate>,
    /// Kemendagri codes of the regions it took place in (most specific ones).
    pub regions: Vec<String>,
    /// Venue as written ("Aula Kantor Bupati").
    pub venue: Option<String>,
    /// Indexes into [`ArticleFacts::organizations`] of its organisers.
    pub organizers: Vec<usize>,
    /// Where it was read.
    pub evidence: Evidence,
}

/// A regulation cited by type, number and year.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LawFact {
    /// Contract type code ("UU", "PP", "Permendagri" ...).
    pub law_type: &'static str,
    /// Number as written ("5", "74/P").
    pub number: String,
    /// Four-digit year.
    pub year: u16,
    /// The "tentang ..." title, when given.
    pub title: Option<String>,
    /// Issuer for regional and ministerial regulations ("Kabupaten Gowa").
    pub issuer: Option<String>,
    /// Canonical label ("Undang-Undang Nomor 5 Tahun 2014 tentang ASN").
    pub label: String,
}

/// A law cited by a statement, with the article of the law when given.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Citation {
    /// Index into [`ArticleFacts::laws`].
    pub law: usize,
    /// "Pasal 280 ayat (2)" when the statement names one.
    pub article_ref: Option<String>,
}

/// A statement: a quotation, or a sentence that cites a law.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatementFact {
    /// The text of the statement.
    pub text: String,
    /// Index into [`ArticleFacts::persons`] of who said it; `None` for the reporter's voice.
    pub speaker: Option<usize>,
    /// The laws it cites.
    pub citations: Vec<Citation>,
    /// Where it was read; `sentence` is the statement's own range.
    pub evidence: Evidence,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ArticleFacts {
    /// The cleaned body text all evidence ranges point into.
    pub text: String,
    /// Publication date found in the article or its metadata.
    pub published: Option<(u16, u8, u8)>,
    /// Persons named.
    pub persons: Vec<PersonFact>,
    /// Bodies named.
    pub organizations: Vec<OrganizationFact>,
    /// Offices named with a holder.
    pub offices: Vec<OfficeFact>,
    /// Person – holds – office facts.
    pub holds: Vec<HoldsFact>,
    /// Events reported.
    pub events: Vec<EventFact>,
    /// Laws cited.
    pub laws: Vec<LawFact>,
    /// Statements (quotations and citing sentences).
    pub statements: Vec<StatementFact>,
    /// Kemendagri codes of every region the body names.
    pub regions: Vec<String>,
}
