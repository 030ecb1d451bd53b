//! The region gazetteer: Indonesia, its provinces, regencies, cities and
//! districts with Kemendagri codes and parents, plus the short forms news
//! uses (Kaltim, Kukar, Kepri ...).

use super::matching::{find_accepted, is_word_boundary, looks_proper, Match};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// The level of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionKind {
    /// Indonesia.
    Country,
    /// Provinsi.
    Province,
    /// Kabupaten.
    Regency,
    /// Kota.
    City,
    /// Kecamatan.
    District,
}

impl RegionKind {
    fn parse(text: &str) -> Option<RegionKind> {
        Some(match text {
            "country" => RegionKind::Country,
            "province" => RegionKind::Province,
            "regency" => RegionKind::Regency,
            "city" => RegionKind::City,
            "district" => RegionKind::District,
            _ => return None,
        })
    }

    /// Depth in the region tree: country 0, province 1, regency/city 2, district 3.
    pub fn depth(self) -> u8 {
        match self {
            RegionKind::Country => 0,
            RegionKind::Province => 1,
            RegionKind::Regency | RegionKind::City => 2,
            RegionKind::District => 3,
        }
    }

    /// The word written before the name in a formal title ("Kabupaten").
    pub fn prefix(self) -> &'static str {
        match self {
            RegionKind::Country => "",
            RegionKind::Province => "Provinsi",
            RegionKind::Regency => "Kabupaten",
            RegionKind::City => "Kota",
            RegionKind::District => "Kecamatan",
        }
    }
}

/// The position of a region in the gazetteer. It is no article's hit:
/// an article's hits point to regions by their `RegionId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct RegionId(pub usize);

/// One region of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Kemendagri code ("64.02"), or "ID" for Indonesia.
    pub code: String,
    /// Its level.
    pub kind: RegionKind,
    /// Its name without the level word ("Kutai Kartanegara").
    pub name: String,
    /// The parent region.
    pub parent: Option<RegionId>,
    /// Short forms and variants ("Kukar").
    pub aliases: Vec<String>,
}

impl Region {
    /// The formal name with its level word ("Kabupaten Kutai Kartanegara",
    /// "Provinsi Kalimantan Timur"); the country is written bare.
    pub fn formal_name(&self) -> String {
        match self.kind {
            RegionKind::Country => self.name.clone(),
            _ => format!("{} {}", self.kind.prefix(), self.name),
        }
    }
}

/// How a form names its regions.
#[derive(Debug, Clone)]
struct Form {
    /// Candidate regions, best first.
    regions: Vec<usize>,
    /// The form carried an explicit level word ("Kabupaten Bogor").
    explicit_level: bool,
    /// The form is a bare district name (needs context to be trusted).
    bare_district: bool,
}

/// The region gazetteer with its matcher.
pub struct Regions {
    regions: Vec<Region>,
    by_code: HashMap<String, usize>,
    forms: Vec<Form>,
    matcher: AhoCorasick,
}

