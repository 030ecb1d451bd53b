//! Bodies: every body the article names becomes one fact per body and
//! region ("Bawaslu Kukar", "BKPSDM Gowa"), with the forms the article
//! writes it in. Bodies that stand for a region's government itself
//! ("Pemkab", "Setda") are not bodies of their own.

use super::article_context::ArticleContext;
use super::sink::Sink;
use super::tokens::{Item, ItemKind};
use crate::gazetteer::{Gazetteer, Level, RegionId};
use crate::model::{OrganizationFact, OrganizationId};
use std::collections::HashMap;

/// Whether gazetteer body `organization` stands for a region's government.
pub fn is_government(gazetteer: &Gazetteer, organization: usize) -> bool {
    gazetteer.organizations.get(organization).is_government()
}

/// The body hit at `items[index]` with the region written right after it
/// ("Bawaslu Kukar") and its surface form; `None` when the item is no body.
pub fn body_at(
    text: &str,
    items: &[Item],
    index: usize,
) -> Option<(usize, Option<RegionId>, String)> {
    let ItemKind::Organization(organization) = items[index].kind else {
        return None;
    };
    let next_region = match items.get(index + 1).map(|item| &item.kind) {
        Some(ItemKind::Region(region)) => Some(*region),
        _ => None,
    };
    Some((
        organization,
        next_region,
        items[index].text(text).to_string(),
    ))
}

/// Pass: every body the article names, with the region that follows it
/// ("Bawaslu Kukar") or the article's region for regional bodies.
pub fn organizations(context: &ArticleContext, sink: &mut Sink) {
    let mut found = Vec::new();
    for items in &context.sentence_items {
        for index in 0..items.len() {
            found.extend(body_at(context.text(), items, index));
        }
    }
    // A body that exists at every level ("Bawaslu") named without a
    // region is the one the article names with a region, when it names
    // exactly one; otherwise the national body.
    let mut regions_of: HashMap<usize, Vec<RegionId>> = HashMap::new();
    for (organization, region, _) in &found {
        if let Some(region) = region {
            let entry = regions_of.entry(*organization).or_default();
            if !entry.contains(region) {
                entry.push(*region);
            }
        }
    }
    for (organization, region, surface) in found {
        let region = region.or_else(|| match regions_of.get(&organization).map(Vec::as_slice) {
            Some([only]) => Some(*only),
            _ => None,
        });
        if is_government(context.gazetteer, organization) {
            continue;
        }
        add_organization(context, sink, organization, region, &surface);
    }
}

/// The article's index of gazetteer body `organization` in `region`,
/// adding it if new. A national body has no region; a regional one named
/// without a region serves the article's main region.
pub fn add_organization(
    context: &ArticleContext,
    sink: &mut Sink,
    organization: usize,
    region: Option<RegionId>,
    surface: &str,
) -> OrganizationId {
    let gazetteer = context.gazetteer;
    let entry = gazetteer.organizations.get(organization);
    let region = match entry.level {
        Level::National => None,
        Level::Regional | Level::Any => region.or(if entry.level == Level::Regional {
            context.primary_region
        } else {
            None
        }),
    };
    let region_code = region.map(|index| context.region_code(index));
    let key = (entry.key.clone(), region_code.clone());
    if let Some(&index) = sink.organization_keys.get(&key) {
        let forms = &mut sink.facts.organizations[index.index()].forms;
        if !forms.iter().any(|form| form == surface) {
            forms.push(surface.to_string());
        }
        return index;
    }
    let name = match region.map(|region| gazetteer.regions.region(region)) {
        // "Panitia Pengawas Pemilihan Umum Kecamatan" + "Tenayan Raya", not "Kecamatan Kecamatan …".
        Some(region) if entry.name.ends_with(region.kind.prefix()) => {
            format!("{} {}", entry.name, region.name)
        }
        Some(region) => format!("{} {}", entry.name, region.formal_name()),
        None => entry.name.clone(),
    };
    let mut forms = vec![surface.to_string()];
    if let (Some(acronym), Some(region)) = (entry.acronym(), region) {
        forms.push(format!(
            "{acronym} {}",
            gazetteer.regions.region(region).name
        ));
    } else if let Some(acronym) = entry.acronym() {
        forms.push(acronym.to_string());
    }
    forms.dedup();
    sink.facts.organizations.push(OrganizationFact {
        key: entry.key.clone(),
        name,
        forms,
        region: region_code,
    });
    let index = OrganizationId(sink.facts.organizations.len() - 1);
    sink.organization_keys.insert(key, index);
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_context::test_article;

    fn bodies(body: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        let context = ArticleContext::new(&test_article("Berita", body), Gazetteer::get());
        let mut sink = Sink::new(&context);
        organizations(&context, &mut sink);
        sink.into_facts()
            .organizations
            .into_iter()
            .map(|body| (body.name, body.region, body.forms))
            .collect()
    }

    #[test]
    fn a_body_named_with_and_without_its_region_is_one_body() {
        let found = bodies("Bawaslu Gowa menggelar rapat. Bawaslu juga mengundang warga.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("73.06"));
        assert!(
            found[0].2.contains(&"Bawaslu Gowa".to_string())
                || found[0].2.contains(&"Bawaslu".to_string())
        );
    }

    #[test]
    fn a_regions_government_is_not_a_body() {
        assert!(bodies("Pemkab Gowa menggelar rapat.").is_empty());
    }

    #[test]
    fn a_national_body_has_no_region() {
        let found = bodies("BKN mengirim surat ke Gowa.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Badan Kepegawaian Negara");
        assert_eq!(found[0].1, None);
    }
}
