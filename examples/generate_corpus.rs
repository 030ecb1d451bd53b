//! Generate a synthetic corpus of Indonesian news articles as JSON Lines,
//! for benchmarking `beritagraf ingest`.
//!
//! ```text
//! cargo run --release --example generate_corpus -- --articles 10000 --seed 7 --output corpus.jsonl
//! ```
//!
//! Every article is one line `{"id","headline","body","url","date"}` in the
//! style of `examples/articles/`: datelines, officials named with their titles
//! before or after the name (honorifics and degrees sometimes), real regions
//! from the gazetteer, events with a place and a day, quotes, law citations in
//! several written forms, and boilerplate ("Baca juga:", "Editor:", related
//! headlines, sometimes a duplicated paragraph). Articles are 250–450 words.
//!
//! The output depends only on `--seed` and the article number (each article
//! has its own PRNG stream), and is written as it is generated.

use beritagraf::gazetteer::{Gazetteer, RegionId, RegionKind};
use clap::Parser;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Generate synthetic Indonesian news articles as JSON Lines.
#[derive(Debug, Parser)]
struct Args {
    /// Number of articles.
    #[arg(long, default_value_t = 1000)]
    articles: u64,
    /// PRNG seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file (`-` for standard output).
    #[arg(long, default_value = "-")]
    output: PathBuf,
}

// ---------------------------------------------------------------- PRNG

/// SplitMix64: tiny, fast, and good enough for text generation.
struct Rng(u64);

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(splitmix(seed))
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }
    /// Uniform in `low..=high`.
    fn range(&mut self, low: u32, high: u32) -> u32 {
        low + self.below((high - low + 1) as usize) as u32
    }
    fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------- names

/// A naming tradition: given names (male, female), second/family names
/// (male, female), prefixes (male, female) with the probability of one.
struct Tradition {
    male: &'static [&'static str],
    female: &'static [&'static str],
    family_male: &'static [&'static str],
    family_female: &'static [&'static str],
    prefix_male: &'static [&'static str],
    prefix_female: &'static [&'static str],
    prefix_chance: f64,
    /// Whether "H."/"Hj." (hajj) honorifics fit.
    hajj: bool,
}

const JAVANESE: Tradition = Tradition {
    male: &[
        "Budi", "Agus", "Joko", "Heru", "Bambang", "Eko", "Slamet", "Wahyu", "Setyo", "Hari",
        "Teguh", "Bayu", "Arif", "Sigit", "Rudi", "Yudi", "Haryo", "Gatot", "Dwi", "Tri",
    ],
    female: &[
        "Sri", "Endang", "Retno", "Wulan", "Suharti", "Rini", "Yuni", "Dewi", "Tutik", "Sulastri",
        "Wahyuni", "Indah",
    ],
    family_male: &[
        "Santoso",
        "Susanto",
        "Prasetyo",
        "Nugroho",
        "Wibowo",
        "Hartono",
        "Kurniawan",
        "Widodo",
        "Purwanto",
        "Sutrisno",
        "Wicaksono",
        "Setiawan",
        "Raharjo",
        "Utomo",
        "Sulistyo",
        "Handoko",
        "Suryono",
        "Prabowo",
    ],
    family_female: &[
        "Rahayu",
        "Lestari",
        "Wahyuningsih",
        "Handayani",
        "Astuti",
        "Suryani",
        "Pratiwi",
        "Kusumawati",
        "Rahmawati",
        "Setyowati",
    ],
    prefix_male: &["Muhammad"],
    prefix_female: &[],
    prefix_chance: 0.08,
    hajj: true,
};

const SUNDANESE: Tradition = Tradition {
    male: &[
        "Asep", "Dede", "Cecep", "Ujang", "Yayan", "Dadang", "Ade", "Aep", "Iwan", "Deden",
        "Engkos", "Jajang", "Yusuf", "Yudha",
    ],
    female: &[
        "Euis", "Iis", "Nining", "Neneng", "Ai", "Lilis", "Yeti", "Imas", "Rina", "Siti",
    ],
    family_male: &[
        "Supriatna",
        "Hidayat",
        "Permana",
        "Sukmana",
        "Ramdani",
        "Rukmana",
        "Kusnadi",
        "Suryana",
        "Saepudin",
        "Sudrajat",
        "Gunawan",
        "Nurjaman",
        "Mulyana",
        "Sobandi",
    ],
    family_female: &[
        "Nurlela",
        "Suryani",
        "Rosdiana",
        "Komalasari",
        "Maryati",
        "Nurhayati",
        "Kurniasih",
    ],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: true,
};

const BUGIS: Tradition = Tradition {
    male: &[
        "Syamsul",
        "Idris",
        "Amran",
        "Akbar",
        "Rusdi",
        "Ilham",
        "Asri",
        "Anwar",
        "Basri",
        "Jufri",
        "Arifuddin",
        "Nasrullah",
        "Hasanuddin",
        "Zainal",
        "Syahrir",
    ],
    female: &[
        "Sitti",
        "Asmawati",
        "Nurhayati",
        "Rosmiati",
        "Hasnah",
        "Megawati",
        "Suriani",
        "Nurlina",
    ],
    family_male: &[
        "Latif",
        "Rijal",
        "Bakri",
        "Yusran",
        "Rahman",
        "Tahir",
        "Said",
        "Mappiasse",
        "Pawellangi",
        "Pananrangi",
        "Mattalitti",
        "Syam",
        "Amir",
        "Baso",
        "Makkulau",
    ],
    family_female: &["Yusran", "Rahman", "Tahir", "Arifin", "Hamzah", "Rahmawati"],
    prefix_male: &["Andi", "Andi", "Muhammad", "Muh."],
    prefix_female: &["Andi"],
    prefix_chance: 0.4,
    hajj: true,
};

const BATAK: Tradition = Tradition {
    male: &[
        "Roy", "Hotman", "Togar", "Martua", "Binsar", "Parulian", "Sahat", "Juanda", "Benny",
        "Ramli", "Darwin", "Horas",
    ],
    female: &[
        "Rosmawati",
        "Nurhasanah",
        "Tiurma",
        "Lasma",
        "Rosmida",
        "Herlina",
        "Dameria",
    ],
    family_male: &[
        "Siregar",
        "Nasution",
        "Harahap",
        "Simanjuntak",
        "Sitompul",
        "Lubis",
        "Hutapea",
        "Panjaitan",
        "Sinaga",
        "Tampubolon",
        "Situmorang",
        "Pasaribu",
        "Hasibuan",
        "Sihombing",
        "Manurung",
    ],
    family_female: &[
        "Siregar",
        "Nasution",
        "Harahap",
        "Lubis",
        "Sinaga",
        "Pasaribu",
        "Hutagalung",
    ],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: true,
};

const MINANG: Tradition = Tradition {
    male: &[
        "Afrizal",
        "Zulkifli",
        "Nofrizal",
        "Rahmat",
        "Yulius",
        "Hendri",
        "Syafrizal",
        "Irwan",
        "Fadly",
        "Dasman",
        "Bima",
    ],
    female: &[
        "Yuliarti",
        "Desi",
        "Elfi",
        "Nofriyanti",
        "Yusnita",
        "Rahmi",
        "Mardiana",
    ],
    family_male: &[
        "Chaniago",
        "Piliang",
        "Tanjung",
        "Koto",
        "Sikumbang",
        "Syafri",
        "Syahputra",
        "Putra",
        "Ramadhan",
        "Sutan",
    ],
    family_female: &["Marlina", "Yanti", "Syafitri", "Chaniago", "Tanjung"],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: true,
};

