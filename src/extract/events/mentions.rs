//! Events: meetings, socialisation sessions, campaigns, declarations,
//! ceremonies, and elections tied to a region ("Pilkada Kepri 2020").
//!
//! An event mention starts at a kind word and takes the words of its name
//! up to a function word, a date or punctuation. It becomes an event only
//! when the article makes it concrete: a date, a place, an organiser, or a
//! name written as a proper name. "Kegiatan ini", "sosialisasi tersebut"
//! refer back to an event already found.

use super::misspellings::misspelt_kind_words;
use crate::extract::dates::find_dates;
use crate::extract::lexicon::{has_role_as_written, Lexicon, Role};
use crate::extract::names::vocabulary::Vocabulary;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A whole-word, case-insensitive pattern for any of `words`, in order.
fn words_pattern<'a>(words: impl Iterator<Item = &'a str>) -> Regex {
    let words: Vec<String> = words.map(regex::escape).collect();
    Regex::new(&format!(r"(?i)\b(?:{})\b", words.join("|"))).expect("valid regex")
}

static KIND_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| words_pattern(Lexicon::get().event_kinds.iter().map(|kind| kind.word)));

static VERB_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let mut verbs: Vec<&str> = Lexicon::get()
        .event_verbs
        .iter()
        .map(|verb| verb.verb)
        .collect();
    verbs.sort_by_key(|verb| std::cmp::Reverse(verb.len()));
    words_pattern(verbs.into_iter())
});

static ELECTION_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| words_pattern(Lexicon::get().election_kinds.iter().map(|kind| kind.word)));

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?i:serentak)\s+)?(?:(?i:tahun)\s+)?((?:19|20)\d{2})\b")
        .expect("valid regex")
});

/// What may stand between an election word and its date ("serentak pada
/// tanggal").
static DATE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?i:serentak)\s+)?(?:(?i:pada|tanggal)\s+)+").expect("valid regex")
});

/// One event mention in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    /// Byte range of the name in the text.
    pub span: Range<usize>,
    /// The name, title-cased.
    pub name: String,
    /// Kind ("sosialisasi").
    pub kind: &'static str,
    /// Number of words in the name.
    pub words: usize,
    /// The mention refers back to an earlier event ("kegiatan ini").
    pub anaphoric: bool,
    /// The name is written as a proper name (capitalised or quoted).
    pub proper: bool,
    /// The event is virtual.
    pub virtual_event: bool,
    /// The kind word is "kampanye" for an election ("kampanye Pemilu"): a
    /// campaign period, not one event.
    pub campaign_period: bool,
    /// The event is an act done to or by someone ("ditahan", "penahanan"),
    /// concrete when its sentence names a body, an office or a region.
    pub act: bool,
}

/// One election mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionMention {
    /// Byte range of the election word and what follows it.
    pub span: Range<usize>,
    /// Canonical kind ("Pilkada", "Pemilu").
    pub kind: &'static str,
    /// National elections (Pemilu, Pilpres, Pileg).
    pub national: bool,
    /// Year written right after it.
    pub year: Option<u16>,
    /// The mention is one of a list of election words ("pilkada, pilpres dan pileg").
    pub in_list: bool,
    /// Simultaneous elections ("Pilkada serentak").
    pub simultaneous: bool,
}

