//! Grammar for Indonesian law citations ("sitasi peraturan").
//!
//! [`find_law_citations`] finds every regulation a text cites by **type, number
//! and year**, and reports it with the most specific type code of the data
//! contract ([`LawType`]), the number as written, the year, and—when the text
//! gives them—the `tentang …` title, the article reference (`Pasal …`) and the
//! issuing body or region.
//!
//! Recognised forms (case-insensitive, tolerant of odd dashes, NBSP, repeated
//! spaces and a parenthetical acronym after the type word):
//!
//! * `Undang-Undang Nomor 5 Tahun 2014 tentang ASN`, `Undang–Undang (UU) No. 5
//!   Th. 2014`, `UU RI Nomor 5 Tahun 2014`, `UU 7/2017`, `UU Pemilu Nomor 7
//!   Tahun 2017`;
//! * `Perppu`, `PP`, `Perpres`, `Keppres`/`Kepres` (`Keppres nomor 74/P/2023`),
//!   `Inpres`, each also in its long form (`Peraturan Pemerintah …`);
//! * ministerial rules: `Permendagri`, `PermenPANRB`/`Permenpan RB`/`Peraturan
//!   Menteri PANRB`, and any other `Peraturan Menteri X`/`Permen X`/`Permenkeu`/
//!   `PMK` (type `Permen`, issuer `Menteri X`);
//! * `Perbawaslu`/`Peraturan Bawaslu`, `PKPU`/`Peraturan KPU`;
//! * regional rules with an optional region: `Perda Kabupaten Gowa Nomor 3 Tahun
//!   2019`, `Pergub Kaltim …`, `Perbup …`, `Perwali`/`Perwako`/`Peraturan Wali
//!   Kota …`;
//! * agency rules: `Perka`, `Perkap`, `Peraturan Kapolri`, `Peraturan Kepala X`,
//!   `Peraturan Badan X`, `Peraturan BKN Nomor 3 Tahun 2020` (type `Perka`);
//! * circulars and joint decrees: `SE Menteri PANRB Nomor B/71/M.SM.00.00/2017`,
//!   `Surat Edaran …`, `SKB 5 Menteri Nomor 2 Tahun 2022`, `Keputusan Bersama …`;
//! * an article reference in front of the law: `Pasal 280 ayat (2) huruf f UU
//!   7/2017`;
//! * lists and amendments: `UU Nomor 5 Tahun 2014 dan PP Nomor 53 Tahun 2010`,
//!   `UU Nomor 10 Tahun 2016 jo UU Nomor 1 Tahun 2015`, and a bare follow-up
//!   number that inherits the type: `UU Nomor 5 Tahun 2014 dan Nomor 20 Tahun
//!   2023`.
//!
//! Never a citation: anything without a year (`UU ASN`, `UU Nomor 5`), dates
//! (`Senin (28/8/2023)`), the constitution (`UUD 1945`, `Undang-Undang Dasar`),
//! bills (`RUU …`, `Rancangan Undang-Undang …`, `Raperda …`), or `nomor urut 2`.
//!
//! ```ignore
//! let found = find_law_citations("Hal itu diatur UU Nomor 5 Tahun 2014 tentang ASN.");
//! assert_eq!(found[0].law_type, LawType::Uu);
//! assert_eq!(found[0].number, "5");
//! assert_eq!(found[0].year, 2014);
//! assert_eq!(found[0].title.as_deref(), Some("ASN"));
//! ```

use regex::{Captures, Regex, RegexBuilder};
use std::ops::Range;
use std::sync::LazyLock;

/// The most specific regulation type code of the data contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LawType {
    /// Undang-Undang (statute).
    Uu,
    /// Peraturan Pemerintah Pengganti Undang-Undang (emergency statute).
    Perppu,
    /// Peraturan Pemerintah (government regulation).
    Pp,
    /// Peraturan Presiden (presidential regulation).
    Perpres,
    /// Keputusan Presiden (presidential decree).
    Keppres,
    /// Instruksi Presiden (presidential instruction).
    Inpres,
    /// Peraturan Menteri (ministerial regulation, other ministries).
    Permen,
    /// Peraturan Menteri Dalam Negeri (Minister of Home Affairs).
    Permendagri,
    /// Peraturan Menteri PANRB (Minister of Administrative Reform).
    PermenPanrb,
    /// Peraturan Badan Pengawas Pemilihan Umum (Bawaslu).
    Perbawaslu,
    /// Peraturan Komisi Pemilihan Umum (KPU).
    Pkpu,
    /// Peraturan Daerah (regional by-law).
    Perda,
    /// Peraturan Gubernur (governor regulation).
    Pergub,
    /// Peraturan Bupati (regent regulation).
    Perbup,
    /// Peraturan Wali Kota (mayor regulation).
    Perwali,
    /// Peraturan Kepala (head of agency / agency regulation, incl. Kapolri).
    Perka,
    /// Surat Edaran (circular letter).
    Se,
    /// Surat Keputusan Bersama (joint decree).
    Skb,
}

impl LawType {
    /// Every type, in contract order.
    pub const ALL: [LawType; 18] = [
        LawType::Uu,
        LawType::Perppu,
        LawType::Pp,
        LawType::Perpres,
        LawType::Keppres,
        LawType::Inpres,
        LawType::Permen,
        LawType::Permendagri,
        LawType::PermenPanrb,
        LawType::Perbawaslu,
        LawType::Pkpu,
        LawType::Perda,
        LawType::Pergub,
        LawType::Perbup,
        LawType::Perwali,
        LawType::Perka,
        LawType::Se,
        LawType::Skb,
    ];

    /// Contract code: "UU", "Perppu", "PP", "Perpres", "Keppres", "Inpres", "Permen", "Permendagri", "PermenPANRB", "Perbawaslu", "PKPU", "Perda", "Pergub", "Perbup", "Perwali", "Perka", "SE", "SKB".
    pub fn code(self) -> &'static str {
        match self {
            LawType::Uu => "UU",
            LawType::Perppu => "Perppu",
            LawType::Pp => "PP",
            LawType::Perpres => "Perpres",
            LawType::Keppres => "Keppres",
            LawType::Inpres => "Inpres",
            LawType::Permen => "Permen",
            LawType::Permendagri => "Permendagri",
            LawType::PermenPanrb => "PermenPANRB",
            LawType::Perbawaslu => "Perbawaslu",
            LawType::Pkpu => "PKPU",
            LawType::Perda => "Perda",
            LawType::Pergub => "Pergub",
            LawType::Perbup => "Perbup",
            LawType::Perwali => "Perwali",
            LawType::Perka => "Perka",
            LawType::Se => "SE",
            LawType::Skb => "SKB",
        }
    }

    /// Full Indonesian name: "Undang-Undang", "Peraturan Pemerintah Pengganti Undang-Undang", "Peraturan Pemerintah", "Peraturan Presiden", "Keputusan Presiden", "Instruksi Presiden", "Peraturan Menteri", "Peraturan Menteri Dalam Negeri", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Peraturan Badan Pengawas Pemilihan Umum", "Peraturan Komisi Pemilihan Umum", "Peraturan Daerah", "Peraturan Gubernur", "Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Kepala", "Surat Edaran", "Surat Keputusan Bersama".
    pub fn full_name(self) -> &'static str {
        match self {
            LawType::Uu => "Undang-Undang",
            LawType::Perppu => "Peraturan Pemerintah Pengganti Undang-Undang",
            LawType::Pp => "Peraturan Pemerintah",
            LawType::Perpres => "Peraturan Presiden",
            LawType::Keppres => "Keputusan Presiden",
            LawType::Inpres => "Instruksi Presiden",
            LawType::Permen => "Peraturan Menteri",
            LawType::Permendagri => "Peraturan Menteri Dalam Negeri",
            LawType::PermenPanrb => {
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
            }
            LawType::Perbawaslu => "Peraturan Badan Pengawas Pemilihan Umum",
            LawType::Pkpu => "Peraturan Komisi Pemilihan Umum",
            LawType::Perda => "Peraturan Daerah",
            LawType::Pergub => "Peraturan Gubernur",
            LawType::Perbup => "Peraturan Bupati",
            LawType::Perwali => "Peraturan Wali Kota",
            LawType::Perka => "Peraturan Kepala",
            LawType::Se => "Surat Edaran",
            LawType::Skb => "Surat Keputusan Bersama",
        }
    }

    /// Parse a contract code back (case-insensitive).
    pub fn from_code(code: &str) -> Option<LawType> {
        let code = code.trim();
        LawType::ALL
            .iter()
            .copied()
            .find(|t| t.code().eq_ignore_ascii_case(code))
    }
}

