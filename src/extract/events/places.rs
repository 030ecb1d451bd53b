//! Where an event took place: the place phrase after its mention ("di
//! Aula Kantor Bupati Gowa, Sungguminasa") with its regions and venue.

use crate::extract::article_context::ArticleContext;
use crate::extract::lexicon::{has_role, has_role_as_written, Lexicon, Role};
use crate::extract::tokens::{Item, ItemKind};
use crate::gazetteer::RegionId;

/// Regions of the place phrase after `from` ("di Aula Kantor Bupati
/// Gowa, Sungguminasa"), with the venue words. Regions that are part of
/// a venue's name ("Aula Rajabasa", "Universitas Negeri Manado") are
/// not places.
pub fn place_regions(
    context: &ArticleContext,
    items: &[Item],
    from: usize,
) -> (Vec<RegionId>, Option<String>, bool) {
    let text = context.text();
    let Some(di) = items.iter().position(|item| {
        item.span.start >= from && item.is_word() && item.text(text).eq_ignore_ascii_case("di")
    }) else {
        return (Vec::new(), None, false);
    };
    // The place must follow closely, with no clause in between
    // ("Apel dipimpin … yang tersebar di Banjarmasin" is not where the apel was).
    let between: Vec<&Item> = items
        .iter()
        .filter(|item| item.span.start >= from && item.span.end <= items[di].span.start)
        .collect();
    let words = between.iter().filter(|item| item.is_word()).count();
    let (regions, venue) = phrase_after(context, items, di);
    let close = !clause_break(text, &between, true) && words <= 16;
    // Noun phrases joined by "dan" ("syukuran dan silaturahmi warga di
    // Jakarta") do not end the event's phrase, nor do long ones when the
    // place names a venue and its region ("pelantikan X sebagai … oleh
    // Presiden di Istana Negara, Jakarta").
    let joined = !regions.is_empty()
        && !clause_break(text, &between, false)
        && (words <= 16 || venue.is_some());
    if !close && !joined {
        return (Vec::new(), None, false);
    }
    let is_place = !regions.is_empty() || venue.is_some();
    (regions, venue, is_place)
}

/// The place phrase written before an event and joined to it by a
/// purpose word ("diundang ke Istana Negara untuk mendapat pengarahan",
/// "menuju Balai Adat Melayu, untuk prosesi tepung tawar"): its regions
/// and venue, when the event mention starts at byte `at`. At most three
/// lower-case words stand between the purpose word and the event, and only
/// capitalised words, regions, bodies and commas between the place word
/// and the purpose word.
pub fn place_before(
    context: &ArticleContext,
    items: &[Item],
    at: usize,
) -> Option<(Vec<RegionId>, Option<String>)> {
    let text = context.text();
    let mut index = items.iter().position(|item| item.span.start >= at)?;
    let lower_at = |index: usize| items[index].text(text).to_lowercase();
    // "untuk mendapat pengarahan", "untuk prosesi tepuk tepung tawar".
    let mut skipped = 0;
    loop {
        index = index.checked_sub(1)?;
        let item = &items[index];
        if item.is_word() && has_role(&lower_at(index), Role::PurposeMarker) {
            break;
        }
        let lower_word = item.is_word() && item.text(text).starts_with(char::is_lowercase);
        if !lower_word || skipped == 3 {
            return None;
        }
        skipped += 1;
    }
    for opener in (index.saturating_sub(12)..index).rev() {
        let item = &items[opener];
        match &item.kind {
            ItemKind::Word if has_role(&lower_at(opener), Role::PlaceOpener) => {
                let (regions, venue) = phrase_after(context, items, opener);
                return (!regions.is_empty() || venue.is_some()).then_some((regions, venue));
            }
            ItemKind::Word if item.text(text).starts_with(char::is_uppercase) => {}
            ItemKind::Region(_) | ItemKind::Organization(_) | ItemKind::Punct(',') => {}
            _ => return None,
        }
    }
    None
}

