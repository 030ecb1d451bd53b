//! Places from the gazetteer (regencies and cities with their districts)
//! and dates as news writes them.

use super::*;

/// Where an article happens.
pub struct Place {
    pub province: String,
    pub province_code: String,
    pub province_index: usize,
    /// Regency or city name ("Gowa").
    pub local: String,
    pub city: bool,
    pub local_index: usize,
    pub district: Option<String>,
    /// "Kecamatan", or "Distrik" in Papua.
    pub district_word: &'static str,
    pub timezone: &'static str,
}

impl Place {
    pub fn kind_word(&self) -> &'static str {
        if self.city {
            "Kota"
        } else {
            "Kabupaten"
        }
    }
    pub fn pem(&self) -> &'static str {
        if self.city {
            "Pemkot"
        } else {
            "Pemkab"
        }
    }
    pub fn pem_long(&self) -> &'static str {
        if self.city {
            "Pemerintah Kota (Pemkot)"
        } else {
            "Pemerintah Kabupaten (Pemkab)"
        }
    }
    pub fn head(&self) -> &'static str {
        if self.city {
            "Wali Kota"
        } else {
            "Bupati"
        }
    }
    /// "Kabupaten Gowa" or "Gowa".
    pub fn local_name(&self, rng: &mut Rng) -> String {
        if rng.chance(0.6) {
            format!("{} {}", self.kind_word(), self.local)
        } else {
            self.local.clone()
        }
    }
}

/// Regencies and cities with their districts, from the gazetteer.
pub struct Atlas {
    pub locals: Vec<(RegionId, Vec<RegionId>)>,
}

impl Atlas {
    pub fn build() -> Atlas {
        let regions = &Gazetteer::get().regions;
        let mut districts: Vec<Vec<RegionId>> = vec![Vec::new(); regions.len()];
        let mut locals = Vec::new();
        let clean = |name: &str| {
            name.chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
        };
        for index in regions.ids() {
            let region = regions.region(index);
            match region.kind {
                RegionKind::Regency | RegionKind::City => locals.push(index),
                RegionKind::District if clean(&region.name) => {
                    if let Some(parent) = region.parent {
                        districts[parent.0].push(index);
                    }
                }
                _ => {}
            }
        }
        let locals = locals
            .into_iter()
            .map(|index| (index, std::mem::take(&mut districts[index.0])))
            .collect();
        Atlas { locals }
    }

    pub fn place(&self, rng: &mut Rng) -> Place {
        let regions = &Gazetteer::get().regions;
        let (index, districts) = rng.pick(&self.locals);
        let local = regions.region(*index);
        let province_index = local.parent.expect("a regency has a province");
        let province = regions.region(province_index);
        let district =
            (!districts.is_empty()).then(|| regions.region(*rng.pick(districts)).name.clone());
        let code = province.code.as_str();
        let timezone = match code {
            "51" | "52" | "53" | "63" | "64" | "65" | "71" | "72" | "73" | "74" | "75" | "76" => {
                "WITA"
            }
            code if code.starts_with('8') || code.starts_with('9') => "WIT",
            _ => "WIB",
        };
        Place {
            province: province.name.clone(),
            province_code: province.code.clone(),
            province_index: province_index.0,
            local: local.name.clone(),
            city: local.kind == RegionKind::City,
            local_index: index.0,
            district,
            district_word: if code.starts_with('9') {
                "Distrik"
            } else {
                "Kecamatan"
            },
            timezone,
        }
    }
}

// ---------------------------------------------------------------- dates

pub const DAYS: &[&str] = &[
    "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
];
pub const MONTHS: &[&str] = &[
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

#[derive(Clone, Copy)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A day between June 2023 and November 2024.
    pub fn random(rng: &mut Rng) -> Date {
        let month_index = rng.below(18); // 0 = June 2023
        let (year, month) = if month_index < 7 {
            (2023, 6 + month_index as u32)
        } else {
            (2024, month_index as u32 - 6)
        };
        let day = rng.range(1, days_in_month(year, month));
        Date { year, month, day }
    }
    /// 0 = Sunday (Sakamoto).
    pub fn weekday(self) -> usize {
        const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        ((y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day) % 7) as usize
    }
    pub fn plus_days(self, days: u32) -> Date {
        let mut date = self;
        for _ in 0..days {
            date.day += 1;
            if date.day > days_in_month(date.year, date.month) {
                date.day = 1;
                date.month += 1;
                if date.month > 12 {
                    date.month = 1;
                    date.year += 1;
                }
            }
        }
        date
    }
    pub fn minus_days(self, days: u32) -> Date {
        let mut date = self;
        for _ in 0..days {
            if date.day > 1 {
                date.day -= 1;
            } else {
                if date.month > 1 {
                    date.month -= 1;
                } else {
                    date.month = 12;
                    date.year -= 1;
                }
                date.day = days_in_month(date.year, date.month);
            }
        }
        date
    }
    /// "Selasa (12/9/2023)" or "Selasa, 12 September 2023".
    pub fn in_text(self, rng: &mut Rng) -> String {
        let day_name = DAYS[self.weekday()];
        if rng.chance(0.8) {
            format!("{day_name} ({}/{}/{})", self.day, self.month, self.year)
        } else {
            format!(
                "{day_name}, {} {} {}",
                self.day,
                MONTHS[self.month as usize - 1],
                self.year
            )
        }
    }
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
    pub fn before(self, year: u32, month: u32, day: u32) -> bool {
        (self.year, self.month, self.day) < (year, month, day)
    }
}
