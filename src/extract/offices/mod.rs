//! Office phrases and their holders: "Sekda Kukar Sunggono", "Sunggono,
//! Sekretaris Daerah Kutai Kartanegara", "Bima Arya sebagai Kepala BKN",
//! "Pahala Nainggolan Deputi dari Pencegahan KPK".
//!
//! An office phrase is a title from the gazetteer, the words that belong to
//! it ("Bidang Sumber Daya Manusia Aparatur", "Komisi II"), and the bodies
//! and regions that qualify it, parentheses and commas included.
//!
//! The [`holders`] pass turns each phrase with a holder into an office
//! (one per role, body and region in an article) and a holds fact.

mod agency_names;
mod holder;
mod phrase;

pub use holder::find_holder;
pub use phrase::{parse_office_phrase, OfficePhrase};

use super::article_context::ArticleContext;
use super::organizations::add_organization;
use super::persons::NameRun;
use super::sink::Sink;
use super::speakers::speech_subjects;
use super::tokens::{Item, ItemKind};
use crate::gazetteer::{Level, RegionId, RegionKind};
use crate::model::{Evidence, HoldsFact, OfficeFact, OfficeId, Rule};
use holder::{
    deputy_after, is_member_title, names_joined_after, names_listed_after, names_listed_before,
};
use std::ops::Range;

/// Pass: office phrases with their holders, and speakers named as subjects
/// of speech verbs (so that later short forms resolve to them).
pub fn holders(context: &ArticleContext, sink: &mut Sink) {
    let text = context.text();
    for (_, sentence, items) in context.sentences() {
        // The bodies (with their regions) of the office phrases in this
        // sentence, by the item where each phrase ends.
        let mut bodies_named: Vec<(usize, usize, Vec<RegionId>)> = Vec::new();
        let mut index = 0;
        while index < items.len() {
            if !matches!(items[index].kind, ItemKind::OfficeTitle(_)) {
                index += 1;
                continue;
            }
            let Some(phrase) =
                parse_office_phrase(text, items, index, &context.titles, context.gazetteer)
            else {
                index += 1;
                continue;
            };
            let next = phrase.items.end.max(index + 1);
            if let Some(organization) = phrase.organization {
                bodies_named.push((phrase.items.end, organization, phrase.regions.clone()));
            }
            let mut holders: Vec<(NameRun, Rule)> = Vec::new();
            if let Some(holder) = find_holder(text, items, &phrase) {
                if matches!(holder.rule, Rule::NameConnectorTitle | Rule::AppointedAs) {
                    for run in names_listed_before(text, items, &holder.run) {
                        holders.push((run, holder.rule));
                    }
                }
                let members = if holder.rule == Rule::TitleName && is_member_title(&phrase) {
                    names_joined_after(text, items, holder.run.items.end)
                } else {
                    Vec::new()
                };
                holders.push((holder.run, holder.rule));
                holders.extend(members.into_iter().map(|run| (run, Rule::TitleName)));
            } else {
                for run in names_listed_after(text, items, &phrase) {
                    holders.push((run, Rule::TitleName));
                }
            }
            let deputy = holders
                .last()
                .and_then(|(run, _)| deputy_after(text, items, run));
            for (run, rule) in holders {
                let person = sink.persons.resolve(&run.name);
                if phrase.former {
                    continue;
                }
                let surface = office_surface(text, items, &phrase, &run, rule);
                let phrase = with_body_named(&phrase, &run, &bodies_named);
                let office = add_office(context, sink, &phrase, surface);
                let evidence = Evidence::new(sentence.clone(), rule);
                if !sink
                    .facts
                    .holds
                    .iter()
                    .any(|fact| fact.person == person && fact.office == office)
                {
                    sink.facts.holds.push(HoldsFact {
                        person,
                        office,
                        acting: phrase.acting.is_some(),
                        evidence,
                    });
                }
            }
            if let Some(run) = deputy.filter(|_| !phrase.former) {
                let surface = &text
                    [items[phrase.items.start].span.start..items[phrase.items.end - 1].span.end];
                add_deputy(context, sink, &phrase, &run, surface, sentence.clone());
            }
            index = next;
        }
        for run in speech_subjects(text, items) {
            sink.persons.resolve(&run.name);
        }
    }
}

/// `phrase`, or, when it names no body, region or level ("ketua
/// majelis"), the phrase with the body and regions of the office phrase
/// right before its holder's name ("anggota DKPP A sebagai ketua
/// majelis": the panel is the DKPP's). `bodies_named` holds the bodies of
/// the sentence's office phrases by the item where each ends.
fn with_body_named(
    phrase: &OfficePhrase,
    holder: &NameRun,
    bodies_named: &[(usize, usize, Vec<RegionId>)],
) -> OfficePhrase {
    let mut phrase = phrase.clone();
    let bare =
        phrase.organization.is_none() && phrase.regions.is_empty() && phrase.levels.is_empty();
    let before_holder = bodies_named
        .iter()
        .find(|(end, _, _)| *end == holder.items.start);
    if let Some((_, organization, regions)) = before_holder.filter(|_| bare) {
        phrase.organization = Some(*organization);
        phrase.regions = regions.clone();
    }
    phrase
}