/// One citation found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawCitation {
    /// Byte range of the whole citation in the input (from the type word to the year, plus the "tentang …" title when present).
    /// It starts at "Pasal" when an article reference precedes the law, and at "Nomor" for a bare
    /// follow-up number ("… dan Nomor 20 Tahun 2023") that inherits the previous type.
    pub span: Range<usize>,
    /// The most specific type code.
    pub law_type: LawType,
    /// The number as written, without "Nomor"/"No."; leading zeros kept as written: "5", "53", "74/P".
    pub number: String,
    /// Four-digit year.
    pub year: u16,
    /// The "tentang …" title as written, trimmed (None when absent): "ASN", "Pemilihan Umum".
    /// Runs of white space inside it are folded to one space.
    pub title: Option<String>,
    /// The article reference when the citation is "Pasal 280 ayat (2) UU …": "Pasal 280 ayat (2)".
    pub article_ref: Option<String>,
    /// For Perda/Pergub/Perbup/Perwali/Permen/Perka/SE/SKB: the issuer as written when present
    /// ("Kabupaten Gowa", "Menteri Keuangan", "Kapolri", "5 Menteri"), else None. Folded
    /// abbreviations are expanded ("Permenkeu"/"PMK" → "Menteri Keuangan", "Perkap" → "Kapolri").
    pub issuer: Option<String>,
}

impl LawCitation {
    /// Canonical label: "<full type name> Nomor <number> Tahun <year>" + " tentang <title>" when known.
    pub fn label(&self) -> String {
        let mut s = format!(
            "{} Nomor {} Tahun {}",
            self.law_type.full_name(),
            self.number,
            self.year
        );
        if let Some(t) = &self.title {
            s.push_str(" tentang ");
            s.push_str(t);
        }
        s
    }
}

// ---------------------------------------------------------------------------
// The grammar
// ---------------------------------------------------------------------------

/// Most words a `tentang …` title may keep.
const MAX_TITLE_WORDS: usize = 12;

/// "Undang-Undang" with any dash, or a space, between the halves.
const UNDANG: &str = r"undang(?:\s*[\-\u{2010}-\u{2015}\u{2212}]\s*|\s+)undang";
/// The number separator keyword.
const NOMOR: &str = r"(?:nomor|nomer|nmr|no)(?-u:\b)\.?\s*:?\s*";
/// Between the number and the year: "Tahun", "Th.", "Thn", or a slash.
const YEAR_SEP: &str = r"(?:\s*,?\s*(?:tahun|thn|th)(?-u:\b)\.?\s*:?\s*|/)";
/// A year 1940–2099 (1945 is checked afterwards); ASCII digits only.
const YEAR: &str = r"(?:19[4-9][0-9]|20[0-9][0-9])(?-u:\b)";
/// A number after the keyword: "5", "74/P", "B/71/M.SM.00.00".
const NUM_KW: &str = r"[a-z0-9][a-z0-9.\-/]*";
/// A number without keyword must start with a digit: "7" in "UU 7/2017".
const NUM_DIRECT: &str = r"[0-9][a-z0-9.\-/]*";
/// One word of the issuer / nickname slot between type and number (ASCII only, to keep the
/// automaton small): "Kabupaten", "Kab.", "PAN-RB", "Menteri/Kepala", "(Kaltim)".
const SLOT_TOKEN: &str = r"(?:\([^()\n]{1,30}\)|[a-z0-9][a-z0-9\-&'./]*)";
/// Words of the slot are separated by spaces, or by commas in a list of issuers.
const SLOT_SEP: &str = r"(?:\s*,\s*|\s+)";
/// Most words in an issuer slot; a nickname slot ("UU Pemilu") takes at most three.
const MAX_ISSUER_WORDS: usize = 10;

static CORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?xi)
        (?:
            (?-u:\b)(?P<pasal>pasal\s+[0-9]+[a-z]?(?-u:\b)
                (?:(?:\s*,\s*|\s+(?:dan|atau|serta|jo\.?|juncto)\s+|\s+)
                   (?:ayat\s*\(\s*[0-9]+[a-z]?\s*\)|ayat\s+[0-9]+[a-z]?(?-u:\b)
                     |huruf\s+[a-z](?-u:\b)|angka\s+[0-9]+(?-u:\b)|butir\s+[a-z0-9]+(?-u:\b)
                     |pasal\s+[0-9]+[a-z]?(?-u:\b)|\(\s*[0-9]+[a-z]?\s*\)|\([a-z]\))){{0,8}})
            \s*,?\s+(?:(?:dalam|pada|dari|di)\s+)?
        )?
        (?-u:\b)(?P<ty>
             (?P<perppu>peraturan\s+pemerintah\s+pengganti\s+{u}|perppu|perpu)
            |(?P<pp>peraturan\s+pemerintah|pp)
            |(?P<uu>{u}|uu)
            |(?P<perpres>peraturan\s+presiden|perpres)
            |(?P<keppres>keputusan\s+presiden|keppres|kepres)
            |(?P<inpres>instruksi\s+presiden|inpres)
            |(?P<bawaslu>peraturan\s+(?:badan\s+pengawas\s+pemilihan\s+umum|bawaslu)|perbawaslu)
            |(?P<kpu>peraturan\s+(?:komisi\s+pemilihan\s+umum|kpu)|pkpu)
            |(?P<menabbr>peraturan\s+men(?:dagri|pan(?:\s*-?\s*rb)?)|permen(?:[a-z]|-[a-z])+|pmk)
            |(?P<permen>peraturan\s+menteri|permen)
            |(?P<perda>peraturan\s+daerah|perda)
            |(?P<pergub>peraturan\s+gubernur|pergub)
            |(?P<perbup>peraturan\s+bupati|perbup)
            |(?P<perwali>peraturan\s+wali\s*kota|perwali|perwako|perwalkot)
            |(?P<perka>peraturan\s+(?:kepala|badan|lembaga|kapolri)|perkaban|perkap|perka
                |peraturan\s+(?-i:[A-Z][A-Z0-9]{{1,9}}))
            |(?P<se>surat\s+edaran|se)
            |(?P<skb>surat\s+keputusan\s+bersama|keputusan\s+bersama|skb)
        )(?-u:\b)
        (?:\s*\([^()\n]{{1,30}}\))?
        (?:\s+(?:ri|republik\s+indonesia)(?-u:\b))?
        (?:\s*\([^()\n]{{1,30}}\))?
        (?P<slot>(?:{slotsep}{tok}){{0,10}}?)
        (?:
             \s+(?P<kw>{nomor})(?P<kn>{numkw})
            |\s+(?P<dn>{numd})
        )
        {sep}
        (?P<year>{year})
        ",
        u = UNDANG,
        tok = SLOT_TOKEN,
        slotsep = SLOT_SEP,
        nomor = NOMOR,
        numkw = NUM_KW,
        numd = NUM_DIRECT,
        sep = YEAR_SEP,
        year = YEAR,
    );
    RegexBuilder::new(&pattern)
        .size_limit(64 << 20)
        .build()
        .expect("law citation grammar compiles")
});

/// A bare follow-up number after a citation: "… dan Nomor 20 Tahun 2023", "…, 17/2020".
static CONT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?xi)^
        (?:\s*,\s*(?:(?:dan|serta|atau)\s+)?|\s+(?:dan|serta|atau|jo\.?|juncto|junto)\s+)
        (?:(?P<kw>{nomor})(?P<kn>{numkw})|(?P<dn>{numd}))
        {sep}(?P<year>{year})",
        nomor = NOMOR,
        numkw = NUM_KW,
        numd = NUM_DIRECT,
        sep = YEAR_SEP,
        year = YEAR,
    );
    Regex::new(&pattern).expect("continuation grammar compiles")
});

/// A comma inside a title that lists names with a serial comma:
/// ", Bupati, dan Walikota" in "Pemilihan Gubernur, Bupati, dan Walikota".
static LIST_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,(?:\s+[A-Z][A-Za-z\-]*)+(?:\s*,(?:\s+[A-Z][A-Za-z\-]*)+)*\s*,\s+(?:dan|atau)\s+[A-Z]",
    )
    .expect("list tail compiles")
});

