//! Persons: given names and family names of Indonesia's naming traditions,
//! with honorifics and degrees.

use super::*;

/// A naming tradition: given names (male, female), second/family names
/// (male, female), prefixes (male, female) with the probability of one.
pub struct Tradition {
    pub male: &'static [&'static str],
    pub female: &'static [&'static str],
    pub family_male: &'static [&'static str],
    pub family_female: &'static [&'static str],
    pub prefix_male: &'static [&'static str],
    pub prefix_female: &'static [&'static str],
    pub prefix_chance: f64,
    /// Whether "H."/"Hj." (hajj) honorifics fit.
    pub hajj: bool,
}

pub const JAVANESE: Tradition = Tradition {
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

pub const SUNDANESE: Tradition = Tradition {
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

pub const BUGIS: Tradition = Tradition {
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

pub const BATAK: Tradition = Tradition {
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

pub const MINANG: Tradition = Tradition {
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

pub const BALINESE: Tradition = Tradition {
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

pub const ACEHNESE: Tradition = Tradition {
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

pub const MINAHASA: Tradition = Tradition {
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

pub const PAPUAN: Tradition = Tradition {
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

pub const NTT: Tradition = Tradition {
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

pub const CHINESE: Tradition = Tradition {
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

pub const ARAB: Tradition = Tradition {
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

pub const MALAY: Tradition = Tradition {
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

pub const TRADITIONS: &[&Tradition] = &[
    &JAVANESE, &SUNDANESE, &BUGIS, &BATAK, &MINANG, &BALINESE, &ACEHNESE, &MINAHASA, &PAPUAN, &NTT,
    &CHINESE, &ARAB, &MALAY,
];

/// The tradition most officials of a province are named in.
pub fn local_tradition(province_code: &str) -> &'static Tradition {
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
pub struct Person {
    pub full: String,
    pub short: String,
    pub female: bool,
    pub front: Vec<&'static str>,
    pub degrees: Vec<&'static str>,
}

pub const DEGREES: &[&str] = &[
    "S.Sos", "M.Si", "S.IP.", "M.AP", "S.H.", "M.H.", "S.E.", "M.M.", "S.Pd.", "S.STP", "M.Si.",
    "S.Kom.", "M.Kes", "S.T.", "M.Pd.", "S.Ag.", "M.A.",
];

impl Person {
    pub fn new(rng: &mut Rng, province_code: &str) -> Person {
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
    pub fn first_mention(&self, rng: &mut Rng, with_degrees: bool) -> String {
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
