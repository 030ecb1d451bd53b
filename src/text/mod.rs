//! Text preparation for Indonesian news articles.
//!
//! [`prepare`] turns the raw body of one scraped article into a
//! [`PreparedText`]: normalised text ([`normalize`]) with the boilerplate
//! removed ([`boilerplate`]: "Baca juga", bylines, copyright, navigation,
//! section labels, related headlines, date lines, photo credits and
//! captions that only repeat the body, datelines, paragraphs printed twice),
//! split into paragraphs and sentences, with the direct quotations located
//! ([`sentences`]). All ranges are byte offsets into [`PreparedText::text`]
//! and always lie on char boundaries.
//!
//! ```
//! # use beritagraf::text::prepare;
//! let body = "SAMARINDA - Wali kota membuka rapat. \u{201C}Kita netral,\u{201D} katanya.\nEditor: Ani";
//! let p = prepare(body);
//! assert_eq!(p.text, "Wali kota membuka rapat. \"Kita netral,\" katanya.");
//! assert_eq!(p.dateline_place.as_deref(), Some("Samarinda"));
//! assert_eq!(p.sentences.len(), 2);
//! assert_eq!(&p.text[p.quotes[0].clone()], "\"Kita netral,\"");
//! ```

pub mod boilerplate;
pub mod calendar;
pub mod normalize;
pub mod sentences;

pub use boilerplate::{clean, CleanBody};
pub use normalize::normalize;
pub use sentences::{find_quotes, split_sentences};

use std::ops::Range;

/// The cleaned body of one article, with its structure.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PreparedText {
    /// Normalised body text without boilerplate: the kept paragraphs joined by "\n\n". All offsets below are byte offsets into this string.
    pub text: String,
    /// Byte ranges of the kept paragraphs, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences in order; each lies within one paragraph.
    pub sentences: Vec<Sentence>,
    /// Byte ranges of direct quotations, from the opening quote mark to the closing one inclusive (a quotation may span several sentences, never paragraphs unless the closing mark is missing: then it ends at the paragraph end).
    pub quotes: Vec<Range<usize>>,
    /// Place named by a dateline that was removed ("Tenggarong (ANTARA) -" → "Tenggarong"; "REPUBLIKA.CO.ID, JAKARTA --" → "Jakarta"; "PALEMBANG, KOMPAS.com -" → "Palembang"), title-cased.
    pub dateline_place: Option<String>,
    /// A publication date found in the boilerplate ("- 29 Agustus 2023, 19:52 WIB", "Senin, 21 Feb 2022 17:25 WIB" at the top of the article), as (year, month, day).
    pub published: Option<(u16, u8, u8)>,
}

/// One sentence of a [`PreparedText`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in [`PreparedText::text`], trimmed, never empty.
    pub range: Range<usize>,
    /// Index of the paragraph (in [`PreparedText::paragraphs`]) holding it.
    pub paragraph: usize,
}

