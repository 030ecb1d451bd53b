//! Laws in their written forms and the offices that officials hold.

use super::*;

pub struct Law {
    pub kind: &'static str,
    pub long: &'static str,
    pub number: u32,
    pub year: u32,
    pub title: &'static str,
    pub short_title: &'static str,
    pub articles: &'static [&'static str],
}

pub const LAWS: &[Law] = &[
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
pub fn law_form(rng: &mut Rng, law: &Law) -> String {
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
pub fn pick_law(rng: &mut Rng, pool: &[usize]) -> String {
    let index = *rng.pick(pool);
    law_form(rng, &LAWS[index])
}

pub const ANY_LAW: &[usize] = &[0, 0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9];

/// Which laws fit a sentence: the first phrase of the table found in the
/// template decides (indexes into [`LAWS`]).
pub const LAW_HINTS: &[(&str, &[usize])] = &[
    ("anksi", &[4, 5, 5]),
    ("Rujukan kita sekarang", &[1]),
    ("kini merujuk", &[1]),
    ("dijerat pidana", &[2, 3]),
    ("Pengawasan netralitas kami", &[7, 9]),
    ("Rambu-rambunya", &[8, 2, 9]),
    ("perintah", &[0, 1]),
    ("sudah terang", &[0, 1, 9]),
];

pub fn laws_for(template: &str) -> &'static [usize] {
    LAW_HINTS
        .iter()
        .find(|(phrase, _)| template.contains(phrase))
        .map_or(ANY_LAW, |(_, pool)| pool)
}

// ---------------------------------------------------------------- offices

/// An office: how the article writes it at first mention, and a short form
/// for headlines.
pub struct Office {
    pub long: String,
    pub short: String,
    /// Stable key of the office for the "incumbent" of a region.
    pub key: u64,
}

pub fn make_office(rng: &mut Rng, place: &Place) -> Office {
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
pub fn holder(rng: &mut Rng, seed: u64, office: &Office, place: &Place) -> Person {
    if rng.chance(0.7) {
        let mut incumbent = Rng::new(seed ^ splitmix(office.key));
        Person::new(&mut incumbent, &place.province_code)
    } else {
        Person::new(rng, &place.province_code)
    }
}