impl Regions {
    /// Build from `regions.tsv` (code, kind, name, parent) and
    /// `region_aliases.tsv` (alias, code). Panics on a malformed table: the
    /// tables are compiled in and checked by tests.
    pub fn from_tables(regions_tsv: &str, aliases_tsv: &str) -> Regions {
        let mut regions = Vec::new();
        let mut by_code = HashMap::new();
        let mut parents = Vec::new();
        for line in regions_tsv
            .lines()
            .skip(1)
            .filter(|line| !line.trim().is_empty())
        {
            let fields: Vec<&str> = line.split('\t').collect();
            let kind = RegionKind::parse(fields[1]).expect("regions.tsv: unknown kind");
            by_code.insert(fields[0].to_string(), regions.len());
            parents.push(fields.get(3).copied().unwrap_or("").to_string());
            regions.push(Region {
                code: fields[0].to_string(),
                kind,
                name: fields[2].to_string(),
                parent: None,
                aliases: Vec::new(),
            });
        }
        for (index, parent) in parents.iter().enumerate() {
            regions[index].parent = by_code.get(parent).copied().map(RegionId);
        }
        for line in aliases_tsv
            .lines()
            .skip(1)
            .filter(|line| !line.trim().is_empty())
        {
            let (alias, code) = line
                .split_once('\t')
                .expect("region_aliases.tsv: two columns");
            let index = by_code[code.trim()];
            regions[index].aliases.push(alias.trim().to_string());
        }

        // Every written form, lower-cased, to its candidate regions.
        let mut form_index: HashMap<String, Form> = HashMap::new();
        let mut add = |form: String, region: usize, explicit_level: bool, bare_district: bool| {
            let entry = form_index.entry(form.to_lowercase()).or_insert(Form {
                regions: Vec::new(),
                explicit_level,
                bare_district,
            });
            if !entry.regions.contains(&region) {
                entry.regions.push(region);
            }
            entry.bare_district &= bare_district;
            entry.explicit_level &= explicit_level;
        };
        for (index, region) in regions.iter().enumerate() {
            let bare_district = region.kind == RegionKind::District;
            add(region.name.clone(), index, false, bare_district);
            let prefixes: &[&str] = match region.kind {
                RegionKind::Country => &["Negara", "Republik"],
                RegionKind::Province => &["Provinsi", "Prov.", "Prov"],
                RegionKind::Regency => {
                    &["Kabupaten", "Kab.", "Kab", "Pemkab", "Pemerintah Kabupaten"]
                }
                RegionKind::City => &["Kota", "Pemkot", "Pemerintah Kota", "Kota Administrasi"],
                RegionKind::District => &["Kecamatan", "Kec.", "Kec"],
            };
            for prefix in prefixes {
                add(format!("{prefix} {}", region.name), index, true, false);
            }
            if region.kind == RegionKind::Province {
                for prefix in ["Pemprov", "Pemerintah Provinsi"] {
                    add(format!("{prefix} {}", region.name), index, true, false);
                }
            }
            for alias in &region.aliases {
                add(alias.clone(), index, false, false);
                if region.kind == RegionKind::Province {
                    add(format!("Pemprov {alias}"), index, true, false);
                    add(format!("Provinsi {alias}"), index, true, false);
                }
                if region.kind == RegionKind::Regency {
                    add(format!("Pemkab {alias}"), index, true, false);
                    add(format!("Kabupaten {alias}"), index, true, false);
                }
                if region.kind == RegionKind::City {
                    add(format!("Pemkot {alias}"), index, true, false);
                    add(format!("Kota {alias}"), index, true, false);
                }
            }
        }
        // Best candidate first: higher levels before districts, cities before
        // regencies of the same name (news writes "Bogor" for the city).
        for form in form_index.values_mut() {
            form.regions.sort_by_key(|&index| {
                let kind = regions[index].kind;
                let rank = match kind {
                    RegionKind::Country => 0,
                    RegionKind::Province => 1,
                    RegionKind::City => 2,
                    RegionKind::Regency => 3,
                    RegionKind::District => 4,
                };
                (rank, regions[index].code.clone())
            });
        }
        let mut entries: Vec<(String, Form)> = form_index.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|(form, _)| form.as_str()))
            .expect("region matcher builds");
        let forms = entries.into_iter().map(|(_, form)| form).collect();
        Regions {
            regions,
            by_code,
            forms,
            matcher,
        }
    }

    /// The region `id`.
    pub fn region(&self, id: RegionId) -> &Region {
        &self.regions[id.0]
    }

    /// The region with Kemendagri code `code`.
    pub fn by_code(&self, code: &str) -> Option<RegionId> {
        self.by_code.get(code).copied().map(RegionId)
    }

    /// The region with Kemendagri code `code`.
    pub fn get(&self, code: &str) -> Option<&Region> {
        self.by_code(code).map(|id| self.region(id))
    }

    /// Number of regions.
    pub fn len(&self) -> usize {
        self.regions.len()
    }

    /// Whether the gazetteer is empty.
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// Every region id, in table order.
    pub fn ids(&self) -> impl Iterator<Item = RegionId> {
        (0..self.regions.len()).map(RegionId)
    }

    /// `id` and its ancestors, most specific first, Indonesia last.
    pub fn lineage(&self, id: RegionId) -> Vec<RegionId> {
        let mut chain = vec![id];
        let mut current = id;
        while let Some(parent) = self.region(current).parent {
            chain.push(parent);
            current = parent;
        }
        chain
    }

    /// Whether `ancestor` is `id` or one of its ancestors.
    pub fn is_within(&self, id: RegionId, ancestor: RegionId) -> bool {
        self.lineage(id).contains(&ancestor)
    }

    /// The ancestor of `id` (or itself) at the given kind's depth.
    pub fn ancestor_at(&self, id: RegionId, kind: RegionKind) -> Option<RegionId> {
        self.lineage(id)
            .into_iter()
            .find(|&candidate| self.region(candidate).kind.depth() == kind.depth())
    }

    /// The region of the same name as `id`, in the same province, whose
    /// kind is one of `kinds` ("Kabupaten Malang" for "Kota Malang" when a
    /// regent's title names it).
    pub fn namesake_at(&self, id: RegionId, kinds: &[RegionKind]) -> Option<RegionId> {
        let region = self.region(id);
        let province = self.ancestor_at(id, RegionKind::Province);
        self.find_candidates(&region.name)
            .into_iter()
            .find(|found| found.span.len() == region.name.len())?
            .value
            .into_iter()
            .find(|&other| {
                other != id
                    && kinds.contains(&self.region(other).kind)
                    && self.ancestor_at(other, RegionKind::Province) == province
            })
    }

    /// Every region form in `text` with all its candidates, best first.
    /// Forms must be whole words and look like proper nouns.
    pub fn find_candidates(&self, text: &str) -> Vec<Match<Vec<RegionId>>> {
        let accepted = find_accepted(&self.matcher, text, |hit| {
            let span = hit.start()..hit.end();
            if !is_word_boundary(text, &span) || !looks_proper_after_level(text, &span) {
                return false;
            }
            let form = &self.forms[hit.pattern().as_usize()];
            !form.bare_district || text[span].chars().next().is_some_and(char::is_uppercase)
        });
        accepted
            .into_iter()
            .map(|hit| Match {
                span: hit.start()..hit.end(),
                value: self.forms[hit.pattern().as_usize()]
                    .regions
                    .iter()
                    .copied()
                    .map(RegionId)
                    .collect(),
            })
            .collect()
    }

    /// Every region named in `text`, ambiguities resolved: a bare district
    /// name is kept only when one of its ancestors is named in the same
    /// text (or in `context`), and among same-named candidates the one
    /// inside a named region wins.
    pub fn find(&self, text: &str, context: &[RegionId]) -> Vec<Match<RegionId>> {
        let candidates = self.find_candidates(text);
        let mut named: Vec<RegionId> = context.to_vec();
        for candidate in &candidates {
            let form_regions = &candidate.value;
            if form_regions.len() == 1 && self.region(form_regions[0]).kind != RegionKind::District
            {
                named.push(form_regions[0]);
            }
        }
        let mut resolved = Vec::new();
        for candidate in candidates {
            // "Bupati Jayapura" is the regency, "Wali Kota Jayapura" the city.
            let hinted = level_hint(&text[..candidate.span.start]).and_then(|kind| {
                candidate
                    .value
                    .iter()
                    .copied()
                    .find(|&id| self.region(id).kind == kind)
            });
            if let Some(id) = hinted {
                named.push(id);
                resolved.push(Match {
                    span: candidate.span,
                    value: id,
                });
                continue;
            }
            if let Some(id) = self.choose(&candidate.value, &named, &text[candidate.span.clone()]) {
                named.push(id);
                resolved.push(Match {
                    span: candidate.span,
                    value: id,
                });
            }
        }
        resolved
    }

    /// Pick one region among same-named candidates given the regions named around.
    fn choose(
        &self,
        candidates: &[RegionId],
        named: &[RegionId],
        surface: &str,
    ) -> Option<RegionId> {
        let explicit_district = {
            let lower = surface.to_lowercase();
            lower.starts_with("kecamatan") || lower.starts_with("kec")
        };
        let supported = |index: RegionId| {
            let parent = self.region(index).parent;
            named
                .iter()
                .any(|&other| other != index && parent.is_some_and(|p| self.is_within(p, other)))
        };
        // A candidate inside a named region wins.
        if let Some(&index) = candidates
            .iter()
            .filter(|&&index| self.region(index).kind != RegionKind::Country)
            .find(|&&index| supported(index))
        {
            return Some(index);
        }
        let best = *candidates.first()?;
        if self.region(best).kind == RegionKind::District && !explicit_district {
            // A bare district name with no named ancestor is too ambiguous.
            return None;
        }
        Some(best)
    }
}

