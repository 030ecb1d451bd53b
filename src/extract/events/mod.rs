//! Events: meetings, socialisation sessions, campaigns, declarations,
//! ceremonies, and elections tied to a region ("Pilkada Kepri 2020").
//!
//! - `mentions.rs` finds event and election mentions in a sentence.
//! - `places.rs` reads the place phrase after a mention ("di Aula Kantor
//!   Bupati Gowa").
//! - `merging.rs` turns a mention into an event fact, or merges it into
//!   the event of the same kind already found.
//! - `misspellings.rs` finds kind words written with one letter wrong.
//! - `elections.rs` places elections (national, the region named, all of
//!   Indonesia when simultaneous, else the article's region).
//!
//! The [`events`] pass runs them over the article in this order.

mod elections;
mod mentions;
mod merging;
mod misspellings;
mod places;

pub use mentions::{find_act_mentions, find_election_mentions, find_event_mentions, EventMention};

use super::article_context::ArticleContext;
use super::lexicon::{has_role_as_written, Role};
use super::sink::Sink;
use super::tokens::{items_with_hits, ItemKind};
use crate::gazetteer::RegionId;
use crate::gazetteer::RegionKind;
use elections::{election_candidate, elections, ElectionCandidate};
use merging::add_event;
use places::most_specific;
use std::collections::HashMap;
use std::ops::Range;

/// Pass: events and elections with their regions and dates.
pub fn events(context: &ArticleContext, sink: &mut Sink) {
    let mut mentions: Vec<(usize, EventMention)> = Vec::new();
    let mut candidates: Vec<ElectionCandidate> = Vec::new();
    let text = context.text();
    for (sentence_index, range, items) in context.sentences() {
        let sentence_text = &text[range.clone()];
        let mut found = find_event_mentions(sentence_text, range.start);
        found.extend(find_act_mentions(sentence_text, range.start));
        found.sort_by_key(|mention| mention.span.start);
        for mention in found {
            let inside_body = items.iter().any(|item| {
                matches!(
                    item.kind,
                    ItemKind::Organization(_) | ItemKind::OfficeTitle(_)
                ) && item.span.start <= mention.span.start
                    && mention.span.start < item.span.end
            });
            if !inside_body && !mention.campaign_period {
                mentions.push((sentence_index, mention));
            }
        }
        for mention in find_election_mentions(sentence_text, range.start) {
            // "UU Nomor 10 Tahun 2016 tentang Pilkada" names a law, and
            // "Badan Pengawas Pemilu" a body, not an election.
            let inside_law = items.iter().any(|item| {
                matches!(item.kind, ItemKind::Law(_) | ItemKind::Organization(_))
                    && item.span.start <= mention.span.start
                    && mention.span.start < item.span.end
            });
            if inside_law {
                continue;
            }
            candidates.push(election_candidate(
                text,
                mention,
                items,
                Some(range.clone()),
            ));
        }
    }
    // The fullest name of each kind, for short mentions ("Bimtek" after
    // "bimbingan teknis netralitas ASN").
    let mut best_names: HashMap<&'static str, (usize, String)> = HashMap::new();
    for (_, mention) in &mentions {
        let entry = best_names.entry(mention.kind).or_insert((0, String::new()));
        if mention.words > entry.0 {
            *entry = (mention.words, mention.name.clone());
        }
    }
    for (sentence_index, mention) in &mentions {
        add_event(context, sink, *sentence_index, mention, &best_names);
    }
    // Elections named in the headline count when the body has none of that kind.
    let headline = &context.headline;
    let mut headline_hits: Vec<(Range<usize>, ItemKind)> = context
        .gazetteer
        .regions
        .find(headline, &[])
        .into_iter()
        .map(|hit| (hit.span, ItemKind::Region(hit.value)))
        .collect();
    let bodies: Vec<(Range<usize>, ItemKind)> = context
        .gazetteer
        .organizations
        .find(headline)
        .into_iter()
        .filter(|hit| {
            !headline_hits
                .iter()
                .any(|(span, _)| span.start < hit.span.end && hit.span.start < span.end)
        })
        .map(|hit| (hit.span, ItemKind::Organization(hit.value)))
        .collect();
    headline_hits.extend(bodies);
    headline_hits.sort_by_key(|(span, _)| span.start);
    let items = items_with_hits(headline, 0..headline.len(), &headline_hits);
    for mention in find_election_mentions(headline, 0) {
        let concrete_in_body = candidates.iter().any(|candidate| {
            candidate.mention.kind == mention.kind
                && (candidate.explicit.is_some()
                    || candidate.local
                    || candidate.mention.year.is_some())
        });
        if !concrete_in_body {
            candidates.push(election_candidate(headline, mention, &items, None));
        }
    }
    elections(context, sink, candidates);
    add_struck_places(context, sink);
    for event in &mut sink.facts.events {
        event.regions = with_ancestors(context, &event.regions);
    }
}

