//! The regular grammar of a citation's core: article reference, type word,
//! issuer or nickname slot, number and year; and of a bare follow-up number.

use regex::{Regex, RegexBuilder};
use std::sync::LazyLock;

/// "Undang-Undang" with any dash, or a space, between the halves.
pub(super) const UNDANG: &str = r"undang(?:\s*[\-\u{2010}-\u{2015}\u{2212}]\s*|\s+)undang";
/// The number separator keyword; "Nomor21" (no space) is read too, and checked
/// afterwards by [`super::cores`].
pub(super) const NOMOR: &str = r"(?:nomor|nomer|nmr|no)(?:(?-u:\b)\.?\s*:?\s*)?";
/// Between the number and the year: "Tahun", "Th.", "Thn", "Taun", or a slash
/// with or without spaces ("Nomor 12 /2013").
pub(super) const YEAR_SEP: &str = r"(?:\s*,?\s*(?:tahun|thn|th|taun)(?-u:\b)\.?\s*:?\s*|\s*/\s*)";
/// A year 1940–2099 (1945 is checked afterwards); ASCII digits only.
pub(super) const YEAR: &str = r"(?:19[4-9][0-9]|20[0-9][0-9])(?-u:\b)";
/// A two-digit year after a slash: "99" in "UU 31/99", "01" in "UU 20/01".
/// It must end the number: "/07" in "SE/07.M.Pan" is no year.
pub(super) const SHORT_YEAR: &str = r"\s*/\s*(?P<short>[0-9]{2})(?:$|[\s,;:)\]]|\.(?:$|\s))";
/// A letter number with a space where its last slash belongs: "SE/07.M.Pan/7" in
/// "No. SE/07.M.Pan/7 2009". Only taken when nothing else fits.
pub(super) const LETTER_CODE: &str = r"[a-z0-9][a-z0-9.\-]*/[a-z0-9.\-/]*[a-z0-9]";
/// A number after the keyword, holding a digit: "5", "74/P", "B/71/M.SM.00.00".
pub(super) const NUM_KW: &str = r"(?:[a-z][a-z0-9.\-/]*)?[0-9][a-z0-9.\-/]*";
/// A number without keyword must start with a digit: "7" in "UU 7/2017".
pub(super) const NUM_DIRECT: &str = r"[0-9][a-z0-9.\-/]*";
/// One word of the issuer / nickname slot between type and number (ASCII only, to keep the
/// automaton small): "Kabupaten", "Kab.", "PAN-RB", "Menteri/Kepala", "(Kaltim)".
pub(super) const SLOT_TOKEN: &str = r"(?:\([^()\n]{1,30}\)|[a-z0-9][a-z0-9\-&'./]*)";
/// Words of the slot are separated by spaces, or by commas in a list of issuers.
pub(super) const SLOT_SEP: &str = r"(?:\s*,\s*|\s+)";
/// Most words in an issuer slot; a nickname slot ("UU Pemilu") takes at most three.
pub(super) const MAX_ISSUER_WORDS: usize = 10;
/// Most words in the issuer slot of a circular or joint decree.
pub(super) const MAX_JOINT_ISSUER_WORDS: usize = 20;

/// An optional article reference before the law, captured as `pasal`: "Pasal 280
/// ayat (2) huruf f", "Pasal 2 ayat (1) jo Pasal 18", then "dalam"/"pada"/… .
pub(super) const PASAL: &str = r"(?:
            (?-u:\b)(?P<pasal>pasal\s+[0-9]+[a-z]?(?-u:\b)
                (?:(?:\s*,\s*|\s+(?:dan|atau|serta|jo\.?|juncto)\s+|\s+)
                   (?:ayat\s*\(\s*[0-9]+[a-z]?\s*\)|ayat\s+[0-9]+[a-z]?(?-u:\b)
                     |huruf\s+[a-z](?-u:\b)|angka\s+[0-9]+(?-u:\b)|butir\s+[a-z0-9]+(?-u:\b)
                     |pasal\s+[0-9]+[a-z]?(?-u:\b)|\(\s*[0-9]+[a-z]?\s*\)|\([a-z]\))){0,8})
            \s*,?\s+(?:(?:dalam|pada|dari|di)\s+)?
        )?";