/// The level a region name written right after `before` must have: a
/// regent's title or a regency's government names a regency ("Bupati
/// Jayapura"), a mayor's or a city's a city ("Wali Kota Jayapura").
fn level_hint(before: &str) -> Option<RegionKind> {
    let mut words = before.split_whitespace().rev();
    let last = words.next()?.trim_end_matches('.').to_lowercase();
    match last.as_str() {
        "bupati" | "wabup" | "pemkab" | "cabup" | "cawabup" | "pilbup" | "sekdakab" => {
            Some(RegionKind::Regency)
        }
        "walikota" | "wawali" | "pemkot" | "pilwalkot" | "pilwali" | "sekdakot" => {
            Some(RegionKind::City)
        }
        "kota"
            if words
                .next()
                .is_some_and(|word| word.eq_ignore_ascii_case("wali")) =>
        {
            Some(RegionKind::City)
        }
        _ => None,
    }
}

/// Whether `text[span]` looks like a proper noun, a level word written in
/// lower case allowed before it ("kabupaten Kediri", "kota Bontang").
fn looks_proper_after_level(text: &str, span: &std::ops::Range<usize>) -> bool {
    if looks_proper(text, span) {
        return true;
    }
    let written = &text[span.clone()];
    let Some((first, rest)) = written.split_once(' ') else {
        return false;
    };
    matches!(first, "kabupaten" | "kota" | "provinsi" | "kecamatan")
        && looks_proper(text, &(span.end - rest.len()..span.end))
}

