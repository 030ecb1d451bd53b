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

/// Typed indexes into the lists of [`ArticleFacts`], so that a person's
/// index cannot be taken for an office's. Each serialises as the bare
/// number.
macro_rules! fact_index {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(pub usize);

        impl $name {
            /// The position in its list.
            pub fn index(self) -> usize {
                self.0
            }
        }
    )*};
}

fact_index! {
    /// An index into [`ArticleFacts::persons`].
    PersonId,
    /// An index into [`ArticleFacts::organizations`].
    OrganizationId,
    /// An index into [`ArticleFacts::offices`].
    OfficeId,
    /// An index into [`ArticleFacts::laws`].
    LawId,
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

/// The extraction rules that link facts, named in the graph (`bg:rule`)
/// by their kebab-case names. [`RULES`] gives each its name and confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// "Bima Arya sebagai Kepala BKN": a name, a connector, a title.
    NameConnectorTitle,
    /// "H Sutarmidji Gubernur Kalbar": a name right before a title.
    NameTitle,
    /// "Sekda Kukar Sunggono": a title right before a name.
    TitleName,
    /// "Sunggono, Sekretaris Daerah Kukar": a name, a comma, a title.
    NameCommaTitle,
    /// "Sunggono (Sekda Kukar)": a name and its title in parentheses.
    NameBracketTitle,
    /// "Gubernur Jambi, A dan wakilnya B": the deputy of a holder's office.
    DeputyOfHolder,
    /// "A ditunjuk sebagai Pj Bupati", "A menggantikan B sebagai Pj Bupati":
    /// the subject of an appointment.
    AppointedAs,
    /// "…," katanya: an inverted verb with "-nya" after a quotation.
    QuoteVerbNya,
    /// "…," kata dia: an inverted verb and a pronoun after a quotation.
    QuoteVerbPronoun,
    /// "…," kata Suhajar: an inverted verb and a name after a quotation.
    QuoteVerbName,
    /// "…," Sunggono menambahkan: a name and a verb after a quotation.
    QuoteNameVerb,
    /// "…," ia menambahkan: a pronoun and a verb after a quotation.
    QuotePronounVerb,
    /// "Menurutnya, …".
    MenurutNya,
    /// "Menurut dia, …".
    MenurutPronoun,
    /// "Menurut Sunggono, …".
    MenurutName,
    /// A pronoun subject followed by a name ("Ia, Sunggono, menegaskan").
    PronounNamed,
    /// A pronoun subject of a speech verb ("Ia mengatakan").
    PronounSubject,
    /// "…, ujarnya." in reported speech.
    InvertedVerbNya,
    /// "…, kata dia." in reported speech.
    InvertedVerbPronoun,
    /// "…, kata Suhajar." in reported speech.
    InvertedVerbName,
    /// "disampaikan Sunggono".
    PassiveVerbName,
    /// "Suhajar menjelaskan, …".
    SubjectSpeechVerb,
    /// A speaker named by a title alone ("kata Kajari", "Sekda mengakui"):
    /// the one person the article gives that title.
    SpeakerByTitle,
    /// "Disampaikan, …" opening a sentence: the last named speaker.
    PassiveVerbOpening,
    /// "Hal ini diatur dalam …" right after "X menjelaskan, …": the
    /// paraphrase goes on in X's voice.
    ParaphraseContinues,
    /// No speaker: the reporter's own voice.
    ReporterVoice,
    /// An event with the place phrase written after it.
    EventPlace,
    /// An event placed by a place phrase earlier in its sentence or the two before.
    EventNearbyPlace,
    /// An event placed in the region of a body named with it in its
    /// sentence ("Bawaslu Gunungkidul menjelaskan, penertiban …").
    EventBodyRegion,
    /// An event placed in the article's main region.
    EventArticleRegion,
    /// A national election, placed in Indonesia.
    ElectionNational,
    /// An election with the region written right after it.
    ElectionExplicitRegion,
    /// A simultaneous regional election, placed in Indonesia.
    ElectionSimultaneous,
    /// A regional election placed in the article's main region.
    ElectionArticleRegion,
    /// A regional election placed in the region of the body named with it
    /// ("Bawaslu Banten … Pilkada 2024").
    ElectionBodyRegion,
}

