//! What the whole article says about place and time: its main region (the
//! one regional bodies and untitled offices belong to) and its year.

use crate::gazetteer::{Match, RegionKind, Regions};
use std::collections::HashMap;

/// The region an article is mainly about: the regency or city named most
/// often (a district counts for its regency), else the province named most
/// often. Ties go to the region named first.
pub fn primary_region(regions: &Regions, hits: &[Match<usize>]) -> Option<usize> {
    let mut local: HashMap<usize, (usize, usize)> = HashMap::new();
    let mut provincial: HashMap<usize, (usize, usize)> = HashMap::new();
    for (order, hit) in hits.iter().enumerate() {
        let region = regions.region(hit.value);
        if region.kind.depth() >= 2 {
            if let Some(local_region) = regions.ancestor_at(hit.value, RegionKind::Regency) {
                let entry = local.entry(local_region).or_insert((0, order));
                entry.0 += 1;
            }
        }
        if region.kind.depth() >= 1 {
            if let Some(province) = regions.ancestor_at(hit.value, RegionKind::Province) {
                let entry = provincial.entry(province).or_insert((0, order));
                entry.0 += 1;
            }
        }
    }
    let best = |counts: &HashMap<usize, (usize, usize)>| {
        counts
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(&index, _)| index)
    };
    best(&local).or_else(|| best(&provincial))
}
