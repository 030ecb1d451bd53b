//! Word lists of Indonesian news: honorifics, degrees and ranks around
//! names, speech verbs, pronouns, words that never start a name, and the
//! function words and markers the rules read, by role.
//!
//! The lists are data: `data/lexicon/*.tsv` (described in
//! `data/GAZETTEERS.md`), compiled in with `include_str!` and read once,
//! behind [`Lexicon::get`]. Weekday and month names come from the calendar
//! tables shared with the boilerplate filter ([`crate::text::calendar`]).

use crate::tables::rows;
use crate::text::calendar::{month_names, weekday_names};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A set of words. [`WordSet::contains`] ignores case and a trailing dot;
/// [`WordSet::contains_exact`] compares the word as written.
#[derive(Debug, Default, Clone)]
pub struct WordSet(HashSet<&'static str>);

impl WordSet {
    /// Whether `word`, lower-cased and without trailing dots, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        let lower = word.trim_end_matches('.').to_lowercase();
        self.0.contains(lower.as_str())
    }

    /// Whether `word` is in the set exactly as written.
    pub fn contains_exact(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    /// Whether `text` (already lower-cased) holds any of the words.
    pub fn any_inside(&self, text: &str) -> bool {
        self.0.iter().any(|word| text.contains(word))
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().copied()
    }

    /// Whether the set is empty.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn insert(&mut self, word: &'static str) {
        self.0.insert(word);
    }
}

/// The roles of `function_words.tsv`; see that file for what each means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Between a speaker and the verb ("Teguh juga mengingatkan").
    SpeechAdverb,
    /// Points back to the last named speaker ("ia", "beliau").
    SpeakerPronoun,
    /// Links a name to the office after it ("sebagai").
    OfficeConnector,
    /// Marks a past office ("mantan").
    FormerMarker,
    /// Before "menjabat": a past office ("sebelumnya").
    Formerly,
    /// Before a title, makes it a building ("Kantor").
    VenueBeforeTitle,
    /// A title ending in it names a division ("Bidang"), as written.
    DivisionWord,
    /// Starts a division name after any title, as written.
    DivisionStart,
    /// Joins the words of a title ("dari"), as written.
    TitleConnector,
    /// Stays in an office phrase ("RI"), as written.
    TitleSuffix,
    /// A region name starting with it is no person's name ("Kabupaten"), as written.
    LevelWord,
    /// Before a bare region name, makes it a person ("menurut").
    NameIntroducer,
    /// The event was held ("digelar"); matched inside text.
    Organised,
    /// A "yang" clause with it still places the event ("berlangsung").
    TookPlace,
    /// Between an event and "di": the place is about something else.
    ClauseBreak,
    /// Ends the place phrase after "di" (weekday and month names included).
    PlaceStop,
    /// Before a region, keeps it a place rather than a venue's name, as written.
    VenueLevelWord,
    /// Ends an event's name (weekday names included).
    EventNameStop,
    /// Before an event word, makes it a venue ("Ruang Rapat").
    VenueBeforeKind,
    /// After an event's name, makes it refer back ("ini").
    Anaphora,
    /// Marks a virtual event; matched inside text.
    Virtual,
    /// In the next sentence, marks the event virtual; matched inside text.
    VirtualNextSentence,
    /// A sentence naming where participants joined from; matched inside text.
    Participants,
    /// Between an election word and its region ("serentak").
    ElectionFiller,
    /// Stays lower case in an event's title-cased name ("dan").
    LowerInName,
    /// A ter- or ber- word that stays in an event's name ("rapat pleno terbuka").
    NameAdjective,
    /// All that stands between election words of one list ("dan", ",").
    ListJoiner,
    /// Before an event verb, makes the act unreal ("bisa ditahan").
    Hypothetical,
    /// Right before a title in a "yang" clause, links the clause's subject
    /// to it ("yang juga Ketua DPRD").
    RelativeConnector,
    /// In a "yang" clause, makes a later title someone else's ("oleh").
    RelativeStop,
    /// A title that several holders share ("Anggota").
    MemberTitle,
    /// Before "sebagai"/"menjadi" and a title, gives the title to the
    /// clause's subject ("ditunjuk", "menggantikan").
    AppointmentVerb,
    /// Between names and "sebagai" ("masing-masing").
    Distributive,
    /// After a word, makes the two a region's name ("Tanjab Timur"), as written.
    CompassWord,
    /// Before an election word, makes the election the time of something
    /// else, so a place after it is that thing's ("pada Pemilu 2024 di Batam").
    ElectionBackdrop,
    /// The role of a village head's title ("kepala desa", "lurah"): the
    /// words after it name the village.
    VillageTitle,
    /// Opens a sentence that goes on with the paraphrase before it ("Hal
    /// ini", "Sebagaimana").
    ParaphraseContinuation,
    /// Opens a place phrase written before an event ("ke", "menuju").
    PlaceOpener,
    /// Between a place phrase and the event it is for ("untuk").
    PurposeMarker,
    /// Between a region opening a sentence and an election, makes the
    /// region hold it ("melaksanakan").
    ElectionHost,
    /// Denies the verb after it ("tidak").
    Negation,
    /// Before a title, makes it a candidacy ("calon").
    CandidateMarker,
    /// Between a title and its holder's name ("yaitu").
    Namer,
    /// Right before an event word, makes it concrete ("menggelar").
    OrganisingVerb,
    /// After a disaster, makes a sentence's regions places it struck
    /// ("rusak"); matched inside text.
    ImpactWord,
}