/// The words that name an office as the sentence writes them: the phrase,
/// and the words up to the closing parenthesis when the holder's name
/// stands before it ("Yanto (Camat Mangarabomban)"), or up to the holder's
/// name when an unlisted region stands between ("Kejati Sulselbar,
/// Halimuddin").
fn office_surface<'t>(
    text: &'t str,
    items: &[Item],
    phrase: &OfficePhrase,
    run: &NameRun,
    rule: Rule,
) -> &'t str {
    let start = items[phrase.items.start].span.start;
    let mut end = phrase.items.end;
    if rule == Rule::NameBracketTitle {
        while items
            .get(end)
            .is_some_and(|item| item.is_word() && !item.is_punct(')'))
            && end < phrase.items.end + 4
        {
            end += 1;
        }
    } else if rule == Rule::TitleName
        && run.items.start > phrase.items.end
        && run.items.start <= phrase.items.end + 3
        && items[phrase.items.end..run.items.start]
            .iter()
            .all(|item| item.is_punct(',') || (item.is_word() && item.text(text) != "dan"))
    {
        end = run.items.start;
    }
    text[start..items[end - 1].span.end].trim_end_matches([',', ' '])
}

/// The deputy of an office phrase's holder holds "Wakil <role>" of the
/// same body and region.
fn add_deputy(
    context: &ArticleContext,
    sink: &mut Sink,
    phrase: &OfficePhrase,
    run: &NameRun,
    surface: &str,
    sentence: Range<usize>,
) {
    let person = sink.persons.resolve(&run.name);
    let deputy = OfficePhrase {
        role: format!("Wakil {}", phrase.role),
        ..phrase.clone()
    };
    let office = add_office(context, sink, &deputy, &format!("Wakil {surface}"));
    if !sink
        .facts
        .holds
        .iter()
        .any(|fact| fact.person == person && fact.office == office)
    {
        sink.facts.holds.push(HoldsFact {
            person,
            office,
            acting: deputy.acting.is_some(),
            evidence: Evidence::new(sentence, Rule::DeputyOfHolder),
        });
    }
}

/// The region an office phrase governs: the most specific region it names,
/// lifted to the title's level, else the article's main region for a
/// regional title; none for a national body.
fn jurisdiction(context: &ArticleContext, phrase: &OfficePhrase) -> Option<RegionId> {
    if phrase.national {
        return None;
    }
    let regions = &context.gazetteer.regions;
    let organization_entry = phrase
        .organization
        .map(|index| context.gazetteer.organizations.get(index));
    let mut jurisdiction = phrase
        .regions
        .iter()
        .copied()
        .filter(|&region| regions.region(region).kind != RegionKind::Country)
        .max_by_key(|&region| regions.region(region).kind.depth());
    let national_title = phrase.levels == [RegionKind::Country];
    if jurisdiction.is_none() && !national_title {
        let needs_region = match organization_entry {
            Some(entry) => {
                entry.level == Level::Regional
                    || (entry.level == Level::Any && context.primary_region.is_some())
            }
            None => !phrase.levels.is_empty(),
        };
        if needs_region {
            jurisdiction = context.primary_region;
        }
    }
    if let Some(region) = jurisdiction {
        // "Kejari Indramayu" beside "Kecamatan Indramayu": a body named with
        // a district that shares its regency's name serves the regency.
        let regency_of_same_name = regions
            .ancestor_at(region, RegionKind::Regency)
            .or_else(|| regions.ancestor_at(region, RegionKind::City))
            .filter(|&regency| regions.region(regency).name == regions.region(region).name);
        if phrase.organization.is_some()
            && phrase.levels.is_empty()
            && regions.region(region).kind == RegionKind::District
        {
            if let Some(regency) = regency_of_same_name {
                jurisdiction = Some(regency);
            }
        }
    }
    if let Some(region) = jurisdiction {
        // "Bupati Malang": a regent's region is the regency, not the city
        // of the same name.
        let kind = regions.region(region).kind;
        if !phrase.levels.is_empty()
            && !phrase.levels.contains(&kind)
            && matches!(kind, RegionKind::City | RegionKind::Regency)
        {
            if let Some(namesake) = regions.namesake_at(region, &phrase.levels) {
                jurisdiction = Some(namesake);
            }
        }
    }
    if let Some(region) = jurisdiction {
        if phrase.levels == [RegionKind::Province] {
            jurisdiction = regions.ancestor_at(region, RegionKind::Province);
        } else if !phrase.levels.is_empty()
            && !phrase.levels.contains(&regions.region(region).kind)
            && regions.region(region).kind == RegionKind::District
            && !phrase.levels.contains(&RegionKind::District)
        {
            jurisdiction = regions.ancestor_at(region, RegionKind::Regency);
        }
    }
    if organization_entry.is_some_and(|entry| entry.level == Level::National) {
        jurisdiction = None;
    }
    jurisdiction
}

