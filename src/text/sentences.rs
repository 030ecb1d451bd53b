//! Sentence splitting and quotation finding inside one paragraph.
//!
//! Works on normalised text, where every double quote is `"`. Quotation
//! marks are paired in order within a paragraph ([`find_quotes`]); an
//! unpaired opening mark runs to the paragraph end. [`split_sentences`]
//! splits at `.` `!` `?` followed by a space and a capital, a digit or an
//! opening quote, keeps a closing quote with its sentence, and never splits
//! after honorifics, degrees, initials, common abbreviations, ellipses or
//! inside decimal numbers. All positions are byte offsets into the whole
//! text, and every boundary lies on an ASCII byte, hence on a char boundary.

use std::ops::Range;

use super::Sentence;

/// Abbreviations (lower-cased, without the final dot) after which a
/// sentence never ends.
const ABBREVIATIONS: &[&str] = &[
    "h", "hj", "kh", "dr", "drs", "dra", "drg", "ir", "prof", "no", "nmr", "nos", "kol", "let",
    "letkol", "lettu", "jend", "kapt", "mayjen", "brigjen", "kompol", "jl", "jln", "gg", "st",
    "dll", "dsb", "dst", "dkk", "tsb", "sbb", "ybs", "yth", "tbk", "pt", "cv", "kab", "kec", "kel",
    "kep", "prov", "ds", "kp", "tgl", "thn", "bpk", "sdr", "sdri", "ny", "tn", "pdt", "ust", "mr",
    "mrs", "ms", "vs", "hlm", "rp", "telp", "tlp", "apt", "mgr", "sr", "jr", "ttd", "inf", "kav",
    "czi", "pnb", "arh", "plt", "pj", "pjs", "plh", "moh", "muh", "mhd", "moch", "mochd", "abd",
    "ach", "akbp", "akp", "ipda", "iptu", "aiptu", "kombes", "irjen", "komjen", "bripka", "pol",
    "purn", "ka", "wakil", "sek", "kadis", "kaban", "dt", "ki", "nyi", "raden", "r", "s", "m",
];

/// Longest token (in bytes) considered for an abbreviation.
const MAX_TOKEN: usize = 40;

/// Byte ranges of the direct quotations in `text[para]`: each from an
/// opening `"` to the next `"` inclusive; a final unpaired mark runs to the
/// end of the paragraph.
pub fn find_quotes(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &b) in text.as_bytes()[para.clone()].iter().enumerate() {
        if b == b'"' {
            let pos = para.start + i;
            match open.take() {
                None => open = Some(pos),
                Some(start) => out.push(start..pos + 1),
            }
        }
    }
    if let Some(start) = open {
        out.push(start..para.end);
    }
    out
}

