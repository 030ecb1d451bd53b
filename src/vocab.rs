//! Vocabulary: one documented constant per RDF term the project emits.
//!
//! Every IRI written by [`crate::rdf`] comes from here, so the ontology in
//! `ontology/beritagraf.ttl` can be checked against this file (a test does).

use oxigraph::model::NamedNodeRef;

/// Namespace of the project's ontology (`bg:`).
pub const BG: &str = "https://w3id.org/beritagraf/ontology#";
/// Default namespace of minted resources (`bgr:`).
pub const BGR: &str = "https://w3id.org/beritagraf/id/";
/// schema.org namespace (`schema:`).
pub const SCHEMA: &str = "https://schema.org/";
/// W3C PROV-O namespace (`prov:`).
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// RDF namespace (`rdf:`).
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDFS namespace (`rdfs:`).
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// SKOS namespace (`skos:`).
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// XML Schema datatypes namespace (`xsd:`).
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// W3C Organization ontology namespace (`org:`).
pub const ORG: &str = "http://www.w3.org/ns/org#";

/// The prefixes used in Turtle output and in query help, as (prefix, namespace).
pub const PREFIXES: &[(&str, &str)] = &[
    ("bg", BG),
    ("bgr", BGR),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("skos", SKOS),
    ("xsd", XSD),
    ("org", ORG),
];

