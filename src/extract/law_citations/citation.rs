//! One law citation as the grammar reports it, and its canonical label.

use super::LawType;
use std::ops::Range;

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
