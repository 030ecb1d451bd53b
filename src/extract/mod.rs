//! Extraction: from one article to its facts. No I/O happens here.
//!
//! The article body is cleaned ([`crate::text`]), gazetteer hits (regions,
//! bodies, office titles) and law citations are found over the whole text,
//! and each sentence is read as a sequence of [`tokens::Item`]s: that is
//! the [`ArticleContext`], which no pass changes. The passes of [`PASSES`]
//! then run in order, each reading the context and adding facts to one
//! [`Sink`]: regions, bodies, persons with the offices they hold,
//! statements with their speakers and laws, and events with their regions.

pub(crate) mod article_context;
pub(crate) mod dates;
pub(crate) mod events;
pub(crate) mod hits;
pub mod law_citations;
pub(crate) mod laws;
pub(crate) mod lexicon;
pub mod names;
pub(crate) mod offices;
pub(crate) mod organizations;
pub(crate) mod person_mentions;
pub mod persons;
pub(crate) mod region_short_forms;
pub(crate) mod regions;
pub(crate) mod sink;
pub(crate) mod speakers;
pub(crate) mod tokens;

pub use article_context::ArticleContext;
pub use sink::Sink;

use crate::gazetteer::Gazetteer;
use crate::model::{Article, ArticleFacts};

/// Version of the extraction rules, recorded with every article so that a
/// store built by an older version can be told apart.
pub const EXTRACTOR_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+rules.6");

/// Extract every fact of `article`.
///
/// ```
/// use beritagraf::model::{Article, PersonId};
/// let article = Article {
///     source_id: "contoh.txt".into(),
///     origin: "contoh.txt".into(),
///     headline: "Sekda Gowa ingatkan netralitas ASN".into(),
///     body: "Sekretaris Daerah Kabupaten Gowa, Andi Rahman, mengingatkan ASN agar netral.\n\
///            \"Netralitas diatur dalam UU Nomor 5 Tahun 2014 tentang ASN,\" kata Andi Rahman."
///         .into(),
///     url: None,
///     date: None,
/// };
/// let facts = beritagraf::extract::extract(&article);
/// assert_eq!(facts.persons[0].name, "Andi Rahman");
/// assert_eq!(facts.offices[0].role_name, "Sekretaris Daerah");
/// assert_eq!(facts.laws[0].law_type, "UU");
/// assert_eq!(facts.statements[0].speaker, Some(PersonId(0)));
/// ```
pub fn extract(article: &Article) -> ArticleFacts {
    let context = ArticleContext::new(article, Gazetteer::get());
    let mut sink = Sink::new(&context);
    for pass in PASSES {
        pass(&context, &mut sink);
    }
    sink.into_facts()
}

/// One extraction pass: it reads the article and adds facts.
pub type Pass = fn(&ArticleContext, &mut Sink);

/// The passes in the order they run. Later passes see the facts of earlier
/// ones: offices find the bodies already named, statements resolve short
/// names to the persons already found, the other persons named are added
/// after them, events reuse bodies as organisers.
pub const PASSES: &[Pass] = &[
    regions::regions,
    organizations::organizations,
    offices::holders,
    speakers::statements,
    person_mentions::person_mentions,
    events::events,
];
