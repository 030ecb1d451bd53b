//! Persons named without an office or a quotation: "pengadu, Yotam Wakum
//! dan Fery Mambenar", "Prof. Teguh Prasetyo", "menggantikan Djalal
//! Salampessy". A run of capitalised words is a person when an honorific
//! opens it, or when it has two or more words, one of them a given name,
//! and none of them an ordinary word.

use super::article_context::ArticleContext;
use super::lexicon::is_name_prefix;
use super::names::vocabulary::{Vocabulary, WordClass};
use super::persons::name_run_at;
use super::sink::Sink;
use super::tokens::Item;

/// Pass: every other person the article names, registered so that later
/// passes and short forms resolve to them.
pub fn person_mentions(context: &ArticleContext, sink: &mut Sink) {
    let text = context.text();
    for (_, _, items) in context.sentences() {
        let mut index = 0;
        while index < items.len() {
            let Some(run) = name_run_at(text, items, index) else {
                index += 1;
                continue;
            };
            if is_person_mention(text, items, index, &run.name) {
                sink.persons.resolve(&run.name);
            }
            index = run.items.end.max(index + 1);
        }
    }
}

/// Whether the name run starting at item `start` and reading `name` is
/// surely a person's name.
fn is_person_mention(text: &str, items: &[Item], start: usize, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let opened_by_honorific = items[start].is_word() && is_name_prefix(items[start].text(text));
    if opened_by_honorific {
        return true;
    }
    let vocabulary = Vocabulary::get();
    let classes: Vec<WordClass> = name
        .split(' ')
        .filter(|word| !word.ends_with('.'))
        .map(|word| vocabulary.classify(word))
        .collect();
    classes.len() >= 2
        && classes.contains(&WordClass::Name)
        && classes.iter().all(|class| {
            matches!(
                class,
                WordClass::Name | WordClass::Unknown | WordClass::Ambiguous
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_context::test_article;
    use crate::gazetteer::Gazetteer;

    fn persons_of(body: &str) -> Vec<String> {
        let context = ArticleContext::new(&test_article("Berita", body), Gazetteer::get());
        let mut sink = Sink::new(&context);
        person_mentions(&context, &mut sink);
        sink.into_facts()
            .persons
            .into_iter()
            .map(|person| person.name)
            .collect()
    }

    #[test]
    fn names_with_a_given_name_or_an_honorific_are_persons() {
        assert_eq!(
            persons_of(
                "Laporan itu datang dari pengadu, Agus Wambrauw dan Budi Santoso, pekan lalu."
            ),
            ["Agus Wambrauw", "Budi Santoso"]
        );
        assert_eq!(
            persons_of("Sidang dihadiri Prof. Teguh Prasetyo."),
            ["Teguh Prasetyo"]
        );
    }

    #[test]
    fn places_bodies_and_lone_words_are_no_persons() {
        assert!(persons_of("Warga Sungai Budi Jaya berkumpul di Jalan Ahmad Yani.").is_empty());
        assert!(persons_of("Budi datang ke Pasar Baru bersama Tim Penggerak.").is_empty());
        assert!(persons_of("Peserta dari Universitas Negeri Makassar hadir.").is_empty());
    }
}