#[cfg(test)]
mod tests {
    use super::RegionKind;
    use crate::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<String> {
        let regions = &Gazetteer::get().regions;
        regions
            .find(text, &[])
            .into_iter()
            .map(|hit| regions.region(hit.value).name.clone())
            .collect()
    }

    #[test]
    fn regions_are_found_with_short_forms_and_context() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Sekda Kukar menghadiri acara di Tenggarong.",
                &["Kutai Kartanegara", "Tenggarong"],
            ),
            ("ASN Kaltim diminta netral.", &["Kalimantan Timur"]),
            (
                "Rakor digelar di Kepulauan Riau, Batam.",
                &["Kepulauan Riau", "Batam"],
            ),
            (
                "Peserta dari Sumatra Utara dan Sumatera Barat.",
                &["Sumatera Utara", "Sumatera Barat"],
            ),
            ("Kantor Gubernur di Tanjungpinang.", &["Tanjung Pinang"]),
            (
                "Acara di Kabupaten Bogor dan Kota Bogor.",
                &["Bogor", "Bogor"],
            ),
            ("Ia tinggal di Tenggarong.", &[]),
            ("keterangan tertulis di Jakarta, Selasa.", &["DKI Jakarta"]),
            ("rumah kota baru", &[]),
            // Jakarta's police region is no city of Metro.
            ("Polda Metro Jaya menahan tersangka.", &["DKI Jakarta"]),
            // Spellings writers use for Yogyakarta.
            (
                "Studi banding ke Jogyakarta dan Jogja.",
                &["Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(names(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_level_word_in_lower_case_still_names_the_level() {
        let regions = &Gazetteer::get().regions;
        let codes = |text: &str| -> Vec<String> {
            regions
                .find(text, &[])
                .into_iter()
                .map(|hit| regions.region(hit.value).code.clone())
                .collect()
        };
        // Kabupaten Kediri (35.06), not Kota Kediri (35.71).
        assert_eq!(codes("Kepala BKAD kabupaten Kediri hadir."), ["35.06"]);
        assert_eq!(codes("pegawai kota Kediri hadir."), ["35.71"]);
    }

    #[test]
    fn a_namesake_at_another_level_is_found_in_the_same_province() {
        let regions = &Gazetteer::get().regions;
        let city = regions.by_code("35.73").expect("Kota Malang");
        let regency = regions.namesake_at(city, &[RegionKind::Regency]);
        assert_eq!(
            regency.map(|id| regions.region(id).code.as_str()),
            Some("35.07")
        );
        let makassar = regions.by_code("73.71").expect("Makassar");
        assert_eq!(regions.namesake_at(makassar, &[RegionKind::Regency]), None);
    }

    #[test]
    fn a_regents_or_mayors_title_picks_the_level_of_a_shared_name() {
        let regions = &Gazetteer::get().regions;
        let kinds = |text: &str| -> Vec<RegionKind> {
            regions
                .find(text, &[])
                .into_iter()
                .map(|hit| regions.region(hit.value).kind)
                .collect()
        };
        assert_eq!(kinds("Debat calon Bupati Jayapura."), [RegionKind::Regency]);
        assert_eq!(kinds("Debat calon Wali Kota Jayapura."), [RegionKind::City]);
        assert_eq!(
            kinds("Pemkab Malang dan Pemkot Malang."),
            [RegionKind::Regency, RegionKind::City]
        );
    }

    #[test]
    fn lineage_reaches_indonesia() {
        let regions = &Gazetteer::get().regions;
        let tenggarong = regions.by_code("64.02.06").expect("Tenggarong");
        let chain: Vec<&str> = regions
            .lineage(tenggarong)
            .iter()
            .map(|&i| regions.region(i).code.as_str())
            .collect();
        assert_eq!(chain, ["64.02.06", "64.02", "64", "ID"]);
    }

    #[test]
    fn tables_are_consistent() {
        let regions = &Gazetteer::get().regions;
        assert!(regions.len() > 7000, "all districts are loaded");
        for id in regions.ids() {
            let region = regions.region(id);
            assert!(!region.name.is_empty());
            if region.code != "ID" {
                assert!(region.parent.is_some(), "{} has a parent", region.code);
            }
        }
    }
}