/// Every role with its name in `function_words.tsv`.
const ROLES: &[(Role, &str)] = &[
    (Role::SpeechAdverb, "speech-adverb"),
    (Role::SpeakerPronoun, "speaker-pronoun"),
    (Role::OfficeConnector, "office-connector"),
    (Role::FormerMarker, "former-marker"),
    (Role::Formerly, "formerly"),
    (Role::VenueBeforeTitle, "venue-before-title"),
    (Role::DivisionWord, "division-word"),
    (Role::DivisionStart, "division-start"),
    (Role::TitleConnector, "title-connector"),
    (Role::TitleSuffix, "title-suffix"),
    (Role::LevelWord, "level-word"),
    (Role::NameIntroducer, "name-introducer"),
    (Role::Organised, "organised"),
    (Role::TookPlace, "took-place"),
    (Role::ClauseBreak, "clause-break"),
    (Role::PlaceStop, "place-stop"),
    (Role::VenueLevelWord, "venue-level-word"),
    (Role::EventNameStop, "event-name-stop"),
    (Role::VenueBeforeKind, "venue-before-kind"),
    (Role::Anaphora, "anaphora"),
    (Role::Virtual, "virtual"),
    (Role::VirtualNextSentence, "virtual-next-sentence"),
    (Role::Participants, "participants"),
    (Role::ElectionFiller, "election-filler"),
    (Role::LowerInName, "lower-in-name"),
    (Role::NameAdjective, "name-adjective"),
    (Role::ListJoiner, "list-joiner"),
    (Role::Hypothetical, "hypothetical"),
    (Role::RelativeConnector, "relative-connector"),
    (Role::RelativeStop, "relative-stop"),
    (Role::MemberTitle, "member-title"),
    (Role::AppointmentVerb, "appointment-verb"),
    (Role::Distributive, "distributive"),
    (Role::CompassWord, "compass-word"),
    (Role::ElectionBackdrop, "election-backdrop"),
    (Role::VillageTitle, "village-title"),
    (Role::ParaphraseContinuation, "paraphrase-continuation"),
    (Role::PlaceOpener, "place-opener"),
    (Role::PurposeMarker, "purpose-marker"),
    (Role::ElectionHost, "election-host"),
    (Role::Negation, "negation"),
    (Role::CandidateMarker, "candidate-marker"),
    (Role::Namer, "namer"),
    (Role::OrganisingVerb, "organising-verb"),
    (Role::ImpactWord, "impact-word"),
];

