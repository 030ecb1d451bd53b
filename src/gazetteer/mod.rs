//! Gazetteers: every Indonesian region with its Kemendagri code, office
//! titles with their abbreviations, and government bodies with their
//! acronyms, and the official titles of well-known regulations, loaded once from the tables in `data/` and matched with
//! aho-corasick.
//!
//! The tables are compiled into the binary, so the tool works with no data
//! files beside it. [`Gazetteer::get`] returns the shared, lazily built
//! instance.

mod laws;
mod matching;
mod offices;
mod organizations;
mod regions;

pub use laws::KnownLaws;
pub use matching::{is_word_boundary, Match};
pub use offices::{OfficeTitle, Offices};
pub use organizations::{Level, Organization, Organizations};
pub use regions::{Region, RegionKind, Regions};

use std::sync::LazyLock;

/// All gazetteers together.
pub struct Gazetteer {
    /// Provinces, regencies, cities and districts.
    pub regions: Regions,
    /// Office titles.
    pub offices: Offices,
    /// Government bodies and other organisations.
    pub organizations: Organizations,
    /// Official titles of well-known regulations.
    pub laws: KnownLaws,
}

static SHARED: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer {
    regions: Regions::from_tables(
        include_str!("../../data/regions.tsv"),
        include_str!("../../data/region_aliases.tsv"),
    ),
    offices: Offices::from_table(include_str!("../../data/offices.tsv")),
    organizations: Organizations::from_table(include_str!("../../data/organizations.tsv")),
    laws: KnownLaws::from_table(include_str!("../../data/laws.tsv")),
});

impl Gazetteer {
    /// The shared gazetteer built from the tables compiled into the binary.
    pub fn get() -> &'static Gazetteer {
        &SHARED
    }
}
