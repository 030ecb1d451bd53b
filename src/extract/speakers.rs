//! Speaker attribution: who said a quotation or a reported statement.
//!
//! Direct quotes are attributed by the words after the closing mark
//! ("…," kata Suhajar; "…," pungkasnya) or before the opening one
//! (Sunggono mengatakan, "…"). Reported speech is attributed by its
//! subject (Suhajar menjelaskan, …), by "menurut X", by inverted verbs
//! (…, kata dia), and pronouns (Ia, Dia, -nya, Dirinya, Baginya) point back
//! to the last named speaker.

use super::lexicon::{
    is_in, INVERTED_SPEECH_VERBS, PASSIVE_SPEECH_VERBS, SPEAKER_PRONOUNS, SPEECH_ADVERBS,
    SPEECH_VERBS,
};
use super::persons::{name_run_at, NameRun};
use super::tokens::{Item, ItemKind};

/// Who a statement is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A named person.
    Named(NameRun, &'static str),
    /// A pronoun or "-nya": the last named speaker.
    Pronoun(&'static str),
    /// No attribution: the reporter's voice.
    Unattributed,
}

/// An inverted speech verb, bare ("kata") or with "-nya" ("katanya").
fn inverted_verb(word: &str) -> Option<bool> {
    let lower = word.to_lowercase();
    if is_in(INVERTED_SPEECH_VERBS, &lower) {
        return Some(lower == "katanya");
    }
    let stem = lower.strip_suffix("nya")?;
    is_in(INVERTED_SPEECH_VERBS, stem).then_some(true)
}

fn is_speech_verb(word: &str) -> bool {
    is_in(SPEECH_VERBS, word)
}

/// The name run after `index`, skipping office titles, bodies and regions
/// ("kata Sekda Kukar Sunggono").
fn name_after(text: &str, items: &[Item], mut index: usize) -> Option<NameRun> {
    while let Some(item) = items.get(index) {
        match item.kind {
            ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_) => {
                index += 1
            }
            ItemKind::Punct(',') if index > 0 => index += 1,
            _ => break,
        }
    }
    name_run_at(text, items, index)
}

/// Whether the word at `index` (after optional adverbs) is a speech verb;
/// returns the index after the verb.
fn speech_verb_at(text: &str, items: &[Item], mut index: usize) -> Option<usize> {
    let mut skipped = 0;
    while let Some(item) = items.get(index) {
        if !item.is_word() {
            return None;
        }
        let word = item.text(text);
        if is_speech_verb(word) {
            return Some(index + 1);
        }
        if is_in(SPEECH_ADVERBS, word) && skipped < 2 {
            skipped += 1;
            index += 1;
            continue;
        }
        return None;
    }
    None
}

/// Attribution from the items after a closing quote mark.
pub fn after_quote(text: &str, items: &[Item]) -> Attribution {
    let mut index = 0;
    while items
        .get(index)
        .is_some_and(|item| matches!(item.kind, ItemKind::Punct(',' | '"' | '.' | '!' | '?')))
    {
        index += 1;
    }
    let Some(item) = items.get(index) else {
        return Attribution::Unattributed;
    };
    if item.is_word() {
        if let Some(with_suffix) = inverted_verb(item.text(text)) {
            if with_suffix {
                return Attribution::Pronoun("quote-verb-nya");
            }
            let next = items.get(index + 1);
            if next.is_some_and(|next| next.is_word() && is_in(SPEAKER_PRONOUNS, next.text(text))) {
                return Attribution::Pronoun("quote-verb-pronoun");
            }
            if let Some(run) = name_after(text, items, index + 1) {
                return Attribution::Named(run, "quote-verb-name");
            }
            return Attribution::Unattributed;
        }
        if let Some(run) = name_after(text, items, index) {
            if speech_verb_at(text, items, run.items.end).is_some() {
                return Attribution::Named(run, "quote-name-verb");
            }
        }
        if is_in(SPEAKER_PRONOUNS, item.text(text))
            && speech_verb_at(text, items, index + 1).is_some()
        {
            return Attribution::Pronoun("quote-pronoun-verb");
        }
    }
    Attribution::Unattributed
}

