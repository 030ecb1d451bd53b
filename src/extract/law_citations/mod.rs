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
//!   `Permendes PDTT`/`PMK` (type `Permen`, issuer `Menteri X`);
//! * `Perbawaslu`/`Peraturan Bawaslu`, `PKPU`/`Peraturan KPU`/`PerKPU`;
//! * regional rules with an optional region: `Perda Kabupaten Gowa Nomor 3 Tahun
//!   2019`, `Pergub Kaltim …`, `Perbup`/`Perbub …`, `Perwali`/`Perwako`/`Peraturan
//!   Wali Kota …`, and the special regions' by-laws, which are Perda: `Qanun Aceh`,
//!   `Perdasus`/`Perdasi` (Papua), `Perdais` (DIY);
//! * agency rules: `Perka`, `Perkap`, `Peraturan Kapolri`, `Perpol`/`Peraturan
//!   Polri`, `Perlem`, `Peraturan Kepala X`, `Peraturan Badan X`, `Peraturan BKN
//!   Nomor 3 Tahun 2020`, `Peraturan DKPP …` (type `Perka`);
//! * circulars and joint decrees: `SE Menteri PANRB Nomor B/71/M.SM.00.00/2017`,
//!   `Surat Edaran …`, `SKB 5 Menteri Nomor 2 Tahun 2022`, `Keputusan Bersama …`
//!   with a list of issuers joined by commas, `dan` or `serta`;
//! * an article reference in front of the law: `Pasal 280 ayat (2) huruf f UU
//!   7/2017`, `Pasal 2 ayat (1) jo Pasal 18 UU …`;
//! * compact numbers: `PP No.53/2010`, `Perda Nomor 12 /2013`, `Nomor21 Tahun
//!   2010`, two-digit years in charges (`UU 31/99 jo UU 20/01`), and a letter
//!   number whose last slash became a space (`No. SE/07.M.Pan/7 2009`);
//! * lists and amendments: `UU Nomor 5 Tahun 2014 dan PP Nomor 53 Tahun 2010`,
//!   `UU Nomor 10 Tahun 2016 jo UU Nomor 1 Tahun 2015`, and a bare follow-up
//!   number that inherits the type: `UU Nomor 5 Tahun 2014 dan Nomor 20 Tahun
//!   2023`.
//!
//! Never a citation: anything without a year (`UU ASN`, `UU Nomor 5`), dates
//! (`Senin (28/8/2023)`), the constitution (`UUD 1945`, `Undang-Undang Dasar`),
//! bills (`RUU …`, `Rancangan Undang-Undang …`, `Raperda …`), `nomor urut 2`,
//! and rules of types the contract does not list: the courts' own rules
//! (`Peraturan Mahkamah Agung`, and `PMK` in news of the Mahkamah Konstitusi).
//!
//! The grammar lives in small modules: `grammar` holds the regular
//! expressions, `cores` validates their matches, `classify` turns type word
//! and issuer into a type code, `title` reads the `tentang …` title and
//! `follow_ups` the bare numbers that follow a citation; `words` holds the
//! word lists they share.
//!
//! ```
//! use beritagraf::extract::law_citations::{find_law_citations, LawType};
//! let found = find_law_citations("Hal itu diatur UU Nomor 5 Tahun 2014 tentang ASN.");
//! assert_eq!(found[0].law_type, LawType::Uu);
//! assert_eq!(found[0].number, "5");
//! assert_eq!(found[0].year, 2014);
//! assert_eq!(found[0].title.as_deref(), Some("ASN"));
//! ```

mod citation;
mod classify;
mod cores;
mod follow_ups;
mod grammar;
mod law_type;
mod title;
mod words;

#[cfg(test)]
mod tests;

pub use citation::LawCitation;
pub use law_type::LawType;
pub use words::is_regulation_word;

use cores::find_cores;
use follow_ups::follow_up;
use title::parse_title;

/// Collapse every run of white space to one ASCII space.
fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
        let statute = matches!(core.law_type, LawType::Uu | LawType::Perppu | LawType::Pp);
        while let Some(follow) = follow_up(text, cursor, bound, statute) {
            let (title, end) = match parse_title(text, follow.year_end, bound) {
                Some((t, e)) => (Some(t), e),
                None => (None, follow.year_end),
            };
            out.push(LawCitation {
                span: follow.start..end,
                law_type: core.law_type,
                number: follow.number,
                year: follow.year,
                title,
                article_ref: None,
                issuer: core.issuer.clone(),
            });
            cursor = end;
        }
    }
    out
}
