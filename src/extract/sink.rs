//! Where the passes put what they find: the article's facts, the keys that
//! keep one fact per body, office and law, and the registry of persons.

use super::article_context::ArticleContext;
use super::persons::PersonRegistry;
use crate::model::{ArticleFacts, LawId, OfficeId, OrganizationId};
use std::collections::HashMap;

/// The key of a body within an article: its gazetteer key and region code.
pub type OrganizationKey = (String, Option<String>);
/// The key of an office within an article: role, body index, region code.
pub type OfficeKey = (String, Option<OrganizationId>, Option<String>);
/// The key of a law within an article: type code, number, year, issuer.
pub type LawKey = (String, String, u16, Option<String>);

/// The facts of one article as the passes add them.
#[derive(Debug, Default)]
pub struct Sink {
    /// The facts so far (persons are in `persons` until the end).
    pub facts: ArticleFacts,
    /// The persons named so far, short forms resolved.
    pub persons: PersonRegistry,
    /// Index in `facts.organizations` of each body already added.
    pub organization_keys: HashMap<OrganizationKey, OrganizationId>,
    /// Index in `facts.offices` of each office already added.
    pub office_keys: HashMap<OfficeKey, OfficeId>,
    /// Index in `facts.laws` of each law already added.
    pub law_keys: HashMap<LawKey, LawId>,
}

impl Sink {
    /// An empty sink for the article of `context`.
    pub fn new(context: &ArticleContext) -> Sink {
        Sink {
            facts: ArticleFacts {
                text: context.prepared.text.clone(),
                published: context.published,
                ..ArticleFacts::default()
            },
            ..Sink::default()
        }
    }

    /// The finished facts, persons included.
    pub fn into_facts(self) -> ArticleFacts {
        let mut facts = self.facts;
        facts.persons = self.persons.into_persons();
        facts
    }
}