/// Attribution of reported speech within one sentence.
pub fn reported(text: &str, items: &[Item]) -> Attribution {
    for (index, item) in items.iter().enumerate() {
        if !item.is_word() {
            continue;
        }
        let word = item.text(text);
        let lower = word.to_lowercase();
        // "Menurut Sunggono," / "Menurutnya," / "Menurut dia,"
        if lower == "menurutnya" || lower == "baginya" {
            return Attribution::Pronoun("menurut-nya");
        }
        if lower == "menurut" {
            let next = items.get(index + 1);
            if next.is_some_and(|next| next.is_word() && is_in(SPEAKER_PRONOUNS, next.text(text))) {
                return Attribution::Pronoun("menurut-pronoun");
            }
            if let Some(run) = name_after(text, items, index + 1) {
                return Attribution::Named(run, "menurut-name");
            }
        }
        // "Ia menjelaskan …", "Dirinya juga mengimbau …" at the start.
        if index <= 2
            && is_in(SPEAKER_PRONOUNS, word)
            && word.chars().next().is_some_and(char::is_uppercase)
        {
            let mut next = index + 1;
            // "Ia (Teguh) mengatakan"
            if items.get(next).is_some_and(|item| item.is_punct('(')) {
                if let Some(run) = name_run_at(text, items, next + 1) {
                    if items
                        .get(run.items.end)
                        .is_some_and(|item| item.is_punct(')'))
                    {
                        return Attribution::Named(run, "pronoun-named");
                    }
                }
            }
            while items
                .get(next)
                .is_some_and(|item| item.is_word() && is_in(SPEECH_ADVERBS, item.text(text)))
            {
                next += 1;
            }
            if items.get(next).is_some_and(|item| {
                item.is_word() && {
                    let verb = item.text(text).to_lowercase();
                    verb.starts_with("me") || verb.starts_with("ber") || is_speech_verb(&verb)
                }
            }) {
                return Attribution::Pronoun("pronoun-subject");
            }
        }
        // "… , kata dia," / "… , ujarnya" / "… , kata Sunggono"
        if index > 0 && items[index - 1].is_punct(',') {
            if let Some(with_suffix) = inverted_verb(word) {
                if with_suffix {
                    return Attribution::Pronoun("inverted-verb-nya");
                }
                let next = items.get(index + 1);
                if next
                    .is_some_and(|next| next.is_word() && is_in(SPEAKER_PRONOUNS, next.text(text)))
                {
                    return Attribution::Pronoun("inverted-verb-pronoun");
                }
                if let Some(run) = name_after(text, items, index + 1) {
                    return Attribution::Named(run, "inverted-verb-name");
                }
            }
        }
        // "disampaikan Sunggono"
        if is_in(PASSIVE_SPEECH_VERBS, word) {
            let mut next = index + 1;
            if items
                .get(next)
                .is_some_and(|item| item.text(text).eq_ignore_ascii_case("oleh"))
            {
                next += 1;
            }
            if let Some(run) = name_after(text, items, next) {
                return Attribution::Named(run, "passive-verb-name");
            }
        }
    }
    if let Some(run) = speech_subjects(text, items).into_iter().next() {
        return Attribution::Named(run, "subject-speech-verb");
    }
    Attribution::Unattributed
}

/// Whether a name run may start at `index`: not in the middle of a
/// capitalised phrase ("Workshop Pengawasan Media Sosial menyebut" has no
/// person "Pengawasan Media Sosial").
fn starts_phrase(text: &str, items: &[Item], index: usize) -> bool {
    index <= 1
        || !items[index - 1].is_word()
        || !items[index - 1]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        || super::lexicon::is_name_prefix(items[index - 1].text(text))
}

