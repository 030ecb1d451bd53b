//! Who holds an office phrase: the name joined to it, before it, in
//! parentheses around it, after it, or in a "yang" clause, and the lists
//! and deputies named with that holder.

use super::phrase::{village_name, OfficePhrase};
use crate::extract::lexicon::{has_role, has_role_as_written, Role};
use crate::extract::names::vocabulary::{Vocabulary, WordClass};
use crate::extract::persons::{name_run_after_office, name_run_at, name_run_ending_at, NameRun};
use crate::extract::tokens::{Item, ItemKind};
use crate::model::Rule;

/// How a holder was linked to an office phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The holder's name run.
    pub run: NameRun,
    /// The rule that linked them, for provenance.
    pub rule: Rule,
}

/// The holder of an office phrase, from the words around it.
///
/// A name joined by "sebagai"/"selaku"/"dari" or standing right before the
/// title wins ("Bima Arya sebagai Kepala BKN", "H Sutarmidji Gubernur
/// Kalbar"); then a name right after the phrase ("Sekda Kukar Sunggono",
/// "Kepala BKD Kaltim, Deni Sutrisno"); then a name before a comma
/// ("Sunggono, Sekretaris Daerah Kukar, ...").
pub fn find_holder(text: &str, items: &[Item], phrase: &OfficePhrase) -> Option<Holder> {
    let start = phrase.items.start;
    let end = phrase.items.end;
    if let Some(run) = holder_of_appointment(text, items, start) {
        return Some(Holder {
            run,
            rule: Rule::AppointedAs,
        });
    }
    let before_connector = start >= 1
        && items[start - 1].is_word()
        && has_role(items[start - 1].text(text), Role::OfficeConnector);
    if before_connector {
        // "A dan B masing-masing sebagai …"
        let mut connector = start - 1;
        // "Bodewin kembali menjabat sebagai Sekwan": the verb of holding
        // and adverbs before it stand between the name and the connector.
        if connector > 0
            && items[connector - 1].is_word()
            && items[connector - 1]
                .text(text)
                .eq_ignore_ascii_case("menjabat")
        {
            connector -= 1;
            while connector > 0
                && items[connector - 1].is_word()
                && has_role(items[connector - 1].text(text), Role::SpeechAdverb)
            {
                connector -= 1;
            }
        }
        if connector > 0
            && items[connector - 1].is_word()
            && has_role(items[connector - 1].text(text), Role::Distributive)
        {
            connector -= 1;
        }
        let name_end = skip_initials_back(text, items, connector);
        // "Sekda Banten, Al Muktabar, sebagai Pj Gubernur": a comma before
        // the connector.
        let before_comma = (connector >= 2 && items[connector - 1].is_punct(','))
            .then(|| name_run_ending_at(text, items, connector - 1))
            .flatten();
        if let Some(run) = name_run_ending_at(text, items, connector)
            .or_else(|| name_run_ending_at(text, items, name_end))
            .or(before_comma)
        {
            return Some(Holder {
                run,
                rule: Rule::NameConnectorTitle,
            });
        }
    }
    if let Some(run) = holder_of_relative_clause(text, items, phrase) {
        return Some(Holder {
            run,
            rule: Rule::NameConnectorTitle,
        });
    }
    if let Some(run) = holder_before_brackets(text, items, phrase) {
        return Some(Holder {
            run,
            rule: Rule::NameBracketTitle,
        });
    }
    if let Some(run) = name_run_ending_at(text, items, start) {
        return Some(Holder {
            run,
            rule: Rule::NameTitle,
        });
    }
    let after = if items.get(end).is_some_and(|item| item.is_punct(',')) {
        end + 1
    } else {
        end
    };
    // "Sekda baru yaitu Fahrudin".
    let named_at = {
        let word_at = |at: usize, wanted: &dyn Fn(&str) -> bool| {
            items
                .get(at)
                .is_some_and(|item| item.is_word() && wanted(item.text(text)))
        };
        let past_new = if word_at(end, &|word| word == "baru") {
            end + 1
        } else {
            end
        };
        word_at(past_new, &|word| has_role(word, Role::Namer)).then_some(past_new + 1)
    };
    if let Some(run) = named_at.and_then(|at| name_run_at(text, items, at)) {
        return Some(Holder {
            run,
            rule: Rule::TitleName,
        });
    }
    let ends_in_body = after == end
        && end > 0
        && matches!(
            items[end - 1].kind,
            ItemKind::Region(_) | ItemKind::Organization(_)
        );
    let run = if ends_in_body {
        name_run_after_office(text, items, after)
            .and_then(|run| past_unlisted_region(text, items, run))
    } else if after == end && phrase.village.is_some() {
        name_run_at(text, items, after).and_then(|run| past_village_name(text, items, run))
    } else {
        name_run_at(text, items, after).or_else(|| {
            // "Ketua DPRD Pemalang, Tatang Kirana, …": an appositive of two
            // or more words after the phrase and its comma, closed by
            // punctuation, is vouched for like a name after a body.
            let appositive = name_run_after_office(text, items, after).filter(|run| {
                run.name.contains(' ')
                    && items.get(run.items.end).is_none_or(|item| {
                        matches!(item.kind, ItemKind::Punct(',' | '(' | ')' | '.' | ';'))
                    })
            });
            appositive.filter(|_| after != end)
        })
    };
    let run = run.and_then(|run| past_compass_region(text, items, run));
    if let Some(run) = run {
        if !run.name.is_empty() {
            return Some(Holder {
                run,
                rule: Rule::TitleName,
            });
        }
    }
    if start >= 2 && items[start - 1].is_punct(',') {
        if let Some(run) = name_run_ending_at(text, items, start - 1)
            .filter(|run| !holds_office_before(items, run))
        {
            return Some(Holder {
                run,
                rule: Rule::NameCommaTitle,
            });
        }
    }
    None
}