/// Every rule with its name and its confidence, in declaration order. A
/// speaker rule's confidence is that of a quotation it attributes; a
/// statement whose speaker stays unknown takes [`Rule::ReporterVoice`]'s.
pub const RULES: &[(Rule, &str, f64)] = &[
    (Rule::NameConnectorTitle, "name-connector-title", 0.9),
    (Rule::NameTitle, "name-title", 0.8),
    (Rule::TitleName, "title-name", 0.9),
    (Rule::NameCommaTitle, "name-comma-title", 0.85),
    (Rule::NameBracketTitle, "name-bracket-title", 0.85),
    (Rule::DeputyOfHolder, "deputy-of-holder", 0.8),
    (Rule::AppointedAs, "appointed-as", 0.8),
    (Rule::QuoteVerbNya, "quote-verb-nya", 0.85),
    (Rule::QuoteVerbPronoun, "quote-verb-pronoun", 0.85),
    (Rule::QuoteVerbName, "quote-verb-name", 0.85),
    (Rule::QuoteNameVerb, "quote-name-verb", 0.85),
    (Rule::QuotePronounVerb, "quote-pronoun-verb", 0.85),
    (Rule::MenurutNya, "menurut-nya", 0.85),
    (Rule::MenurutPronoun, "menurut-pronoun", 0.85),
    (Rule::MenurutName, "menurut-name", 0.85),
    (Rule::PronounNamed, "pronoun-named", 0.85),
    (Rule::PronounSubject, "pronoun-subject", 0.85),
    (Rule::InvertedVerbNya, "inverted-verb-nya", 0.85),
    (Rule::InvertedVerbPronoun, "inverted-verb-pronoun", 0.85),
    (Rule::InvertedVerbName, "inverted-verb-name", 0.85),
    (Rule::PassiveVerbName, "passive-verb-name", 0.85),
    (Rule::SubjectSpeechVerb, "subject-speech-verb", 0.85),
    (Rule::SpeakerByTitle, "speaker-by-title", 0.75),
    (Rule::PassiveVerbOpening, "passive-verb-opening", 0.75),
    (Rule::ParaphraseContinues, "paraphrase-continues", 0.7),
    (Rule::ReporterVoice, "reporter-voice", 0.6),
    (Rule::EventPlace, "event-place", 0.85),
    (Rule::EventNearbyPlace, "event-nearby-place", 0.7),
    (Rule::EventBodyRegion, "event-body-region", 0.75),
    (Rule::EventArticleRegion, "event-article-region", 0.7),
    (Rule::ElectionNational, "election-national", 0.85),
    (
        Rule::ElectionExplicitRegion,
        "election-explicit-region",
        0.85,
    ),
    (Rule::ElectionSimultaneous, "election-simultaneous", 0.7),
    (Rule::ElectionArticleRegion, "election-article-region", 0.7),
    (Rule::ElectionBodyRegion, "election-body-region", 0.75),
];

impl Rule {
    /// The rule's kebab-case name, as written in the graph.
    pub fn name(self) -> &'static str {
        RULES[self as usize].1
    }

    /// The confidence of a fact the rule links.
    pub fn confidence(self) -> f64 {
        RULES[self as usize].2
    }

    /// The rule named `name`.
    pub fn from_name(name: &str) -> Option<Rule> {
        RULES
            .iter()
            .find(|(_, known, _)| *known == name)
            .map(|(rule, _, _)| *rule)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.name())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Why the graph holds a fact: where it was read and by which rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// Byte range of the sentence in the cleaned article text.
    pub sentence: Range<usize>,
    /// The extraction rule.
    pub rule: Rule,
    /// Confidence between 0 and 1.
    pub confidence: f64,
}

impl Evidence {
    /// Evidence read in `sentence` by `rule`, with the rule's confidence.
    pub fn new(sentence: Range<usize>, rule: Rule) -> Evidence {
        Evidence {
            sentence,
            rule,
            confidence: rule.confidence(),
        }
    }
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
    /// The body it belongs to.
    pub organization: Option<OrganizationId>,
}

/// Person – holds – office.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct HoldsFact {
    /// Who holds it.
    pub person: PersonId,
    /// The office held.
    pub office: OfficeId,
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
    /// Its organisers.
    pub organizers: Vec<OrganizationId>,
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
    /// The law cited.
    pub law: LawId,
    /// "Pasal 280 ayat (2)" when the statement names one.
    pub article_ref: Option<String>,
}

/// A statement: a quotation, or a sentence that cites a law.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatementFact {
    /// The text of the statement.
    pub text: String,
    /// Who said it; `None` for the reporter's voice.
    pub speaker: Option<PersonId>,
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

impl ArticleFacts {
    /// The person `id` points to.
    pub fn person(&self, id: PersonId) -> &PersonFact {
        &self.persons[id.index()]
    }

    /// The body `id` points to.
    pub fn organization(&self, id: OrganizationId) -> &OrganizationFact {
        &self.organizations[id.index()]
    }

    /// The office `id` points to.
    pub fn office(&self, id: OfficeId) -> &OfficeFact {
        &self.offices[id.index()]
    }

    /// The law `id` points to.
    pub fn law(&self, id: LawId) -> &LawFact {
        &self.laws[id.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_table_follows_the_enum_and_names_are_unique() {
        for (position, (rule, name, confidence)) in RULES.iter().enumerate() {
            assert_eq!(*rule as usize, position, "{name} is out of order");
            assert_eq!(rule.name(), *name);
            assert_eq!(Rule::from_name(name), Some(*rule));
            assert!((0.0..=1.0).contains(confidence), "{name}");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(Rule::from_name("no-such-rule"), None);
    }

    #[test]
    fn evidence_serialises_the_rule_by_name() {
        let evidence = Evidence::new(3..9, Rule::TitleName);
        let json = serde_json::to_string(&evidence).unwrap();
        assert_eq!(
            json,
            r#"{"sentence":{"start":3,"end":9},"rule":"title-name","confidence":0.9}"#
        );
    }
}