/// The article's index of the office `phrase` names, adding it (and its
/// body) if new.
pub fn add_office(
    context: &ArticleContext,
    sink: &mut Sink,
    phrase: &OfficePhrase,
    surface: &str,
) -> OfficeId {
    let regions = &context.gazetteer.regions;
    let jurisdiction = jurisdiction(context, phrase);
    let organization = phrase.organization.map(|index| {
        let entry = context.gazetteer.organizations.get(index);
        let form = entry.acronym().unwrap_or(&entry.name).to_string();
        add_organization(context, sink, index, jurisdiction, &form)
    });
    let role_name = match phrase.acting {
        Some(prefix) => format!("{prefix} {}", phrase.role),
        None => phrase.role.clone(),
    };
    let region_code = jurisdiction.map(|index| context.region_code(index));
    // "Kepala Desa Sako": the village named with the title.
    let role_of_place = match &phrase.village {
        Some(village) => format!("{role_name} {village}"),
        None => role_name.clone(),
    };
    let key = (role_of_place.clone(), organization, region_code.clone());
    if let Some(&index) = sink.office_keys.get(&key) {
        return index;
    }
    let mut label = role_of_place;
    if let (Some(index), Some(entry)) = (organization, phrase.organization) {
        // "Kepala Kejaksaan Negeri" already names its body: the label
        // names it once, with its region.
        let base = &context.gazetteer.organizations.get(entry).name;
        // "Menteri Dalam Negeri" of the "Kementerian Dalam Negeri": the
        // title already names its national body by the words after its head.
        let tail = |name: &str| name.split_once(' ').map(|(_, rest)| rest.to_string());
        let names_body = jurisdiction.is_none()
            && tail(&phrase.role).is_some_and(|role_tail| {
                tail(base).is_some_and(|base_tail| base_tail.eq_ignore_ascii_case(&role_tail))
            });
        if !names_body {
            let head = label
                .strip_suffix(base.as_str())
                .map(str::trim_end)
                .filter(|head| !head.is_empty())
                .unwrap_or(&label);
            label = format!("{head} {}", sink.facts.organizations[index.index()].name);
        }
    } else if let Some(region) = jurisdiction {
        let region = regions.region(region);
        let heads_region = phrase.levels.len() == 1 && phrase.levels[0] == region.kind;
        let name = if heads_region {
            region.name.clone()
        } else {
            region.formal_name()
        };
        label = format!("{label} {name}");
    }
    sink.facts.offices.push(OfficeFact {
        role_name,
        label,
        surface: surface.to_string(),
        jurisdiction: region_code,
        organization,
    });
    let index = OfficeId(sink.facts.offices.len() - 1);
    sink.office_keys.insert(key, index);
    index
}

#[cfg(test)]
mod tests {
    use super::holder::Holder;
    use super::*;
    use crate::extract::article_context::test_article;
    use crate::gazetteer::Gazetteer;