/// One word that names an event, with its kind and family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventKind {
    /// The word or phrase, lower case ("rapat koordinasi").
    pub word: &'static str,
    /// The kind it names ("rakor").
    pub kind: &'static str,
    /// The family of the kind ("rapat").
    pub family: &'static str,
    /// The kind is an act done to or by someone (an arrest, an
    /// inauguration, a flood) rather than a gathering that is held.
    pub act: bool,
    /// The word is generic ("acara"): it names an event only before a
    /// capitalised name ("acara Indonesia Bersih").
    pub named: bool,
}

/// One verb that reports an act which is an event ("ditahan").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventVerb {
    /// The verb or phrase, lower case ("ditahan", "dilanda banjir").
    pub verb: &'static str,
    /// The kind of event it reports (a kind of `event_kinds.tsv`).
    pub kind: &'static str,
    /// The name the event takes ("Penahanan").
    pub name: &'static str,
}

/// One word that names an election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionKind {
    /// The word or phrase, lower case ("pemilihan gubernur").
    pub word: &'static str,
    /// The canonical kind ("Pilgub").
    pub kind: &'static str,
    /// A national election (Pemilu, Pilpres, Pileg).
    pub national: bool,
}

/// All the word lists.
#[derive(Debug)]
pub struct Lexicon {
    /// Speech verbs written before the speaker ("kata Sunggono", "ujarnya").
    pub inverted_speech_verbs: WordSet,
    /// Speech verbs written after the speaker ("Sunggono mengatakan").
    pub speech_verbs: WordSet,
    /// Passive speech verbs followed by the speaker ("disampaikan Sunggono").
    pub passive_speech_verbs: WordSet,
    /// Honorifics and ranks written before a name ("H.", "Kompol").
    pub honorifics: WordSet,
    /// Academic degrees written after a name ("S.IP").
    pub degrees: WordSet,
    /// Particles that may stand inside a name in lower case ("bin").
    pub particles: WordSet,
    /// Capitalised words that never begin or belong to a name.
    pub not_name: WordSet,
    /// Acting markers ("plt") with the prefix the role takes ("Pelaksana Tugas").
    pub acting: HashMap<&'static str, &'static str>,
    /// Event words, longest first.
    pub event_kinds: Vec<EventKind>,
    /// Verbs that report an event, longest first.
    pub event_verbs: Vec<EventVerb>,
    /// Election words, longest first.
    pub election_kinds: Vec<ElectionKind>,
    roles: HashMap<Role, WordSet>,
}