/// "tentang" right after the year.
static TENTANG_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*,?\s*tentang\s+").expect("tentang compiles"));

/// Words that may never stand in the issuer / nickname slot.
const SLOT_FORBIDDEN: &[&str] = &[
    "yang",
    "tentang",
    "atau",
    "serta",
    "jo",
    "juncto",
    "junto",
    "ini",
    "itu",
    "tersebut",
    "sebagaimana",
    "bahwa",
    "tahun",
    "thn",
    "th",
    "nomor",
    "nomer",
    "nmr",
    "no",
    "pasal",
    "ayat",
    "huruf",
    "tanggal",
    "tgl",
    "di",
    "ke",
    "dari",
    "pada",
    "oleh",
    "untuk",
    "dengan",
    "adalah",
    "merupakan",
    "sesuai",
    "berdasarkan",
    "mengatur",
    "diatur",
    "telah",
    "sudah",
    "akan",
    "juga",
    "hingga",
    "sampai",
    "lalu",
    "baru",
    "mana",
    "dimana",
    "karena",
    "maka",
    "namun",
    "tetapi",
    "sedangkan",
    "hal",
    "urut",
    // type words: a slot never holds another regulation
    "uu",
    "uud",
    "ruu",
    "undang",
    "undang-undang",
    "pp",
    "perppu",
    "perpu",
    "perpres",
    "keppres",
    "kepres",
    "inpres",
    "peraturan",
    "keputusan",
    "instruksi",
    "surat",
    "edaran",
    "perda",
    "raperda",
    "pergub",
    "perbup",
    "perwali",
    "perwako",
    "perka",
    "perkap",
    "permen",
    "permendagri",
    "pkpu",
    "perbawaslu",
    "se",
    "skb",
    "pmk",
];

/// Abbreviations that may end with a period inside an issuer ("Kab. Gowa").
const SLOT_ABBREVIATIONS: &[&str] = &["kab.", "prov.", "kec.", "kep.", "kel.", "kot."];

/// Acronyms that look like an agency after "Peraturan" but are not a `Perka`.
const NOT_AGENCY: &[&str] = &[
    "UU", "UUD", "RUU", "PP", "SE", "SKB", "RI", "MA", "MK", "DPR", "DPD", "DPRD", "MPR", "KY",
];

/// Words that end a `tentang …` title.
const TITLE_STOP: &[&str] = &[
    "yang",
    "dimana",
    "bahwa",
    "serta",
    "sebagaimana",
    "pada",
    "maka",
    "karena",
    "jo",
    "jo.",
    "juncto",
    "junto",
    "sehingga",
    "agar",
    "supaya",
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "kata",
    "ujar",
    "ujarnya",
    "katanya",
    "ungkapnya",
    "jelasnya",
    "tegasnya",
    "tuturnya",
    "imbuhnya",
    "menjelaskan",
    "mengatakan",
    "menyebutkan",
    "disebutkan",
    "dijelaskan",
    "mengatur",
    "diatur",
    "menegaskan",
    "ditegaskan",
    "mengamanatkan",
    "diamanatkan",
    "menyatakan",
    "dinyatakan",
    "telah",
    "sudah",
    "akan",
    "harus",
    "wajib",
    "juga",
    "pun",
    "itu",
    "ini",
    "tersebut",
    "adalah",
    "ialah",
    "merupakan",
    "sesuai",
    "bisa",
    "dapat",
    "tidak",
    "belum",
    "masih",
    "setelah",
    "sejak",
    "hingga",
    "sampai",
    "ketika",
    "saat",
    "apabila",
    "jika",
    "bila",
    "kalau",
    "sebab",
    "yakni",
    "yaitu",
    "seperti",
    "misalnya",
    "khususnya",
    "terutama",
    "secara",
    "soal",
    "mengenai",
    "terkait",
    "jelas",
    "tegas",
    "melarang",
    "dilarang",
    "menyebut",
    "disebut",
    "berlaku",
    "mewajibkan",
    "diwajibkan",
    "mengharuskan",
    "diharuskan",
    "menekankan",
    "ditekankan",
    "memuat",
    "dimuat",
    "berisi",
    "mengamanahkan",
    "diamanahkan",
    "dimaksud",
    "termasuk",
    "bahkan",
    "sekaligus",
    "pula",
    "kemudian",
    "lalu",
    "sebelum",
    "sesudah",
    "kini",
    "sekarang",
    "nanti",
];

/// Lower-case words a Title-Case title may contain between two capitalised words.
const TITLE_CONNECTORS: &[&str] = &[
    "dan", "atau", "dan/atau", "dalam", "bagi", "untuk", "di", "ke", "dari", "atas", "terhadap",
    "dengan", "menjadi", "tentang", "oleh", "antara",
];

/// Type words that, after "dan"/"atau", start another regulation rather than continue a title.
const TITLE_TYPE_WORDS: &[&str] = &[
    "uu",
    "undang-undang",
    "pp",
    "perppu",
    "perpres",
    "keppres",
    "inpres",
    "peraturan",
    "keputusan",
    "instruksi",
    "perda",
    "pergub",
    "perbup",
    "perwali",
    "perka",
    "permendagri",
    "pkpu",
    "perbawaslu",
    "se",
    "skb",
    "surat",
    "nomor",
    "no",
    "no.",
    "nomer",
];

/// Ministries folded into a "Permen…" abbreviation.
const PERMEN_SUFFIXES: &[(&str, &str)] = &[
    ("keu", "Menteri Keuangan"),
    ("keuangan", "Menteri Keuangan"),
    ("kes", "Menteri Kesehatan"),
    ("dikbud", "Menteri Pendidikan dan Kebudayaan"),
    (
        "dikbudristek",
        "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
    ),
    ("naker", "Menteri Ketenagakerjaan"),
    ("hub", "Menteri Perhubungan"),
    ("kumham", "Menteri Hukum dan Hak Asasi Manusia"),
    ("kominfo", "Menteri Komunikasi dan Informatika"),
    ("sos", "Menteri Sosial"),
    ("tan", "Menteri Pertanian"),
    ("ag", "Menteri Agama"),
    ("lhk", "Menteri Lingkungan Hidup dan Kehutanan"),
    ("pupr", "Menteri Pekerjaan Umum dan Perumahan Rakyat"),
];

/// A citation before its title is attached.
struct Core {
    start: usize,
    end: usize,
    law_type: LawType,
    number: String,
    year: u16,
    article_ref: Option<String>,
    issuer: Option<String>,
}

/// Every law citation in `text`, in order of appearance, non-overlapping.
pub fn find_law_citations(text: &str) -> Vec<LawCitation> {
    let cores = find_cores(text);
    let mut out = Vec::with_capacity(cores.len());
    for (i, core) in cores.iter().enumerate() {
        let bound = cores.get(i + 1).map_or(text.len(), |next| next.start);
        let (title, end) = match parse_title(text, core.end, bound) {
            Some((t, e)) => (Some(t), e),
            None => (None, core.end),
        };
        let mut cursor = end;
        out.push(LawCitation {
            span: core.start..end,
            law_type: core.law_type,
            number: core.number.clone(),
            year: core.year,
            title,
            article_ref: core.article_ref.clone(),
            issuer: core.issuer.clone(),
        });
        // Bare follow-up numbers inherit the type: "… dan Nomor 20 Tahun 2023".
        while let Some(caps) = CONT_RE.captures(&text[cursor..bound]) {
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            let num_m = caps.name("kn").or_else(|| caps.name("dn"));
            let Some(number) = num_m.and_then(|m| clean_number(m.as_str())) else {
                break;
            };
            if caps.name("dn").is_some() && looks_like_date(&number) {
                break;
            }
            let Some(year) = parse_year(caps.name("year").map_or("", |m| m.as_str())) else {
                break;
            };
            let year_end = cursor + whole.end;
            if follows_badly(text, year_end) {
                break;
            }
            let kw_start = cursor + caps.name("kw").or(num_m).map_or(whole.start, |m| m.start());
            let (title, end) = match parse_title(text, year_end, bound) {
                Some((t, e)) => (Some(t), e),
                None => (None, year_end),
            };
            out.push(LawCitation {
                span: kw_start..end,
                law_type: core.law_type,
                number,
                year,
                title,
                article_ref: None,
                issuer: core.issuer.clone(),
            });
            cursor = end;
        }
    }
    out
}