/// Whether the office phrase right before `run` (with or without a comma
/// between) is the run's own: in "Plt. Bupati X, A, Pj. Sekda; B" A holds
/// the title before it, and the next one is B's.
fn holds_office_before(items: &[Item], run: &NameRun) -> bool {
    let is_office_end = |item: &Item| {
        matches!(
            item.kind,
            ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_)
        )
    };
    let start = run.items.start;
    match start.checked_sub(1).map(|before| &items[before]) {
        Some(item) if is_office_end(item) => true,
        Some(item) if item.is_punct(',') => start
            .checked_sub(2)
            .is_some_and(|before| is_office_end(&items[before])),
        _ => false,
    }
}

/// The one appointed to a title: "A dan B dilantik menjadi Anggota DPRD",
/// "A, Kepala Dinas X, ditunjuk Mendagri sebagai Pj Bupati Y", "A
/// menggantikan B sebagai Pj Bupati Y" (A, never B, who held it before).
/// "sebagai"/"menjadi" stands before the title, and an appointment verb a
/// few capitalised words (the one who appoints, the one replaced) before
/// that; the holder is the name right before the verbs, else the name that
/// opens the sentence when only its own office phrase stands between.
fn holder_of_appointment(text: &str, items: &[Item], start: usize) -> Option<NameRun> {
    let link = items.get(start.checked_sub(1)?)?;
    if !(link.is_word() && matches!(link.text(text), "sebagai" | "menjadi")) {
        return None;
    }
    let capitalised = |item: &Item| item.is_capitalised_word(text);
    let is_verb = |item: &Item| item.is_word() && has_role(item.text(text), Role::AppointmentVerb);
    let mut index = start - 1;
    let mut verb = None;
    for _ in 0..8 {
        index = index.checked_sub(1)?;
        let item = &items[index];
        if is_verb(item) {
            verb = Some(index);
            break;
        }
        let between = capitalised(item)
            || matches!(
                item.kind,
                ItemKind::OfficeTitle(_) | ItemKind::Organization(_)
            )
            || item.is_punct('.')
            || (item.is_word() && item.text(text) == "oleh");
        if !between {
            return None;
        }
    }
    // The verbs and adverbs of the group: "resmi ditunjuk menggantikan".
    let mut first = verb?;
    while first > 0
        && items[first - 1].is_word()
        && (is_verb(&items[first - 1]) || has_role(items[first - 1].text(text), Role::SpeechAdverb))
    {
        first -= 1;
    }
    let mut subject_end = first;
    if subject_end > 0 && items[subject_end - 1].is_punct(',') {
        subject_end -= 1;
    }
    if let Some(run) = name_run_ending_at(text, items, subject_end) {
        return Some(run);
    }
    // "A, Kepala Dinas X, ditunjuk …": the sentence opens with the name.
    let opening = (0..3.min(subject_end)).find_map(|at| {
        let opens = items[..at].iter().all(|item| {
            item.is_punct(',')
                || (item.is_word() && has_role(item.text(text), Role::SpeechAdverb))
                || capitalised(item)
        });
        opens.then(|| name_run_at(text, items, at)).flatten()
    })?;
    let appositive = items[opening.items.end..subject_end].iter().all(|item| {
        capitalised(item)
            || matches!(
                item.kind,
                ItemKind::OfficeTitle(_) | ItemKind::Organization(_) | ItemKind::Region(_)
            )
            || item.is_punct(',')
            || item.is_punct('(')
            || item.is_punct(')')
            || (item.is_word() && matches!(item.text(text), "dan" | "serta"))
    });
    (appositive && !opening.name.is_empty()).then_some(opening)
}