/// The person a sentence is about: a name near its start followed by a
/// verb ("Kepala BKD, Nurdin Pakaya, melaporkan …"). Pronouns in the
/// sentences after it refer to this person.
pub fn sentence_subject(text: &str, items: &[Item]) -> Option<NameRun> {
    let mut index = 0;
    while index < items.len().min(24) {
        if let Some(run) =
            name_run_at(text, items, index).filter(|_| starts_phrase(text, items, index))
        {
            let mut next = run.items.end;
            if items.get(next).is_some_and(|item| item.is_punct(',')) {
                next += 1;
            }
            while items
                .get(next)
                .is_some_and(|item| item.is_word() && is_in(SPEECH_ADVERBS, item.text(text)))
            {
                next += 1;
            }
            let verb = items
                .get(next)
                .filter(|item| item.is_word())
                .map(|item| item.text(text).to_lowercase());
            if verb.is_some_and(|verb| {
                verb.starts_with("me") || verb.starts_with("ber") || is_speech_verb(&verb)
            }) {
                return Some(run);
            }
            index = run.items.end.max(index + 1);
        } else {
            index += 1;
        }
    }
    None
}

/// Every name run in the sentence that is the subject of a speech verb
/// ("Sunggono menekankan", "Teguh juga mengingatkan").
pub fn speech_subjects(text: &str, items: &[Item]) -> Vec<NameRun> {
    let mut subjects = Vec::new();
    let mut index = 0;
    while index < items.len() {
        if let Some(run) =
            name_run_at(text, items, index).filter(|_| starts_phrase(text, items, index))
        {
            let end = run.items.end;
            let verb_follows = speech_verb_at(text, items, end).is_some()
                || (items.get(end).is_some_and(|item| item.is_punct(','))
                    && speech_verb_at(text, items, end + 1).is_some());
            if verb_follows {
                subjects.push(run);
            }
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    subjects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn attribution(text: &str) -> String {
        let items = tokenize(text, 0..text.len());
        match reported(text, &items) {
            Attribution::Named(run, _) => run.name,
            Attribution::Pronoun(_) => "<pronoun>".into(),
            Attribution::Unattributed => "<none>".into(),
        }
    }

    fn after(text: &str) -> String {
        let items = tokenize(text, 0..text.len());
        match after_quote(text, &items) {
            Attribution::Named(run, _) => run.name,
            Attribution::Pronoun(_) => "<pronoun>".into(),
            Attribution::Unattributed => "<none>".into(),
        }
    }

    #[test]
    fn reported_speech_is_attributed() {
        let cases = [
            (
                "Suhajar menjelaskan, netralitas ASN telah diatur dalam UU.",
                "Suhajar",
            ),
            ("Ia mengatakan ASN harus netral.", "<pronoun>"),
            ("Menurut Sunggono, pelanggaran berdampak.", "Sunggono"),
            ("Menurut dia, ASN yang tidak netral merugikan.", "<pronoun>"),
            ("Baginya, netralitas berlaku luas.", "<pronoun>"),
            (
                "Posisi ASN, kata dia, tidak bisa lepas dari sorotan.",
                "<pronoun>",
            ),
            ("Hal itu disampaikan Sunggono pada sosialisasi.", "Sunggono"),
            (
                "Netralitas diatur dalam Undang-Undang Nomor 20 Tahun 2023.",
                "<none>",
            ),
            ("Selain itu, Teguh juga mengingatkan motif lain.", "Teguh"),
            ("Dirinya juga mengimbau partai politik.", "<pronoun>"),
        ];
        for (text, expected) in cases {
            assert_eq!(attribution(text), expected, "{text}");
        }
    }

    #[test]
    fn quotes_are_attributed_after_the_closing_mark() {
        let cases = [
            (", kata Suhajar dalam keterangan tertulisnya.", "Suhajar"),
            (", pungkasnya.", "<pronoun>"),
            (", ujar Arif saat mengikuti kampanye.", "Arif"),
            (" pintanya saat menjadi pembicara.", "<pronoun>"),
            (", tambah Agus.", "Agus"),
            (", kata dia.", "<pronoun>"),
            (" Sunggono menambahkan.", "Sunggono"),
            (". Itu sebabnya dia datang.", "<none>"),
        ];
        for (text, expected) in cases {
            assert_eq!(after(text), expected, "{text}");
        }
    }
}