/// All type+number+year matches, validated, non-overlapping.
fn find_cores(text: &str) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut pos = 0;
    while pos <= text.len() {
        let Some(caps) = CORE_RE.captures_at(text, pos) else {
            break;
        };
        let whole = caps.get(0).map_or(pos..pos, |m| m.range());
        match build_core(text, &caps) {
            Some(core) => {
                pos = core.end.max(whole.start + 1);
                cores.push(core);
            }
            None => {
                // Retry just after the start of the rejected match.
                let step = text[whole.start..].chars().next().map_or(1, char::len_utf8);
                pos = whole.start + step;
            }
        }
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    cores
}

/// Kinds of type word, before the issuer decides the final type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Fixed(LawType),
    PermenGeneric,
    PermenAbbr,
    Perka,
}

fn family(caps: &Captures<'_>) -> Option<Family> {
    const FIXED: &[(&str, LawType)] = &[
        ("perppu", LawType::Perppu),
        ("pp", LawType::Pp),
        ("uu", LawType::Uu),
        ("perpres", LawType::Perpres),
        ("keppres", LawType::Keppres),
        ("inpres", LawType::Inpres),
        ("bawaslu", LawType::Perbawaslu),
        ("kpu", LawType::Pkpu),
        ("perda", LawType::Perda),
        ("pergub", LawType::Pergub),
        ("perbup", LawType::Perbup),
        ("perwali", LawType::Perwali),
        ("se", LawType::Se),
        ("skb", LawType::Skb),
    ];
    for (name, t) in FIXED {
        if caps.name(name).is_some() {
            return Some(Family::Fixed(*t));
        }
    }
    if caps.name("menabbr").is_some() {
        Some(Family::PermenAbbr)
    } else if caps.name("permen").is_some() {
        Some(Family::PermenGeneric)
    } else if caps.name("perka").is_some() {
        Some(Family::Perka)
    } else {
        None
    }
}

/// Whether the family takes an issuer (longer slot, "dan" allowed) rather than a nickname.
fn takes_issuer(f: Family) -> bool {
    match f {
        Family::Fixed(t) => matches!(
            t,
            LawType::Perda
                | LawType::Pergub
                | LawType::Perbup
                | LawType::Perwali
                | LawType::Se
                | LawType::Skb
        ),
        Family::PermenGeneric | Family::Perka => true,
        Family::PermenAbbr => false,
    }
}

fn build_core(text: &str, caps: &Captures<'_>) -> Option<Core> {
    let ty = caps.name("ty")?;
    let fam = family(caps)?;
    let keyword = caps.name("kw").is_some();
    let raw_number = caps
        .name("kn")
        .or_else(|| caps.name("dn"))
        .map_or("", |m| m.as_str());
    let number = clean_number(raw_number)?;
    if !keyword && looks_like_date(&number) {
        return None;
    }
    let year_m = caps.name("year")?;
    let year = parse_year(year_m.as_str())?;
    if follows_badly(text, year_m.end()) || preceded_by_draft(text, ty.start()) {
        return None;
    }
    let slot = caps.name("slot").map_or("", |m| m.as_str());
    let slot_text = check_slot(slot, fam, keyword)?;
    let (law_type, issuer) = classify(fam, ty.as_str(), slot_text)?;
    let pasal = caps.name("pasal");
    Some(Core {
        start: pasal.map_or(ty.start(), |m| m.start()),
        end: year_m.end(),
        law_type,
        number,
        year,
        article_ref: pasal.map(|m| fold_ws(m.as_str())),
        issuer,
    })
}

/// Validate the words between type and number; return them as one string, without
/// parenthetical acronyms and without a trailing "RI"/"Republik Indonesia".
fn check_slot(slot: &str, fam: Family, keyword: bool) -> Option<String> {
    let issuer = takes_issuer(fam);
    // Parenthetical acronyms ("(Kaltim)", "(Permendagri)") are free text: drop them.
    let mut clean = String::with_capacity(slot.len());
    let mut depth = 0usize;
    for c in slot.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => clean.push(c),
            _ => {}
        }
    }
    // Only circulars and joint decrees list several issuers with commas.
    if clean.contains(',') && !matches!(fam, Family::Fixed(LawType::Se | LawType::Skb)) {
        return None;
    }
    let words: Vec<&str> = clean
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        let next = words.get(i + 1).map(|n| n.to_lowercase());
        if lw.ends_with('.') && !SLOT_ABBREVIATIONS.contains(&lw.as_str()) {
            return None;
        }
        let bare = lw.trim_end_matches('.');
        if SLOT_FORBIDDEN.contains(&bare) {
            return None;
        }
        if bare == "dan" && !issuer {
            return None;
        }
        if bare == "dalam" && next.as_deref() != Some("negeri") {
            return None;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_ascii_digit() && !matches!(fam, Family::Fixed(LawType::Skb)) {
            return None;
        }
        // Without "Nomor" the slot must look like a name: "UU Pemilu 7/2017".
        if !keyword && bare != "dan" && first.is_lowercase() {
            return None;
        }
    }
    let limit = if issuer { MAX_ISSUER_WORDS } else { 3 };
    if words.len() > limit {
        return None;
    }
    // "… RI" / "… Republik Indonesia" is not part of the issuer.
    let mut text = fold_ws(&clean);
    for suffix in [" Republik Indonesia", " RI"] {
        let n = text.len();
        if n >= suffix.len()
            && text.is_char_boundary(n - suffix.len())
            && text[n - suffix.len()..].eq_ignore_ascii_case(suffix)
        {
            text.truncate(n - suffix.len());
        }
    }
    if text.eq_ignore_ascii_case("ri") || text.eq_ignore_ascii_case("republik indonesia") {
        text.clear();
    }
    Some(
        text.trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_string(),
    )
}

/// Lower-case letters and digits only: "PAN-RB" → "panrb".
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn classify(fam: Family, ty: &str, slot_text: String) -> Option<(LawType, Option<String>)> {
    let slot_sq = squash(&slot_text);
    let issuer_or_none = |s: String| if s.is_empty() { None } else { Some(s) };
    match fam {
        Family::Fixed(t) => {
            let issuer = if takes_issuer(fam) {
                issuer_or_none(slot_text)
            } else {
                None
            };
            Some((t, issuer))
        }
        Family::PermenGeneric => {
            if slot_sq == "dalamnegeri" || slot_sq == "dagri" {
                return Some((LawType::Permendagri, None));
            }
            if is_panrb(&slot_sq) {
                return Some((LawType::PermenPanrb, None));
            }
            if slot_text.is_empty() {
                return Some((LawType::Permen, None));
            }
            // Keep the word "Menteri" as written when the text spells it out.
            let menteri = ty.split_whitespace().nth(1).unwrap_or("Menteri");
            let menteri = if menteri.eq_ignore_ascii_case("menteri") {
                menteri
            } else {
                "Menteri"
            };
            Some((LawType::Permen, Some(format!("{menteri} {slot_text}"))))
        }
        Family::PermenAbbr => {
            let ty_sq = squash(ty);
            if ty_sq == "pmk" {
                return Some((LawType::Permen, Some("Menteri Keuangan".to_string())));
            }
            let suffix = ty_sq
                .strip_prefix("peraturanmen")
                .or_else(|| ty_sq.strip_prefix("permen"))
                .unwrap_or("");
            if suffix == "dagri" {
                return Some((LawType::Permendagri, None));
            }
            if suffix.starts_with("pan") && (suffix.len() == 3 || suffix == "panrb") {
                return Some((LawType::PermenPanrb, None));
            }
            let issuer = PERMEN_SUFFIXES
                .iter()
                .find(|(s, _)| *s == suffix)
                .map(|(_, name)| (*name).to_string());
            Some((LawType::Permen, issuer))
        }
        Family::Perka => {
            let mut words = ty.split_whitespace();
            let first = words.next().unwrap_or("");
            let head: Option<String> = if first.eq_ignore_ascii_case("peraturan") {
                let second = words.next().unwrap_or("");
                let lw = second.to_lowercase();
                if lw == "kapolri" {
                    Some(second.to_string())
                } else if matches!(lw.as_str(), "kepala" | "badan" | "lembaga") {
                    if slot_text.is_empty() {
                        None
                    } else {
                        Some(second.to_string())
                    }
                } else {
                    // An acronym: "Peraturan BKN".
                    if NOT_AGENCY.contains(&second) {
                        return None;
                    }
                    Some(second.to_string())
                }
            } else if first.eq_ignore_ascii_case("perkap") && slot_text.is_empty() {
                Some("Kapolri".to_string())
            } else {
                None
            };
            let issuer = match head {
                Some(h) if slot_text.is_empty() => Some(h),
                Some(h) => Some(format!("{h} {slot_text}")),
                None => issuer_or_none(slot_text),
            };
            let iss_sq = issuer.as_deref().map(squash).unwrap_or_default();
            if iss_sq.starts_with("kpu") || iss_sq.starts_with("komisipemilihanumum") {
                return Some((LawType::Pkpu, None));
            }
            if iss_sq.starts_with("bawaslu") || iss_sq.starts_with("badanpengawaspemilihanumum") {
                return Some((LawType::Perbawaslu, None));
            }
            Some((LawType::Perka, issuer))
        }
    }
}