/// Whether `between` (the items from an event to its "di") holds a clause
/// of its own: a verb, a "yang" clause about something else, or a
/// clause-break word; "dan" and "serta" count only when `strict`.
fn clause_break(text: &str, between: &[&Item], strict: bool) -> bool {
    // "yang digelar BKPSDM Gowa … di …" still places the event; "yang
    // tersebar di …" or "dipimpin … di …" is about something else.
    let holds_event =
        |word: &str| has_role(word, Role::Organised) || has_role(word, Role::TookPlace);
    between.iter().enumerate().any(|(position, item)| {
        let word = item.text(text).to_lowercase();
        let next = between
            .get(position + 1)
            .map(|next| next.text(text).to_lowercase());
        let joiner = word == "dan" || word == "serta";
        // "… pendaftaran calon," kata Ketua Panwas di Tahuna": the place
        // where it was said.
        let speech = Lexicon::get().inverted_speech_verbs.contains(&word)
            || word
                .strip_suffix("nya")
                .is_some_and(|stem| Lexicon::get().inverted_speech_verbs.contains(stem));
        item.is_word()
            && !holds_event(&word)
            && (speech
                || (word == "yang" && !next.as_deref().is_some_and(holds_event))
                || (has_role(&word, Role::ClauseBreak) && (strict || !joiner))
                || (word.starts_with("di") && word.len() > 4)
                || word.starts_with("me"))
    })
}

/// The regions and venue words of the place phrase that starts at the
/// "di" at `items[di]`.
fn phrase_after(
    context: &ArticleContext,
    items: &[Item],
    di: usize,
) -> (Vec<RegionId>, Option<String>) {
    let text = context.text();
    let mut regions = Vec::new();
    let mut venue_words = Vec::new();
    let mut skip_to = 0;
    for (offset, item) in items[di + 1..].iter().enumerate() {
        let index = di + 1 + offset;
        if index < skip_to {
            continue;
        }
        let previous = &items[di + offset];
        match &item.kind {
            // "di Kantor Kementerian Dalam Negeri (Kemendagri), Jakarta":
            // a short form in parentheses inside the venue's name.
            ItemKind::Punct('(')
                if regions.is_empty()
                    && !venue_words.is_empty()
                    && items
                        .get(index + 2)
                        .is_some_and(|close| close.is_punct(')'))
                    && items.get(index + 1).is_some_and(|inner| {
                        matches!(inner.kind, ItemKind::Organization(_))
                            || (inner.is_word()
                                && inner.text(text).chars().all(|c| c.is_alphabetic())
                                && inner.text(text).starts_with(char::is_uppercase))
                    }) =>
            {
                skip_to = index + 3;
            }
            ItemKind::Region(region) => {
                let in_venue_name = previous.is_word()
                    && previous
                        .text(text)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                    && !has_role_as_written(previous.text(text), Role::VenueLevelWord)
                    // "Balai Kecamatan Gampengrejo": a region written with its
                    // level word is a place even inside a venue's name.
                    && !item.text(text).split_whitespace().next().is_some_and(|first| {
                        has_role_as_written(first, Role::VenueLevelWord)
                    });
                if in_venue_name {
                    venue_words.push(item.text(text));
                } else {
                    regions.push(*region);
                }
            }
            ItemKind::Punct('(' | ';') | ItemKind::Number => break,
            ItemKind::Word => {
                let word = item.text(text);
                let lower = word.to_lowercase();
                if has_role(&lower, Role::PlaceStop)
                    || (word.chars().next().is_some_and(char::is_lowercase)
                        && (lower.starts_with("me") || lower.starts_with("ber")))
                {
                    break;
                }
                if regions.is_empty() && word.chars().next().is_some_and(char::is_uppercase) {
                    venue_words.push(word);
                }
            }
            ItemKind::Organization(_) | ItemKind::OfficeTitle(_) if regions.is_empty() => {
                venue_words.push(item.text(text))
            }
            _ => {}
        }
    }
    let venue = (!venue_words.is_empty()).then(|| venue_words.join(" "));
    (regions, venue)
}

/// The regions of the first place phrase in a sentence that names both a
/// venue and its region ("dibacakan di Ruang Sidang DKPP, Jakarta
/// Pusat"), wherever it stands: a venue with its region is a place
/// stated outright, so a later sentence's event can take it.
pub fn venue_place(context: &ArticleContext, items: &[Item]) -> Vec<RegionId> {
    let text = context.text();
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.is_word() && item.text(text).eq_ignore_ascii_case("di"))
        .map(|(di, _)| phrase_after(context, items, di))
        .find(|(regions, venue)| !regions.is_empty() && venue.is_some())
        .map(|(regions, _)| regions)
        .unwrap_or_default()
}

/// The regions of `regions` that contain none of the others.
pub fn most_specific(context: &ArticleContext, regions: Vec<RegionId>) -> Vec<RegionId> {
    let mut kept: Vec<RegionId> = Vec::new();
    for &region in &regions {
        let is_ancestor_of_other = regions
            .iter()
            .any(|&other| other != region && context.gazetteer.regions.is_within(other, region));
        if !is_ancestor_of_other && !kept.contains(&region) {
            kept.push(region);
        }
    }
    kept
}