/// The subject of a "yang" clause that ends in the title: "Rahmat, yang
/// juga Ketua DPRD", "Suryanto yang sudah dua tahun menjabat sebagai Pj
/// Bupati", "A dan B yang dilantik menjadi anggota DPRD". The word before
/// the title links the clause to it; the clause has up to eight lower-case
/// words and none that makes the title someone else's or past ("yang
/// ditangkap oleh Kapolres", "yang kala itu menjabat"). A lower-case title
/// counts only with its body or region ("yang menjadi ketua panitia" is no
/// office).
fn holder_of_relative_clause(text: &str, items: &[Item], phrase: &OfficePhrase) -> Option<NameRun> {
    let start = phrase.items.start;
    let title = items.get(start)?.text(text);
    let qualified = phrase.organization.is_some() || !phrase.regions.is_empty();
    if !(qualified || title.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    let link = items.get(start.checked_sub(1)?)?;
    if !(link.is_word() && has_role(link.text(text), Role::RelativeConnector)) {
        return None;
    }
    let mut index = start - 1;
    for _ in 0..8 {
        index = index.checked_sub(1)?;
        let item = &items[index];
        if !item.is_word() {
            return None;
        }
        let word = item.text(text);
        if word == "yang" {
            let mut end = index;
            if end > 0 && items[end - 1].is_punct(',') {
                end -= 1;
            }
            return name_run_ending_at(text, items, end);
        }
        let lower = word.chars().all(|c| c.is_lowercase() || c == '-');
        if !lower || has_role(word, Role::RelativeStop) {
            return None;
        }
    }
    None
}

/// The name before a parenthesis that holds the office phrase ("Slamet
/// (Kadis Pertanian Pemkab Sekadau)", "Hamid (mantan Kasi Pidsus)"): the
/// parenthesis opens right before the phrase, a former marker between, and
/// closes within a few words after it.
fn holder_before_brackets(text: &str, items: &[Item], phrase: &OfficePhrase) -> Option<NameRun> {
    let mut open = phrase.items.start;
    if open > 0
        && items[open - 1].is_word()
        && has_role(items[open - 1].text(text), Role::FormerMarker)
    {
        open -= 1;
    }
    if open < 2 || !items[open - 1].is_punct('(') {
        return None;
    }
    let closes = items
        .get(phrase.items.end..)?
        .iter()
        .take(5)
        .take_while(|item| !item.is_punct('(') && !item.is_punct(','))
        .any(|item| item.is_punct(')'));
    if !closes {
        return None;
    }
    name_run_ending_at(text, items, open - 1)
}

/// The holder after a village head's title, past the village's name that
/// `run` starts with (see [`village_name`]): "Kades Sukamaju Budi Santoso",
/// "Kades Sukamaju, Budi Santoso" (a name after the comma); else none
/// ("Kepala Desa Tanjung Garbus II", "Kades Tlogotuwung": a village, no
/// person).
fn past_village_name(text: &str, items: &[Item], run: NameRun) -> Option<NameRun> {
    let village_words = village_name(text, items, run.items.start)?
        .split_whitespace()
        .count();
    let after_village = run.items.start + village_words;
    if after_village < run.items.end {
        return name_run_at(text, items, after_village);
    }
    let comma = run.items.end;
    if items.get(comma).is_some_and(|item| item.is_punct(',')) {
        return name_run_at(text, items, comma + 1).filter(|next| !next.name.is_empty());
    }
    None
}

/// A run right after an office phrase that ends in a body, when a comma
/// follows it: "Kejati Sulselbar, Halimuddin" names the body's region in a
/// form the gazetteer lacks, and the holder after the comma; before a
/// region ("Kejari Kuatan Singingi, Riau") the run is a place and there is
/// no holder. A run with a listed given name stays the holder.
fn past_unlisted_region(text: &str, items: &[Item], run: NameRun) -> Option<NameRun> {
    let comma = run.items.end;
    if !items.get(comma).is_some_and(|item| item.is_punct(',')) {
        return Some(run);
    }
    let vocabulary = Vocabulary::get();
    let has_given_name = run
        .name
        .split(' ')
        .any(|word| vocabulary.classify(word) == WordClass::Name);
    if has_given_name {
        return Some(run);
    }
    match items.get(comma + 1).map(|item| &item.kind) {
        Some(ItemKind::Region(_)) => None,
        _ if !run.name.contains(' ') => name_run_at(text, items, comma + 1)
            .filter(|next| !next.name.is_empty())
            .or(Some(run)),
        _ => Some(run),
    }
}

/// A one-word run right after an office phrase and before a compass word
/// ("Kajari Tanjab Timur Rahmad") is a region's name the gazetteer lacks:
/// the holder is the name after the compass word, if any.
fn past_compass_region(text: &str, items: &[Item], run: NameRun) -> Option<NameRun> {
    let compass = run.items.end;
    let before_compass = !run.name.contains(' ')
        && items.get(compass).is_some_and(|item| {
            item.is_word() && has_role_as_written(item.text(text), Role::CompassWord)
        })
        && Vocabulary::get().classify(&run.name) != WordClass::Name;
    if !before_compass {
        return Some(run);
    }
    name_run_after_office(text, items, compass + 1).filter(|next| !next.name.is_empty())
}

/// The deputy named after a holder: "Gubernur Jambi, A dan wakilnya B"
/// (also "dan wakilnya, B").
pub(super) fn deputy_after(text: &str, items: &[Item], holder: &NameRun) -> Option<NameRun> {
    let mut index = holder.items.end;
    let word_at = |index: usize, expected: &str| {
        items
            .get(index)
            .is_some_and(|item| item.is_word() && item.text(text).eq_ignore_ascii_case(expected))
    };
    if !(word_at(index, "dan") && word_at(index + 1, "wakilnya")) {
        return None;
    }
    index += 2;
    if items.get(index).is_some_and(|item| item.is_punct(',')) {
        index += 1;
    }
    name_run_at(text, items, index).filter(|run| !run.name.is_empty())
}

/// Where a name ends before `end` when its initials in parentheses follow
/// it ("Andi Rahman (AR) selaku …"): the index of the "(", else `end`.
fn skip_initials_back(text: &str, items: &[Item], end: usize) -> usize {
    if end >= 3
        && items[end - 1].is_punct(')')
        && items[end - 2].is_word()
        && items[end - 2]
            .text(text)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.')
        && items[end - 3].is_punct('(')
    {
        end - 3
    } else {
        end
    }
}

/// Whether the item is a word joining names in a list ("dan", "serta").
fn is_list_joiner(text: &str, item: &Item) -> bool {
    item.is_punct(',') || (item.is_word() && matches!(item.text(text), "dan" | "serta"))
}

/// The persons listed with a holder found before "sebagai"/"selaku" ("A, B
/// dan C selaku Wakil Ketua DPRD"), nearest first. The list stops at a name
/// that an office phrase before it claims ("Ketua DPRD Gowa, A, dan B …").
pub(super) fn names_listed_before(text: &str, items: &[Item], first: &NameRun) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut end = first.items.start;
    while runs.len() < 8 {
        let mut joined = end;
        while joined > 0 && is_list_joiner(text, &items[joined - 1]) {
            joined -= 1;
        }
        // A list ends in "dan"/"serta" before its last name ("A, B dan C");
        // a comma alone ("Besoknya, C sebagai …") starts no list.
        let has_and = items[joined..end]
            .iter()
            .any(|item| item.is_word() && matches!(item.text(text), "dan" | "serta"));
        if joined == end || (runs.is_empty() && !has_and) {
            break;
        }
        let name_end = skip_initials_back(text, items, joined);
        let Some(run) = name_run_ending_at(text, items, name_end) else {
            break;
        };
        let mut before = run.items.start;
        while before > 0 && items[before - 1].is_punct(',') {
            before -= 1;
        }
        let claimed = before > 0
            && matches!(
                items[before - 1].kind,
                ItemKind::Region(_) | ItemKind::Organization(_) | ItemKind::OfficeTitle(_)
            );
        if claimed {
            break;
        }
        end = run.items.start;
        runs.push(run);
    }
    runs
}