/// Split the paragraph `text[para]` (number `paragraph`) into sentences.
///
/// `quotes` are the paragraph's quotations as returned by [`find_quotes`];
/// they tell opening marks from closing ones. Ranges are trimmed, never
/// empty, and lie within the paragraph.
pub fn split_sentences(
    text: &str,
    para: Range<usize>,
    paragraph: usize,
    quotes: &[Range<usize>],
) -> Vec<Sentence> {
    let base = para.start;
    let s = &text[para.clone()];
    let b = s.as_bytes();
    let n = b.len();
    // Closed quotations, relative to the paragraph: (opening, closing).
    let pairs: Vec<(usize, usize)> = quotes
        .iter()
        .filter(|q| q.start >= para.start && q.end <= para.end && q.end - q.start >= 2)
        .filter(|q| text.as_bytes()[q.end - 1] == b'"')
        .map(|q| (q.start - base, q.end - 1 - base))
        .collect();
    let is_closing = |pos: usize| pairs.binary_search_by_key(&pos, |p| p.1).ok();
    let is_opening = |pos: usize| {
        pairs.binary_search_by_key(&pos, |p| p.0).is_ok()
            || quotes.last().is_some_and(|q| q.start == base + pos)
    };

    let mut bounds: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        match b[i] {
            b'.' | b'!' | b'?' => {
                let mut j = i;
                while j < n && matches!(b[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                let mut k = j;
                while k < n {
                    let closing_double = b[k] == b'"' && is_closing(k).is_some();
                    let closing_single = b[k] == b'\'' && (k + 1 == n || b[k + 1] == b' ');
                    if !(closing_double || closing_single) {
                        break;
                    }
                    k += 1;
                }
                if ends_here(s, start, i, j, k, &is_opening) {
                    bounds.push(start..k);
                    start = k;
                }
                i = k;
            }
            b'"' => {
                if let Some(pi) = is_closing(i) {
                    let open = pairs[pi].0;
                    let unpunctuated = i > 0
                        && !matches!(b[i - 1], b',' | b'.' | b'!' | b'?' | b';' | b':' | b'-');
                    if unpunctuated
                        && open >= start
                        && s[start..open].trim().is_empty()
                        && next_starts_capital(s, i + 1)
                    {
                        bounds.push(start..i + 1);
                        start = i + 1;
                    }
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bounds.push(start..n);

    let mut out: Vec<Sentence> = Vec::new();
    for r in bounds {
        let Some(r) = trim_range(b, r) else { continue };
        let has_word = s[r.clone()].chars().any(char::is_alphanumeric);
        match out.last_mut() {
            // A stray mark after a sentence belongs to it.
            Some(last) if !has_word => last.range.end = base + r.end,
            _ => out.push(Sentence {
                range: base + r.start..base + r.end,
                paragraph,
            }),
        }
    }
    out
}

/// Whether the sentence that started at `start` ends after the terminal
/// punctuation `s[i..j]` and the closing marks up to `k`.
fn ends_here(
    s: &str,
    start: usize,
    i: usize,
    j: usize,
    k: usize,
    is_opening: &dyn Fn(usize) -> bool,
) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    if k >= n {
        return true;
    }
    if b[k] != b' ' {
        // "3.5", "M.Si.,", "kompas.com", "a.n."
        return false;
    }
    let mut m = k;
    while m < n && b[m] == b' ' {
        m += 1;
    }
    if m >= n {
        return true;
    }
    let Some(next) = s[m..].chars().next() else {
        return true;
    };
    let starts_new = next.is_uppercase()
        || next.is_ascii_digit()
        || (next == '"' && is_opening(m))
        || (next == '(' && s[m + 1..].chars().next().is_some_and(char::is_uppercase));
    if !starts_new {
        return false;
    }
    let run = &b[i..j];
    if run.len() >= 2 && run.iter().all(|&c| c == b'.') {
        // ellipsis
        return false;
    }
    if run == b"." {
        if is_abbreviation(s, i) {
            return false;
        }
        let so_far = s[start..i].trim();
        if so_far.is_empty() || (so_far.len() <= 3 && so_far.bytes().all(|c| c.is_ascii_digit())) {
            // "1. Tidak ..." is a list marker, not a sentence.
            return false;
        }
    }
    true
}

/// Start of the token that ends at byte `end` (exclusive), or `None` when
/// it is longer than [`MAX_TOKEN`].
fn token_start(b: &[u8], end: usize) -> Option<usize> {
    let mut t = end;
    while t > 0 && !matches!(b[t - 1], b' ' | b'(' | b'"' | b'/') {
        t -= 1;
        if end - t > MAX_TOKEN {
            return None;
        }
    }
    Some(t)
}

/// Whether the token before the period at byte `dot` is an abbreviation,
/// honorific, degree or initial.
fn is_abbreviation(s: &str, dot: usize) -> bool {
    let b = s.as_bytes();
    let Some(t) = token_start(b, dot) else {
        return false;
    };
    let token = &s[t..dot];
    if plain_abbreviation(token) {
        return true;
    }
    // "H. TS. Arif": two or three capitals after another abbreviation.
    let caps = token.chars().count();
    if (2..=3).contains(&caps)
        && token.chars().all(char::is_uppercase)
        && t >= 2
        && b[t - 1] == b' '
    {
        let prev_end = t - 1;
        if b[prev_end - 1] == b'.' {
            if let Some(pt) = token_start(b, prev_end - 1) {
                return plain_abbreviation(&s[pt..prev_end - 1]);
            }
        }
    }
    false
}

/// A known abbreviation, a single letter, or a dotted form such as "M.Si",
/// "S.IP", "a.n" (the token is given without its final dot).
fn plain_abbreviation(token: &str) -> bool {
    if token.is_empty() {
        return false;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if token.len() <= 8 && ABBREVIATIONS.contains(&token.to_lowercase().as_str()) {
        return true;
    }
    let mut parts = 0;
    for part in token.split('.') {
        let len = part.chars().count();
        if !(1..=4).contains(&len) || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether, after optional spaces from byte `from`, an upper-case letter
/// follows.
fn next_starts_capital(s: &str, from: usize) -> bool {
    let rest = &s[from..];
    rest.starts_with(' ')
        && rest
            .trim_start_matches(' ')
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Trim spaces from both ends of `r`; `None` when nothing is left.
fn trim_range(b: &[u8], r: Range<usize>) -> Option<Range<usize>> {
    let (mut a, mut z) = (r.start, r.end);
    while a < z && b[a] == b' ' {
        a += 1;
    }
    while z > a && b[z - 1] == b' ' {
        z -= 1;
    }
    (a < z).then_some(a..z)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        let quotes = find_quotes(p, 0..p.len());
        split_sentences(p, 0..p.len(), 0, &quotes)
            .into_iter()
            .map(|s| &p[s.range])
            .collect()
    }

    #[test]
    fn sentence_splitting_table() {
        let cases: &[(&str, &[&str])] = &[
            // plain
            (
                "Rapat dimulai pagi. Semua hadir.",
                &["Rapat dimulai pagi.", "Semua hadir."],
            ),
            (
                "Apa kabar? Baik sekali! Terima kasih.",
                &["Apa kabar?", "Baik sekali!", "Terima kasih."],
            ),
            ("Tanpa titik di akhir", &["Tanpa titik di akhir"]),
            // honorifics
            (
                "Acara dibuka H. Budi Santoso. Ia hadir.",
                &["Acara dibuka H. Budi Santoso.", "Ia hadir."],
            ),
            (
                "Hadir pula Hj. Siti Rahma di sana.",
                &["Hadir pula Hj. Siti Rahma di sana."],
            ),
            (
                "Materi dibawakan Dr. Andi Wijaya. Peserta antusias.",
                &["Materi dibawakan Dr. Andi Wijaya.", "Peserta antusias."],
            ),
            (
                "Ketua panitia Drs. Yusuf dan Dra. Nina memberi sambutan.",
                &["Ketua panitia Drs. Yusuf dan Dra. Nina memberi sambutan."],
            ),
            (
                "Rektor Prof. Ir. Bambang meresmikan gedung.",
                &["Rektor Prof. Ir. Bambang meresmikan gedung."],
            ),
            (
                "Komandan Kol. Inf. Arief dan Let. Dua Bayu hadir.",
                &["Komandan Kol. Inf. Arief dan Let. Dua Bayu hadir."],
            ),
            // initials
            (
                "Sekda H. TS. Arman menegaskan hal itu. Ia serius.",
                &["Sekda H. TS. Arman menegaskan hal itu.", "Ia serius."],
            ),
            (
                "Surat ditandatangani A. Rahman kemarin.",
                &["Surat ditandatangani A. Rahman kemarin."],
            ),
            // acronym ending a sentence is still a boundary
            (
                "Hal itu diatur oleh KPK. Ia setuju.",
                &["Hal itu diatur oleh KPK.", "Ia setuju."],
            ),
            (
                "Ia anggota DPR RI. Kini ia pensiun.",
                &["Ia anggota DPR RI.", "Kini ia pensiun."],
            ),
            // degrees
            (
                "Kepala dinas Rudi, S.IP., M.Si. membuka acara.",
                &["Kepala dinas Rudi, S.IP., M.Si. membuka acara."],
            ),
            (
                "Hadir Ahmad, S.Sos., M.AP. Ia memberi materi.",
                &["Hadir Ahmad, S.Sos., M.AP. Ia memberi materi."],
            ),
            (
                "Pembicara Rina S.H., M.H. dan Dodi S.E., M.M. tiba.",
                &["Pembicara Rina S.H., M.H. dan Dodi S.E., M.M. tiba."],
            ),
            (
                "Guru Lina S.Pd. mengajar di sana.",
                &["Guru Lina S.Pd. mengajar di sana."],
            ),
            // places and numbers
            (
                "Kantornya di Jl. Merdeka No. 5 Samarinda.",
                &["Kantornya di Jl. Merdeka No. 5 Samarinda."],
            ),
            (
                "Diatur dalam Perda Nomor 3 Tahun 2020. Aturan itu berlaku.",
                &[
                    "Diatur dalam Perda Nomor 3 Tahun 2020.",
                    "Aturan itu berlaku.",
                ],
            ),
            (
                "Angkanya 54,8% dari target. Naik 3.5 poin.",
                &["Angkanya 54,8% dari target.", "Naik 3.5 poin."],
            ),
            ("Suhu turun 2.5 derajat.", &["Suhu turun 2.5 derajat."]),
            (
                "Rapat digelar pukul 09.00 WIB. Semua hadir.",
                &["Rapat digelar pukul 09.00 WIB.", "Semua hadir."],
            ),
            (
                "Dana sebesar Rp. 5 juta diserahkan.",
                &["Dana sebesar Rp. 5 juta diserahkan."],
            ),
            // lists and other abbreviations
            (
                "Dibagikan beras, gula, dll. Bantuan lain menyusul.",
                &["Dibagikan beras, gula, dll. Bantuan lain menyusul."],
            ),
            (
                "Surat a.n. Bupati dikirim kemarin.",
                &["Surat a.n. Bupati dikirim kemarin."],
            ),
            (
                "Saham PT Maju Tbk. Naik pesat.",
                &["Saham PT Maju Tbk. Naik pesat."],
            ),
            (
                "Kepada yth. Bapak Camat di tempat.",
                &["Kepada yth. Bapak Camat di tempat."],
            ),
            // ellipsis
            ("Ia ragu... Lalu pergi.", &["Ia ragu... Lalu pergi."]),
            // quotes
            (
                "\"Kami tetap netral,\" katanya. Ia lalu pergi.",
                &["\"Kami tetap netral,\" katanya.", "Ia lalu pergi."],
            ),
            (
                "\"Ini soal politik. Semoga semua paham,\" tambah Agus.",
                &["\"Ini soal politik.", "Semoga semua paham,\" tambah Agus."],
            ),
            (
                "\"Kami siap bekerja.\" Bupati lalu menutup rapat.",
                &["\"Kami siap bekerja.\"", "Bupati lalu menutup rapat."],
            ),
            (
                "\"Kapan selesai?\" tanya warga.",
                &["\"Kapan selesai?\" tanya warga."],
            ),
            (
                "\"Kerja keras adalah kunci\" Wali kota mengulanginya.",
                &["\"Kerja keras adalah kunci\"", "Wali kota mengulanginya."],
            ),
            (
                "Tema acara \"Jaga Netralitas\" Senin ini dibahas.",
                &["Tema acara \"Jaga Netralitas\" Senin ini dibahas."],
            ),
            (
                "Ia berkata. \"Kita mulai sekarang,\" ujarnya.",
                &["Ia berkata.", "\"Kita mulai sekarang,\" ujarnya."],
            ),
            // lower-case continuation
            (
                "Pak Dr. budi datang. ia telat.",
                &["Pak Dr. budi datang. ia telat."],
            ),
            // list markers
            (
                "1. Tidak memihak. 2. Tidak berkampanye.",
                &["1. Tidak memihak.", "2. Tidak berkampanye."],
            ),
            // spaces and empties
            (
                "  Awal kalimat.   Akhir kalimat.  ",
                &["Awal kalimat.", "Akhir kalimat."],
            ),
            ("...", &["..."]),
            ("", &[]),
            ("Selesai. \"", &["Selesai. \""]),
        ];
        assert!(cases.len() >= 25);
        for (input, expected) in cases {
            assert_eq!(split(input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn quote_ranges_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Kami netral,\" katanya.", &["\"Kami netral,\""]),
            (
                "Acara \"Sosialisasi Pemilu\" dibuka. \"Ayo memilih,\" ajaknya.",
                &["\"Sosialisasi Pemilu\"", "\"Ayo memilih,\""],
            ),
            (
                "\"Ini soal politik. Semoga paham,\" tambah Agus.",
                &["\"Ini soal politik. Semoga paham,\""],
            ),
            (
                "\"Tanpa penutup sampai akhir.",
                &["\"Tanpa penutup sampai akhir."],
            ),
            ("Tanpa kutipan sama sekali.", &[]),
            ("\"\"", &["\"\""]),
        ];
        for (input, expected) in cases {
            let got: Vec<&str> = find_quotes(input, 0..input.len())
                .into_iter()
                .map(|r| &input[r])
                .collect();
            assert_eq!(got, *expected, "input {input:?}");
        }
    }

    #[test]
    fn ranges_are_offset_by_the_paragraph() {
        let text = "Judul.\n\n\"Kami siap,\" kata Ani. Ia tersenyum.";
        let para = 8..text.len();
        let quotes = find_quotes(text, para.clone());
        assert_eq!(&text[quotes[0].clone()], "\"Kami siap,\"");
        let sents = split_sentences(text, para, 1, &quotes);
        let got: Vec<&str> = sents.iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(got, ["\"Kami siap,\" kata Ani.", "Ia tersenyum."]);
        assert!(sents.iter().all(|s| s.paragraph == 1));
    }

    #[test]
    fn multibyte_text_keeps_char_boundaries() {
        let cases = [
            "Café dibuka. Ésta ditutup. «Ya» kata Ñoño.",
            "Warga 日本 datang. Lalu pergi… Selesai.",
            "Ä. Ö. Ü. ß.",
        ];
        for p in cases {
            let quotes = find_quotes(p, 0..p.len());
            for s in split_sentences(p, 0..p.len(), 0, &quotes) {
                assert!(p.is_char_boundary(s.range.start) && p.is_char_boundary(s.range.end));
                assert!(!p[s.range].trim().is_empty());
            }
        }
    }

    #[test]
    fn long_tokens_are_not_abbreviations() {
        let long = "a.".repeat(50_000) + " Akhir.";
        let quotes = find_quotes(&long, 0..long.len());
        let sents = split_sentences(&long, 0..long.len(), 0, &quotes);
        assert!(!sents.is_empty());
    }
}