fn title_case(word: &str) -> String {
    if word
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && word.len() > 1
    {
        return word.to_string();
    }
    if has_role_as_written(word, Role::LowerInName) {
        return word.to_string();
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// Every event mention in `sentence` (a slice of the text starting at byte `offset`).
pub fn find_event_mentions(sentence: &str, offset: usize) -> Vec<EventMention> {
    let lexicon = Lexicon::get();
    let stops = lexicon.words(Role::EventNameStop);
    let mut mentions = Vec::new();
    let mut previous_end = 0;
    for hit in kind_hits(sentence) {
        // A kind word inside the name of the mention before it
        // ("Upacara Peringatan HUT …") is that event.
        if hit.start() < previous_end {
            continue;
        }
        let before: Vec<&str> = sentence[..hit.start()]
            .split_whitespace()
            .rev()
            .take(1)
            .collect();
        if before.first().is_some_and(|word| {
            lexicon.words(Role::VenueBeforeKind).contains_exact(
                word.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
            )
        }) {
            continue;
        }
        if hit.as_str().starts_with(char::is_uppercase)
            && (inside_venue_name(&sentence[..hit.start()])
                || after_given_name(&sentence[..hit.start()]))
        {
            continue;
        }
        let Some(entry) = lexicon
            .event_kinds
            .iter()
            .find(|kind| kind.word.eq_ignore_ascii_case(hit.word))
        else {
            continue;
        };
        let (kind, act) = (entry.kind, entry.act);
        if entry.named && !names_follow(&sentence[hit.end()..]) {
            // "Kegiatan tersebut berlangsung di …": the event before.
            if refers_back(&sentence[hit.end()..]) {
                mentions.push(EventMention {
                    span: offset + hit.start()..offset + hit.end(),
                    name: title_case(hit.word),
                    kind: entry.kind,
                    words: 1,
                    anaphoric: true,
                    proper: false,
                    virtual_event: false,
                    campaign_period: false,
                    act: false,
                });
            }
            continue;
        }
        let quoted = sentence[..hit.start()].trim_end().ends_with('"');
        let proper = quoted || hit.as_str().chars().next().is_some_and(char::is_uppercase);
        let mut words: Vec<String> = hit.name_words().map(title_case).collect();
        let kind_word_count = words.len();
        let mut end = hit.end();
        let mut anaphoric = false;
        let mut verb_at: Option<usize> = None;
        let rest = &sentence[hit.end()..];
        let mut cursor = 0;
        let tokens = rest.split_inclusive(char::is_whitespace);
        for raw in tokens {
            let token = raw.trim();
            if token.is_empty() {
                cursor += raw.len();
                continue;
            }
            // "(Rakornas)" after the kind: skip it, keep going.
            if token.starts_with('(') && token.ends_with(')') && token.len() > 2 {
                // "(ASN)" stays in the name when it follows other name words; a
                // kind's own acronym ("(Rakornas)") does not.
                let inner = &token[1..token.len() - 1];
                let is_kind = lexicon
                    .event_kinds
                    .iter()
                    .any(|kind| kind.word.eq_ignore_ascii_case(inner));
                if !is_kind
                    && inner
                        .chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit())
                {
                    // "Aparatur Sipil Negara (ASN)" → "ASN" when the initials agree.
                    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
                    let initials: String = words
                        .iter()
                        .skip(words.len().saturating_sub(letters))
                        .filter_map(|word| word.chars().next())
                        .collect();
                    if letters > 1 && letters <= words.len() && initials.eq_ignore_ascii_case(inner)
                    {
                        words.truncate(words.len() - letters);
                    }
                    words.push(
                        if words
                            .last()
                            .is_some_and(|last| last.eq_ignore_ascii_case(inner))
                        {
                            String::new()
                        } else {
                            inner.to_string()
                        },
                    );
                    words.retain(|word| !word.is_empty());
                    end = hit.end() + cursor + raw.trim_end().len();
                }
                cursor += raw.len();
                continue;
            }
            let word = token.trim_end_matches([',', '.', ';', ':', '"', ')', '!', '?']);
            let lower = word.to_lowercase();
            // "pelantikan dan pengambilan sumpah …": two kind words of one
            // family joined by "dan" name one event.
            if lower == "dan"
                && word.len() == token.len()
                && words.len() == kind_word_count
                && joins_same_family(kind, rest[cursor + raw.len()..].trim_start())
            {
                words.push(word.to_string());
                cursor += raw.len();
                continue;
            }
            // A verb right after the kind word is part of the name
            // ("dialog menjaga netralitas"); later ones end it.
            let verb_allowed = words.len() == kind_word_count
                && lower.starts_with("me")
                && !stops.contains_exact(&lower);
            // "rapat paripurna Rapat paripurna": the kind written again
            // starts a new phrase.
            if hit
                .word
                .split_whitespace()
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(word))
            {
                break;
            }
            if lexicon.words(Role::Anaphora).contains_exact(&lower) && words.len() <= 4 {
                anaphoric = true;
                break;
            }
            if word.is_empty()
                || stops.contains_exact(&lower)
                || word.starts_with(['(', '"'])
                || (word.chars().next().is_some_and(char::is_lowercase)
                    && !verb_allowed
                    && !has_role_as_written(word, Role::NameAdjective)
                    && (lower.starts_with("me")
                        || lower.starts_with("di")
                        || lower.starts_with("ber")
                        || lower.starts_with("ter")))
            {
                break;
            }
            if word.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !(word.len() == 4 && word.starts_with("20"))
            {
                break;
            }
            if verb_allowed {
                verb_at = Some(words.len());
            }
            words.push(title_case(word));
            end = hit.end() + cursor + raw.trim_end().len() - (token.len() - word.len());
            cursor += raw.len();
            if word.len() != token.len() || words.len() >= 12 {
                break;
            }
        }
        // A verb in the name ("dialog menjaga netralitas ASN") needs a proper
        // noun after it; otherwise the name ends before the verb.
        if let Some(at) = verb_at {
            let proper_after = words[at + 1..]
                .iter()
                .any(|word| word.chars().all(|c| c.is_uppercase()) && word.len() > 1);
            if !proper_after {
                words.truncate(at);
                end = hit.end();
            }
        }
        let mut window_end = sentence.len().min(end + 40);
        while !sentence.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let window = &sentence[hit.start()..window_end].to_lowercase();
        let sentence_lower = sentence.to_lowercase();
        let virtual_event = lexicon.words(Role::Virtual).iter().any(|word| {
            window.contains(word) || sentence_lower.contains(&format!("secara {word}"))
        });
        static CAMPAIGN: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^kampanye\s+(?:pemilu|pilkada|pilkades|pilgub|pilbup|pilwalkot|pemilihan|pilpres|pileg|peserta\s+pemilu|politik)\b").expect("valid regex")
        });
        let campaign_period = CAMPAIGN.is_match(&sentence[hit.start()..]);
        let name = words
            .join(" ")
            .replace("Pemilihan Kepala Desa", "Pilkades")
            .replace("Pemilihan Kepala Daerah", "Pilkada")
            .replace("Hari Ulang Tahun", "HUT");
        previous_end = end;
        mentions.push(EventMention {
            campaign_period,
            span: offset + hit.start()..offset + end,
            words: name.split_whitespace().count(),
            name,
            kind,
            anaphoric,
            proper,
            virtual_event,
            act,
        });
    }
    mentions
}