/// How many sentences after a disaster's may list the places it struck.
const STRUCK_PLACES_SENTENCES: usize = 3;

/// "Rinciannya, delapan rumah rusak di Kecamatan A, … di Kecamatan B": the
/// regions written with their level word in the few sentences after a
/// disaster's, where an impact word says what happened there, within the
/// disaster's province, are places it struck too.
fn add_struck_places(context: &ArticleContext, sink: &mut Sink) {
    let regions = &context.gazetteer.regions;
    let lexicon = crate::extract::lexicon::Lexicon::get();
    let text = context.text();
    for event in &mut sink.facts.events {
        let disaster = lexicon
            .event_kinds
            .iter()
            .any(|kind| kind.kind == event.kind && kind.family == "bencana");
        let province = event
            .regions
            .first()
            .and_then(|code| regions.by_code(code))
            .and_then(|id| regions.ancestor_at(id, RegionKind::Province));
        let (true, Some(province)) = (disaster, province) else {
            continue;
        };
        let first = context.sentence_of(event.evidence.sentence.start) + 1;
        let last = (first + STRUCK_PLACES_SENTENCES).min(context.sentence_items.len());
        for index in first..last {
            let lower = text[context.sentence(index)].to_lowercase();
            if !lexicon.words(Role::ImpactWord).any_inside(&lower) {
                continue;
            }
            // Only regions written with their level word ("Kecamatan
            // Ampelgading"): a bare name is as often a school's or the
            // place where someone spoke.
            let named: Vec<RegionId> = context.sentence_items[index]
                .iter()
                .filter(|item| {
                    item.text(text)
                        .split_whitespace()
                        .next()
                        .is_some_and(|first| has_role_as_written(first, Role::VenueLevelWord))
                })
                .filter_map(|item| match item.kind {
                    ItemKind::Region(region) => Some(region),
                    _ => None,
                })
                .filter(|&region| regions.is_within(region, province) && region != province)
                .collect();
            for region in most_specific(context, named) {
                let code = context.region_code(region);
                if !event.regions.contains(&code) {
                    event.regions.push(code);
                }
            }
        }
    }
}