macro_rules! terms {
    ($( $(#[$doc:meta])* $name:ident = $iri:expr; )*) => {
        $( $(#[$doc])* pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked($iri); )*
        /// Every term of the project's own `bg:` namespace, for checks against the ontology.
        pub const ALL_BG_TERMS: &[NamedNodeRef<'static>] = &[ $( $name, )* ];
    };
}

/// Terms of the project's ontology (`bg:`).
pub mod bg {
    use super::NamedNodeRef;
    terms! {
        /// Class: a public office or position, e.g. the Regional Secretary of a regency.
        OFFICE = "https://w3id.org/beritagraf/ontology#Office";
        /// Class: an administrative region of Indonesia (or Indonesia itself).
        REGION = "https://w3id.org/beritagraf/ontology#Region";
        /// Class: the country, root of the region tree.
        COUNTRY = "https://w3id.org/beritagraf/ontology#Country";
        /// Class: a province (provinsi).
        PROVINCE = "https://w3id.org/beritagraf/ontology#Province";
        /// Class: a regency (kabupaten).
        REGENCY = "https://w3id.org/beritagraf/ontology#Regency";
        /// Class: a city (kota).
        CITY = "https://w3id.org/beritagraf/ontology#City";
        /// Class: a district (kecamatan).
        DISTRICT = "https://w3id.org/beritagraf/ontology#District";
        /// Class: a statement made in an article, quoted or in the reporter's voice.
        STATEMENT = "https://w3id.org/beritagraf/ontology#Statement";
        /// Class: a regulation (law, government regulation, ministerial regulation ...).
        LAW = "https://w3id.org/beritagraf/ontology#Law";
        /// Class: the evidence for one extracted fact (a reified triple).
        EVIDENCE = "https://w3id.org/beritagraf/ontology#Evidence";
        /// Person holds an office.
        HOLDS_OFFICE = "https://w3id.org/beritagraf/ontology#holdsOffice";
        /// The title of an office alone, abbreviations expanded.
        ROLE_NAME = "https://w3id.org/beritagraf/ontology#roleName";
        /// The region an office governs or serves.
        JURISDICTION = "https://w3id.org/beritagraf/ontology#jurisdiction";
        /// The body an office belongs to.
        IN_ORGANIZATION = "https://w3id.org/beritagraf/ontology#inOrganization";
        /// An event took place in a region.
        LOCATED_IN = "https://w3id.org/beritagraf/ontology#locatedIn";
        /// Kemendagri code of a region.
        REGION_CODE = "https://w3id.org/beritagraf/ontology#regionCode";
        /// Who made a statement.
        SPEAKER = "https://w3id.org/beritagraf/ontology#speaker";
        /// A statement cites a law.
        CITES_LAW = "https://w3id.org/beritagraf/ontology#citesLaw";
        /// The article (pasal/ayat) of a law a statement cites.
        ARTICLE_REF = "https://w3id.org/beritagraf/ontology#articleRef";
        /// Regulation type code (UU, PP, Permendagri ...).
        LAW_TYPE = "https://w3id.org/beritagraf/ontology#lawType";
        /// Regulation number as written.
        LAW_NUMBER = "https://w3id.org/beritagraf/ontology#lawNumber";
        /// Regulation year.
        LAW_YEAR = "https://w3id.org/beritagraf/ontology#lawYear";
        /// Regulation title (the "tentang ..." part).
        LAW_TITLE = "https://w3id.org/beritagraf/ontology#lawTitle";
        /// Input file name (or JSON Lines id) an article came from.
        SOURCE_FILE = "https://w3id.org/beritagraf/ontology#sourceFile";
        /// SHA-256 of an article's input, to skip unchanged articles.
        CONTENT_HASH = "https://w3id.org/beritagraf/ontology#contentHash";
        /// Kind of an event (sosialisasi, rapat koordinasi, pilkada ...).
        EVENT_KIND = "https://w3id.org/beritagraf/ontology#eventKind";
        /// The office is held in an acting capacity (Plt., Pj., Pjs.).
        ACTING = "https://w3id.org/beritagraf/ontology#acting";
        /// Name of the extraction rule that produced a fact.
        RULE = "https://w3id.org/beritagraf/ontology#rule";
        /// Confidence of a fact, between 0 and 1.
        CONFIDENCE = "https://w3id.org/beritagraf/ontology#confidence";
        /// Start of the evidence sentence, in characters of the cleaned article text.
        START_OFFSET = "https://w3id.org/beritagraf/ontology#startOffset";
        /// End (exclusive) of the evidence sentence, in characters of the cleaned article text.
        END_OFFSET = "https://w3id.org/beritagraf/ontology#endOffset";
        /// The sentence a fact was read from.
        EVIDENCE_TEXT = "https://w3id.org/beritagraf/ontology#evidenceText";
        /// Version of the extractor that built an article's graph.
        EXTRACTOR_VERSION = "https://w3id.org/beritagraf/ontology#extractorVersion";
    }
}

/// Terms of schema.org (`schema:`).
pub mod schema {
    use super::NamedNodeRef;
    /// Class: a person.
    pub const PERSON: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/Person");
    /// Class: an organization.
    pub const ORGANIZATION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/Organization");
    /// Class: an event.
    pub const EVENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/Event");
    /// Class: a news article.
    pub const NEWS_ARTICLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/NewsArticle");
    /// Name of an entity.
    pub const NAME: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://schema.org/name");
    /// Another name of an entity.
    pub const ALTERNATE_NAME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/alternateName");
    /// Headline of an article.
    pub const HEADLINE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/headline");
    /// An article mentions an entity.
    pub const MENTIONS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/mentions");
    /// Start date of an event.
    pub const START_DATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/startDate");
    /// Publication date of an article.
    pub const DATE_PUBLISHED: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/datePublished");
    /// URL of an article.
    pub const URL: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://schema.org/url");
    /// Text of a statement.
    pub const TEXT: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://schema.org/text");
    /// A region lies within another.
    pub const CONTAINED_IN_PLACE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/containedInPlace");
    /// Organiser of an event.
    pub const ORGANIZER: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/organizer");
    /// Venue of an event, as written.
    pub const LOCATION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/location");
    /// Body an organization belongs to or the region it serves.
    pub const AREA_SERVED: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/areaServed");
}

/// Terms of W3C PROV-O (`prov:`).
pub mod prov {
    use super::NamedNodeRef;
    /// A resource was derived from an article.
    pub const WAS_DERIVED_FROM: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
}

/// Terms of RDF, RDFS and SKOS.
pub mod rdf {
    use super::NamedNodeRef;
    /// `rdf:type`.
    pub const TYPE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    /// `rdf:subject` (reification).
    pub const SUBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");
    /// `rdf:predicate` (reification).
    pub const PREDICATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate");
    /// `rdf:object` (reification).
    pub const OBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#object");
    /// `rdfs:label`.
    pub const LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    /// `skos:altLabel`.
    pub const ALT_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
}