const BALINESE: Tradition = Tradition {
    male: &[
        "Sudiarsa",
        "Suardana",
        "Artha",
        "Wirawan",
        "Sukadana",
        "Astawa",
        "Arimbawa",
        "Mahendra",
        "Suryawan",
        "Sumerta",
        "Budiarta",
        "Wiratmaja",
        "Arsana",
        "Kariasa",
    ],
    female: &[
        "Ariani",
        "Sinta",
        "Puspitasari",
        "Sukerti",
        "Widiastuti",
        "Ratna",
        "Sriani",
    ],
    family_male: &[
        "Putra", "Wiguna", "Adnyana", "Sanjaya", "Pratama", "Kusuma", "Negara",
    ],
    family_female: &[
        "Maharani", "Lestari", "Utami", "Suandewi", "Dewi", "Pratiwi",
    ],
    prefix_male: &[
        "I Wayan",
        "I Made",
        "I Nyoman",
        "I Ketut",
        "I Gusti Ngurah",
        "Ida Bagus",
        "Anak Agung Gede",
        "I Putu",
        "I Kadek",
    ],
    prefix_female: &[
        "Ni Putu",
        "Ni Made",
        "Ni Nyoman",
        "Ni Ketut",
        "Ni Luh",
        "Ida Ayu",
    ],
    prefix_chance: 0.95,
    hajj: false,
};

const ACEHNESE: Tradition = Tradition {
    male: &[
        "Fauzan",
        "Mirza",
        "Zulfikar",
        "Ridwan",
        "Nurdin",
        "Muchlis",
        "Hasballah",
        "Iskandar",
        "Munawar",
        "Fadhil",
        "Taufiq",
        "Khairul",
    ],
    female: &[
        "Rahmah",
        "Nurhayati",
        "Safrida",
        "Maulidar",
        "Fitriani",
        "Meutia",
    ],
    family_male: &[
        "Husaini", "Mahmud", "Fahlevi", "Abdullah", "Ibrahim", "Hasan", "Yusuf", "Ismail", "Daud",
        "Jamil", "Sulaiman",
    ],
    family_female: &["Abdullah", "Ibrahim", "Yusuf", "Hasan", "Zahara"],
    prefix_male: &["Teuku", "Tgk."],
    prefix_female: &["Cut"],
    prefix_chance: 0.25,
    hajj: true,
};

const MINAHASA: Tradition = Tradition {
    male: &[
        "Jeffry", "Stevanus", "Olly", "Frangky", "Denny", "Hendrik", "Royke", "Jemmy", "Ronald",
    ],
    female: &["Meiske", "Vonny", "Lientje", "Grace", "Jeane", "Novita"],
    family_male: &[
        "Mandagi",
        "Rumondor",
        "Wowor",
        "Lumowa",
        "Pangemanan",
        "Sondakh",
        "Kaunang",
        "Tumbelaka",
        "Lumentut",
        "Rompas",
        "Tangkudung",
        "Tumiwa",
    ],
    family_female: &["Mandagi", "Rumondor", "Wowor", "Kaunang", "Sondakh"],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: false,
};

const PAPUAN: Tradition = Tradition {
    male: &[
        "Yakobus",
        "Otniel",
        "Yulianus",
        "Marthen",
        "Yohanis",
        "Nataniel",
        "Ferdinand",
        "Alberth",
        "Herman",
        "Titus",
    ],
    female: &["Ruth", "Agustina", "Yuliana", "Mariana", "Selfina", "Naomi"],
    family_male: &[
        "Ohee", "Karubaba", "Wenda", "Rumbewas", "Mirino", "Kogoya", "Wanimbo", "Yoku", "Rumbiak",
        "Wayoi", "Tabuni", "Kambu", "Mandowen", "Waromi",
    ],
    family_female: &["Rumbewas", "Mirino", "Yoku", "Rumbiak", "Waromi", "Kambu"],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: false,
};

const NTT: Tradition = Tradition {
    male: &[
        "Alfonsus",
        "Fransiskus",
        "Yohanes",
        "Petrus",
        "Agustinus",
        "Dominikus",
        "Kornelis",
        "Stefanus",
        "Gabriel",
    ],
    female: &[
        "Maria",
        "Theresia",
        "Yasinta",
        "Margaretha",
        "Elisabeth",
        "Veronika",
    ],
    family_male: &[
        "Benu",
        "Mboeik",
        "Tefa",
        "Nope",
        "Tallo",
        "Lay",
        "Manafe",
        "Fanggidae",
        "Ndolu",
        "Pello",
        "Bria",
        "Seran",
        "Making",
        "Kleden",
    ],
    family_female: &["Benu", "Manafe", "Fanggidae", "Ndolu", "Seran", "Kleden"],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: false,
};

const CHINESE: Tradition = Tradition {
    male: &[
        "Hendra", "Steven", "Rudy", "Kevin", "Ferry", "Andreas", "Hengki",
    ],
    female: &["Lina", "Susan", "Melinda", "Lili", "Vivian"],
    family_male: &[
        "Wijaya", "Gunawan", "Halim", "Tanoto", "Kusuma", "Salim", "Tjandra", "Sutanto",
    ],
    family_female: &["Wijaya", "Gunawan", "Halim", "Kusuma", "Tjandra"],
    prefix_male: &[],
    prefix_female: &[],
    prefix_chance: 0.0,
    hajj: false,
};

const ARAB: Tradition = Tradition {
    male: &["Alwi", "Husein", "Umar", "Ali", "Salim", "Hamid", "Fadli"],
    female: &["Fatimah", "Aisyah", "Syarifah", "Nadia"],
    family_male: &[
        "Assegaf",
        "Alatas",
        "Al Habsyi",
        "Baswedan",
        "Shahab",
        "Bafadal",
        "Alaydrus",
        "Bahasyim",
    ],
    family_female: &["Assegaf", "Alatas", "Shahab", "Alaydrus"],
    prefix_male: &["Muhammad"],
    prefix_female: &[],
    prefix_chance: 0.15,
    hajj: true,
};

const MALAY: Tradition = Tradition {
    male: &[
        "Azwendi",
        "Effendi",
        "Nasrun",
        "Hamdani",
        "Syahrial",
        "Zulkarnain",
        "Mahyudin",
        "Syamsuar",
        "Edy",
    ],
    female: &["Zuraida", "Azizah", "Rosnani", "Zaitun", "Hasnah"],
    family_male: &[
        "Syafri",
        "Syahputra",
        "Effendi",
        "Hamzah",
        "Ramli",
        "Ismail",
        "Usman",
        "Zainal",
    ],
    family_female: &["Hamzah", "Ramli", "Ismail", "Usman", "Syafitri"],
    prefix_male: &["Tengku", "Raja", "Datuk"],
    prefix_female: &["Tengku", "Wan"],
    prefix_chance: 0.15,
    hajj: true,
};

const TRADITIONS: &[&Tradition] = &[
    &JAVANESE, &SUNDANESE, &BUGIS, &BATAK, &MINANG, &BALINESE, &ACEHNESE, &MINAHASA, &PAPUAN, &NTT,
    &CHINESE, &ARAB, &MALAY,
];

/// The tradition most officials of a province are named in.
fn local_tradition(province_code: &str) -> &'static Tradition {
    match province_code {
        "11" => &ACEHNESE,
        "12" => &BATAK,
        "13" => &MINANG,
        "14" | "21" | "61" | "15" => &MALAY,
        "32" | "36" => &SUNDANESE,
        "31" | "33" | "34" | "35" | "18" => &JAVANESE,
        "51" => &BALINESE,
        "53" => &NTT,
        "71" => &MINAHASA,
        "73" | "76" | "74" => &BUGIS,
        code if code.starts_with('9') || code.starts_with('8') => &PAPUAN,
        _ => &JAVANESE,
    }
}

/// A person: full name, how later sentences call them, and the name as
/// written at first mention (honorifics, degrees).
struct Person {
    full: String,
    short: String,
    female: bool,
    front: Vec<&'static str>,
    degrees: Vec<&'static str>,
}

const DEGREES: &[&str] = &[
    "S.Sos", "M.Si", "S.IP.", "M.AP", "S.H.", "M.H.", "S.E.", "M.M.", "S.Pd.", "S.STP", "M.Si.",
    "S.Kom.", "M.Kes", "S.T.", "M.Pd.", "S.Ag.", "M.A.",
];