/// The grammar of a citation's core (verbose syntax, case-insensitive).
pub(super) static CORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?xi)
        {pasal}
        (?-u:\b)(?P<ty>
             (?P<perppu>peraturan\s+pemerintah\s+pengganti\s+{u}|perppu|perpu)
            |(?P<pp>peraturan\s+pemerintah|pp)
            |(?P<uu>{u}|uu)
            |(?P<perpres>peraturan\s+presiden|perpres)
            |(?P<keppres>keputusan\s+presiden|keppres|kepres)
            |(?P<inpres>instruksi\s+presiden|inpres)
            |(?P<bawaslu>peraturan\s+(?:badan\s+pengawas\s+pemilihan\s+umum|bawaslu)|perbawaslu)
            |(?P<kpu>peraturan\s+(?:komisi\s+pemilihan\s+umum|kpu)|pkpu|per\s*-?\s*kpu)
            |(?P<menabbr>peraturan\s+men(?:dagri|pan(?:\s*-?\s*rb)?)|permen(?:[a-z]|-[a-z])+|pmk)
            |(?P<permen>peraturan\s+menteri|permen)
            |(?P<perda>peraturan\s+daerah(?:\s+(?:khusus|istimewa))?|perda|perdasus|perdasi|perdais|qanun)
            |(?P<pergub>peraturan\s+gubernur|pergub)
            |(?P<perbup>peraturan\s+bupati|perbup|perbub)
            |(?P<perwali>peraturan\s+wali\s*kota|perwali|perwako|perwalkot)
            |(?P<police>peraturan\s+(?:kepolisian(?:\s+negara\s+republik\s+indonesia)?|polri)|perpol)
            |(?P<perka>peraturan\s+(?:kepala|badan|lembaga|kapolri)|perkaban|perkap|perka|perlem
                |peraturan\s+(?-i:[A-Z][A-Z0-9]{{1,9}}))
            |(?P<se>surat\s+edaran|se)
            |(?P<skb>surat\s+keputusan\s+bersama|keputusan\s+bersama|skb)
        )(?-u:\b)
        (?:\s*\([^()\n]{{1,30}}\))?
        (?:\s+(?:ri|republik\s+indonesia)(?-u:\b))?
        (?:\s*\([^()\n]{{1,30}}\))?
        (?P<slot>(?:{slotsep}{tok}){{0,20}}?)
        (?:
             \s+(?P<kw>{nomor})(?P<kn>{numkw})
             (?:{sep}(?P<year>{year})|{short})
            |\s+(?P<dn>{numd})
             (?:{sep}(?P<dyear>{year})|\s*/\s*(?P<dshort>[0-9]{{2}})(?:$|[\s,;:)\]]|\.(?:$|\s)))
            |\s+(?P<ckw>{nomor})(?P<code>{code})\s+(?P<cyear>{year})
        )
        ",
        u = UNDANG,
        tok = SLOT_TOKEN,
        slotsep = SLOT_SEP,
        nomor = NOMOR,
        numkw = NUM_KW,
        numd = NUM_DIRECT,
        sep = YEAR_SEP,
        year = YEAR,
        short = SHORT_YEAR,
        code = LETTER_CODE,
        pasal = PASAL,
    );
    RegexBuilder::new(&pattern)
        .size_limit(64 << 20)
        .build()
        .expect("law citation grammar compiles")
});

/// A bare follow-up number after a citation: "… dan Nomor 20 Tahun 2023", "…, 17/2020".
pub(super) static CONT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?xi)^
        (?:\s*,\s*(?:(?:dan|serta|atau)\s+)?|\s+(?:dan|serta|atau|jo\.?|juncto|junto)\s+)
        (?:(?P<kw>{nomor})(?P<kn>{numkw})|(?P<dn>{numd}))
        (?:{sep}(?P<year>{year})|{short})",
        nomor = NOMOR,
        numkw = NUM_KW,
        numd = NUM_DIRECT,
        sep = YEAR_SEP,
        year = YEAR,
        short = SHORT_YEAR,
    );
    Regex::new(&pattern).expect("continuation grammar compiles")
});