/// Normalise, join hard-wrapped lines, strip boilerplate and datelines, drop repeated paragraphs, split sentences and find quotations.
pub fn prepare(body: &str) -> PreparedText {
    let normalized = boilerplate::unwrap_lines(&normalize(body));
    let cleaned = clean(&normalized);

    let total: usize = cleaned.paragraphs.iter().map(|p| p.len() + 2).sum();
    let mut text = String::with_capacity(total);
    let mut paragraphs = Vec::with_capacity(cleaned.paragraphs.len());
    for p in &cleaned.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        paragraphs.push(start..text.len());
    }

    let mut sentences = Vec::new();
    let mut quotes = Vec::new();
    for (index, para) in paragraphs.iter().enumerate() {
        let para_quotes = find_quotes(&text, para.clone());
        sentences.extend(split_sentences(&text, para.clone(), index, &para_quotes));
        quotes.extend(para_quotes);
    }

    PreparedText {
        text,
        paragraphs,
        sentences,
        quotes,
        dateline_place: cleaned.dateline_place,
        published: cleaned.published,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Check every structural invariant of a prepared text.
    fn check_invariants(p: &PreparedText) {
        let t = &p.text;
        let on_boundary = |r: &Range<usize>| {
            r.start <= r.end
                && r.end <= t.len()
                && t.is_char_boundary(r.start)
                && t.is_char_boundary(r.end)
        };
        let mut last_end = 0;
        for (i, r) in p.paragraphs.iter().enumerate() {
            assert!(on_boundary(r), "paragraph {i} {r:?}");
            assert!(r.start >= last_end && r.start < r.end);
            assert!(!t[r.clone()].contains('\n'));
            assert_eq!(t[r.clone()].trim(), &t[r.clone()]);
            last_end = r.end;
        }
        let joined: Vec<&str> = p.paragraphs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(joined.join("\n\n"), *t);
        let mut last = 0;
        for s in &p.sentences {
            assert!(on_boundary(&s.range), "sentence {s:?}");
            let para = &p.paragraphs[s.paragraph];
            assert!(
                para.start <= s.range.start && s.range.end <= para.end,
                "sentence {s:?}"
            );
            assert!(s.range.start >= last && s.range.start < s.range.end);
            let st = &t[s.range.clone()];
            assert_eq!(st.trim(), st);
            last = s.range.end;
        }
        for q in &p.quotes {
            assert!(on_boundary(q), "quote {q:?}");
            assert_eq!(t.as_bytes()[q.start], b'"');
            let idx = p.paragraphs.partition_point(|r| r.end <= q.start);
            let para = &p.paragraphs[idx];
            assert!(para.start <= q.start && q.end <= para.end, "quote {q:?}");
        }
    }

    /// An article of my own, in the shape the scrapers produce.
    const ARTICLE: &str = "KABAR KOTA\n\
        Wali Kota Ajak ASN Jaga Netralitas\n\
        \n\
        Kamis, 14 Mar 2024 10:12 WIB\n\
        Wali Kota Rina (tengah) menyapa pegawai usai apel pagi di Balai Kota Bontang, Kamis (14/3/2024). ANTARA/HO-Humas Pemkot\n\
        \n\
        BONTANG (ANTARA) \u{2013} Wali Kota Bontang Dr. H. Rina Kartika, M.Si. meminta seluruh aparatur sipil negara (ASN) menjaga netralitas menjelang pilkada.\n\
        \u{201C}Pegawai tidak boleh ikut berkampanye. Itu aturan yang harus dipatuhi,\u{201D}ujarnya di Bontang, Kamis.\n\
        Baca juga: Pemkot siapkan 300 TPS untuk pilkada\n\
        Menurut dia, larangan itu diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN.\n\
        Kepala BKPSDM Bontang Yusuf Hamid, S.Sos. menambahkan, pelanggaran akan diproses sesuai aturan. (ys)\n\
        Menurut dia, larangan itu diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN.\n\
        Pewarta: Yusran\n\
        Editor: Dewi\n\
        COPYRIGHT \u{00A9} Warta Bontang 2024\n\
        \n\
        Tags\n\
        Terkini\n\
        Harga beras stabil di pasar induk\n\
        Senin, 11 Mar 2024 09:00 WIB\n\
        Banjir rob rendam pesisir utara\n\
        Minggu, 10 Mar 2024 17:45 WIB\n";

    #[test]
    fn whole_article() {
        let p = prepare(ARTICLE);
        check_invariants(&p);
        let paras: Vec<&str> = p.paragraphs.iter().map(|r| &p.text[r.clone()]).collect();
        assert_eq!(
            paras,
            [
                "Wali Kota Rina (tengah) menyapa pegawai usai apel pagi di Balai Kota Bontang, Kamis (14/3/2024).",
                "Wali Kota Bontang Dr. H. Rina Kartika, M.Si. meminta seluruh aparatur sipil negara (ASN) menjaga netralitas menjelang pilkada.",
                "\"Pegawai tidak boleh ikut berkampanye. Itu aturan yang harus dipatuhi,\" ujarnya di Bontang, Kamis.",
                "Menurut dia, larangan itu diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN.",
                "Kepala BKPSDM Bontang Yusuf Hamid, S.Sos. menambahkan, pelanggaran akan diproses sesuai aturan.",
            ]
        );
        assert_eq!(p.dateline_place.as_deref(), Some("Bontang"));
        assert_eq!(p.published, Some((2024, 3, 14)));
        let sents: Vec<&str> = p
            .sentences
            .iter()
            .map(|s| &p.text[s.range.clone()])
            .collect();
        assert_eq!(
            sents,
            [
                "Wali Kota Rina (tengah) menyapa pegawai usai apel pagi di Balai Kota Bontang, Kamis (14/3/2024).",
                "Wali Kota Bontang Dr. H. Rina Kartika, M.Si. meminta seluruh aparatur sipil negara (ASN) menjaga netralitas menjelang pilkada.",
                "\"Pegawai tidak boleh ikut berkampanye.",
                "Itu aturan yang harus dipatuhi,\" ujarnya di Bontang, Kamis.",
                "Menurut dia, larangan itu diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN.",
                "Kepala BKPSDM Bontang Yusuf Hamid, S.Sos. menambahkan, pelanggaran akan diproses sesuai aturan.",
            ]
        );
        let para_of: Vec<usize> = p.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(para_of, [0, 1, 2, 2, 3, 4]);
        let quotes: Vec<&str> = p.quotes.iter().map(|q| &p.text[q.clone()]).collect();
        assert_eq!(
            quotes,
            ["\"Pegawai tidak boleh ikut berkampanye. Itu aturan yang harus dipatuhi,\""]
        );
    }

    #[test]
    fn quotes_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\u{201C}Kami siap,\u{201D} kata Ani.", &["\"Kami siap,\""]),
            (
                "Ia hadir pada \u{201C}Sosialisasi Pemilu Damai\u{201D} di Tenggarong.",
                &["\"Sosialisasi Pemilu Damai\""],
            ),
            // a missing closing mark ends at the paragraph end, not beyond
            (
                "\"Kami siap bekerja keras untuk warga.\nParagraf lain tanpa kutipan.",
                &["\"Kami siap bekerja keras untuk warga."],
            ),
            (
                "\"Satu.\" kata A. \"Dua,\" kata B.\n\"Tiga,\" kata C.",
                &["\"Satu.\"", "\"Dua,\"", "\"Tiga,\""],
            ),
        ];
        for (input, expected) in cases {
            let p = prepare(input);
            check_invariants(&p);
            let got: Vec<&str> = p.quotes.iter().map(|q| &p.text[q.clone()]).collect();
            assert_eq!(got, *expected, "input {input:?}");
        }
    }

    #[test]
    fn prepare_fields_table() {
        // (input, dateline place, published, number of paragraphs)
        type Case<'a> = (&'a str, Option<&'a str>, Option<(u16, u8, u8)>, usize);
        let cases: &[Case] = &[
            ("Tenggarong (ANTARA) - Bupati membuka pameran.", Some("Tenggarong"), None, 1),
            (
                "- 2 Januari 2024, 08:00 WIB\nREPUBLIKA.CO.ID, JAKARTA -- Menteri meresmikan gedung.",
                Some("Jakarta"),
                Some((2024, 1, 2)),
                1,
            ),
            ("PALEMBANG, KOMPAS.com - Gubernur meninjau pasar.\nIa berbelanja.", Some("Palembang"), None, 2),
            ("MALANG TERKINI - Warga antusias menyambut pawai.", None, None, 1),
            ("Rabu, 3 Apr 2024 14:00 WIB\n\nSAMARINDA - Hujan deras turun.", Some("Samarinda"), Some((2024, 4, 3)), 1),
        ];
        for (input, place, published, n) in cases {
            let p = prepare(input);
            check_invariants(&p);
            assert_eq!(p.dateline_place.as_deref(), *place, "input {input:?}");
            assert_eq!(p.published, *published, "input {input:?}");
            assert_eq!(p.paragraphs.len(), *n, "input {input:?}");
        }
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        let binary: String = (0u32..20_000)
            .map(|i| char::from_u32((i * 7919) % 0x3000).unwrap_or('\u{FFFD}'))
            .collect();
        let cases: Vec<String> = vec![
            String::new(),
            " \n\n\t ".to_string(),
            "Editor: Ani\nTags\nx\n-\nCOPYRIGHT \u{00A9} Warta 2024".to_string(),
            "\u{0000}\u{0001}\u{0002}\u{001F}\u{007F}\u{0085}\u{009F}".to_string(),
            binary,
            "\"".to_string(),
            "\"\"\"\"\"".to_string(),
            ". . . ! ? \" ( )".to_string(),
            "(ANTARA/)".to_string(),
            "A.".to_string(),
            "é".repeat(1000),
        ];
        for input in &cases {
            let p = prepare(input);
            check_invariants(&p);
        }
        assert_eq!(prepare(""), PreparedText::default());
        assert_eq!(prepare(&cases[2]), PreparedText::default());
    }

    #[test]
    fn large_inputs() {
        // ~5 MB of varied paragraphs.
        let mut big = String::with_capacity(5_300_000);
        let mut i = 0;
        while big.len() < 5_000_000 {
            big.push_str(&format!(
                "Paragraf nomor {i} dibuka Dr. H. Rina, M.Si. di Jl. Merdeka No. {i}. \u{201C}Kita siap,\u{201D} katanya.\n"
            ));
            if i % 7 == 0 {
                big.push_str("Baca juga: Judul lain\nEditor: Ani\n");
            }
            i += 1;
        }
        let p = prepare(&big);
        check_invariants(&p);
        assert_eq!(p.paragraphs.len(), i);

        // A single 1 MB line.
        let line = "Kata demi kata. \"Kutipan\" lagi, H. Budi. ".repeat(25_000);
        let p = prepare(&line);
        check_invariants(&p);
        assert_eq!(p.paragraphs.len(), 1);

        // Many copies of one paragraph count once.
        let copies = "Paragraf yang sama persis.\n".repeat(20_000);
        let p = prepare(&copies);
        assert_eq!(p.paragraphs.len(), 1);
    }
}