fn is_panrb(sq: &str) -> bool {
    matches!(
        sq,
        "panrb"
            | "pan"
            | "pandanrb"
            | "pendayagunaanaparaturnegaradanreformasibirokrasi"
            | "menpanrb"
    )
}

/// Strip trailing punctuation; a number must hold a digit.
fn clean_number(raw: &str) -> Option<String> {
    let n = raw.trim_end_matches(['.', '-', '/']);
    if n.chars().any(|c| c.is_ascii_digit()) {
        Some(n.to_string())
    } else {
        None
    }
}

fn parse_year(s: &str) -> Option<u16> {
    let y: u16 = s.parse().ok()?;
    (1945..=2099).contains(&y).then_some(y)
}

/// "16/6" or "5/8" without a number keyword is a day/month, not a regulation number.
fn looks_like_date(number: &str) -> bool {
    let mut parts = number.split('/');
    let (Some(d), Some(m), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    match (d.parse::<u32>(), m.parse::<u32>()) {
        (Ok(d), Ok(m)) => (1..=31).contains(&d) && (1..=12).contains(&m),
        _ => false,
    }
}

/// A year followed by "/" ("2014/2015", "800/2017/SJ") is not the end of a citation.
fn follows_badly(text: &str, year_end: usize) -> bool {
    text[year_end..].starts_with('/')
}

/// "Rancangan Undang-Undang …" is a bill, not a law.
fn preceded_by_draft(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(word.as_str(), "rancangan" | "draf" | "draft" | "ranc.")
}

/// Collapse every run of white space to one ASCII space.
fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{AB}')
}

/// Byte length of the phrase before the first hard delimiter. With `lists`, a comma that
/// starts a serial-comma list of capitalised names does not end the phrase.
fn phrase_len(body: &str, quoted: bool, lists: bool) -> usize {
    let mut prev_ws = true;
    let mut in_list = false;
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let stop = match c {
            ',' if lists && LIST_TAIL_RE.is_match(window(body, i, 160)) => {
                in_list = true;
                false
            }
            ',' => !(in_list && ends_list(&body[i + 1..])),
            ';' | ':' | '(' | ')' | '[' | ']' | '?' | '!' | '\n' | '\r' | '"' | '\u{201C}'
            | '\u{201D}' | '\u{AB}' | '\u{BB}' => true,
            '\u{2018}' | '\u{2019}' | '\'' => quoted || prev_ws,
            '.' => next.is_none_or(|n| !n.is_alphanumeric()),
            '-' | '\u{2013}' | '\u{2014}' => prev_ws && next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if stop {
            return i;
        }
        prev_ws = c.is_whitespace();
    }
    body.len()
}

/// At most `len` bytes of `s` from `start`, cut back to a char boundary.
fn window(s: &str, start: usize, len: usize) -> &str {
    let mut end = (start + len).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[start..end]
}

/// " dan Walikota": the last item of a serial-comma list.
fn ends_list(after_comma: &str) -> bool {
    let mut words = after_comma.split_whitespace();
    matches!(words.next(), Some("dan" | "atau")) && words.next().is_some_and(starts_upper_or_digit)
}

