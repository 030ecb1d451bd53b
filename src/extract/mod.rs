//! Extraction: from one article to its facts. No I/O happens here.
//!
//! The article body is cleaned ([`crate::text`]), gazetteer hits (regions,
//! bodies, office titles) and law citations are found over the whole text,
//! and each sentence is read as a sequence of [`tokens::Item`]s. Three
//! passes follow: persons and the offices they hold, statements and their
//! speakers, and events with their regions.

pub mod dates;
pub mod events;
pub mod law_citations;
pub mod lexicon;
pub mod names;
pub mod offices;
pub mod persons;
pub mod speakers;
pub mod tokens;

mod article_context;
mod builder;

use crate::gazetteer::Gazetteer;
use crate::model::{Article, ArticleFacts};

/// Version of the extraction rules, recorded with every article so that a
/// store built by an older version can be told apart.
pub const EXTRACTOR_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+rules.2");

/// Extract every fact of `article`.
///
/// ```
/// use beritagraf::model::Article;
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
/// assert_eq!(facts.statements[0].speaker, Some(0));
/// ```
pub fn extract(article: &Article) -> ArticleFacts {
    builder::Builder::new(article, Gazetteer::get()).run()
}