    fn context(body: &str) -> ArticleContext<'static> {
        ArticleContext::new(&test_article("Berita", body), Gazetteer::get())
    }

    /// The first office phrase of the first sentence with its holder.
    fn phrase_and_holder(body: &str) -> Option<(OfficePhrase, Option<Holder>)> {
        let context = context(body);
        let items = &context.sentence_items[0];
        let start = items
            .iter()
            .position(|item| matches!(item.kind, ItemKind::OfficeTitle(_)))?;
        let phrase = parse_office_phrase(
            context.text(),
            items,
            start,
            &context.titles,
            context.gazetteer,
        )?;
        let holder = find_holder(context.text(), items, &phrase);
        Some((phrase, holder))
    }

    #[test]
    fn holders_are_found_on_either_side_of_the_title() {
        let cases = [
            (
                "Sekda Gowa Andi Rahman membuka acara.",
                "Andi Rahman",
                Rule::TitleName,
            ),
            (
                "Andi Rahman, Sekretaris Daerah Gowa, membuka acara.",
                "Andi Rahman",
                Rule::NameCommaTitle,
            ),
            (
                "Budi Santoso sebagai Kepala BKN hadir di sana.",
                "Budi Santoso",
                Rule::NameConnectorTitle,
            ),
            (
                "Hadir pula Rina Wati Bupati Gowa.",
                "Rina Wati",
                Rule::NameTitle,
            ),
        ];
        for (body, name, rule) in cases {
            let (_, holder) = phrase_and_holder(body).expect(body);
            let holder = holder.expect(body);
            assert_eq!(holder.run.name, name, "{body}");
            assert_eq!(holder.rule, rule, "{body}");
        }
    }

    #[test]
    fn acting_and_former_markers_belong_to_the_phrase() {
        let (phrase, _) = phrase_and_holder("Plt. Kepala BKPSDM Gowa Rina Wati hadir.").unwrap();
        assert_eq!(phrase.acting, Some("Pelaksana Tugas"));
        assert!(!phrase.former);
        let (phrase, _) = phrase_and_holder("Mantan Sekda Gowa Budi Santoso hadir.").unwrap();
        assert!(phrase.former);
        assert_eq!(phrase.acting, None);
    }

    #[test]
    fn a_units_short_name_is_written_out_and_the_name_after_it_is_the_holder() {
        let (phrase, holder) =
            phrase_and_holder("Kabag Humas Rudi Hartono menjelaskan jadwalnya.").unwrap();
        assert_eq!(phrase.role, "Kepala Bagian Hubungan Masyarakat");
        assert_eq!(holder.expect("a holder").run.name, "Rudi Hartono");
        let (phrase, holder) =
            phrase_and_holder("Kasubag TU BKD Gowa, Rina Wati, menerima berkas itu.").unwrap();
        assert_eq!(phrase.role, "Kepala Subbagian Tata Usaha");
        assert!(phrase.organization.is_some(), "the body after the unit");
        assert_eq!(holder.expect("a holder").run.name, "Rina Wati");
    }

    #[test]
    fn a_division_list_before_a_body_stays_in_the_title() {
        let (phrase, holder) = phrase_and_holder(
            "Kabid Mutasi, Promosi, dan Disiplin BKD Gowa, Andi Rahman, hadir di sana.",
        )
        .unwrap();
        assert_eq!(phrase.role, "Kepala Bidang Mutasi, Promosi, dan Disiplin");
        assert_eq!(holder.expect("a holder").run.name, "Andi Rahman");
        let (phrase, holder) =
            phrase_and_holder("Rina Wati, Kepala Biro umum Setda Gowa, membuka rapat itu.")
                .unwrap();
        assert_eq!(phrase.role, "Kepala Biro Umum");
        assert_eq!(holder.expect("a holder").run.name, "Rina Wati");
    }

    #[test]
    fn a_name_after_the_body_is_not_part_of_the_title() {
        let (phrase, holder) =
            phrase_and_holder("Kasi Intel Kejari Gowa Budi Santoso menahan tersangka.").unwrap();
        assert_eq!(phrase.role, "Kepala Seksi Intelijen");
        assert_eq!(holder.expect("a holder").run.name, "Budi Santoso");
    }

    #[test]
    fn a_short_form_in_parentheses_after_the_region_continues_the_phrase() {
        let (phrase, holder) = phrase_and_holder(
            "Kepala Kejaksaan Negeri Gowa (Kejarigo) Budi Santoso menahan tersangka.",
        )
        .unwrap();
        assert!(!phrase.regions.is_empty());
        assert_eq!(holder.expect("a holder").run.name, "Budi Santoso");
    }

    /// The (person, role) pairs the holders pass finds in `body`.
    fn holds_of(body: &str) -> Vec<(String, String)> {
        labelled_holds_of(body)
            .into_iter()
            .map(|(person, role, _)| (person, role))
            .collect()
    }

    #[test]
    fn a_division_title_keeps_its_unit_and_short_form() {
        for (text, label) in [
            (
                "Hal itu disampaikan Kepala Bagian Pemerintah Desa (Kabag Pemdes) Setda Gowa, Budi Santoso, Sabtu.",
                "Kepala Bagian Pemerintah Desa Kabupaten Gowa",
            ),
            (
                "Hal itu disampaikan Kepala Bagian Hubungan Masyarakat (Kabag Humas) Setda Gowa, Budi Santoso, Sabtu.",
                "Kepala Bagian Hubungan Masyarakat Kabupaten Gowa",
            ),
        ] {
            let holds = labelled_holds_of(text);
            assert_eq!(holds.len(), 1, "{text}: {holds:?}");
            assert_eq!(holds[0].0, "Budi Santoso");
            assert_eq!(holds[0].2, label);
        }
    }

    #[test]
    fn a_secretarys_title_after_another_title_names_the_secretariat() {
        let holds = labelled_holds_of(
            "Bupati Gowa melalui Asisten Perekonomian dan Pembangunan Sekdakab Gowa, Ir. Budi Santoso, M.M membuka acara.",
        );
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(holds[0].0, "Budi Santoso");
        assert_eq!(
            holds[0].2,
            "Asisten Perekonomian dan Pembangunan Kabupaten Gowa"
        );
        // Alone, it is the secretary.
        let holds = labelled_holds_of("Sekdakab Gowa, Budi Santoso, membuka acara.");
        assert_eq!(holds[0].1, "Sekretaris Daerah", "{holds:?}");
    }

    #[test]
    fn a_body_set_off_by_commas_still_qualifies_the_title() {
        let holds = labelled_holds_of(
            "\"Laporan naik,\" ungkap Kepala Keasistenan Pemeriksaan, Ombudsman Perwakilan Gowa, Budi Santoso, Rabu.",
        );
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert!(holds[0].2.contains("Ombudsman"), "{holds:?}");
        let holds = labelled_holds_of(
            "Kepala Sub Bidang Mutasi, Badan Kepegawaian Daerah, Gowa, Budi Santoso mengatakan, laporan naik.",
        );
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert!(
            holds[0]
                .2
                .ends_with("Badan Kepegawaian Daerah Kabupaten Gowa"),
            "{holds:?}"
        );
    }

    #[test]
    fn a_regents_region_is_the_regency_not_the_city_of_its_name() {
        let holds = labelled_holds_of("Bupati Malang Rendra Kresna membuka acara.");
        assert_eq!(holds[0].2, "Bupati Malang", "{holds:?}");
        let context = ArticleContext::new(
            &test_article("Berita", "Pj Bupati Madiun Budi Santoso membuka acara."),
            Gazetteer::get(),
        );
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.offices[0].jurisdiction.as_deref(), Some("35.19"));
        // A mayor keeps the city.
        let holds = labelled_holds_of("Wali Kota Malang Sutiaji membuka acara.");
        assert_eq!(holds[0].2, "Wali Kota Malang", "{holds:?}");
    }

    #[test]
    fn an_acting_marker_written_out_and_an_assistants_field_are_kept() {
        let holds = labelled_holds_of("Pelaksana Tugas Bupati Gowa Budi Santoso membuka acara.");
        assert_eq!(holds[0].1, "Pelaksana Tugas Bupati", "{holds:?}");
        let holds = labelled_holds_of("Pelaksana Harian Sekda Gowa Budi Santoso membuka acara.");
        assert_eq!(
            holds[0].1, "Pelaksana Harian Sekretaris Daerah",
            "{holds:?}"
        );
        let holds = labelled_holds_of(
            "Asisten Administrasi dan Pembangunan, Budi Santoso, SP, membuka acara.",
        );
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(
            holds[0].1, "Asisten Administrasi dan Pembangunan",
            "{holds:?}"
        );
    }

    #[test]
    fn a_name_opened_by_al_and_set_off_by_commas_before_sebagai_holds_both_offices() {
        let holds = labelled_holds_of(
            "Mendagri menunjuk Sekretaris Daerah Gowa, Al Muktabar, sebagai penjabat Gubernur Sulawesi Selatan.",
        );
        let has = |role: &str| {
            holds
                .iter()
                .any(|(p, r, _)| p == "Al Muktabar" && r == role)
        };
        assert!(has("Sekretaris Daerah"), "{holds:?}");
        assert!(has("Penjabat Gubernur"), "{holds:?}");
    }

    #[test]
    fn a_prisons_class_and_seat_belong_to_its_body() {
        let holds = labelled_holds_of(
            "Kepala Lapas Kelas IIA Gowa, Budi Santoso mengatakan, tahanan aman.",
        );
        assert_eq!(holds[0].0, "Budi Santoso", "{holds:?}");
        assert_eq!(
            holds[0].2, "Kepala Lembaga Pemasyarakatan Kabupaten Gowa",
            "{holds:?}"
        );
    }

    #[test]
    fn menjabat_sebagai_gives_the_title_unless_it_was_held_before() {
        let holds = labelled_holds_of("Budi Santoso kini menjabat sebagai Sekwan DPRD Gowa.");
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(
            holds[0].2,
            "Sekretaris Dewan Perwakilan Rakyat Daerah Kabupaten Gowa"
        );
        assert!(labelled_holds_of(
            "Budi Santoso pernah menjabat sebagai Kepala Dinas Pendidikan Gowa."
        )
        .is_empty());
    }

    #[test]
    fn an_agency_named_by_glued_syllables_is_the_titles_body() {
        let holds = labelled_holds_of("Bupati menunjuk Plt Kepala Disnakerprin Budi Santoso.");
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(holds[0].0, "Budi Santoso");
        assert_eq!(
            holds[0].2,
            "Pelaksana Tugas Kepala Dinas Tenaga Kerja dan Perindustrian"
        );
    }

    #[test]
    fn a_candidacy_is_no_office_held() {
        assert!(labelled_holds_of("Calon Bupati Gowa Budi Santoso berkampanye.").is_empty());
        assert!(labelled_holds_of(
            "KPU menetapkan pasangan bakal calon bupati dan wakil bupati, Budi Santoso dan Andi Rahman."
        )
        .is_empty());
        let holds = labelled_holds_of("Pelaksana tugas Bupati Gowa Budi Santoso hadir.");
        assert_eq!(holds[0].1, "Pelaksana Tugas Bupati", "{holds:?}");
    }

    #[test]
    fn yaitu_between_a_title_and_a_name_names_the_holder() {
        let holds = labelled_holds_of("Warga mengenal Sekda Gowa baru yaitu Budi Santoso.");
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(holds[0].0, "Budi Santoso");
    }

    #[test]
    fn a_rank_that_is_also_a_title_is_the_holders_rank_after_an_office() {
        let holds =
            labelled_holds_of("Kapolda Sulawesi Selatan Irjen Pol. Budi Santoso membuka acara.");
        assert_eq!(holds.len(), 1, "{holds:?}");
        assert_eq!(holds[0].0, "Budi Santoso");
        assert_eq!(holds[0].1, "Kepala Kepolisian Daerah");
        // Opening a phrase, it is the title.
        let holds = labelled_holds_of("Irjen Kemendagri Budi Santoso membuka acara.");
        assert_eq!(holds[0].1, "Inspektur Jenderal", "{holds:?}");
    }

    #[test]
    fn names_listed_before_sebagai_all_hold_the_office() {
        let holds = holds_of(
            "Rapat dipimpin Andi Rahman (AR) selaku Ketua DPRD Gowa, Budi Santoso dan Rina Wati serta Joko Susilo selaku Wakil Ketua DPRD Gowa.",
        );
        let has = |name: &str, role: &str| holds.iter().any(|(p, r)| p == name && r == role);
        assert!(has("Andi Rahman", "Ketua"), "{holds:?}");
        assert!(has("Rina Wati", "Wakil Ketua"), "{holds:?}");
        assert!(has("Joko Susilo", "Wakil Ketua"), "{holds:?}");
        assert!(!has("Budi Santoso", "Ketua"), "{holds:?}");
    }

    #[test]
    fn a_bare_title_takes_the_body_of_the_holders_other_office() {
        let holds = labelled_holds_of(
            "Sidang dipimpin anggota DKPP Rina Wati sebagai ketua majelis pada Senin.",
        );
        let chair = holds.iter().find(|(_, role, _)| role == "Ketua Majelis");
        let (person, _, label) = chair.expect("the panel chair");
        assert_eq!(person, "Rina Wati");
        assert_eq!(
            label,
            "Ketua Majelis Dewan Kehormatan Penyelenggara Pemilihan Umum"
        );
        // Held by no one else in the sentence, a bare title stays bare.
        let holds = labelled_holds_of("Sidang dipimpin Rina Wati sebagai ketua majelis.");
        assert_eq!(holds[0].2, "Ketua Majelis", "{holds:?}");
    }

    #[test]
    fn a_body_named_with_a_district_of_its_regencys_name_serves_the_regency() {
        let holds = labelled_holds_of(
            "Kades dari Desa Tambak, Kecamatan Indramayu ditahan. Kepala Kejari Indramayu, Abdillah, membenarkan.",
        );
        let labels: Vec<&str> = holds.iter().map(|(_, _, label)| label.as_str()).collect();
        assert_eq!(
            labels,
            ["Kepala Kejaksaan Negeri Kabupaten Indramayu"],
            "{holds:?}"
        );
    }

    #[test]
    fn in_a_list_of_titles_and_names_each_name_holds_the_title_before_it() {
        let holds = labelled_holds_of(
            "Rapat dihadiri Bupati Gowa, Adnan Purichta, Wabup Gowa Abdul Rauf, Kepala Dinas Pendidikan Gowa, Budi Santoso, Pj. Sekda; Moh. Sidik, dan undangan.",
        );
        let has = |name: &str, role: &str| holds.iter().any(|(p, r, _)| p == name && r == role);
        assert!(has("Adnan Purichta", "Bupati"), "{holds:?}");
        assert!(has("Abdul Rauf", "Wakil Bupati"), "{holds:?}");
        assert!(has("Budi Santoso", "Kepala"), "{holds:?}");
        assert!(!has("Adnan Purichta", "Wakil Bupati"), "{holds:?}");
        assert!(!has("Abdul Rauf", "Kepala"), "{holds:?}");
        assert!(
            !has("Budi Santoso", "Penjabat Sekretaris Daerah"),
            "{holds:?}"
        );
        // Dictionary words as a name after the phrase and its comma.
        let holds =
            labelled_holds_of("Rapat dipimpin Ketua DPRD Gowa, Tatang Kirana (PDIP), kemarin.");
        assert_eq!(holds[0].0, "Tatang Kirana", "{holds:?}");
        // A single dictionary word after a comma continues the title instead.
        assert!(
            labelled_holds_of("Kepala Dinas Pendidikan, Pemuda dan Olahraga hadir.").is_empty()
        );
    }

    #[test]
    fn a_body_spelled_out_before_its_acronym_and_a_force_after_a_rank() {
        let holds = labelled_holds_of(
            "Kepala Pelaksana Badan Penanggulangan Bencana (BPBD) Kabupaten Gowa, Akhmad Suryadi, mengatakan banjir surut.",
        );
        assert_eq!(
            holds,
            [(
                "Akhmad Suryadi".to_string(),
                "Kepala Pelaksana".to_string(),
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Gowa".to_string()
            )]
        );
        let holds = labelled_holds_of("Kepala BNPB Letjen TNI Suharyanto mengimbau warga.");
        assert_eq!(holds[0].0, "Suharyanto", "{holds:?}");
    }

    #[test]
    fn a_name_right_before_menjadi_takes_the_title_after_it() {
        let holds = labelled_holds_of(
            "Yang dikukuhkan yakni Kadisdikbud Gowa Sulpakar menjadi Pjs bupati Maros.",
        );
        let has = |name: &str, label: &str| holds.iter().any(|(p, _, l)| p == name && l == label);
        assert!(
            has(
                "Sulpakar",
                "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Gowa"
            ),
            "{holds:?}"
        );
        assert!(
            has("Sulpakar", "Penjabat Sementara Bupati Maros"),
            "{holds:?}"
        );
        // Only a name right before it: a candidacy is no office.
        assert!(
            labelled_holds_of("Budi Santoso mencalonkan diri menjadi Bupati Maros.").is_empty()
        );
    }

    #[test]
    fn a_ministers_title_names_the_ministry_once() {
        let holds = labelled_holds_of(
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Syafruddin menegaskan hal itu.",
        );
        assert_eq!(
            holds[0].2, "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "{holds:?}"
        );
    }

    #[test]
    fn a_body_marked_national_serves_no_region() {
        let holds = labelled_holds_of(
            "Ketua Bawaslu Agam, Elvys, hadir. Sebelumnya Ketua Bawaslu RI, Abhan, mengatakan hal itu.",
        );
        let label_of = |name: &str| {
            holds
                .iter()
                .find(|(p, _, _)| p == name)
                .map(|(_, _, label)| label.clone())
        };
        assert_eq!(
            label_of("Elvys").as_deref(),
            Some("Ketua Badan Pengawas Pemilihan Umum Kabupaten Agam")
        );
        assert_eq!(
            label_of("Abhan").as_deref(),
            Some("Ketua Badan Pengawas Pemilihan Umum")
        );
    }

    #[test]
    fn the_words_after_a_village_heads_title_name_the_village() {
        // The village alone: no holder.
        for sentence in [
            "Kejari menahan Kepala Desa (Kades) Tlogotuwung karena korupsi.",
            "Kejari menahan Kades Tanjung Garbus II, Kecamatan Pagar Merbau.",
        ] {
            assert!(holds_of(sentence).is_empty(), "{sentence}");
        }
        // The holder after the village's name, or after a comma.
        assert_eq!(
            holds_of("Kades Sukamaju Budi Santoso hadir."),
            [("Budi Santoso".to_string(), "Kepala Desa".to_string())]
        );
        assert_eq!(
            holds_of("Lurah Karanganyar, Rina Wati, hadir."),
            [("Rina Wati".to_string(), "Lurah".to_string())]
        );
        // The village names the office.
        let holds = labelled_holds_of("Penyidik menahan Andika, Kepala Desa Sako, kemarin.");
        assert!(holds[0].2.starts_with("Kepala Desa Sako"), "{holds:?}");
        let holds = labelled_holds_of("Kades Sukamaju Budi Santoso hadir.");
        assert!(holds[0].2.starts_with("Kepala Desa Sukamaju"), "{holds:?}");
        // A name before the title still holds it.
        assert_eq!(
            holds_of("Penyidik menahan Andika, Kepala Desa Sako, kemarin."),
            [("Andika".to_string(), "Kepala Desa".to_string())]
        );
    }

    #[test]
    fn names_listed_after_yaitu_all_hold_the_office() {
        let holds = holds_of(
            "Sidang diikuti tiga anggota DKPP, yaitu Dr. Rina Wati, Prof. Budi Santoso, dan Joko Susilo.",
        );
        let names: Vec<&str> = holds.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            ["Rina Wati", "Budi Santoso", "Joko Susilo"],
            "{holds:?}"
        );
        assert!(holds.iter().all(|(_, role)| role == "Anggota"));
    }

    #[test]
    fn a_title_after_a_building_word_is_a_place() {
        assert!(phrase_and_holder("Warga berkumpul di Kantor Bupati Gowa sejak pagi.").is_none());
    }

    #[test]
    fn the_holders_pass_names_the_office_with_its_region() {
        let context = context(
            "Sekda Gowa Andi Rahman membuka acara. Andi Rahman juga Sekda Gowa sejak lama.",
        );
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.persons.len(), 1);
        assert_eq!(facts.persons[0].name, "Andi Rahman");
        assert_eq!(
            facts.offices.len(),
            1,
            "one office however often it is named"
        );
        let office = &facts.offices[0];
        assert_eq!(office.role_name, "Sekretaris Daerah");
        assert_eq!(office.label, "Sekretaris Daerah Kabupaten Gowa");
        assert_eq!(office.surface, "Sekda Gowa");
        assert_eq!(facts.holds.len(), 1, "one holds fact per person and office");
        assert_eq!(facts.holds[0].evidence.rule, Rule::TitleName);
        assert_eq!(
            facts.holds[0].evidence.confidence,
            Rule::TitleName.confidence()
        );
    }

    #[test]
    fn an_untitled_regional_office_takes_the_articles_region() {
        let context = context(
            "Bupati Gowa meresmikan pasar di Gowa. Kepala Dinas Pendidikan Budi Santoso mendampingi.",
        );
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        let office = facts
            .offices
            .iter()
            .find(|office| office.role_name.starts_with("Kepala"))
            .expect("the head of the education office");
        assert_eq!(office.jurisdiction.as_deref(), Some("73.06"), "Gowa");
    }

    #[test]
    fn a_former_office_names_the_person_but_no_office() {
        let context = context("Mantan Sekda Gowa Budi Santoso hadir.");
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.persons[0].name, "Budi Santoso");
        assert!(facts.offices.is_empty() && facts.holds.is_empty());
    }

    /// The holds facts of `body` as (person, role, label) triples.
    fn labelled_holds_of(body: &str) -> Vec<(String, String, String)> {
        let context = context(body);
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        facts
            .holds
            .iter()
            .map(|fact| {
                let office = &facts.offices[fact.office.index()];
                (
                    facts.persons[fact.person.index()].name.clone(),
                    office.role_name.clone(),
                    office.label.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_title_in_parentheses_after_a_name_is_the_names_office() {
        let holds = holds_of(
            "Tersangka yaitu Darmawan (Kadis Pertanian Pemkab Gowa), Rusdi Hamid (Sekretaris KPU Gowa) dan Yanto (mantan Camat Bontonompo).",
        );
        let has = |name: &str, role: &str| holds.iter().any(|(p, r)| p == name && r == role);
        assert!(has("Darmawan", "Kepala Dinas Pertanian"), "{holds:?}");
        assert!(has("Rusdi Hamid", "Sekretaris"), "{holds:?}");
        assert!(
            holds.iter().all(|(p, _)| p != "Yanto"),
            "a past office gives no fact: {holds:?}"
        );
    }

    #[test]
    fn the_deputy_named_after_a_holder_holds_the_deputy_office() {
        let holds = labelled_holds_of(
            "Presiden melantik Gubernur Jambi, Zulkarnain Akbar dan wakilnya Fahmi Rosyid.",
        );
        assert!(
            holds
                .iter()
                .any(|(p, _, label)| p == "Zulkarnain Akbar" && label == "Gubernur Jambi"),
            "{holds:?}"
        );
        assert!(
            holds.iter().any(|(p, role, label)| p == "Fahmi Rosyid"
                && role == "Wakil Gubernur"
                && label == "Wakil Gubernur Jambi"),
            "{holds:?}"
        );
    }

    #[test]
    fn the_subject_of_a_yang_clause_holds_its_title() {
        let cases = [
            (
                "Rahmat Hidayat, yang juga Ketua DPRD Gowa, hadir.",
                Some(("Rahmat Hidayat", "Ketua")),
            ),
            (
                "Suryanto yang sudah dua tahun menjabat sebagai Pj Bupati Gowa kini diganti.",
                Some(("Suryanto", "Penjabat Bupati")),
            ),
            // Someone else's title, a past one, or a committee's chair.
            (
                "Budi Santoso yang ditangkap oleh Kapolres Gowa diperiksa.",
                None,
            ),
            (
                "Irwan, yang kala itu masih menjabat Camat Bontonompo, hadir.",
                None,
            ),
            (
                "Bima Sakti, yang menjadi ketua panitia, menjelaskan acara.",
                None,
            ),
        ];
        for (sentence, expected) in cases {
            let holds = holds_of(sentence);
            let found = holds
                .iter()
                .find(|(p, _)| p != "Kapolres")
                .map(|(p, r)| (p.as_str(), r.as_str()));
            match expected {
                Some(expected) => assert_eq!(found, Some(expected), "{sentence}"),
                None => assert!(
                    holds
                        .iter()
                        .all(|(p, _)| p != "Budi Santoso" && p != "Irwan" && p != "Bima Sakti"),
                    "{sentence}: {holds:?}"
                ),
            }
        }
    }

    #[test]
    fn names_listed_after_a_shared_title_all_hold_it() {
        let holds = holds_of(
            "Rapat mendapat interupsi dari Anggota DPRD Gowa Joko Susilo dan Bambang Hartono.",
        );
        let names: Vec<&str> = holds.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(names, ["Joko Susilo", "Bambang Hartono"], "{holds:?}");
        // A head's title is not shared by the next name.
        let holds = holds_of("Acara dihadiri Ketua DPRD Gowa Joko Susilo dan Bambang Hartono.");
        let names: Vec<&str> = holds.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(names, ["Joko Susilo"], "{holds:?}");
    }

    #[test]
    fn a_region_the_gazetteer_lacks_is_no_holder() {
        let holds = holds_of(
            "\"Berkas lengkap,\" kata Kepala Seksi Penerangan Hukum Kejati Sulselbar, Halimuddin.",
        );
        assert_eq!(
            holds.first().map(|(p, _)| p.as_str()),
            Some("Halimuddin"),
            "{holds:?}"
        );
        let holds =
            holds_of("Penyidik Kejaksaan Negeri Kuatan Singingi, Riau menahan Andika kemarin.");
        assert!(holds.is_empty(), "{holds:?}");
    }

    #[test]
    fn an_office_ending_in_its_body_vouches_for_a_dictionary_word_name() {
        let holds = holds_of("\"Proses jalan terus,\" kata Kepala Seksi Pidana Khusus (Pidsus) Kejaksaan Negeri Jember Asih di Jember, Kamis.");
        assert_eq!(
            holds.first().map(|(p, _)| p.as_str()),
            Some("Asih"),
            "{holds:?}"
        );
    }

    #[test]
    fn the_one_appointed_holds_the_title_never_the_one_replaced() {
        let holds = labelled_holds_of(
            "Darius Lekatompessy Kepala Dinas Pariwisata Maluku ditunjuk Mendagri sebagai Pj Bupati Buru. Dan Samuel Tuhumury, Kadis PMD Maluku ditunjuk menggantikan Yusuf Salampessy sebagai Pj Bupati Buru Selatan. Rahmat Hidayat dan Andi Sakti dilantik menjadi anggota DPRD Maluku.",
        );
        let has = |name: &str, label: &str| holds.iter().any(|(p, _, l)| p == name && l == label);
        assert!(
            has("Darius Lekatompessy", "Penjabat Bupati Buru"),
            "{holds:?}"
        );
        assert!(
            has("Samuel Tuhumury", "Penjabat Bupati Buru Selatan"),
            "{holds:?}"
        );
        assert!(
            holds.iter().all(|(p, _, _)| p != "Yusuf Salampessy"),
            "the one replaced holds nothing: {holds:?}"
        );
        let members: Vec<&str> = holds
            .iter()
            .filter(|(_, role, _)| role == "Anggota")
            .map(|(p, _, _)| p.as_str())
            .collect();
        assert_eq!(members, ["Rahmat Hidayat", "Andi Sakti"], "{holds:?}");
        // Adverbs between the one appointed and the verb.
        let holds = labelled_holds_of(
            "Setelah seleksi ketat, Budi Santoso akhirnya resmi dilantik menjadi Sekretaris Daerah Kabupaten Gowa.",
        );
        assert_eq!(
            holds,
            [(
                "Budi Santoso".to_string(),
                "Sekretaris Daerah".to_string(),
                "Sekretaris Daerah Kabupaten Gowa".to_string()
            )]
        );
    }

    #[test]
    fn each_of_a_list_before_masing_masing_sebagai_holds_the_title() {
        let holds = holds_of(
            "DKPP menegur Paulus Rumere dan Markus Wanma masing-masing sebagai anggota KPU Kabupaten Supiori.",
        );
        let names: Vec<&str> = holds.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(names, ["Paulus Rumere", "Markus Wanma"], "{holds:?}");
    }

    #[test]
    fn a_title_joined_by_merangkap_takes_the_body_of_the_second() {
        let holds = labelled_holds_of(
            "Teradu Yosias Korwa selaku ketua merangkap anggota KPU Kabupaten Supiori diberhentikan.",
        );
        assert_eq!(
            holds.first().map(|(p, r, _)| (p.as_str(), r.as_str())),
            Some(("Yosias Korwa", "Ketua")),
            "{holds:?}"
        );
        assert!(holds[0].2.contains("Supiori"), "{holds:?}");
    }

    #[test]
    fn a_given_name_ends_the_words_of_a_title() {
        let holds =
            holds_of("Acara dihadiri Wakil Gubernur HM Salim Lasata dan Pimpinan DPRD Maluku.");
        assert_eq!(
            holds.first().map(|(p, r)| (p.as_str(), r.as_str())),
            Some(("Salim Lasata", "Wakil Gubernur")),
            "{holds:?}"
        );
    }

    #[test]
    fn the_office_surface_runs_to_the_closing_parenthesis() {
        let context = context("Saksi lain ialah Yanto Saputra (Camat Bontomarannu) dan Rudi.");
        let mut sink = Sink::new(&context);
        holders(&context, &mut sink);
        let facts = sink.into_facts();
        assert_eq!(facts.offices[0].surface, "Camat Bontomarannu");
    }

    #[test]
    fn a_region_written_with_a_compass_word_stands_before_the_holder() {
        let holds = labelled_holds_of(
            "Penahanan dilakukan Kajari Tanjab Timur Rahmad Surya Lubis kemarin.",
        );
        assert_eq!(
            holds.first().map(|(p, _, _)| p.as_str()),
            Some("Rahmad Surya Lubis"),
            "{holds:?}"
        );
        assert!(
            !holds[0].2.contains("Kejaksaan Negeri Kejaksaan Negeri"),
            "the body is named once: {holds:?}"
        );
    }

    #[test]
    fn a_units_number_and_seat_belong_to_the_office() {
        let holds = labelled_holds_of(
            "Komandan Kodim (Dandim) 1402/Polewali Mandar, Letkol Inf Marno Susanto, meminta anggotanya netral.",
        );
        assert_eq!(
            holds
                .first()
                .map(|(p, _, l)| (p.as_str(), l.contains("Polewali Mandar"))),
            Some(("Marno Susanto", true)),
            "{holds:?}"
        );
    }

    #[test]
    fn prosecutors_units_and_status_words_are_read() {
        let holds = labelled_holds_of(
            "Kajati Gorontalo Purwanto, melalui Asisten Pidana Khusus Wirawan mengatakan berkas lengkap. Penahanan Gubernur Jambi nonaktif Zainal Arifin diperpanjang.",
        );
        let has =
            |name: &str, label: &str| holds.iter().any(|(p, _, l)| p == name && l.contains(label));
        assert!(
            has("Wirawan", "Asisten Pidana Khusus Kejaksaan Tinggi"),
            "{holds:?}"
        );
        assert!(has("Zainal Arifin", "Gubernur Jambi"), "{holds:?}");
    }
}