impl Person {
    fn new(rng: &mut Rng, province_code: &str) -> Person {
        let tradition = if rng.chance(0.6) {
            local_tradition(province_code)
        } else {
            *rng.pick(TRADITIONS)
        };
        let female = rng.chance(0.3);
        let (given, family, prefixes) = if female {
            (
                tradition.female,
                tradition.family_female,
                tradition.prefix_female,
            )
        } else {
            (tradition.male, tradition.family_male, tradition.prefix_male)
        };
        let mut parts: Vec<&str> = Vec::new();
        if !prefixes.is_empty() && rng.chance(tradition.prefix_chance) {
            parts.push(*rng.pick(prefixes));
        }
        let first = *rng.pick(given);
        parts.push(first);
        // Sometimes a second given name (Javanese/Sundanese style "Dwi Wahyu").
        if rng.chance(0.15) {
            let second = *rng.pick(given);
            if second != first {
                parts.push(second);
            }
        }
        if rng.chance(0.85) {
            let last = *rng.pick(family);
            if last != first {
                parts.push(last);
            }
        }
        let full = parts.join(" ");
        let mut front = Vec::new();
        if rng.chance(0.12) {
            front.push(*rng.pick(&["Dr.", "Drs.", "Ir.", "Prof. Dr."]));
        }
        if tradition.hajj && rng.chance(0.2) {
            front.push(if female { "Hj." } else { "H." });
        }
        let mut degrees = Vec::new();
        if rng.chance(0.35) {
            degrees.push(*rng.pick(&DEGREES[..9]));
            if rng.chance(0.6) {
                degrees.push(*rng.pick(&["M.Si", "M.AP", "M.H.", "M.M.", "M.Si.", "M.Pd."]));
            }
        }
        Person {
            full,
            short: first.to_string(),
            female,
            front,
            degrees,
        }
    }

    /// The name at first mention: sometimes with honorifics and degrees.
    fn first_mention(&self, rng: &mut Rng, with_degrees: bool) -> String {
        let mut text = String::new();
        if !self.front.is_empty() && rng.chance(0.7) {
            text.push_str(&self.front.join(" "));
            text.push(' ');
        }
        text.push_str(&self.full);
        if with_degrees && !self.degrees.is_empty() && rng.chance(0.7) {
            for degree in &self.degrees {
                text.push_str(", ");
                text.push_str(degree);
            }
        }
        text
    }
}

// ---------------------------------------------------------------- places

/// Where an article happens.
struct Place {
    province: String,
    province_code: String,
    province_index: usize,
    /// Regency or city name ("Gowa").
    local: String,
    city: bool,
    local_index: usize,
    district: Option<String>,
    /// "Kecamatan", or "Distrik" in Papua.
    district_word: &'static str,
    timezone: &'static str,
}

impl Place {
    fn kind_word(&self) -> &'static str {
        if self.city {
            "Kota"
        } else {
            "Kabupaten"
        }
    }
    fn pem(&self) -> &'static str {
        if self.city {
            "Pemkot"
        } else {
            "Pemkab"
        }
    }
    fn pem_long(&self) -> &'static str {
        if self.city {
            "Pemerintah Kota (Pemkot)"
        } else {
            "Pemerintah Kabupaten (Pemkab)"
        }
    }
    fn head(&self) -> &'static str {
        if self.city {
            "Wali Kota"
        } else {
            "Bupati"
        }
    }
    /// "Kabupaten Gowa" or "Gowa".
    fn local_name(&self, rng: &mut Rng) -> String {
        if rng.chance(0.6) {
            format!("{} {}", self.kind_word(), self.local)
        } else {
            self.local.clone()
        }
    }
}

/// Regencies and cities with their districts, from the gazetteer.
struct Atlas {
    locals: Vec<(RegionId, Vec<RegionId>)>,
}