/// `codes` followed by the regions that contain them, up to the province
/// (an event in Tenggarong also took place in Kutai Kartanegara and East
/// Kalimantan), each once, the most specific first.
fn with_ancestors(context: &ArticleContext, codes: &[String]) -> Vec<String> {
    let regions = &context.gazetteer.regions;
    let mut expanded: Vec<String> = Vec::new();
    for code in codes {
        let Some(id) = regions.by_code(code) else {
            expanded.push(code.clone());
            continue;
        };
        for (depth, ancestor) in regions.lineage(id).into_iter().enumerate() {
            let region = regions.region(ancestor);
            let entailed = depth > 0 && region.kind != RegionKind::Country;
            if (depth == 0 || entailed) && !expanded.contains(&region.code) {
                expanded.push(region.code.clone());
            }
        }
    }
    expanded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_context::test_article;
    use crate::gazetteer::Gazetteer;
    use crate::model::{ArticleFacts, EventDate, Rule};

    fn events_of(body: &str) -> ArticleFacts {
        let context = ArticleContext::new(&test_article("Berita", body), Gazetteer::get());
        let mut sink = Sink::new(&context);
        events(&context, &mut sink);
        sink.into_facts()
    }

    #[test]
    fn an_event_takes_its_place_and_date() {
        let facts = events_of("Sosialisasi Netralitas ASN digelar di Makassar, Kamis (16/6/2022).");
        assert_eq!(facts.events.len(), 1);
        let event = &facts.events[0];
        assert_eq!(event.name, "Sosialisasi Netralitas ASN");
        assert_eq!(event.kind, "sosialisasi");
        assert_eq!(event.regions, ["73.71", "73"]);
        assert_eq!(
            event.date,
            Some(EventDate::Full {
                year: 2022,
                month: 6,
                day: 16
            })
        );
        assert_eq!(event.evidence.rule, Rule::EventPlace);
    }

    #[test]
    fn a_later_short_mention_is_the_same_event() {
        let facts = events_of(
            "Sosialisasi Netralitas ASN digelar di Makassar, Kamis (16/6/2022). \
             Sosialisasi itu diikuti ratusan pegawai.",
        );
        assert_eq!(facts.events.len(), 1);
    }

    #[test]
    fn an_election_with_its_region_and_year() {
        let facts = events_of("Warga menyambut Pilkada 2024 di Gowa dengan gembira.");
        assert_eq!(facts.events.len(), 1);
        let event = &facts.events[0];
        assert_eq!(event.name, "Pilkada Gowa 2024");
        assert_eq!(event.kind, "pilkada");
        assert_eq!(event.regions, ["73.06", "73"]);
        assert_eq!(event.date, Some(EventDate::Year(2024)));
        assert_eq!(event.evidence.rule, Rule::ElectionExplicitRegion);
    }

    #[test]
    fn an_active_detention_verb_reports_a_detention() {
        let facts =
            events_of("Kejati Sulawesi Selatan juga menahan mantan Kepala BPN Kota Makassar.");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].kind, "penahanan");
        assert!(
            events_of("Bupati Gowa meminta warga menahan diri di Makassar.")
                .events
                .is_empty()
        );
    }

    #[test]
    fn the_place_of_a_case_is_not_the_place_of_the_act() {
        let facts = events_of(
            "Penyidik melakukan penahanan tersangka kasus suap di Kabupaten Gowa, Senin (3/2/2025). \
             Tersangka dibawa ke Makassar.",
        );
        assert!(
            facts
                .events
                .iter()
                .all(|event| event.evidence.rule != Rule::EventPlace),
            "{:?}",
            facts.events
        );
    }

    #[test]
    fn a_disaster_also_struck_the_places_its_damage_is_listed_in() {
        let facts = events_of(
            "Banjir melanda Kabupaten Kutai Kartanegara, Minggu (19/3/2023). Rinciannya, delapan rumah \
             rusak di Kecamatan Tenggarong dan 14 rumah rusak di Kecamatan Loa Kulu. \
             Relawan dari Samarinda ikut membantu warga yang rusak rumahnya.",
        );
        let regions = &facts.events[0].regions;
        assert!(regions.contains(&"64.02.06".to_string()), "{regions:?}");
        assert!(regions.contains(&"64.02.02".to_string()), "{regions:?}");
        // A bare name, and a region outside the province, are not added.
        assert!(
            !regions.iter().any(|code| code.starts_with("64.72")),
            "{regions:?}"
        );
    }

    #[test]
    fn a_bodys_plenary_named_with_the_body_is_concrete() {
        let facts = events_of(
            "Bawaslu Sulawesi Selatan akan menyerahkan hasil pleno itu ke KASN pekan depan.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].kind, "pleno");
        assert_eq!(facts.events[0].regions, ["73"]);
    }

    #[test]
    fn an_act_is_placed_with_its_body() {
        let facts = events_of(
            "Kepala desa itu ditahan penyidik Kejaksaan Negeri Jember, Senin (4/3/2024).",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Penahanan");
        assert_eq!(facts.events[0].kind, "penahanan");
    }

    #[test]
    fn an_election_takes_the_region_of_its_body() {
        let facts = events_of("Bawaslu Banten mengawasi pelaksanaan Pilkada 2024 dengan ketat.");
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Banten 2024");
        assert_eq!(facts.events[0].evidence.rule, Rule::ElectionBodyRegion);
    }

    #[test]
    fn an_election_word_in_a_law_title_is_no_election() {
        let facts =
            events_of("Aturan itu ada dalam Undang-Undang Nomor 10 Tahun 2016 tentang Pilkada.");
        assert!(facts.events.is_empty());
    }

    fn region_names(facts: &ArticleFacts, index: usize) -> Vec<String> {
        let regions = &Gazetteer::get().regions;
        facts.events[index]
            .regions
            .iter()
            .filter_map(|code| regions.by_code(code))
            .map(|id| regions.region(id).name.clone())
            .collect()
    }

    #[test]
    fn an_event_takes_the_region_of_the_body_named_with_it() {
        let facts = events_of(
            "Warga Bantul memadati alun-alun. Warga Bantul juga antre. \
             Koordinator Bawaslu Sleman menjelaskan, penertiban baliho dilakukan Kamis (5/10/2023).",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Penertiban Baliho");
        assert_eq!(
            region_names(&facts, 0),
            ["Sleman", "Daerah Istimewa Yogyakarta"]
        );
        assert_eq!(facts.events[0].evidence.rule, Rule::EventBodyRegion);
    }

    #[test]
    fn a_venue_with_its_region_places_a_later_event() {
        let facts = events_of(
            "Putusan itu dibacakan di Ruang Sidang Utama, Makassar, Rabu. \
             Sidang pemeriksaan digelar selama tiga jam.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Sidang Pemeriksaan");
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        assert_eq!(facts.events[0].evidence.rule, Rule::EventNearbyPlace);
    }

    #[test]
    fn a_long_phrase_ending_in_a_venue_and_region_places_the_event() {
        let facts = events_of(
            "Pelantikan Andi Rahman sebagai ketua dan Budi Santoso sebagai wakil ketua \
             periode lima tahun ke depan, Rabu (20/2/2019), oleh Gubernur Andi Sudirman \
             di Gedung Serbaguna, Makassar.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        assert_eq!(facts.events[0].evidence.rule, Rule::EventPlace);
    }

    #[test]
    fn noun_phrases_joined_by_dan_keep_the_place() {
        let facts = events_of("Usai acara itu, syukuran dan ramah tamah warga Gowa di Makassar.");
        assert_eq!(facts.events[0].name, "Syukuran");
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        // A verb between the event and the place still ends the phrase.
        let facts = events_of("Syukuran itu dihadiri warga yang tinggal di Makassar.");
        assert!(facts.events.is_empty());
    }

    #[test]
    fn a_later_mention_without_a_place_is_the_event_already_placed() {
        let facts = events_of(
            "Warga Gowa menanti. Pelantikan wali kota digelar di Gedung Juang, Makassar, \
             Senin (1/3/2021). Ia menyebut prosesi pelantikan kepala daerah digelar 45 menit.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
    }

    #[test]
    fn a_mention_placed_by_its_speakers_body_is_the_event_already_placed() {
        let facts = events_of(
            "Pelantikan bupati digelar di Gedung Juang, Makassar, Senin (1/3/2021). \
             Kepala Biro Setdaprov Papua mengatakan, acara pelantikan bupati berjalan 45 menit.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
    }

    #[test]
    fn the_place_where_something_was_said_is_not_the_events() {
        let facts = events_of(
            "\"Kami menerima laporan saat pendaftaran pasangan calon,\" kata Ketua Bawaslu \
             Gowa di Sungguminasa, Senin (2/9/2024).",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].evidence.rule, Rule::EventBodyRegion);
        assert_eq!(region_names(&facts, 0), ["Gowa", "Sulawesi Selatan"]);
    }

    #[test]
    fn an_arrest_in_a_sting_is_the_sting() {
        let facts = events_of(
            "Dalam operasi tangkap tangan di Kabupaten Kudus, Jumat (25/7/2019), \
             penyidik menangkap sembilan orang.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].kind, "ott");
    }

    #[test]
    fn campaign_methods_and_periods_are_no_events() {
        for text in [
            "Dana itu dipakai untuk modal kampanye pilkades di Ogan Ilir, Senin (2/9/2024).",
            "Metode kampanye Paslon diatur KPU Banjarmasin, Senin (2/9/2024).",
            "Warga Gowa memulai kampanye pilkades di Sungguminasa, Senin (2/9/2024).",
        ] {
            let facts = events_of(text);
            assert!(
                facts.events.iter().all(|event| event.kind != "kampanye"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_kind_word_inside_a_persons_name_is_no_event() {
        let context = ArticleContext::new(
            &test_article(
                "Berita",
                "Jaksa Muhammad Gempa Ardiansyah menjelaskan pasal yang dilanggar di Jember.",
            ),
            Gazetteer::get(),
        );
        let mut sink = Sink::new(&context);
        sink.facts.persons.push(crate::model::PersonFact {
            name: "Muhammad Gempa Ardiansyah".to_string(),
            aliases: Vec::new(),
        });
        events(&context, &mut sink);
        assert!(sink.into_facts().events.is_empty());
    }

    #[test]
    fn a_regional_election_named_with_its_region_elsewhere_is_that_election() {
        let facts = events_of(
            "Bawaslu menemukan baliho bakal calon Pemilihan Gubernur Sulteng di Morowali. \
             Pelanggaran marak di awal Pilkada 2020 ini.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].kind, "pilgub");
    }

    #[test]
    fn an_election_takes_the_region_of_an_office_named_with_it() {
        let facts =
            events_of("Istrinya maju sebagai calon Bupati Gowa pada Pilkada Serentak 2018.");
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Serentak Gowa 2018");
        assert_eq!(facts.events[0].evidence.rule, Rule::ElectionBodyRegion);
    }

    #[test]
    fn a_regional_election_without_a_year_takes_the_office_named_with_it() {
        let facts = events_of("Ia mundur karena ikut pilkada dan kini menjadi Bupati Gowa.");
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Gowa");
        // A national election is not placed by an office.
        assert!(events_of("Ia ikut pemilu dan kini menjadi Bupati Gowa.")
            .events
            .is_empty());
    }

    #[test]
    fn a_local_election_is_the_region_of_the_sentence() {
        let facts = events_of(
            "Gubernur Sulawesi Selatan meminta pegawai netral pada pemilu kepala daerah (pilkada) setempat.",
        );
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Sulawesi Selatan");
        // The headline repeating it adds no election in the article's region.
        let sentence = "Gubernur Sulawesi Selatan meminta pegawai netral pada pilkada setempat.";
        let body = format!("{sentence} Warga Gowa menanti. Warga Gowa antusias.");
        let context = ArticleContext::new(&test_article(sentence, &body), Gazetteer::get());
        let mut sink = Sink::new(&context);
        events(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Sulawesi Selatan");
        // Without "setempat", a year or a region it is no event.
        assert!(events_of("Pegawai harus netral pada pemilu kepala daerah.")
            .events
            .is_empty());
    }

    #[test]
    fn a_disaster_is_placed_where_it_struck() {
        let facts = events_of(
            "Banjir melanda lima desa di Kecamatan Tenggarong, Kabupaten Kutai Kartanegara, Minggu (19/3/2023).",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].regions[0], "64.02.06", "{:?}", facts.events);
        assert_eq!(facts.events[0].evidence.rule, Rule::EventPlace);
    }

    #[test]
    fn a_bare_mention_joining_an_event_of_another_kind_keeps_its_name() {
        let facts = events_of(
            "Panitia di desa akan segera melakukan rapat pleno terbuka rekapitulasi daftar pemilih Pemilu 2024. \
             Rapat pleno tersebut akan diselenggarakan pada 30-31 Maret 2023 di semua desa. \
             Terkait pleno rekapitulasi tersebut, KPU Kabupaten Gowa, Rabu (29/3/2023) mengundang PPK \
             dalam rapat kerja untuk persiapan pleno terbuka rekapitulasi. \
             Rapat kerja itu dihadiri anggota KPU Gowa. \
             Pelaksanaan pleno di tingkat PPS agar diawasi dengan cermat.",
        );
        let raker = facts.events.iter().find(|event| event.kind == "raker");
        assert_eq!(
            raker.map(|event| event.name.as_str()),
            Some("Rapat Kerja"),
            "{:?}",
            facts.events
        );
    }

    #[test]
    fn a_governors_election_is_the_provinces() {
        let facts = events_of("Gubernur Bengkulu Rohidin Mersyah kembali maju dalam Pilgub 2024.");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].regions, ["17"], "{:?}", facts.events);
    }

    #[test]
    fn a_year_after_the_region_dates_the_election() {
        let facts = events_of("Sengketa hasil Pilkada Kabupaten Gowa Tahun 2015 diputus kemarin.");
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "Pilkada Gowa 2015");
        assert_eq!(facts.events[0].date, Some(EventDate::Year(2015)));
    }

    #[test]
    fn an_election_takes_the_year_of_its_date() {
        let facts =
            events_of("Gowa akan melaksanakan pilkada serentak pada 27 Juni 2018 mendatang.");
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].date, Some(EventDate::Year(2018)));
    }

    #[test]
    fn a_national_election_placed_by_the_article_is_held_there() {
        let facts = events_of(
            "Dana APBD tidak boleh dipakai untuk kepentingan Pemilu 2019. \
             Kami berharap Pemilu 2019 di Gowa berlangsung aman.",
        );
        // A body's name holds no election, and "pada Pemilu 2024 di Gowa"
        // places what happened at its time.
        let facts_of_body = events_of(
            "Badan Pengawas Pemilu (Bawaslu) Kabupaten Gowa mengingatkan ASN jelang Pemilu 2024.",
        );
        assert_eq!(facts_of_body.events[0].name, "Pemilu 2024");
        let backdrop = events_of("Pegawai berkumpul pada Pemilu 2024 di Gowa.");
        assert_eq!(backdrop.events[0].name, "Pemilu 2024");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Pemilu Gowa 2019");
        assert_eq!(facts.events[0].regions, ["73.06", "73"]);
        // Named alone, it takes place in Indonesia.
        let facts = events_of("Dana APBD tidak boleh dipakai untuk kepentingan Pemilu 2019.");
        assert_eq!(facts.events[0].name, "Pemilu 2019");
        assert_eq!(facts.events[0].regions, ["ID"]);
    }

    #[test]
    fn a_generic_word_before_a_name_is_an_event_of_that_name() {
        let facts = events_of("Gubernur menghadiri acara Gowa Bersih Sampah di Makassar, Senin.");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Acara Gowa Bersih Sampah");
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        // Before a kind word, the kind names the event; alone, it is none.
        let facts = events_of("Gubernur menghadiri acara Pelantikan Bupati di Makassar, Senin.");
        assert_eq!(facts.events[0].kind, "pelantikan");
        assert!(
            events_of("Gubernur menghadiri acara itu di Makassar, Senin.")
                .events
                .is_empty()
        );
    }

    #[test]
    fn a_place_written_before_the_event_it_is_for_places_it() {
        let facts = events_of(
            "Para bupati akan diundang ke Gedung Juang, Makassar, untuk mendapat pengarahan dari gubernur.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Pengarahan");
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        // A venue alone makes it concrete; the place comes from nearby.
        let facts = events_of(
            "Setibanya di Makassar, rombongan beristirahat. Setelah itu, menuju Balai Adat \
             Lembaga Melayu, untuk prosesi tepuk tepung tawar.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        // A lower-case word between the place and the purpose is another clause.
        assert!(
            events_of("Dana dikirim ke Makassar lewat rekening untuk pengarahan.")
                .events
                .is_empty()
        );
    }

    #[test]
    fn a_misspelt_kind_word_names_the_event_rightly() {
        let facts = events_of("Sekda membuka sosialisai Peraturan Presiden di Makassar, Senin.");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Sosialisasi Peraturan Presiden");
        assert_eq!(facts.events[0].kind, "sosialisasi");
    }

    #[test]
    fn a_region_opening_the_sentence_holds_the_election_it_carries_out() {
        let facts = events_of(
            "Kabupaten Gowa menjadi salah satu daerah yang akan melaksanakan pilkada serentak pada 27 Juni 2018.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Pilkada Serentak Gowa 2018");
        // Not when it does not, nor a national election.
        let facts = events_of("Kota Makassar tidak menggelar pilkada serentak tahun 2024.");
        assert_eq!(facts.events[0].regions, ["ID"], "{:?}", facts.events);
        let facts = events_of("Kabupaten Gowa menggelar bimtek menghadapi Pemilu 2024.");
        let pemilu = facts.events.iter().find(|event| event.kind == "pemilu");
        assert_eq!(
            pemilu.map(|event| event.regions.clone()),
            Some(vec!["ID".to_string()])
        );
    }

    #[test]
    fn a_bare_regional_election_is_the_one_the_articles_election_bodies_serve() {
        let facts = events_of(
            "Bawaslu Kabupaten Gowa memanggil saksi, Senin (2/9/2024). \
             Kami ingin Pilkada yang bersih, kata anggota KPU Kabupaten Gowa.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Pilkada Gowa 2024");
        assert_eq!(facts.events[0].evidence.rule, Rule::ElectionBodyRegion);
        // Bodies of two regions leave it unplaced.
        let facts = events_of(
            "Bawaslu Kabupaten Gowa memanggil saksi, Senin (2/9/2024). \
             Kami ingin Pilkada yang bersih, kata dia. KPU Kota Makassar juga hadir.",
        );
        assert!(facts.events.is_empty(), "{:?}", facts.events);
    }

    #[test]
    fn two_gatherings_joined_by_dan_are_one_event() {
        let facts = events_of("Usai pelantikan, syukuran dan silahturahmi warga Gowa di Makassar.");
        let gatherings: Vec<&str> = facts
            .events
            .iter()
            .filter(|event| event.kind != "pelantikan")
            .map(|event| event.name.as_str())
            .collect();
        assert_eq!(gatherings, ["Syukuran dan Silahturahmi Warga Gowa"]);
    }

    #[test]
    fn summoning_and_examining_witnesses_is_an_event() {
        for text in [
            "Pemanggilan para saksi dan pelapor di Kantor Bawaslu Kabupaten Gowa berlangsung tiga jam.",
            "Pemeriksaan saksi oleh Kejaksaan Negeri Gowa digelar Senin (2/9/2024).",
        ] {
            let facts = events_of(text);
            assert_eq!(facts.events.len(), 1, "{text}: {:?}", facts.events);
            assert_eq!(facts.events[0].kind, "pemeriksaan saksi", "{text}");
            assert_eq!(region_names(&facts, 0), ["Gowa", "Sulawesi Selatan"], "{text}");
        }
    }

    #[test]
    fn a_regents_election_and_the_regional_election_of_one_region_are_one() {
        let facts = events_of(
            "KPU Gowa menyiapkan Pilbup Gowa 2024. Pilkada Gowa 2024 diikuti tiga pasangan.",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        // "Pemilihan Serentak" is the simultaneous regional election.
        let facts = events_of("Calon bupati Gowa maju dalam Pemilihan Serentak 2024.");
        assert_eq!(facts.events[0].kind, "pilkada", "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Pilkada Serentak Gowa 2024");
    }

    #[test]
    fn minutes_months_and_particles_make_no_event_names_or_venues() {
        assert!(
            events_of("Ia membacakan berita acara Paripurna di Makassar, Senin.")
                .events
                .is_empty()
        );
        let facts = events_of("Rapat Paripurna pun digelar di Makassar, Senin (3/2/2025).");
        assert_eq!(facts.events[0].name, "Rapat Paripurna");
        let facts =
            events_of("Sejak pelantikan di bulan Desember tahun 2019, Bupati Gowa bekerja.");
        assert!(
            facts.events.iter().all(|event| event.venue.is_none()),
            "{:?}",
            facts.events
        );
    }

    #[test]
    fn a_date_without_a_year_takes_the_articles_year() {
        let facts = events_of(
            "Aturan itu berlaku sejak 1 Juli 2022. Unjuk rasa digelar di Makassar, Senin (19/9).",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].kind, "unjuk rasa");
        assert_eq!(
            facts.events[0].date,
            Some(EventDate::Full {
                year: 2022,
                month: 9,
                day: 19
            })
        );
    }

    #[test]
    fn a_region_with_its_level_word_inside_a_venue_is_a_place() {
        let facts = events_of(
            "Sosialisasi digelar di Balai Kecamatan Tenggarong, Kabupaten Kutai Kartanegara, Senin.",
        );
        assert_eq!(facts.events[0].regions[0], "64.02.06", "{:?}", facts.events);
    }

    #[test]
    fn a_short_form_in_parentheses_stays_inside_the_venue() {
        let facts = events_of(
            "Rapat koordinasi digelar di Kantor Kementerian Dalam Negeri (Kemendagri), Makassar, Senin.",
        );
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
    }

    #[test]
    fn an_event_its_subject_holds_is_concrete() {
        let facts = events_of("Bawaslu Kabupaten Gowa menggelar rapat pembahasan laporan itu.");
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(facts.events[0].name, "Rapat Pembahasan Laporan");
        assert_eq!(region_names(&facts, 0), ["Gowa", "Sulawesi Selatan"]);
        // Talked of, it is none.
        assert!(
            events_of("Bawaslu Kabupaten Gowa membahas rapat pembahasan laporan itu.")
                .events
                .is_empty()
        );
    }

    #[test]
    fn a_generic_word_referring_back_completes_the_event_before() {
        let facts = events_of(
            "KPU Gowa menggelar rapat pleno rekapitulasi. \
             Kegiatan tersebut berlangsung di Hotel Grand, Makassar, pada Kamis (05/12/2024).",
        );
        assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
        assert_eq!(region_names(&facts, 0), ["Makassar", "Sulawesi Selatan"]);
        assert!(facts.events[0].date.is_some());
        assert!(
            events_of("Acara Tersebut berlangsung di Gedung Juang, Makassar.")
                .events
                .is_empty()
        );
    }

    #[test]
    fn contests_and_common_words_opening_a_sentence_make_no_event_or_place() {
        assert!(
            events_of("Warga mengikuti lomba menangkap ikan di Gowa, Senin (3/2/2025).")
                .events
                .is_empty()
        );
        let facts = events_of(
            "Puncak peringatan hari jadi ke-69 Kabupaten Gowa digelar meriah, Senin (3/2/2025).",
        );
        assert_eq!(facts.events[0].kind, "hut", "{:?}", facts.events);
        assert_eq!(region_names(&facts, 0), ["Gowa", "Sulawesi Selatan"]);
    }

    #[test]
    fn an_event_placed_only_by_the_article_takes_the_datelines_city_within_it() {
        let facts = events_of(
            "KENDARI – Gubernur Sulawesi Tenggara melantik tiga pejabat. Pelantikan berlangsung \
             di Rumah Jabatan Gubernur, Senin (3/2/2025). Pejabat Sulawesi Tenggara diminta bekerja.",
        );
        assert_eq!(
            facts.events[0].regions,
            ["74.71", "74"],
            "{:?}",
            facts.events
        );
        assert_eq!(facts.events[0].evidence.rule, Rule::EventArticleRegion);
    }

    #[test]
    fn a_regional_election_named_with_a_district_is_its_regencys() {
        let facts = events_of("Bawaslu mengawasi Pilkada Kecamatan Tenggarong 2020.");
        assert_eq!(
            facts.events[0].regions,
            ["64.02", "64"],
            "{:?}",
            facts.events
        );
        // A village head's election stays in its district.
        let facts = events_of("Panitia menyiapkan Pilkades Kecamatan Tenggarong 2020.");
        assert_eq!(facts.events[0].regions[0], "64.02.06", "{:?}", facts.events);
    }

    #[test]
    fn an_election_without_year_or_region_is_no_event() {
        assert!(events_of("Pegawai harus netral dalam pilkada.")
            .events
            .is_empty());
    }
}