/// A kind word found in a sentence: as the lexicon writes it, or misspelt.
struct KindHit<'a> {
    /// Byte range in the sentence.
    span: Range<usize>,
    /// The word as written.
    written: &'a str,
    /// The kind word of the lexicon it stands for, in any case.
    word: &'a str,
}

impl KindHit<'_> {
    fn start(&self) -> usize {
        self.span.start
    }

    fn end(&self) -> usize {
        self.span.end
    }

    fn as_str(&self) -> &str {
        self.written
    }

    /// The words of the kind as the name takes them: as written, or the
    /// right spelling of a misspelt word.
    fn name_words(&self) -> impl Iterator<Item = &str> {
        self.word.split_whitespace()
    }
}

/// The kind words of `sentence`, those spelt right and those misspelt, in
/// order.
fn kind_hits(sentence: &str) -> Vec<KindHit<'_>> {
    let mut hits: Vec<KindHit> = KIND_PATTERN
        .find_iter(sentence)
        .map(|hit| KindHit {
            span: hit.range(),
            written: hit.as_str(),
            word: hit.as_str(),
        })
        .collect();
    for misspelling in misspelt_kind_words(sentence) {
        if hits.iter().all(|hit| {
            hit.span.end <= misspelling.span.start || misspelling.span.end <= hit.span.start
        }) {
            hits.push(KindHit {
                written: &sentence[misspelling.span.clone()],
                span: misspelling.span,
                word: misspelling.word,
            });
        }
    }
    hits.sort_by_key(|hit| hit.span.start);
    hits
}

/// Whether `rest` (the text after a generic word like "acara") starts
/// with a capitalised name that is no kind word ("Indonesia Bersih", not
/// "Pelantikan Bupati").
fn names_follow(rest: &str) -> bool {
    let rest = rest.trim_start();
    let opens_with = |pattern: &Regex| pattern.find(rest).is_some_and(|hit| hit.start() == 0);
    // "Acara Tersebut berlangsung …" refers back.
    rest.starts_with(char::is_uppercase)
        && !refers_back(rest)
        && !opens_with(&KIND_PATTERN)
        && !opens_with(&ELECTION_PATTERN)
}

/// Whether `rest` (the text after a generic word) opens with an anaphora
/// word ("tersebut", "ini").
fn refers_back(rest: &str) -> bool {
    let first = rest
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    Lexicon::get().words(Role::Anaphora).contains_exact(&first)
}