static SHARED: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    /// The shared lexicon built from the tables compiled into the binary.
    pub fn get() -> &'static Lexicon {
        &SHARED
    }

    /// The function words of `role`.
    pub fn words(&self, role: Role) -> &WordSet {
        &self.roles[&role]
    }

    fn load() -> Lexicon {
        let mut speech = by_second_column(include_str!("../../data/lexicon/speech_verbs.tsv"));
        let mut names = by_second_column(include_str!("../../data/lexicon/name_words.tsv"));
        let take = |table: &mut HashMap<&str, WordSet>, column: &str| {
            table
                .remove(column)
                .unwrap_or_else(|| panic!("lexicon: no words marked {column}"))
        };
        let inverted_speech_verbs = take(&mut speech, "before-speaker");
        let speech_verbs = take(&mut speech, "after-speaker");
        let passive_speech_verbs = take(&mut speech, "passive");
        let honorifics = take(&mut names, "honorific");
        let degrees = take(&mut names, "degree");
        let particles = take(&mut names, "particle");
        let mut not_name = take(&mut names, "not-name");
        for word in weekday_names().chain(month_names()) {
            not_name.insert(word);
        }

        let mut roles: HashMap<Role, WordSet> = HashMap::new();
        for fields in rows(include_str!("../../data/lexicon/function_words.tsv")) {
            let role = ROLES
                .iter()
                .find(|(_, name)| *name == fields[1])
                .map(|(role, _)| *role)
                .unwrap_or_else(|| panic!("function_words.tsv: unknown role {}", fields[1]));
            roles.entry(role).or_default().insert(fields[0]);
        }
        for word in weekday_names() {
            roles.entry(Role::EventNameStop).or_default().insert(word);
        }
        // "pelantikan di bulan Desember": a month ends the place phrase.
        for word in weekday_names().chain(month_names()) {
            roles.entry(Role::PlaceStop).or_default().insert(word);
        }
        for (role, name) in ROLES {
            assert!(
                roles.contains_key(role),
                "function_words.tsv: no words of role {name}"
            );
        }

        let acting = rows(include_str!("../../data/lexicon/acting_markers.tsv"))
            .map(|fields| (fields[0], fields[1]))
            .collect();
        let event_kinds = rows(include_str!("../../data/lexicon/event_kinds.tsv"))
            .map(|fields| EventKind {
                word: fields[0],
                kind: fields[1],
                family: fields[2],
                act: match fields[3] {
                    "act" => true,
                    "gathering" | "named" => false,
                    other => panic!("event_kinds.tsv: unknown reporting {other}"),
                },
                named: fields[3] == "named",
            })
            .collect::<Vec<_>>();
        let event_verbs = rows(include_str!("../../data/lexicon/event_verbs.tsv"))
            .map(|fields| {
                assert!(
                    event_kinds.iter().any(|kind| kind.kind == fields[1]),
                    "event_verbs.tsv: unknown kind {}",
                    fields[1]
                );
                EventVerb {
                    verb: fields[0],
                    kind: fields[1],
                    name: fields[2],
                }
            })
            .collect();
        let election_kinds = rows(include_str!("../../data/lexicon/election_kinds.tsv"))
            .map(|fields| ElectionKind {
                word: fields[0],
                kind: fields[1],
                national: fields[2] == "national",
            })
            .collect();
        Lexicon {
            inverted_speech_verbs,
            speech_verbs,
            passive_speech_verbs,
            honorifics,
            degrees,
            particles,
            not_name,
            acting,
            event_kinds,
            event_verbs,
            election_kinds,
            roles,
        }
    }
}

/// The words of a two-column table grouped by their second column.
fn by_second_column(table: &'static str) -> HashMap<&'static str, WordSet> {
    let mut groups: HashMap<&str, WordSet> = HashMap::new();
    for fields in rows(table) {
        groups.entry(fields[1]).or_default().insert(fields[0]);
    }
    groups
}

/// Honorific prefixes that are dropped from a name; "Andi" is a Bugis title
/// but also a given name, so it stays.
pub fn is_name_prefix(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    lower != "andi" && Lexicon::get().honorifics.contains(&lower)
}

/// Whether `word` is an academic degree.
pub fn is_degree(word: &str) -> bool {
    Lexicon::get().degrees.contains(word) || is_degree_shaped(word)
}

/// Whether `word` is shaped like a bachelor's or master's degree the table
/// lacks ("S.Tr.K", "M.Han", "S.Kep"): "S." or "M.", then letters and dots
/// with a lower-case letter among them (initials such as "M.Z." are all
/// capitals), ten characters at most.
fn is_degree_shaped(word: &str) -> bool {
    let rest = word.strip_prefix("S.").or_else(|| word.strip_prefix("M."));
    rest.is_some_and(|rest| {
        word.len() <= 10
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
            && rest.chars().any(|c| c.is_ascii_lowercase())
    })
}

/// Whether `word` can never be part of a person's name.
pub fn is_not_name_word(word: &str) -> bool {
    Lexicon::get()
        .not_name
        .0
        .contains(word.to_lowercase().as_str())
}

/// Whether `word` is a speech verb written after the speaker ("mengatakan").
pub fn is_speech_verb(word: &str) -> bool {
    Lexicon::get().speech_verbs.contains(word)
}

/// Whether `word` is a speech verb written before the speaker ("kata").
pub fn is_inverted_speech_verb(word: &str) -> bool {
    Lexicon::get().inverted_speech_verbs.contains(word)
}

/// Whether `word` is a passive speech verb ("disampaikan").
pub fn is_passive_speech_verb(word: &str) -> bool {
    Lexicon::get().passive_speech_verbs.contains(word)
}

/// Whether `word`, as written, is a particle that may stand in a name ("bin").
pub fn is_name_particle(word: &str) -> bool {
    Lexicon::get().particles.contains_exact(word)
}

/// The prefix an acting marker gives a role ("Plt." → "Pelaksana Tugas"),
/// when `word` (any case, a trailing dot ignored) is one.
pub fn acting_prefix(word: &str) -> Option<&'static str> {
    let lower = word.trim_end_matches('.').to_lowercase();
    Lexicon::get().acting.get(lower.as_str()).copied()
}