fn starts_upper_or_digit(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The "tentang …" title after `from` (not past `bound`): the folded title and its end offset.
fn parse_title(text: &str, from: usize, bound: usize) -> Option<(String, usize)> {
    if from >= bound {
        return None;
    }
    let rest = &text[from..bound];
    let m = TENTANG_RE.find(rest)?;
    let mut body_start = from + m.end();
    let mut quoted = false;
    if let Some(c) = text[body_start..bound].chars().next() {
        if is_open_quote(c) {
            quoted = true;
            body_start += c.len_utf8();
        }
    }
    let body = &text[body_start..bound];
    let lists = body.chars().next().is_some_and(char::is_uppercase);
    let body = &body[..phrase_len(body, quoted, lists)];

    // Words with their byte offsets inside `body`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &body[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &body[s..]));
    }
    let title_case = words.first().is_some_and(|(_, w)| starts_upper_or_digit(w));

    let mut kept = 0;
    for i in 0..words.len() {
        if kept >= MAX_TITLE_WORDS {
            break;
        }
        let w = words[i].1;
        let lw = w.to_lowercase();
        let next = words.get(i + 1).map(|(_, n)| *n);
        let next_lw = next.map(str::to_lowercase);
        if TITLE_STOP.contains(&lw.as_str()) {
            break;
        }
        if lw == "di" && next_lw.as_deref() == Some("mana") {
            break;
        }
        if matches!(lw.as_str(), "dan" | "atau" | "dan/atau")
            && next_lw
                .as_deref()
                .is_none_or(|n| TITLE_TYPE_WORDS.contains(&n))
        {
            break;
        }
        if title_case && !starts_upper_or_digit(w) {
            let connector = TITLE_CONNECTORS.contains(&lw.as_str());
            if !(connector && next.is_some_and(starts_upper_or_digit)) {
                break;
            }
        }
        kept = i + 1;
    }
    // Never end on a connector.
    while kept > 0 && TITLE_CONNECTORS.contains(&words[kept - 1].1.to_lowercase().as_str()) {
        kept -= 1;
    }
    if kept == 0 {
        return None;
    }
    let first = words[0].0;
    let (last_start, last) = words[kept - 1];
    let end = last_start + last.len();
    let title = fold_ws(&body[first..end]);
    Some((title, body_start + end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, expected citations as (code, number, year)).
    type Case = (&'static str, &'static [(&'static str, &'static str, u16)]);

    const CASES: &[Case] = &[
        // --- UU, all spellings -------------------------------------------------
        (
            "Aturan itu ada di Undang-Undang Nomor 5 Tahun 2014 tentang ASN.",
            &[("UU", "5", 2014)],
        ),
        (
            "Menurutnya, undang-undang nomor 5 tahun 2014 sudah jelas.",
            &[("UU", "5", 2014)],
        ),
        (
            "Pegawai tunduk pada Undang–Undang No. 20 Th. 2023.",
            &[("UU", "20", 2023)],
        ),
        ("Ia merujuk Undang Undang No 7 tahun 2017.", &[("UU", "7", 2017)]),
        (
            "Hal ini tertuang dalam Undang-Undang (UU) Nomor 5 Tahun 2014 tentang ASN.",
            &[("UU", "5", 2014)],
        ),
        ("Rujukannya UU 7/2017 soal pemilu.", &[("UU", "7", 2017)]),
        ("Sesuai UU\u{a0}Nomor  10  Tahun 2016, kata dia.", &[("UU", "10", 2016)]),
        ("Dasarnya UU Nomor: 5 Tahun 2014.", &[("UU", "5", 2014)]),
        ("Ia mengutip UU RI Nomor 5 Tahun 2014.", &[("UU", "5", 2014)]),
        (
            "Ia mengutip Undang-Undang Republik Indonesia Nomor 23 Tahun 2014.",
            &[("UU", "23", 2014)],
        ),
        ("Aturannya UU Pemilu Nomor 7 Tahun 2017.", &[("UU", "7", 2017)]),
        ("Aturannya UU Pilkada 10/2016.", &[("UU", "10", 2016)]),
        ("UU No.5/2014 menjadi dasarnya.", &[("UU", "5", 2014)]),
        ("Menurut UU 5 Tahun 2014, ASN netral.", &[("UU", "5", 2014)]),
        // --- Perppu, PP, Perpres, Keppres, Inpres --------------------------------
        ("Pemerintah menerbitkan Perppu Nomor 1 Tahun 2022.", &[("Perppu", "1", 2022)]),
        (
            "Ia membaca Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022.",
            &[("Perppu", "2", 2022)],
        ),
        (
            "Sanksi mengacu Peraturan Pemerintah (PP) Nomor 94 Tahun 2021.",
            &[("PP", "94", 2021)],
        ),
        ("Sanksi mengacu PP 53/2010.", &[("PP", "53", 2010)]),
        ("Sanksi mengacu PP Nomor 53/2010.", &[("PP", "53", 2010)]),
        ("Ia menyebut pp no 94 tahun 2021.", &[("PP", "94", 2021)]),
        ("Presiden meneken Perpres Nomor 12 Tahun 2021.", &[("Perpres", "12", 2021)]),
        (
            "Presiden meneken Peraturan Presiden Nomor 82 Tahun 2018.",
            &[("Perpres", "82", 2018)],
        ),
        ("Ia dilantik lewat Keppres nomor 74/P/2023.", &[("Keppres", "74/P", 2023)]),
        ("Pelantikan berdasar Kepres No 11 Tahun 2020.", &[("Keppres", "11", 2020)]),
        (
            "Ia ditetapkan dengan Keputusan Presiden Nomor 106/P Tahun 2022.",
            &[("Keppres", "106/P", 2022)],
        ),
        ("Ada Inpres Nomor 1 Tahun 2022 soal ini.", &[("Inpres", "1", 2022)]),
        (
            "Ada Instruksi Presiden Nomor 7 Tahun 2015 soal ini.",
            &[("Inpres", "7", 2015)],
        ),
        // --- Ministerial rules --------------------------------------------------
        (
            "Pedomannya Permendagri Nomor 77 Tahun 2020.",
            &[("Permendagri", "77", 2020)],
        ),
        (
            "Pedomannya Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019.",
            &[("Permendagri", "90", 2019)],
        ),
        (
            "Pedomannya Permen Dalam Negeri No 3 Tahun 2018.",
            &[("Permendagri", "3", 2018)],
        ),
        (
            "Jabatan diatur PermenPANRB Nomor 1 Tahun 2023.",
            &[("PermenPANRB", "1", 2023)],
        ),
        (
            "Jabatan diatur Permenpan RB Nomor 17 Tahun 2021.",
            &[("PermenPANRB", "17", 2021)],
        ),
        (
            "Jabatan diatur Permenpan-RB Nomor 6 Tahun 2022.",
            &[("PermenPANRB", "6", 2022)],
        ),
        (
            "Jabatan diatur Peraturan Menteri PANRB Nomor 25 Tahun 2021.",
            &[("PermenPANRB", "25", 2021)],
        ),
        (
            "Jabatan diatur Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020.",
            &[("PermenPANRB", "3", 2020)],
        ),
        (
            "Tarif diatur Peraturan Menteri Keuangan Nomor 60 Tahun 2022.",
            &[("Permen", "60", 2022)],
        ),
        ("Tarif diatur PMK Nomor 60 Tahun 2022.", &[("Permen", "60", 2022)]),
        ("Tarif diatur Permenkeu No 4 Tahun 2021.", &[("Permen", "4", 2021)]),
        (
            "Sekolah memakai Permen Pendidikan dan Kebudayaan Nomor 1 Tahun 2021.",
            &[("Permen", "1", 2021)],
        ),
        // --- Election bodies ----------------------------------------------------
        (
            "Pengawasan memakai Perbawaslu Nomor 6 Tahun 2018.",
            &[("Perbawaslu", "6", 2018)],
        ),
        (
            "Pengawasan memakai Peraturan Bawaslu Nomor 8 Tahun 2022.",
            &[("Perbawaslu", "8", 2022)],
        ),
        (
            "Pengawasan memakai Peraturan Badan Pengawas Pemilihan Umum Nomor 2 Tahun 2023.",
            &[("Perbawaslu", "2", 2023)],
        ),
        ("Jadwal ada di PKPU Nomor 3 Tahun 2022.", &[("PKPU", "3", 2022)]),
        ("Jadwal ada di Peraturan KPU Nomor 15 Tahun 2023.", &[("PKPU", "15", 2023)]),
        (
            "Jadwal ada di Peraturan Komisi Pemilihan Umum Nomor 20 Tahun 2023.",
            &[("PKPU", "20", 2023)],
        ),
        // --- Regional rules -----------------------------------------------------
        (
            "Retribusi diatur Perda Kabupaten Gowa Nomor 3 Tahun 2019.",
            &[("Perda", "3", 2019)],
        ),
        ("Retribusi diatur Perda Kaltim Nomor 1 Tahun 2020.", &[("Perda", "1", 2020)]),
        (
            "Retribusi diatur peraturan daerah kabupaten gowa nomor 3 tahun 2019.",
            &[("Perda", "3", 2019)],
        ),
        (
            "Ada Peraturan Daerah (Perda) Nomor 9 Tahun 2017 tentang Pajak.",
            &[("Perda", "9", 2017)],
        ),
        ("Ada Pergub Kaltim Nomor 43 Tahun 2019.", &[("Pergub", "43", 2019)]),
        (
            "Ada Peraturan Gubernur Kalimantan Timur Nomor 8 Tahun 2021.",
            &[("Pergub", "8", 2021)],
        ),
        ("Ada Perbup Kukar Nomor 12 Tahun 2020.", &[("Perbup", "12", 2020)]),
        (
            "Ada Peraturan Bupati Kutai Kartanegara Nomor 2 Tahun 2022.",
            &[("Perbup", "2", 2022)],
        ),
        ("Ada Perwali Samarinda Nomor 5 Tahun 2021.", &[("Perwali", "5", 2021)]),
        ("Ada Perwako Nomor 7 Tahun 2020.", &[("Perwali", "7", 2020)]),
        (
            "Ada Peraturan Walikota Balikpapan Nomor 4 Tahun 2019.",
            &[("Perwali", "4", 2019)],
        ),
        (
            "Ada Peraturan Wali Kota Bontang Nomor 1 Tahun 2023.",
            &[("Perwali", "1", 2023)],
        ),
        // --- Agencies -----------------------------------------------------------
        ("Polisi memakai Perkap Nomor 8 Tahun 2009.", &[("Perka", "8", 2009)]),
        (
            "Polisi memakai Peraturan Kapolri Nomor 7 Tahun 2012.",
            &[("Perka", "7", 2012)],
        ),
        (
            "Penilaian memakai Peraturan BKN Nomor 3 Tahun 2020.",
            &[("Perka", "3", 2020)],
        ),
        (
            "Penilaian memakai Peraturan Kepala BKN Nomor 35 Tahun 2011.",
            &[("Perka", "35", 2011)],
        ),
        (
            "Penilaian memakai Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019.",
            &[("Perka", "5", 2019)],
        ),
        ("Penilaian memakai Perka BKN No 1 Tahun 2013.", &[("Perka", "1", 2013)]),
        // --- Circulars and joint decrees -----------------------------------------
        (
            "Larangan itu ada di SE Menteri PANRB Nomor 1 Tahun 2023.",
            &[("SE", "1", 2023)],
        ),
        (
            "Larangan itu ada di SE MenPANRB Nomor B/71/M.SM.00.00/2017.",
            &[("SE", "B/71/M.SM.00.00", 2017)],
        ),
        (
            "Larangan itu ada di Surat Edaran Mendagri Nomor 800/2021 lalu.",
            &[("SE", "800", 2021)],
        ),
        ("Larangan itu ada di SE KASN Nomor 2 Tahun 2022.", &[("SE", "2", 2022)]),
        (
            "Larangan itu ada di SE Nomor B/71/M.SM.00.00/2017.",
            &[("SE", "B/71/M.SM.00.00", 2017)],
        ),
        ("Surat Edaran Nomor 5 Tahun 2021 berlaku.", &[("SE", "5", 2021)]),
        (
            "Pedoman netralitas ada di SKB 5 Menteri Nomor 2 Tahun 2022.",
            &[("SKB", "2", 2022)],
        ),
        (
            "Pedoman netralitas ada di Surat Keputusan Bersama (SKB) Nomor 1 Tahun 2019.",
            &[("SKB", "1", 2019)],
        ),
        (
            "Pedoman netralitas ada di Keputusan Bersama Menteri PANRB Nomor 2 Tahun 2022.",
            &[("SKB", "2", 2022)],
        ),
        // --- Pasal references ---------------------------------------------------
        (
            "Larangan ada di Pasal 280 ayat (2) huruf f UU 7/2017.",
            &[("UU", "7", 2017)],
        ),
        (
            "Larangan ada di Pasal 9 ayat 2 Undang-Undang Nomor 5 Tahun 2014.",
            &[("UU", "5", 2014)],
        ),
        ("Lihat pasal 2 huruf f dalam UU No 5 Tahun 2014.", &[("UU", "5", 2014)]),
        // --- Lists and amendments -----------------------------------------------
        (
            "Dasarnya UU Nomor 5 Tahun 2014 dan PP Nomor 53 Tahun 2010.",
            &[("UU", "5", 2014), ("PP", "53", 2010)],
        ),
        (
            "Pilkada memakai UU Nomor 10 Tahun 2016 jo UU Nomor 1 Tahun 2015.",
            &[("UU", "10", 2016), ("UU", "1", 2015)],
        ),
        (
            "Ada PP Nomor 53 Tahun 2010 sebagaimana diubah dengan PP Nomor 94 Tahun 2021.",
            &[("PP", "53", 2010), ("PP", "94", 2021)],
        ),
        (
            "Rujukannya UU Nomor 5 Tahun 2014 tentang ASN dan Nomor 20 Tahun 2023 tentang ASN.",
            &[("UU", "5", 2014), ("UU", "20", 2023)],
        ),
        (
            "Ada UU No 10 Tahun 2016, No 7 Tahun 2017, dan Perda Kukar Nomor 2 Tahun 2019.",
            &[("UU", "10", 2016), ("UU", "7", 2017), ("Perda", "2", 2019)],
        ),
        (
            "Diatur dalam PP dan UU Nomor 5 Tahun 2014.",
            &[("UU", "5", 2014)],
        ),
        (
            "Ia mengutip UU Nomor 10 Tahun 2016 tentang Perubahan Kedua atas UU Nomor 1 Tahun 2015.",
            &[("UU", "10", 2016), ("UU", "1", 2015)],
        ),
        (
            "Ia mengacu PP No. 11/2017 jo. PP No. 17/2020 soal manajemen PNS.",
            &[("PP", "11", 2017), ("PP", "17", 2020)],
        ),
        (
            "Sanksi diatur PP Nomor 53 Tahun 2010 dan 94 Tahun 2021.",
            &[("PP", "53", 2010), ("PP", "94", 2021)],
        ),
        (
            "Rujukannya UU 10/2016, 7/2017, dan Perppu 1/2022.",
            &[("UU", "10", 2016), ("UU", "7", 2017), ("Perppu", "1", 2022)],
        ),
        (
            "Ia dijerat Pasal 280 ayat (2) dan Pasal 282 UU 7/2017.",
            &[("UU", "7", 2017)],
        ),
        (
            "Pedomannya SKB 5 Menteri/Kepala Lembaga Nomor 2 Tahun 2022 tentang Netralitas.",
            &[("SKB", "2", 2022)],
        ),
        (
            "Terbit SE Menteri PANRB, Mendagri, dan Kepala BKN Nomor 1 Tahun 2020.",
            &[("SE", "1", 2020)],
        ),
        (
            "Sesuai PERATURAN DAERAH KOTA SAMARINDA NOMOR 9 TAHUN 2021 TENTANG PAJAK.",
            &[("Perda", "9", 2021)],
        ),
        (
            "Pemilu diatur UU ITE Nomor 19 Tahun 2016 dan UU Nomor 1 Tahun 2024.",
            &[("UU", "19", 2016), ("UU", "1", 2024)],
        ),
        // --- Negative traps -----------------------------------------------------
        ("Acara digelar Senin (28/8/2023) pukul 10.00.", &[]),
        ("Rapat berlangsung (16/6) dan (5/8/20) di kantor.", &[]),
        ("Pada 16/6/2022 pukul 10.00 WITA ia hadir.", &[]),
        ("Musim 2014/2015 sudah lewat.", &[]),
        ("Pahami UU ASN dan PP disiplin.", &[]),
        ("Sesuai UU Nomor 5 yang berlaku.", &[]),
        ("Hak itu dijamin UUD 1945 Pasal 28.", &[]),
        ("Hak itu dijamin Undang-Undang Dasar Tahun 1945.", &[]),
        ("DPR membahas RUU Nomor 5 Tahun 2024.", &[]),
        ("DPR membahas Rancangan Undang-Undang Nomor 3 Tahun 2024.", &[]),
        ("DPRD membahas Raperda Nomor 3 Tahun 2024.", &[]),
        ("Pasangan nomor urut 2 menang pada tahun 2024.", &[]),
        ("Lihat Pasal 28 soal kebebasan.", &[]),
        ("UU Nomor 5 Tahun 1900 itu fiktif.", &[]),
        ("Ia lahir tahun 2014 dan PP-nya tahun 2015.", &[]),
        ("Perda 16/6/2022 dibahas.", &[]),
        ("Surat nomor 800/2017/SJ sudah dikirim.", &[]),
        ("Peraturan Mahkamah Agung Nomor 1 Tahun 2016 soal mediasi.", &[]),
        ("Pemilu digelar 14/2/2024 dan UU 2024 belum ada.", &[]),
        ("Pada tahun 2014 UU itu disahkan, nomor 5.", &[]),
        ("Sesuai UU Nomor 5 Tahun 2014 dan 16/6/2022 lalu.", &[("UU", "5", 2014)]),
    ];

    #[test]
    fn table() {
        assert!(CASES.len() >= 50, "only {} cases", CASES.len());
        let mut failures = Vec::new();
        for (text, expected) in CASES {
            let got: Vec<(&str, String, u16)> = find_law_citations(text)
                .iter()
                .map(|c| (c.law_type.code(), c.number.clone(), c.year))
                .collect();
            let want: Vec<(&str, String, u16)> = expected
                .iter()
                .map(|(c, n, y)| (*c, (*n).to_string(), *y))
                .collect();
            if got != want {
                failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    fn one(text: &str) -> LawCitation {
        let mut v = find_law_citations(text);
        assert_eq!(v.len(), 1, "{text:?} gave {v:?}");
        v.remove(0)
    }

    #[test]
    fn titles() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "diatur UU Nomor 5 Tahun 2014 tentang ASN dimana disebutkan bahwa",
                Some("ASN"),
            ),
            (
                "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum.",
                Some("Pemilihan Umum"),
            ),
            (
                "PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, ASN wajib",
                Some("Disiplin Pegawai Negeri Sipil"),
            ),
            (
                "UU Nomor 5 Tahun 2014 tentang ASN yang menyebutkan",
                Some("ASN"),
            ),
            (
                "UU Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (ASN) berlaku",
                Some("Aparatur Sipil Negara"),
            ),
            ("UU Nomor 5 Tahun 2014 tentang ASN harus dipatuhi", Some("ASN")),
            (
                "Perbawaslu Nomor 6 Tahun 2018 tentang Pengawasan Netralitas ASN dalam Pemilu serta",
                Some("Pengawasan Netralitas ASN dalam Pemilu"),
            ),
            (
                "undang-undang nomor 5 tahun 2014 tentang asn dimana disebutkan",
                Some("asn"),
            ),
            (
                "PP Nomor 1 Tahun 2020 tentang \u{201C}Disiplin\u{201D} katanya",
                Some("Disiplin"),
            ),
            ("UU Nomor 5 Tahun 2014 menyebut itu.", None),
            ("UU Nomor 5 Tahun 2014 tentang yang lain.", None),
            (
                "Permendikbud Nomor 1 Tahun 2021 tentang Pendidikan dan Kebudayaan pada",
                Some("Pendidikan dan Kebudayaan"),
            ),
            (
                "UU Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota.",
                Some("Pemilihan Gubernur, Bupati, dan Wali Kota"),
            ),
            (
                "UU Nomor 5 Tahun 2014 tentang ASN, TNI dan Polri harus netral.",
                Some("ASN"),
            ),
            ("PP 53 tahun 2010 tentang disiplin PNS jelas melarang", Some("disiplin PNS")),
            (
                "UU Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara – kata dia",
                Some("Aparatur Sipil Negara"),
            ),
        ];
        for (text, want) in cases {
            let c = one(text);
            assert_eq!(c.title.as_deref(), *want, "{text:?}");
            assert!(text.is_char_boundary(c.span.end));
        }
    }

    #[test]
    fn title_stops_before_next_citation() {
        let v = find_law_citations(
            "UU Nomor 10 Tahun 2016 tentang Perubahan Kedua atas UU Nomor 1 Tahun 2015 tentang Pilkada.",
        );
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].title.as_deref(), Some("Perubahan Kedua"));
        assert_eq!(v[1].title.as_deref(), Some("Pilkada"));
        assert!(v[0].span.end <= v[1].span.start);
    }

    #[test]
    fn article_refs_and_spans() {
        let text = "Ia melanggar Pasal 280 ayat (2) huruf f UU 7/2017 kemarin.";
        let c = one(text);
        assert_eq!(c.article_ref.as_deref(), Some("Pasal 280 ayat (2) huruf f"));
        assert_eq!(
            &text[c.span.clone()],
            "Pasal 280 ayat (2) huruf f UU 7/2017"
        );

        let text = "Menurut Pasal 9 ayat 2 Undang-Undang Nomor 5 Tahun 2014, ASN netral.";
        let c = one(text);
        assert_eq!(c.article_ref.as_deref(), Some("Pasal 9 ayat 2"));
        assert_eq!(
            &text[c.span.clone()],
            "Pasal 9 ayat 2 Undang-Undang Nomor 5 Tahun 2014"
        );

        let text = "Sesuai UU Nomor 5 Tahun 2014 tentang ASN dimana disebutkan.";
        let c = one(text);
        assert_eq!(c.article_ref, None);
        assert_eq!(&text[c.span.clone()], "UU Nomor 5 Tahun 2014 tentang ASN");

        let text = "Dasarnya UU Nomor 5 Tahun 2014 dan Nomor 20 Tahun 2023.";
        let v = find_law_citations(text);
        assert_eq!(&text[v[0].span.clone()], "UU Nomor 5 Tahun 2014");
        assert_eq!(&text[v[1].span.clone()], "Nomor 20 Tahun 2023");
    }

    #[test]
    fn issuers() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Perda Kabupaten Gowa Nomor 3 Tahun 2019",
                Some("Kabupaten Gowa"),
            ),
            ("Perda Kaltim Nomor 3 Tahun 2019", Some("Kaltim")),
            ("Perda Nomor 3 Tahun 2019", None),
            (
                "Peraturan Menteri Keuangan Nomor 1 Tahun 2020",
                Some("Menteri Keuangan"),
            ),
            (
                "Permen Keuangan Nomor 1 Tahun 2020",
                Some("Menteri Keuangan"),
            ),
            ("PMK Nomor 1 Tahun 2020", Some("Menteri Keuangan")),
            ("Peraturan Kapolri Nomor 7 Tahun 2012", Some("Kapolri")),
            ("Perkap Nomor 7 Tahun 2012", Some("Kapolri")),
            ("Peraturan BKN Nomor 3 Tahun 2020", Some("BKN")),
            ("SE Menteri PANRB Nomor 1 Tahun 2023", Some("Menteri PANRB")),
            ("SE KASN Nomor 1 Tahun 2023", Some("KASN")),
            ("SKB 5 Menteri Nomor 2 Tahun 2022", Some("5 Menteri")),
            (
                "Pergub Kaltim (Kalimantan Timur) Nomor 2 Tahun 2022",
                Some("Kaltim"),
            ),
            (
                "Peraturan Menteri Keuangan RI Nomor 1 Tahun 2020",
                Some("Menteri Keuangan"),
            ),
            ("Perda Kab. Gowa Nomor 3 Tahun 2019", Some("Kab. Gowa")),
            ("UU ASN Nomor 5 Tahun 2014", None),
        ];
        for (text, want) in cases {
            let c = one(text);
            assert_eq!(c.issuer.as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn label_is_canonical() {
        let c = one("Ia mengutip uu no. 5 th 2014 tentang Aparatur Sipil Negara.");
        assert_eq!(
            c.label(),
            "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara"
        );
        let c = one("Ia dilantik lewat Keppres nomor 74/P/2023.");
        assert_eq!(c.label(), "Keputusan Presiden Nomor 74/P Tahun 2023");
        let c = one("Dasarnya PermenPANRB Nomor 1 Tahun 2023");
        assert_eq!(
            c.label(),
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2023"
        );
    }

    #[test]
    fn leading_zeros_kept() {
        let c = one("Ada Perda Nomor 03 Tahun 2019.");
        assert_eq!(c.number, "03");
    }

    #[test]
    fn codes_round_trip() {
        for t in LawType::ALL {
            assert_eq!(LawType::from_code(t.code()), Some(t));
            assert_eq!(LawType::from_code(&t.code().to_lowercase()), Some(t));
            assert_eq!(LawType::from_code(&t.code().to_uppercase()), Some(t));
            assert!(!t.full_name().is_empty());
        }
        assert_eq!(
            LawType::from_code("permenpanrb"),
            Some(LawType::PermenPanrb)
        );
        assert_eq!(LawType::from_code("UUD"), None);
        assert_eq!(LawType::from_code(""), None);
    }

    #[test]
    fn spans_are_ordered_and_slice() {
        let text = "Menurut Pasal 2 UU Nomor 5 Tahun 2014 tentang ASN, PP 53/2010, dan \
                    Perda Kaltim Nomor 1 Tahun 2020 tentang Pajak Daerah; juga SE KASN Nomor 2 Tahun 2022.";
        let v = find_law_citations(text);
        let codes: Vec<&str> = v.iter().map(|c| c.law_type.code()).collect();
        assert_eq!(codes, ["UU", "PP", "Perda", "SE"]);
        for w in v.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        let slices: Vec<&str> = v.iter().map(|c| &text[c.span.clone()]).collect();
        assert_eq!(
            slices,
            [
                "Pasal 2 UU Nomor 5 Tahun 2014 tentang ASN",
                "PP 53/2010",
                "Perda Kaltim Nomor 1 Tahun 2020 tentang Pajak Daerah",
                "SE KASN Nomor 2 Tahun 2022",
            ]
        );
    }

    #[test]
    fn never_panics() {
        let mut inputs: Vec<String> = vec![
            String::new(),
            "UU".into(),
            "UU Nomor".into(),
            "UU Nomor 5 Tahun".into(),
            "Pasal 1 ayat (".into(),
            "tentang".into(),
            "UU 5/2014 tentang".into(),
            "UU 5/2014 tentang \u{201C}".into(),
            "ééé UU Nomor 5 Tahun 2014 tentang Ünïcödé 日本語 ✓".into(),
            "PP Nomor ١٢ Tahun ٢٠١٤".into(),
            "Perda 𝔘𝔘 Nomor 1 Tahun 2020 tentang 🙂🙂".into(),
            "\u{a0}\u{2013}\u{2014}/////...,,,;;;((()))".into(),
        ];
        let mut long = String::new();
        for i in 0..4000 {
            long.push_str(
                [
                    "UU ", "Nomor ", "Tahun ", "2014 ", "Perda x ", "é/", "(1/2) ",
                ][i % 7],
            );
        }
        inputs.push(long);
        inputs.push("Perda yang Nomor 1 Tahun 2020 ".repeat(2000));
        inputs.push("UU Nomor 5 Tahun 2014 tentang ASN dan ".repeat(2000));
        let mut seed: u32 = 12345;
        for _ in 0..200 {
            let mut s = String::new();
            for _ in 0..60 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                let pick = (seed >> 16) % 24;
                s.push_str(
                    [
                        "UU",
                        " ",
                        "Nomor",
                        "5",
                        "/",
                        "2014",
                        "Tahun",
                        "tentang",
                        "é",
                        "–",
                        "(",
                        ")",
                        "Pasal",
                        "ayat",
                        "Perda",
                        "Kab.",
                        ",",
                        ".",
                        "\u{a0}",
                        "日",
                        "dan",
                        "SKB",
                        "PermenPAN-RB",
                        "Menteri",
                    ][pick as usize],
                );
            }
            inputs.push(s);
        }
        for s in &inputs {
            let v = find_law_citations(s);
            let mut last = 0;
            for c in &v {
                assert!(c.span.start >= last && c.span.start < c.span.end);
                assert!(s.is_char_boundary(c.span.start) && s.is_char_boundary(c.span.end));
                assert!((1945..=2099).contains(&c.year));
                let _ = c.label();
                last = c.span.end;
            }
        }
    }
}