/// Whether `after` starts with a kind word of the same family as `kind`,
/// or both name gatherings ("syukuran dan silaturahmi"): one event.
fn joins_same_family(kind: &str, after: &str) -> bool {
    let lexicon = Lexicon::get();
    let family = |kind: &str| {
        lexicon
            .event_kinds
            .iter()
            .find(|entry| entry.kind == kind)
            .map(|entry| entry.family)
    };
    // Only the first words can open a kind word ("rapat koordinasi
    // nasional"): the misspelling search need not read the whole sentence.
    let opening = after
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    kind_hits(&opening)
        .first()
        .filter(|next| next.start() == 0)
        .and_then(|next| {
            lexicon
                .event_kinds
                .iter()
                .find(|entry| entry.word.eq_ignore_ascii_case(next.word))
        })
        .is_some_and(|next| {
            let gathering = |kind: &str| {
                lexicon
                    .event_kinds
                    .iter()
                    .any(|entry| entry.kind == kind && !entry.act && !entry.named)
            };
            (family(next.kind).is_some() && family(next.kind) == family(kind))
                || (gathering(kind) && gathering(next.kind))
        })
}

/// Whether the text `before` a capitalised kind word ends with a
/// capitalised given name ("Muhammad Gempa Putra"): the kind word is part
/// of a person's name.
fn after_given_name(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|word| {
        word.starts_with(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && Vocabulary::get().is_given_name(&word.to_lowercase())
    })
}

/// Whether the text `before` a capitalised kind word ends inside a
/// capitalised name that starts with a venue or body word ("Balai
/// Pendidikan dan Pelatihan …", "Gedung Serba Guna Musyawarah …"): the
/// kind word is part of that name, not an event.
fn inside_venue_name(before: &str) -> bool {
    let venue_words = Lexicon::get().words(Role::VenueBeforeKind);
    for word in before.split_whitespace().rev() {
        if word.ends_with([',', '.', ';', ':', ')', '"', '!', '?']) {
            return false;
        }
        if word == "dan" || word == "&" {
            continue;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        if venue_words.contains_exact(&word.to_lowercase()) {
            return true;
        }
    }
    false
}

/// Every act an event verb reports in `sentence` ("Kades itu ditahan
/// Kejari"), named as the event ("Penahanan"), unless a hypothetical or
/// negating word stands among the three words before the verb ("bisa
/// ditahan", "belum dilantik").
pub fn find_act_mentions(sentence: &str, offset: usize) -> Vec<EventMention> {
    let lexicon = Lexicon::get();
    let hypothetical = lexicon.words(Role::Hypothetical);
    let mut mentions = Vec::new();
    for hit in VERB_PATTERN.find_iter(sentence) {
        let unreal = sentence[..hit.start()]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|word| hypothetical.contains(word.trim_matches(|c: char| !c.is_alphanumeric())));
        // "menahan diri": holding oneself back, no detention.
        let reflexive = sentence[hit.end()..]
            .split_whitespace()
            .next()
            .is_some_and(|word| {
                word.trim_end_matches([',', '.'])
                    .eq_ignore_ascii_case("diri")
            });
        if unreal || reflexive {
            continue;
        }
        let Some(verb) = lexicon
            .event_verbs
            .iter()
            .find(|verb| verb.verb.eq_ignore_ascii_case(hit.as_str()))
        else {
            continue;
        };
        mentions.push(EventMention {
            span: offset + hit.start()..offset + hit.end(),
            name: verb.name.to_string(),
            kind: verb.kind,
            words: 1,
            anaphoric: false,
            proper: false,
            virtual_event: false,
            campaign_period: false,
            act: true,
        });
    }
    mentions
}

/// The year of a full date right after an election word ("pilkada
/// serentak pada 27 Juni 2018").
fn date_year_after(rest: &str) -> Option<u16> {
    let opening = DATE_OPENING.find(rest)?;
    let date = find_dates(&rest[opening.end()..]).into_iter().next()?;
    (date.span.start == 0).then_some(date.year).flatten()
}