/// The prefix of an acting marker written out in two words ("Pelaksana
/// Tugas", "pelaksana harian"), when `first` and `second` are one.
pub fn written_out_acting(first: &str, second: &str) -> Option<&'static str> {
    if !first.eq_ignore_ascii_case("pelaksana") {
        return None;
    }
    match second.to_lowercase().as_str() {
        "tugas" => Some("Pelaksana Tugas"),
        "harian" => Some("Pelaksana Harian"),
        _ => None,
    }
}

/// Whether `word` (any case, trailing dots ignored) has `role`.
pub fn has_role(word: &str, role: Role) -> bool {
    Lexicon::get().words(role).contains(word)
}

/// Whether `word`, exactly as written, has `role`.
pub fn has_role_as_written(word: &str, role: Role) -> bool {
    Lexicon::get().words(role).contains_exact(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_loads_with_every_role() {
        let lexicon = Lexicon::get();
        for (role, name) in ROLES {
            assert!(!lexicon.words(*role).is_empty(), "{name}");
        }
        assert!(lexicon.speech_verbs.contains("Mengatakan"));
        assert!(lexicon.inverted_speech_verbs.contains("kata"));
        assert!(lexicon.passive_speech_verbs.contains("disampaikan"));
        assert_eq!(lexicon.acting.get("plt"), Some(&"Pelaksana Tugas"));
        assert_eq!(lexicon.event_kinds[0].word, "rapat koordinasi nasional");
        assert!(lexicon
            .election_kinds
            .iter()
            .any(|kind| kind.word == "pemilu" && kind.national));
    }

    #[test]
    fn names_lose_honorifics_but_keep_andi() {
        assert!(is_name_prefix("Drs."));
        assert!(is_name_prefix("Kompol"));
        assert!(!is_name_prefix("Andi"));
        assert!(is_degree("M.Si"));
        assert!(is_degree("S.IP."));
        assert!(!is_degree("Sunggono"));
    }

    #[test]
    fn calendar_words_are_never_names() {
        for word in [
            "Senin",
            "Jum'at",
            "Ahad",
            "Agustus",
            "Desember",
            "Kabupaten",
        ] {
            assert!(is_not_name_word(word), "{word}");
        }
        assert!(!is_not_name_word("Sunggono"));
        assert!(has_role("Senin", Role::EventNameStop));
        // Degrees the table lacks, by their shape; initials are no degree.
        for degree in ["S.Tr.K", "M.Han", "S.Kep", "S.IP"] {
            assert!(is_degree(degree), "{degree}");
        }
        for initial in ["M.Z.", "S.", "Moh."] {
            assert!(!is_degree(initial), "{initial}");
        }
    }

    #[test]
    fn some_roles_match_only_as_written() {
        assert!(has_role_as_written("Kabupaten", Role::LevelWord));
        assert!(!has_role_as_written("kabupaten", Role::LevelWord));
        assert!(has_role("Menurut", Role::NameIntroducer));
    }
}