/// The persons an office phrase introduces as a list ("tiga anggota DKPP,
/// yaitu A, B, dan C"), in order.
pub(super) fn names_listed_after(
    text: &str,
    items: &[Item],
    phrase: &OfficePhrase,
) -> Vec<NameRun> {
    let mut index = phrase.items.end;
    if items.get(index).is_some_and(|item| item.is_punct(',')) {
        index += 1;
    }
    let introduces = items.get(index).is_some_and(|item| {
        item.is_punct(':')
            || (item.is_word() && matches!(item.text(text), "yaitu" | "yakni" | "antara"))
    });
    if !introduces {
        return Vec::new();
    }
    index += 1;
    if items
        .get(index)
        .is_some_and(|item| item.is_word() && item.text(text) == "lain")
    {
        index += 1;
    }
    names_from(text, items, index)
}

/// Whether several holders share the phrase's title ("Anggota DPRD").
pub(super) fn is_member_title(phrase: &OfficePhrase) -> bool {
    phrase
        .role
        .split(' ')
        .next()
        .is_some_and(|word| has_role(word, Role::MemberTitle))
}

/// The names that continue a list after a holder's name ending at item
/// `end` ("Anggota DPRD A, B dan C"): each joined by a comma, "dan" or
/// "serta", the list ending where no name follows.
pub(super) fn names_joined_after(text: &str, items: &[Item], end: usize) -> Vec<NameRun> {
    let mut next = end;
    while items
        .get(next)
        .is_some_and(|item| is_list_joiner(text, item))
    {
        next += 1;
    }
    if next == end {
        return Vec::new();
    }
    names_from(text, items, next)
}

/// The names of a list starting at item `index`, joined by commas, "dan"
/// or "serta" (up to eight).
fn names_from(text: &str, items: &[Item], mut index: usize) -> Vec<NameRun> {
    let mut runs: Vec<NameRun> = Vec::new();
    while runs.len() < 8 {
        let Some(run) = name_run_at(text, items, index) else {
            break;
        };
        if run.name.is_empty() {
            break;
        }
        index = run.items.end;
        runs.push(run);
        let mut next = index;
        while items
            .get(next)
            .is_some_and(|item| is_list_joiner(text, item))
        {
            next += 1;
        }
        if next == index {
            break;
        }
        index = next;
    }
    runs
}