/// Every election mention in `sentence` (starting at byte `offset`).
pub fn find_election_mentions(sentence: &str, offset: usize) -> Vec<ElectionMention> {
    // "(Pilkada)" after "pemilihan kepala daerah" is the same mention.
    let hits: Vec<regex::Match> = ELECTION_PATTERN
        .find_iter(sentence)
        .filter(|hit| !sentence[..hit.start()].ends_with('('))
        .collect();
    let mut mentions = Vec::new();
    for (position, hit) in hits.iter().enumerate() {
        let (kind, national) = Lexicon::get()
            .election_kinds
            .iter()
            .find(|kind| kind.word.eq_ignore_ascii_case(hit.as_str()))
            .map_or(("Pemilu", true), |kind| (kind.kind, kind.national));
        let mut end = hit.end();
        let mut rest = &sentence[end..];
        // "(Pilkada)" after "pemilihan kepala daerah".
        if let Some(after) = rest.trim_start().strip_prefix('(') {
            if let Some(close) = after.find(')') {
                let skipped = rest.len() - after.len() + close + 1;
                end += skipped;
                rest = &sentence[end..];
            }
        }
        let year = YEAR
            .captures(rest)
            .and_then(|captures| {
                end += captures.get(0).map_or(0, |m| m.end());
                captures[1].parse().ok()
            })
            .or_else(|| date_year_after(rest));
        let near = |a: usize, b: usize| {
            let between = sentence[a..b].trim().to_lowercase();
            between.is_empty()
                || Lexicon::get()
                    .words(Role::ListJoiner)
                    .contains_exact(&between)
        };
        let in_list = (position > 0 && near(hits[position - 1].end(), hit.start()))
            || (position + 1 < hits.len()
                && near(
                    end.min(hits[position + 1].start()),
                    hits[position + 1].start(),
                ))
            || sentence[..hit.start()]
                .trim_end()
                .to_lowercase()
                .ends_with("baik");
        let simultaneous = sentence[hit.start()..end]
            .to_lowercase()
            .contains("serentak")
            || sentence[end..]
                .trim_start()
                .to_lowercase()
                .starts_with("serentak");
        mentions.push(ElectionMention {
            span: offset + hit.start()..offset + end,
            kind,
            national,
            year,
            in_list,
            simultaneous,
        });
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names_stop_at_function_words() {
        let cases = [
            ("katanya saat sosialisasi netralitas ASN, Kamis (16/6).", "Sosialisasi Netralitas ASN", false),
            ("pada \"Sosialisasi Netralitas ASN\" yang diselenggarakan Bawaslu", "Sosialisasi Netralitas ASN", false),
            ("dalam Rapat Koordinasi Nasional (Rakornas) Pencegahan Pelanggaran Netralitas ASN pada Pemilu", "Rapat Koordinasi Nasional Pencegahan Pelanggaran Netralitas ASN", false),
            ("Kegiatan deklarasi netralitas ASN ini dikuti oleh", "Deklarasi Netralitas ASN", true),
            ("kampanye ini sangat penting", "Kampanye", true),
        ];
        for (text, name, anaphoric) in cases {
            let mentions = find_event_mentions(text, 0);
            assert_eq!(mentions[0].name, name, "{text}");
            assert_eq!(mentions[0].anaphoric, anaphoric, "{text}");
        }
    }

    #[test]
    fn verbs_report_acts_unless_hypothetical() {
        let cases = [
            (
                "Kepala desa itu ditahan penyidik Kejari Jember, Senin.",
                Some(("Penahanan", "penahanan")),
            ),
            (
                "Tiga anggota dewan dilantik di gedung DPRD.",
                Some(("Pelantikan", "pelantikan")),
            ),
            (
                "Rumah warga di dua kecamatan dilanda banjir sejak pagi.",
                Some(("Banjir", "banjir")),
            ),
            ("Pegawai yang terbukti bersalah bisa ditahan.", None),
            ("Tersangka belum ditahan karena sakit.", None),
            ("Sekretaris dinas itu membaca laporan.", None),
        ];
        for (text, expected) in cases {
            let mentions = find_act_mentions(text, 0);
            let found = mentions
                .first()
                .map(|mention| (mention.name.as_str(), mention.kind));
            assert_eq!(found, expected, "{text}");
            assert!(mentions
                .iter()
                .all(|mention| mention.act && mention.words == 1));
        }
    }

    #[test]
    fn act_nouns_are_marked_as_acts() {
        let mentions = find_event_mentions("Penahanan tersangka dilakukan di Rutan Kelas IIA.", 0);
        assert_eq!(mentions[0].kind, "penahanan");
        assert!(mentions[0].act);
        // A body's plenary session is held by the body named with it.
        let mentions =
            find_event_mentions("Rapat Paripurna DPRD Kota Kupang membahas anggaran.", 0);
        assert_eq!(mentions[0].kind, "paripurna");
        assert!(mentions[0].act);
        let mentions =
            find_event_mentions("Rapat Koordinasi DPRD Kota Kupang membahas anggaran.", 0);
        assert_eq!(mentions[0].kind, "rakor");
        assert!(!mentions[0].act);
    }

    #[test]
    fn a_kind_word_inside_a_name_is_that_event() {
        let mentions =
            find_event_mentions("Upacara Peringatan Hari Ulang Tahun Ke-50 Kabupaten itu", 0);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].name, "Upacara Peringatan HUT Ke-50 Kabupaten");
    }

    #[test]
    fn campaign_material_is_no_event() {
        assert!(
            find_event_mentions("Petugas mencopot alat peraga kampanye di jalan.", 0).is_empty()
        );
        // Leave for a campaign, and what a campaign wears, are no campaign.
        for sentence in [
            "Menteri diminta tidak mengajukan cuti kampanye di Jakarta.",
            "ASN dilarang memakai atribut kampanye di kantor.",
        ] {
            assert!(find_event_mentions(sentence, 0).is_empty(), "{sentence}");
        }
    }

    #[test]
    fn kind_words_inside_names_of_places_and_posts_are_no_events() {
        let cases = [
            "Ia pernah menjabat di Balai Pendidikan dan Pelatihan Pertanian Sumbawa.",
            "Warga berkumpul di lapangan upacara Merdeka sejak pagi.",
            "Berkas itu diteken Kasubsi Pendaftaran kantor pertanahan.",
            "Surat itu dibawa Kepala Seksi Penyuluhan ke kecamatan.",
            "Berkas diteken Ahmad (Kasubsi Pendaftaran) dan dua petugas.",
        ];
        for text in cases {
            assert!(find_event_mentions(text, 0).is_empty(), "{text}");
        }
        assert!(
            find_event_mentions("Jaksa Muhammad Gempa Saputra membacakan tuntutan.", 0).is_empty()
        );
        // A kind word after a capitalised word that is no venue still counts.
        let mentions = find_event_mentions("Bawaslu Kota Sosialisasi netralitas di Sleman.", 0);
        assert_eq!(mentions.len(), 1);
    }

    #[test]
    fn two_kind_words_of_one_family_name_one_event() {
        let mentions = find_event_mentions(
            "diawali pelantikan dan pengambilan sumpah tiga anggota dewan baru",
            0,
        );
        assert_eq!(mentions.len(), 1);
        assert_eq!(
            mentions[0].name,
            "Pelantikan dan Pengambilan Sumpah Tiga Anggota Dewan Baru"
        );
        // So do two gatherings; an act and a gathering stay two events.
        let mentions = find_event_mentions("usai syukuran dan silaturahmi warga", 0);
        assert_eq!(mentions.len(), 1);
        let mentions = find_event_mentions("usai pelantikan dan syukuran warga", 0);
        assert_eq!(mentions.len(), 2);
        assert_eq!(mentions[0].name, "Pelantikan");
    }

    #[test]
    fn a_kind_written_twice_ends_the_name() {
        let mentions = find_event_mentions("menggelar rapat paripurna Rapat paripurna, Senin", 0);
        assert_eq!(mentions[0].name, "Rapat Paripurna");
    }

    #[test]
    fn open_and_closed_meetings_keep_their_whole_name() {
        let mentions = find_event_mentions(
            "KPU menggelar rapat pleno terbuka rekapitulasi suara tingkat kota di aula hotel.",
            0,
        );
        assert_eq!(mentions.len(), 1);
        assert_eq!(
            mentions[0].name,
            "Rapat Pleno Terbuka Rekapitulasi Suara Tingkat Kota"
        );
        let mentions = find_event_mentions("dalam sidang Bawaslu beberapa waktu lalu", 0);
        assert_eq!(mentions[0].name, "Sidang Bawaslu");
    }

    #[test]
    fn virtual_rooms_are_not_events() {
        assert!(find_event_mentions("di Ruang Rapat Setda Kantor Gubernur", 0).is_empty());
    }

    #[test]
    fn elections_with_years_and_lists() {
        let mentions = find_election_mentions(
            "netral pada saat pemilu baik Pilkada, Pilpres dan Pilkades",
            0,
        );
        assert!(mentions.iter().all(|mention| mention.in_list));
        let mentions = find_election_mentions(
            "Pemilihan kepala daerah (Pilkada) serentak 2024 di Kalimantan Timur",
            0,
        );
        assert_eq!(mentions[0].kind, "Pilkada");
        assert_eq!(mentions[0].year, Some(2024));
        assert!(!mentions[0].in_list);
        let mentions = find_election_mentions("menghadapi Pemilu Serentak Tahun 2024", 0);
        assert_eq!(mentions[0].year, Some(2024));
    }
}