impl Atlas {
    fn build() -> Atlas {
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

    fn place(&self, rng: &mut Rng) -> Place {
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

const DAYS: &[&str] = &[
    "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
];
const MONTHS: &[&str] = &[
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
struct Date {
    year: u32,
    month: u32,
    day: u32,
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A day between June 2023 and November 2024.
    fn random(rng: &mut Rng) -> Date {
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
    fn weekday(self) -> usize {
        const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        ((y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day) % 7) as usize
    }
    fn plus_days(self, days: u32) -> Date {
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
    fn minus_days(self, days: u32) -> Date {
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
    fn in_text(self, rng: &mut Rng) -> String {
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
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
    fn before(self, year: u32, month: u32, day: u32) -> bool {
        (self.year, self.month, self.day) < (year, month, day)
    }
}

// ---------------------------------------------------------------- laws

struct Law {
    kind: &'static str,
    long: &'static str,
    number: u32,
    year: u32,
    title: &'static str,
    short_title: &'static str,
    articles: &'static [&'static str],
}

const LAWS: &[Law] = &[
    Law {
        kind: "UU",
        long: "Undang-Undang",
        number: 5,
        year: 2014,
        title: "Aparatur Sipil Negara",
        short_title: "ASN",
        articles: &["Pasal 9 ayat (2)", "Pasal 2 huruf f", "Pasal 87 ayat (4)"],
    },
    Law {
        kind: "UU",
        long: "Undang-Undang",
        number: 20,
        year: 2023,
        title: "Aparatur Sipil Negara",
        short_title: "ASN",
        articles: &["Pasal 24 ayat (1)", "Pasal 2"],
    },
    Law {
        kind: "UU",
        long: "Undang-Undang",
        number: 7,
        year: 2017,
        title: "Pemilihan Umum",
        short_title: "Pemilu",
        articles: &["Pasal 280 ayat (2)", "Pasal 282", "Pasal 283 ayat (1)", "Pasal 494"],
    },
    Law {
        kind: "UU",
        long: "Undang-Undang",
        number: 10,
        year: 2016,
        title: "Pemilihan Gubernur, Bupati, dan Wali Kota",
        short_title: "Pilkada",
        articles: &["Pasal 71 ayat (1)", "Pasal 70 ayat (1)", "Pasal 188"],
    },
    Law {
        kind: "PP",
        long: "Peraturan Pemerintah",
        number: 53,
        year: 2010,
        title: "Disiplin Pegawai Negeri Sipil",
        short_title: "Disiplin PNS",
        articles: &["Pasal 4 angka 15"],
    },
    Law {
        kind: "PP",
        long: "Peraturan Pemerintah",
        number: 94,
        year: 2021,
        title: "Disiplin Pegawai Negeri Sipil",
        short_title: "Disiplin PNS",
        articles: &["Pasal 5 huruf n", "Pasal 8"],
    },
    Law {
        kind: "PP",
        long: "Peraturan Pemerintah",
        number: 42,
        year: 2004,
        title: "Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil",
        short_title: "Kode Etik PNS",
        articles: &["Pasal 11 huruf c"],
    },
    Law {
        kind: "Perbawaslu",
        long: "Peraturan Bawaslu",
        number: 6,
        year: 2018,
        title: "Pengawasan Netralitas Pegawai Aparatur Sipil Negara, Anggota TNI, dan Anggota Polri",
        short_title: "Pengawasan Netralitas ASN, TNI, dan Polri",
        articles: &[],
    },
    Law {
        kind: "PKPU",
        long: "Peraturan KPU",
        number: 15,
        year: 2023,
        title: "Kampanye Pemilihan Umum",
        short_title: "Kampanye Pemilu",
        articles: &["Pasal 72"],
    },
    Law {
        kind: "SKB",
        long: "Surat Keputusan Bersama",
        number: 2,
        year: 2022,
        title: "Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan",
        short_title: "Netralitas ASN",
        articles: &[],
    },
];

/// Laws by index: 0 UU5/2014 1 UU20/2023 2 UU7/2017 3 UU10/2016 4 PP53/2010
/// 5 PP94/2021 6 PP42/2004 7 Perbawaslu6/2018 8 PKPU15/2023 9 SKB2/2022.
fn law_form(rng: &mut Rng, law: &Law) -> String {
    let Law {
        kind,
        long,
        number,
        year,
        title,
        short_title,
        articles,
    } = law;
    let mut text = String::new();
    if !articles.is_empty() && rng.chance(0.2) {
        let article = rng.pick(articles);
        text.push_str(article);
        text.push(' ');
    }
    match rng.below(9) {
        0 => write!(
            text,
            "{long} ({kind}) Nomor {number} Tahun {year} tentang {title}"
        ),
        1 => write!(text, "{kind} Nomor {number} Tahun {year} tentang {title}"),
        2 => write!(
            text,
            "{kind} Nomor {number} Tahun {year} tentang {short_title}"
        ),
        3 => write!(text, "{kind} {number}/{year}"),
        4 => write!(text, "{kind} Nomor {number}/{year}"),
        5 => write!(text, "{kind} No. {number} Tahun {year}"),
        6 => write!(text, "{long} Nomor {number} Tahun {year}"),
        7 => write!(text, "{kind} Nomor {number} Tahun {year}"),
        _ => write!(text, "{long} Nomor {number} Tahun {year} tentang {title}"),
    }
    .expect("write to String");
    text
}

/// A law suited to what is said: ASN conduct, discipline, elections...
fn pick_law(rng: &mut Rng, pool: &[usize]) -> String {
    let index = *rng.pick(pool);
    law_form(rng, &LAWS[index])
}

const ANY_LAW: &[usize] = &[0, 0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9];

/// Which laws fit a sentence: the first phrase of the table found in the
/// template decides (indexes into [`LAWS`]).
const LAW_HINTS: &[(&str, &[usize])] = &[
    ("anksi", &[4, 5, 5]),
    ("Rujukan kita sekarang", &[1]),
    ("kini merujuk", &[1]),
    ("dijerat pidana", &[2, 3]),
    ("Pengawasan netralitas kami", &[7, 9]),
    ("Rambu-rambunya", &[8, 2, 9]),
    ("perintah", &[0, 1]),
    ("sudah terang", &[0, 1, 9]),
];

fn laws_for(template: &str) -> &'static [usize] {
    LAW_HINTS
        .iter()
        .find(|(phrase, _)| template.contains(phrase))
        .map_or(ANY_LAW, |(_, pool)| pool)
}

// ---------------------------------------------------------------- offices

/// An office: how the article writes it at first mention, and a short form
/// for headlines.
struct Office {
    long: String,
    short: String,
    /// Stable key of the office for the "incumbent" of a region.
    key: u64,
}

fn make_office(rng: &mut Rng, place: &Place) -> Office {
    let kw = place.kind_word();
    let r = &place.local;
    let p = &place.province;
    let choice = rng.below(100);
    let (key, long, short): (u64, String, String) = match choice {
        0..=13 => (
            1,
            match rng.below(4) {
                0 => format!("Sekretaris Daerah (Sekda) {kw} {r}"),
                1 => format!("Sekda {kw} {r}"),
                2 => format!("Sekda {r}"),
                _ => format!("Sekretaris Daerah {kw} {r}"),
            },
            format!("Sekda {r}"),
        ),
        14..=25 => (
            2,
            match rng.below(5) {
                0 => format!("Kepala BKPSDM {kw} {r}"),
                1 => format!(
                    "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) {r}"
                ),
                2 => format!("Kepala BKD {r}"),
                3 => format!("Plt. Kepala BKPSDM {r}"),
                _ => format!("Kepala BKPSDM {r}"),
            },
            format!("BKPSDM {r}"),
        ),
        26..=39 => (
            3,
            match rng.below(3) {
                0 => format!("Ketua Bawaslu {kw} {r}"),
                1 => format!("Ketua Badan Pengawas Pemilu (Bawaslu) {kw} {r}"),
                _ => format!("Ketua Bawaslu {r}"),
            },
            format!("Bawaslu {r}"),
        ),
        40..=47 => (
            4,
            match rng.below(4) {
                0 => format!(
                    "Koordinator Divisi Pencegahan, Partisipasi Masyarakat, dan Humas Bawaslu {r}"
                ),
                1 => format!("Kordiv Hukum dan Penyelesaian Sengketa Bawaslu {kw} {r}"),
                2 => format!("Anggota Bawaslu {kw} {r}"),
                _ => format!("Koordinator Divisi Penanganan Pelanggaran Bawaslu {r}"),
            },
            format!("Bawaslu {r}"),
        ),
        48..=56 => {
            let head = place.head();
            (
                5,
                match rng.below(4) {
                    0 => format!("Pj {head} {r}"),
                    1 => format!("Penjabat (Pj) {head} {r}"),
                    2 => format!("Wakil {head} {r}"),
                    _ => format!("{head} {r}"),
                },
                format!("{head} {r}"),
            )
        }
        57..=62 => (
            6,
            match rng.below(2) {
                0 => format!("Inspektur {kw} {r}"),
                _ => format!("Inspektur Inspektorat {r}"),
            },
            format!("Inspektorat {r}"),
        ),
        63..=67 => (7, format!("Ketua KPU {kw} {r}"), format!("KPU {r}")),
        68..=71 => (
            8,
            match rng.below(2) {
                0 => format!("Asisten Pemerintahan dan Kesra Setda {r}"),
                _ => format!("Asisten I Setda {kw} {r}"),
            },
            format!("Setda {r}"),
        ),
        72..=74 => (
            9,
            match rng.below(2) {
                0 => format!("Kepala Badan Kesbangpol {r}"),
                _ => format!("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) {kw} {r}"),
            },
            format!("Kesbangpol {r}"),
        ),
        75..=76 => (10, format!("Ketua DPRD {r}"), format!("DPRD {r}")),
        77..=78 => (
            11,
            format!("Kepala Dinas Pendidikan {kw} {r}"),
            format!("Disdik {r}"),
        ),
        79..=83 => match &place.district {
            Some(district) => (
                12,
                match rng.below(3) {
                    0 => format!("Camat {district}"),
                    1 => format!("Ketua Panwascam {district}"),
                    _ => format!("Sekretaris Camat {district}"),
                },
                format!("Camat {district}"),
            ),
            None => (1, format!("Sekda {r}"), format!("Sekda {r}")),
        },
        84..=93 => (
            13 + rng.below(6) as u64,
            match rng.below(6) {
                0 => format!("Sekretaris Daerah Provinsi {p}"),
                1 => format!("Ketua Bawaslu Provinsi {p}"),
                2 => format!("Kepala BKD Provinsi {p}"),
                3 => format!("Pj Gubernur {p}"),
                4 => format!("Inspektur Provinsi {p}"),
                _ => format!("Anggota Bawaslu Provinsi {p}"),
            },
            format!("Pemprov {p}"),
        ),
        _ => (
            20 + rng.below(5) as u64,
            rng.pick(&[
                "Deputi Bidang Pengawasan dan Pengendalian BKN",
                "Asisten Komisioner KASN",
                "Anggota Bawaslu RI",
                "Direktur Jenderal Politik dan Pemerintahan Umum Kemendagri",
                "Asisten Deputi Perumusan Kebijakan Kementerian PANRB",
            ])
            .to_string(),
            "BKN".to_string(),
        ),
    };
    // Offices of a province or the nation are not tied to the local region.
    let key = if key >= 20 {
        key << 32
    } else if key >= 13 {
        (key << 32) + place.province_index as u64
    } else {
        (key << 32) + place.local_index as u64
    };
    Office { long, short, key }
}

/// The person holding `office`: usually the same "incumbent" across the
/// corpus (derived from the seed and the office), sometimes someone else.
fn holder(rng: &mut Rng, seed: u64, office: &Office, place: &Place) -> Person {
    if rng.chance(0.7) {
        let mut incumbent = Rng::new(seed ^ splitmix(office.key));
        Person::new(&mut incumbent, &place.province_code)
    } else {
        Person::new(rng, &place.province_code)
    }
}

// ---------------------------------------------------------------- text pools

const SPEECH_VERBS: &[&str] = &[
    "mengatakan",
    "menjelaskan",
    "menegaskan",
    "mengingatkan",
    "menyampaikan",
    "menyebut",
    "menuturkan",
    "mengungkapkan",
];

const INDIRECT: &[&str] = &[
    "seluruh aparatur sipil negara (ASN) di lingkungan {Pem} {R} wajib menjaga netralitas selama tahapan {election}",
    "pengawasan tahun ini lebih banyak menyasar aktivitas ASN di media sosial",
    "pihaknya sudah menerima {n} laporan dugaan pelanggaran netralitas sejak awal tahun",
    "kegiatan ini digelar agar pegawai memahami batasan sebelum tahapan kampanye dimulai",
    "pegawai yang dilaporkan akan diperiksa lebih dulu oleh atasan langsung sebelum berkasnya diteruskan",
    "tim pemantau netralitas sudah dibentuk di setiap organisasi perangkat daerah",
    "jumlah pegawai di {kw} {R} yang mencapai {k} orang membuat pengawasan tidak bisa dilakukan sendirian",
    "camat dan lurah diminta ikut memantau pegawai di wilayahnya masing-masing",
    "larangan bagi ASN tidak hanya soal hadir di panggung kampanye, tetapi juga memberi dukungan di media sosial",
    "pihaknya membuka posko pengaduan di setiap kecamatan",
    "data pegawai yang pernah mendapat teguran terkait netralitas akan diserahkan ke Bawaslu",
    "pemerintah daerah tidak akan melindungi pegawai yang terbukti melanggar",
    "sosialisasi serupa akan digelar hingga tingkat kelurahan dan desa",
    "peran inspektorat akan diperkuat agar setiap laporan bisa segera ditindaklanjuti",
    "sanksi bagi pegawai yang terbukti tidak netral mengacu pada {LAW}",
    "dasar hukum netralitas pegawai kini merujuk pada {LAW}",
];

const QUOTES: &[&str] = &[
    "Netralitas ASN itu bukan sekadar imbauan, melainkan perintah {LAW}. Siapa pun yang melanggar akan diproses, tidak ada pengecualian",
    "Aturannya sudah terang di {LAW}, jadi jangan ada lagi yang beralasan tidak tahu",
    "Jabatan itu amanah, bukan alat untuk kepentingan kelompok. Saya tidak mau mendengar lagi ada pegawai yang dipanggil Bawaslu gara-gara ulah jempolnya sendiri",
    "Bapak dan Ibu digaji oleh negara, bukan oleh partai. Tugas kita melayani masyarakat, siapa pun pilihan politiknya",
    "Pengawasan kami bukan cuma di lapangan, tetapi juga di dunia maya. Masyarakat silakan melapor kalau melihat ASN ikut berkampanye",
    "Sanksinya jelas diatur dalam {LAW}. Hukumannya bisa sampai pemberhentian",
    "Kami tidak ingin ada pegawai yang kariernya rusak hanya karena satu unggahan",
    "Kalau ada laporan masuk, inspektorat langsung turun memeriksa. Kami tidak menunggu kasusnya viral dulu",
    "Foto saja tidak cukup. Catat waktu, tempat, dan saksi, lalu segera laporkan dalam batas waktu yang ditentukan",
    "Rujukan kita sekarang {LAW}. Netralitas tetap menjadi asas yang tidak bisa ditawar",
    "ASN yang ikut menjadi pelaksana atau tim kampanye bisa dijerat pidana sesuai {LAW}. Jadi ini bukan hanya soal sanksi administrasi",
    "Pengawasan netralitas kami jalankan berdasarkan {LAW}. Jadi bukan hanya ASN, anggota TNI dan Polri juga masuk dalam pengawasan kami",
    "{election} ini milik rakyat, bukan milik birokrasi. Kalau ASN ikut bermain, pelayanan publik yang pertama kali jadi korban",
    "Di daerah, godaannya sering datang dari hubungan keluarga atau janji jabatan. Saya minta Bapak dan Ibu berhati-hati, karena yang dipertaruhkan adalah karier sendiri",
    "Warga bisa ikut mengawasi. Kalau melihat ASN memakai atribut partai atau hadir di kampanye, foto saja dan kirimkan ke kami",
    "Kami minta pimpinan unit kerja meneruskan materi ini ke stafnya masing-masing, jangan berhenti di ruangan ini",
    "Memang tahapan kampanye belum berjalan, tapi bukan berarti ASN bebas. Rambu-rambunya sudah jelas dalam {LAW}",
    "Untuk pelanggaran berat, hukumannya mulai dari penurunan jabatan sampai pemberhentian. Jadi jangan main-main",
    "Kalau pimpinannya tegas, pegawai di bawah pasti ikut tertib. Kami minta kepala perangkat daerah memberi contoh",
];

const ATTRIBUTIONS_PRONOUN: &[&str] = &[
    "katanya",
    "ujarnya",
    "tegasnya",
    "pungkasnya",
    "tuturnya",
    "ucapnya",
    "jelasnya",
    "imbuhnya",
];
const ATTRIBUTIONS_NAMED: &[&str] = &["kata", "ujar", "tegas", "jelas", "tutur", "ucap"];

/// Reporter's sentences citing a law, each with the laws that fit it.
const REPORTER_LAW: &[(&str, &[usize])] = &[
    (
        "Larangan bagi ASN untuk terlibat dalam kegiatan politik praktis, termasuk di media sosial, diatur dalam {LAW}.",
        &[0, 1, 9],
    ),
    (
        "Ketentuan mengenai etika pegawai juga dimuat dalam {LAW}. Pelanggaran kode etik dapat dijatuhi sanksi moral, baik secara terbuka maupun tertutup.",
        &[6],
    ),
    (
        "Sanksi bagi PNS yang tidak netral mengacu pada {LAW}, mulai dari teguran tertulis hingga pemberhentian tidak dengan hormat.",
        &[4, 5],
    ),
    (
        "Larangan bagi pejabat ASN membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon tertuang dalam {LAW}. Pelanggaran atas ketentuan itu dapat berujung pidana.",
        &[3],
    ),
    (
        "Pelaksana kampanye yang mengikutsertakan ASN dapat dijerat pidana sebagaimana diatur dalam {LAW}.",
        &[2],
    ),
    (
        "Pedoman pengawasan netralitas pegawai di daerah mengacu pada {LAW}, yang diteken lima instansi, yakni Kementerian PANRB, Kementerian Dalam Negeri, BKN, KASN, dan Bawaslu.",
        &[9],
    ),
    (
        "Pengawasan terhadap ASN, anggota TNI, dan anggota Polri dilakukan berdasarkan {LAW}.",
        &[7],
    ),
    (
        "Aturan mengenai metode dan larangan kampanye dimuat dalam {LAW}.",
        &[8, 2],
    ),
];

const FILLERS: &[&str] = &[
    "Kegiatan tersebut diikuti para camat, lurah, kepala sekolah, serta pejabat struktural di lingkungan {Pem} {R}. Sebagian peserta mengikuti acara secara daring dari kantor masing-masing.",
    "Di akhir kegiatan, seluruh peserta membacakan ikrar netralitas yang kemudian ditandatangani bersama unsur Forkopimda {R}.",
    "Menurut catatan panitia, jumlah peserta yang hadir jauh melebihi target yang ditetapkan sebelumnya.",
    "Sejumlah peserta mengaku baru mengetahui bahwa memberi tanda suka pada unggahan peserta pemilu di media sosial juga bisa dianggap sebagai pelanggaran.",
    "{Pem} {R} menargetkan seluruh pegawai, termasuk pegawai pemerintah dengan perjanjian kerja (PPPK), sudah memahami aturan netralitas sebelum masa kampanye.",
    "Pada pemilu sebelumnya, beberapa pegawai di {P} dijatuhi sanksi karena terbukti menghadiri kegiatan kampanye pada jam kerja.",
    "Panitia juga membagikan buku saku berisi daftar larangan bagi ASN selama tahapan {election}.",
    "Kegiatan ditutup dengan sesi tanya jawab. Sebagian besar pertanyaan peserta menyangkut batasan penggunaan media sosial.",
    "Bawaslu mencatat wilayah {P} masuk kategori rawan sedang dalam indeks kerawanan netralitas ASN.",
    "Selain ASN, sosialisasi juga menyasar kepala desa dan perangkat desa yang dinilai rawan dimanfaatkan untuk kepentingan politik.",
    "Hingga berita ini diturunkan, belum ada pegawai di {kw} {R} yang dijatuhi sanksi terkait netralitas pada tahapan ini.",
    "Pemerintah daerah juga menyiapkan kanal pengaduan melalui aplikasi pesan instan yang dikelola inspektorat.",
    "Sejumlah spanduk berisi imbauan netralitas juga dipasang di kantor-kantor pemerintahan di {R}.",
    "Materi kegiatan meliputi bentuk-bentuk pelanggaran netralitas, mekanisme pelaporan, hingga tata cara penjatuhan sanksi.",
    "Peserta juga diajak membahas sejumlah contoh kasus pelanggaran yang pernah terjadi di daerah lain.",
    "Kegiatan serupa rencananya digelar di seluruh kecamatan di {R} hingga akhir bulan depan.",
    "Dalam kesempatan itu, panitia juga memutar video singkat tentang dampak politisasi birokrasi terhadap pelayanan publik.",
    "Data Bawaslu menunjukkan, pelanggaran netralitas ASN paling banyak terjadi di media sosial, disusul kehadiran dalam kegiatan kampanye.",
    "Selama tahapan {election}, pemantauan juga dilakukan terhadap penggunaan kendaraan dinas dan fasilitas kantor.",
    "Sebelumnya, Bawaslu Provinsi {P} telah mengirimkan surat imbauan kepada seluruh kepala daerah agar mengingatkan jajarannya.",
    "Pemda dan Bawaslu sepakat memperkuat koordinasi, termasuk bertukar data laporan dugaan pelanggaran netralitas.",
    "Jumlah ASN di {kw} {R} tercatat sekitar {k} orang, tersebar di puluhan organisasi perangkat daerah, sekolah, dan puskesmas.",
    "Sebagian pegawai yang hadir berasal dari kecamatan terjauh dan harus menempuh perjalanan beberapa jam untuk sampai ke lokasi kegiatan.",
    "Usai kegiatan, panitia membagikan formulir surat pernyataan netralitas yang wajib diisi dan dikumpulkan paling lambat pekan depan.",
];

/// Events as (name in the text, short name for headlines).
const EVENTS: &[(&str, &str)] = &[
    ("Sosialisasi Netralitas ASN", "Sosialisasi Netralitas"),
    (
        "Sosialisasi Pengawasan Partisipatif",
        "Sosialisasi Pengawasan",
    ),
    (
        "Rapat Koordinasi (Rakor) Pengawasan Netralitas ASN",
        "Rakor Netralitas",
    ),
    (
        "rakor pencegahan pelanggaran netralitas ASN",
        "Rakor Pencegahan",
    ),
    ("Apel Siaga Netralitas ASN", "Apel Siaga Netralitas"),
    ("apel netralitas aparatur sipil negara", "Apel Netralitas"),
    ("Deklarasi Netralitas ASN", "Deklarasi Netralitas"),
    (
        "Bimbingan Teknis (Bimtek) Penanganan Pelanggaran",
        "Bimtek Penanganan Pelanggaran",
    ),
    (
        "bimtek pengawasan tahapan kampanye",
        "Bimtek Pengawasan Kampanye",
    ),
    (
        "Rapat Kerja Teknis Pengawasan Netralitas",
        "Rakernis Pengawasan",
    ),
    (
        "Focus Group Discussion (FGD) Netralitas ASN",
        "FGD Netralitas ASN",
    ),
    (
        "Penandatanganan Pakta Integritas Netralitas",
        "Penandatanganan Pakta Integritas",
    ),
    (
        "Sekolah Kader Pengawasan Partisipatif",
        "Sekolah Kader Pengawasan",
    ),
    ("Seminar Netralitas ASN", "Seminar Netralitas"),
    (
        "Workshop Pengawasan Media Sosial",
        "Workshop Pengawasan Medsos",
    ),
];

const HOTELS: &[&str] = &[
    "Hotel Grand Mutiara",
    "Hotel Santika",
    "Hotel Aston",
    "Hotel Swiss-Belinn",
    "Hotel Horison",
    "Hotel Golden Palace",
    "Hotel Bumi Asri",
];

const OUTLETS: &[(&str, &str, &str)] = &[
    // (dateline style, outlet name, domain); style: A "Kota (ANTARA) -",
    // K "KOTA, KOMPAS.com -", P "Kota (Outlet) -", U "KOTA, OUTLET -".
    ("A", "ANTARA", "antaranews.com"),
    ("K", "KOMPAS.com", "kompas.com"),
    ("U", "WARTAPRIANGAN.com", "wartapriangan.com"),
    ("P", "Lintas Sulsel", "lintassulsel.id"),
    ("P", "Suara Cenderawasih", "suaracenderawasih.co.id"),
    ("U", "FLOBAMORA POST", "flobamorapost.com"),
    ("U", "DETIKCOM", "detik.com"),
    ("P", "Riau Pesisir", "riaupesisir.co.id"),
    ("P", "Radar Nusantara", "radarnusantara.id"),
    ("U", "TRIBUNNEWS.COM", "tribunnews.com"),
];

const OTHER_HEADLINES: &[&str] = &[
    "Harga Cabai Rawit di Pasar {R} Mulai Turun",
    "Upacara HUT ke-78 RI di {R} Berlangsung Khidmat",
    "{Pem} {R} Gelar Bimtek Pengadaan Barang dan Jasa bagi Pejabat Pengadaan",
    "Jalan Rusak di {dw} {D} Dikeluhkan Warga",
    "Festival Budaya {R} Kembali Digelar Tahun Ini",
    "Dinkes {R} Gencarkan Imunisasi Anak di Puskesmas",
    "Bawaslu {P} Petakan Kerawanan {election} di Kabupaten/Kota",
    "KPU {R} Tetapkan Daftar Pemilih Tetap {election}",
    "Ratusan Honorer {R} Ikuti Seleksi PPPK",
    "Banjir Rendam Puluhan Rumah di {dw} {D}",
];

// ---------------------------------------------------------------- article

/// Values for the `{...}` slots of the text pools.
struct Slots<'a> {
    place: &'a Place,
    election: &'a str,
}

fn fill(template: &str, slots: &Slots, rng: &mut Rng, law_pool: &[usize]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('}').expect("closed slot");
        let key = &rest[start + 1..end];
        match key {
            "R" => out.push_str(&slots.place.local),
            "P" => out.push_str(&slots.place.province),
            "kw" => out.push_str(slots.place.kind_word()),
            "Pem" => out.push_str(slots.place.pem()),
            "D" => out.push_str(
                slots
                    .place
                    .district
                    .as_deref()
                    .unwrap_or(&slots.place.local),
            ),
            "dw" => out.push_str(if slots.place.district.is_some() {
                slots.place.district_word
            } else {
                slots.place.kind_word()
            }),
            "election" => out.push_str(slots.election),
            "n" => write!(out, "{}", rng.range(2, 9) * 10 + rng.range(0, 9)).expect("write"),
            "k" => write!(out, "{}.{:03}", rng.range(2, 14), rng.range(0, 999)).expect("write"),
            "LAW" => out.push_str(&pick_law(rng, law_pool)),
            other => panic!("unknown slot {other}"),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// 1900 → "1.900".
fn thousands(value: u32) -> String {
    if value >= 1000 {
        format!("{}.{:03}", value / 1000, value % 1000)
    } else {
        value.to_string()
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn quote_marks(rng: &mut Rng) -> (&'static str, &'static str) {
    if rng.chance(0.5) {
        ("\u{201c}", "\u{201d}")
    } else {
        ("\"", "\"")
    }
}

/// One quote paragraph by `person`.
/// An index below `count` not in `used` (any index once all are used).
fn pick_unused(rng: &mut Rng, count: usize, used: &mut Vec<usize>) -> usize {
    let mut index = rng.below(count);
    if used.len() < count {
        while used.contains(&index) {
            index = (index + 1) % count;
        }
    }
    used.push(index);
    index
}

fn quote_paragraph(rng: &mut Rng, slots: &Slots, person: &Person, used: &mut Vec<usize>) -> String {
    let index = pick_unused(rng, QUOTES.len(), used);
    let text = fill(QUOTES[index], slots, rng, laws_for(QUOTES[index]));
    let (open, close) = quote_marks(rng);
    match rng.below(10) {
        0..=3 => {
            let verb = rng.pick(ATTRIBUTIONS_NAMED);
            let tail = if rng.chance(0.2) {
                " di hadapan peserta"
            } else {
                ""
            };
            format!("{open}{text},{close} {verb} {}{tail}.", person.short)
        }
        4..=7 => format!("{open}{text},{close} {}.", rng.pick(ATTRIBUTIONS_PRONOUN)),
        8 => format!(
            "{} menegaskan, {open}{text}.{close}",
            if rng.chance(0.5) {
                person.short.as_str()
            } else if person.female {
                "Ia"
            } else {
                "Dia"
            }
        ),
        _ => format!("{open}{text},{close} kata {} menambahkan.", person.short),
    }
}

/// The paragraph introducing `person` as holder of `office`.
fn intro_paragraph(
    rng: &mut Rng,
    slots: &Slots,
    person: &Person,
    office: &Office,
    place: &Place,
    event: &str,
    used: &mut Vec<usize>,
) -> String {
    let verb = rng.pick(SPEECH_VERBS);
    let template = INDIRECT[pick_unused(rng, INDIRECT.len(), used)];
    let said = fill(template, slots, rng, laws_for(template));
    match rng.below(8) {
        0 | 1 => format!(
            "{}, {}, {verb} {said}.",
            office.long,
            person.first_mention(rng, true)
        ),
        2 | 3 => format!(
            "{} {} {verb} {said}.",
            office.long,
            person.first_mention(rng, false)
        ),
        4 => format!(
            "{}, {}, {verb} {said}.",
            person.first_mention(rng, false),
            office.long
        ),
        5 => format!(
            "{} selaku {} {verb} {said}.",
            person.first_mention(rng, false),
            office.long
        ),
        6 => format!(
            "{}, {}, yang hadir mewakili {} {}, {verb} {said}.",
            office.long,
            person.first_mention(rng, true),
            place.head(),
            place.local
        ),
        _ => format!(
            "{} {} yang {} {event} {verb} {said}.",
            office.long,
            person.first_mention(rng, false),
            rng.pick(&[
                "membuka",
                "menjadi narasumber dalam",
                "memberi arahan dalam"
            ]),
        ),
    }
}

/// A further paragraph of what `person` said, in the reporter's words.
fn follow_up_paragraph(
    rng: &mut Rng,
    slots: &Slots,
    person: &Person,
    used: &mut Vec<usize>,
) -> String {
    let template = INDIRECT[pick_unused(rng, INDIRECT.len(), used)];
    let said = fill(template, slots, rng, laws_for(template));
    match rng.below(4) {
        0 => format!("{} menambahkan, {said}.", person.short),
        1 => format!("Menurut {}, {said}.", person.short),
        2 => format!(
            "{} juga {} {said}.",
            if person.female { "Ia" } else { "Dia" },
            rng.pick(SPEECH_VERBS)
        ),
        _ => format!("{}, kata {}.", capitalize(&said), person.short),
    }
}

fn make_headline(
    rng: &mut Rng,
    slots: &Slots,
    lead: &Person,
    office: &Office,
    event_short: &str,
) -> String {
    let place = slots.place;
    let r = &place.local;
    let election = slots.election;
    match rng.below(8) {
        0 => format!(
            "{} Minta ASN Jaga Netralitas Jelang {election}",
            office.short
        ),
        1 => format!("Bawaslu {r} Gelar {event_short}, ASN Diminta Tidak Main Dua Kaki"),
        2 => format!("Ratusan ASN {r} Ikuti {event_short}"),
        3 => format!(
            "{} Ingatkan Sanksi bagi ASN yang Tidak Netral",
            office.short
        ),
        4 => format!(
            "Jelang {election}, {} Pegawai {} {r} Teken Pakta Integritas",
            rng.range(3, 25) * 50,
            place.pem()
        ),
        5 => format!("Awasi Netralitas ASN, Bawaslu {r} Libatkan Camat dan Lurah"),
        6 => format!("{}: ASN Harus Netral di {election}", lead.short),
        _ => format!("{} {r}: Jangan Ada ASN yang Main Dua Kaki", place.head()),
    }
}

fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    headline: &'a str,
    body: &'a str,
    url: &'a str,
    date: &'a str,
}

struct Generated {
    id: String,
    headline: String,
    body: String,
    url: String,
    date: String,
}

fn article(atlas: &Atlas, seed: u64, number: u64) -> Generated {
    let mut rng = Rng::new(seed ^ splitmix(number.wrapping_mul(0xA24B_AED4_963E_E407)));
    let rng = &mut rng;
    let place = atlas.place(rng);
    let date = Date::random(rng);
    let election_owned = if date.before(2024, 2, 14) {
        "Pemilu 2024".to_string()
    } else {
        match rng.below(3) {
            0 => "Pilkada 2024".to_string(),
            1 => "Pilkada Serentak 2024".to_string(),
            _ => format!("Pilkada {} 2024", place.local),
        }
    };
    let slots = Slots {
        place: &place,
        election: &election_owned,
    };
    let kw = place.kind_word();

    // The cast: two to four officials, one per office.
    let cast_size = 2 + rng.below(3);
    let mut cast: Vec<(Person, Office)> = Vec::with_capacity(cast_size);
    for _ in 0..cast_size * 2 {
        if cast.len() == cast_size {
            break;
        }
        let office = make_office(rng, &place);
        let person = holder(rng, seed, &office, &place);
        if cast
            .iter()
            .any(|(other, held)| other.full == person.full || held.key == office.key)
        {
            continue;
        }
        cast.push((person, office));
    }

    // The event and the lead paragraph.
    let (event, event_short) = *rng.pick(EVENTS);
    let organizer = match rng.below(6) {
        0 => format!("Badan Pengawas Pemilu (Bawaslu) {kw} {}", place.local),
        1 => format!("Bawaslu {}", place.local_name(rng)),
        2 => format!("{} {}", place.pem_long(), place.local),
        3 => format!("{} {}", place.pem(), place.local),
        4 => format!("BKPSDM {}", place.local_name(rng)),
        _ => format!("Bawaslu Provinsi {}", place.province),
    };
    let venue = match rng.below(6) {
        0 => format!(
            "Aula Kantor {} {}",
            if place.city { "Wali Kota" } else { "Bupati" },
            place.local
        ),
        1 => "Gedung Serbaguna".to_string(),
        2 => format!(
            "sebuah hotel di Jalan {}",
            rng.pick(&[
                "Sudirman",
                "Ahmad Yani",
                "Diponegoro",
                "Gatot Subroto",
                "Pahlawan"
            ])
        ),
        3 => rng.pick(HOTELS).to_string(),
        4 => format!(
            "Kantor Camat {}",
            place.district.as_deref().unwrap_or(&place.local)
        ),
        _ => format!("Aula Kantor Bawaslu {}", place.local),
    };
    let mut location = venue;
    if let Some(district) = &place.district {
        write!(location, ", {} {}", place.district_word, district).expect("write");
    }
    write!(location, ", {} {}", kw, place.local).expect("write");
    if rng.chance(0.5) {
        write!(location, ", {}", place.province).expect("write");
    }
    let when = date.in_text(rng);

    let outlet = rng.pick(OUTLETS);
    let dateline = if rng.chance(0.7) {
        let city = &place.local;
        match outlet.0 {
            "A" => format!("{city} (ANTARA) - "),
            "K" => format!("{}, KOMPAS.com - ", city.to_uppercase()),
            "U" => format!("{}, {} - ", city.to_uppercase(), outlet.1),
            _ => format!("{city} ({}) - ", outlet.1),
        }
    } else {
        String::new()
    };

    // Blocks of paragraphs that stay together (an official's introduction
    // and quotes); filler goes between blocks.
    let mut blocks: Vec<Vec<String>> = Vec::with_capacity(16);
    let participants = thousands(rng.range(3, 40) * 50);
    blocks.push(vec![format!(
        "{dateline}{organizer} menggelar {event} di {location}, {when}. Kegiatan diikuti sekitar {} peserta dari {}.",
        participants,
        rng.pick(&[
            "seluruh perangkat daerah",
            "unsur pemerintah daerah, TNI, dan Polri",
            "kecamatan dan kelurahan se-wilayah",
            "organisasi perangkat daerah dan sekolah",
        ])
    )]);

    let mut used_quotes = Vec::new();
    let mut used_indirect = Vec::new();
    let mut first_quote = None;
    let mut official_blocks = Vec::new();
    for (position, (person, office)) in cast.iter().enumerate() {
        let mut block = vec![intro_paragraph(
            rng,
            &slots,
            person,
            office,
            &place,
            event,
            &mut used_indirect,
        )];
        let quote = quote_paragraph(rng, &slots, person, &mut used_quotes);
        first_quote.get_or_insert_with(|| quote.clone());
        block.push(quote);
        if rng.chance(0.5) {
            block.push(follow_up_paragraph(rng, &slots, person, &mut used_indirect));
        }
        if rng.chance(0.25) {
            block.push(quote_paragraph(rng, &slots, person, &mut used_quotes));
        }
        official_blocks.push((blocks.len(), position));
        blocks.push(block);
        if position == 0 {
            // The reporter cites a law after the first official.
            let (sentence, pool) = *rng.pick(REPORTER_LAW);
            blocks.push(vec![fill(sentence, &slots, rng, pool)]);
            if rng.chance(0.5) {
                let other_place = atlas.place(rng);
                let other_slots = Slots {
                    place: &other_place,
                    election: &election_owned,
                };
                let related_lead = Person::new(rng, &other_place.province_code);
                let related_office = make_office(rng, &other_place);
                blocks.push(vec![format!(
                    "Baca juga: {}",
                    make_headline(
                        rng,
                        &other_slots,
                        &related_lead,
                        &related_office,
                        event_short
                    )
                )]);
            }
        }
    }

    // Up to the target length (boilerplate adds ~10-60 words): more of
    // what the officials said, then a few filler paragraphs.
    let target = rng.range(245, 390) as usize;
    let mut words: usize = blocks
        .iter()
        .flatten()
        .map(|p| p.split_whitespace().count())
        .sum();
    let filler_budget = 2 + rng.below(4);
    let mut extras = 0;
    while words + filler_budget * 22 < target && extras < 10 {
        extras += 1;
        let (at, position) = *rng.pick(&official_blocks);
        let person = &cast[position].0;
        let paragraph = if rng.chance(0.6) || used_quotes.len() + 2 > QUOTES.len() {
            follow_up_paragraph(rng, &slots, person, &mut used_indirect)
        } else {
            quote_paragraph(rng, &slots, person, &mut used_quotes)
        };
        words += paragraph.split_whitespace().count();
        blocks[at].push(paragraph);
    }
    let mut used_fillers: Vec<usize> = Vec::new();
    while words < target && used_fillers.len() < FILLERS.len() {
        let mut index = rng.below(FILLERS.len());
        while used_fillers.contains(&index) {
            index = (index + 1) % FILLERS.len();
        }
        used_fillers.push(index);
        let paragraph = fill(FILLERS[index], &slots, rng, ANY_LAW);
        words += paragraph.split_whitespace().count();
        let at = 1 + rng.below(blocks.len());
        blocks.insert(at, vec![paragraph]);
    }
    // Sometimes a copy-paste accident: a quote paragraph twice.
    if rng.chance(0.12) {
        if let Some(quote) = first_quote {
            let at = blocks.len() - rng.below(2);
            blocks.insert(at, vec![quote]);
        }
    }
    let mut paragraphs: Vec<String> = blocks.into_iter().flatten().collect();

    // Boilerplate at the end.
    let editor = Person::new(rng, &place.province_code).full;
    match rng.below(5) {
        0 => paragraphs.push(format!("Editor: {editor}")),
        1 => {
            let reporter = Person::new(rng, &place.province_code).full;
            paragraphs.push(format!("Pewarta: {reporter}\nEditor: {editor}"));
        }
        2 => {
            let initials: String = editor
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect::<String>()
                .to_lowercase();
            paragraphs.push(format!(
                "({initials}/{})",
                slug(&editor).chars().take(3).collect::<String>()
            ));
        }
        3 => paragraphs.push(format!(
            "Tags: Netralitas ASN, {}, Bawaslu {}\n\nCOPYRIGHT \u{a9} {} {}. All rights reserved.",
            election_owned, place.local, date.year, outlet.1
        )),
        _ => {}
    }
    if words < 400 && rng.chance(0.4) {
        let mut related = String::from("Berita Terkait");
        let count = 2 + rng.below(3);
        for back in 0..count {
            let other_place = if rng.chance(0.5) {
                atlas.place(rng)
            } else {
                atlas.place(&mut Rng::new(place.local_index as u64 ^ rng.next_u64()))
            };
            let other_slots = Slots {
                place: if rng.chance(0.5) {
                    &place
                } else {
                    &other_place
                },
                election: &election_owned,
            };
            let headline = rng.pick(OTHER_HEADLINES);
            let text = fill(headline, &other_slots, rng, ANY_LAW);
            let day = date.minus_days(1 + back as u32 + rng.below(3) as u32);
            write!(
                related,
                "\n\n{text}\n{}, {} {} {} | {:02}.{:02} {}",
                DAYS[day.weekday()],
                day.day,
                MONTHS[day.month as usize - 1],
                day.year,
                rng.range(6, 21),
                rng.range(0, 59),
                place.timezone
            )
            .expect("write");
        }
        paragraphs.push(related);
    }

    let (lead, lead_office) = &cast[0];
    let headline = make_headline(rng, &slots, lead, lead_office, event_short);
    let published = date.plus_days(rng.below(2) as u32);
    let id = format!("gen-{seed}-{number:07}");
    let url = format!(
        "https://{}/berita/{}/{:02}/{:02}/{}/{}",
        outlet.2,
        published.year,
        published.month,
        published.day,
        number,
        slug(&headline)
    );
    Generated {
        id,
        headline,
        body: paragraphs.join("\n\n"),
        url,
        date: published.iso(),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let started = Instant::now();
    let atlas = Atlas::build();
    let sink: Box<dyn Write> = if args.output.as_os_str() == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        if let Some(parent) = args.output.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        Box::new(std::fs::File::create(&args.output)?)
    };
    let mut out = BufWriter::with_capacity(1 << 20, sink);
    let mut bytes = 0u64;
    let mut words = 0u64;
    for number in 0..args.articles {
        let generated = article(&atlas, args.seed, number);
        words += generated.body.split_whitespace().count() as u64;
        let line = serde_json::to_vec(&Record {
            id: &generated.id,
            headline: &generated.headline,
            body: &generated.body,
            url: &generated.url,
            date: &generated.date,
        })?;
        bytes += line.len() as u64 + 1;
        out.write_all(&line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "generate_corpus: {} articles, {} bytes ({:.0} bytes/article, {:.0} words/article) in {:.2} s",
        args.articles,
        bytes,
        bytes as f64 / args.articles.max(1) as f64,
        words as f64 / args.articles.max(1) as f64,
        seconds
    );
    Ok(())
}
