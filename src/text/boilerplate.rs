//! Boilerplate removal for scraped Indonesian news bodies.
//!
//! Works on normalised text (see [`super::normalize`]) line by line: every
//! non-blank line is a paragraph candidate. [`clean`] drops "Baca juga"
//! teasers, bylines and credits, copyright lines, navigation words, section
//! labels, related-headline lists (with or without dates), date lines,
//! headings before the body, reporter initials, photo credits and captions
//! that only repeat the body, and paragraphs printed twice; it removes the
//! dateline at the start of the body and reports the place it names and the
//! publication date printed above the body.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::normalize::collapse_spaces;

/// The body of one article with its boilerplate removed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CleanBody {
    /// The kept paragraphs in order: trimmed, non-empty, one line each.
    pub paragraphs: Vec<String>,
    /// Place named by a removed dateline, title-cased ("Tenggarong").
    pub dateline_place: Option<String>,
    /// Publication date printed above the body, as (year, month, day).
    pub published: Option<(u16, u8, u8)>,
}

/// A (year, month, day) date.
type Ymd = (u16, u8, u8);

/// What a single trimmed line is, before looking at its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Empty line.
    Blank,
    /// Boilerplate recognisable on its own.
    Drop,
    /// A date or time line (with the date when it names one).
    Date(Option<Ymd>),
    /// Anything else: a paragraph candidate.
    Text,
}

/// A paragraph candidate or date line, in input order.
#[derive(Debug)]
struct Entry {
    text: String,
    /// `Some` for a date line (always dropped).
    date: Option<Option<Ymd>>,
    /// The line carried a photo credit (now removed).
    caption: bool,
    /// Ends like a sentence, is long, or attributes a quotation.
    body_like: bool,
    dropped: bool,
}

/// Words a real paragraph has more than.
const SHORT_WORDS: usize = 20;

static RE_READ_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:baca|simak|lihat|tonton|cek)\s+(?:juga|selengkapnya|berita|artikel)(?-u:\b)|baca\s*:|(?:artikel|berita)\s+(?:terkait|lainnya)\s*:|artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat))",
    )
    .expect("valid regex")
});

static RE_READ_MORE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:baca|simak|lihat)\s+juga\s*:?$|^(?:berita|artikel)\s+terkait\s*:?$")
        .expect("valid regex")
});

static RE_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:ikuti|simak|dapatkan|follow|gabung|klik)(?-u:\b).{0,300}(?-u:\b)(?:google news|whatsapp|telegram|channel|instagram|tiktok|youtube|di sini)(?-u:\b)",
    )
    .expect("valid regex")
});

static RE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:editor|pewarta|penulis|reporter|sumber|redaktur|penyunting|kontributor|fotografer|wartawan|oleh|penerjemah|editing|video editor|produser)\s*:|(?i)^laporan wartawan(?-u:\b)",
    )
    .expect("valid regex")
});

static RE_COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:copyright(?-u:\b)|hak cipta(?-u:\b)|©|\(c\)\s*(?:19|20)\d\d|dilarang (?:mengambil|mengutip|keras|memperbanyak)|all rights reserved)",
    )
    .expect("valid regex")
});

static RE_TAGS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:tags?|topik|label)\s*:").expect("valid regex"));

static RE_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:halaman\s*:?(?:\s*\d+)*(?:\s*(?:selanjutnya|berikutnya|sebelumnya))?|(?:\d+\s*)+(?:selanjutnya|berikutnya|next|»|>)?|(?:selanjutnya|berikutnya|sebelumnya|next|prev)\s*(?:»|>|<|«)?)$",
    )
    .expect("valid regex")
});

static RE_REL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*\d+\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)$",
    )
    .expect("valid regex")
});

/// Optional "Diterbitkan:" style prefix and weekday of a date line (the
/// weekdays of `data/lexicon/weekdays.tsv`).
static DATE_PREFIX: LazyLock<String> = LazyLock::new(|| {
    let weekdays: Vec<&str> = super::calendar::weekdays()
        .iter()
        .map(|day| day.spelling)
        .collect();
    format!(
        r"(?:-\s*)?(?:(?:diterbitkan|dipublikasikan|diperbarui|diunggah|dimuat|terbit|published|updated?|posted)\s*:?\s*(?:pada\s*)?)?(?:(?:{})\s*,?\s*)?",
        weekdays.join("|")
    )
});

/// Optional time after the date of a date line.
const TIME_SUFFIX: &str = r"(?:\s*(?:[,|/-]\s*)?(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit|utc|gmt(?:\s*[+-]\s*\d{1,2})?))?)?";

static RE_DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{}(\d{{1,2}})\s+(\p{{L}}{{3,9}})\.?,?\s+(\d{{4}}){TIME_SUFFIX}$",
        *DATE_PREFIX
    ))
    .expect("valid regex")
});

static RE_DATE_NUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{}(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}){TIME_SUFFIX}$",
        *DATE_PREFIX
    ))
    .expect("valid regex")
});

static RE_DATE_ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$").expect("valid regex")
});

static RE_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([a-z]{2,4}(?:/[a-z]{2,4})*\)$").expect("valid regex"));

static RE_ATTRIBUTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[,.!?]"\s+\p{Ll}"#).expect("valid regex"));

/// A date in parentheses as news writes it after a weekday: "(3/2/2025)".
static RE_PARENTHESISED_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)").expect("valid regex"));

/// Words a line needs, with a date in parentheses, to be a sentence
/// whose full stop was lost rather than a heading.
const DATED_LINE_WORDS: usize = 8;

static RE_ENUMERATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[-•*·▪●])\s").expect("valid regex"));

static RE_CREDIT_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?:[^()]{0,80}?(?-u:\b)(?:ANTARA|Antara)(?:\s*(?:FOTO|Foto))?\s*/[^()]{0,80}|\s*(?i:foto|dok|dokumentasi|istimewa|ist|sumber\s+foto)(?-u:\b)[^()]{0,80}|[^()]{0,80}/\s*(?i:ist|istimewa)\.?\s*)\)",
    )
    .expect("valid regex")
});

static RE_CREDIT_ANTARA_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:ANTARA|Antara)(?:\s*(?:FOTO|Foto))?\s*/\s*\S.*$").expect("valid regex")
});

static RE_CREDIT_FOTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)foto\s*:|(?-u:\b)dok(?:umentasi)?\s*[.:])\s*\S.*$")
        .expect("valid regex")
});

static RE_CREDIT_IST_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\S+\s*/\s*(?i:ist|istimewa)\.?$").expect("valid regex"));

/// A photographer's name after a slash ending a caption ("… usai apel
/// pagi/Riri"): a lower-case word, the slash, one or two capitalised words.
static RE_CREDIT_NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Ll}(\s*/\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$").expect("valid regex")
});

/// A place name: up to four capitalised words.
const PLACE: &str = r"\p{Lu}[\p{L}']*(?:[ -]\p{Lu}[\p{L}']*){0,3}";

/// An outlet domain ("KOMPAS.com", "REPUBLIKA.CO.ID", "Liputan6.com").
const DOMAIN: &str = r"[\p{L}\d][\p{L}\d-]*(?:\.(?i:com|co|id|tv|net|news|org|or|web))+";

static RE_DL_ANTARA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE})\s*\((?i:antara)[^()]{{0,30}}\)\s*-{{1,2}}(?:\s+|$)"
    ))
    .expect("valid regex")
});

static RE_DL_DOMAIN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{DOMAIN},\s*(?P<place>{PLACE})\s*-{{1,2}}(?:\s+|$)"
    ))
    .expect("valid regex")
});

static RE_DL_PLACE_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE}),\s*{DOMAIN}\s*-{{1,2}}(?:\s+|$)"
    ))
    .expect("valid regex")
});

static RE_DL_PLACE_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE}),\s*\p{{Lu}}[\p{{L}}\d]*(?: \p{{Lu}}[\p{{L}}\d]*)?\s*-{{1,2}}(?:\s+|$)"
    ))
    .expect("valid regex")
});

static RE_DL_DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{DOMAIN}\s*-{{1,2}}(?:\s+|$)")).expect("valid regex"));

static RE_DL_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<caps>\p{Lu}[\p{Lu}\d.'&]*(?: \p{Lu}[\p{Lu}\d.'&]*){0,3})\s+-{1,2}(?:\s+|$)")
        .expect("valid regex")
});

/// Up to four capitalised words and a comma: an outlet's name after the
/// place when [`is_outlet`] says so.
static RE_OUTLET_AFTER_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<outlet>\p{Lu}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*){0,3}),\s*")
        .expect("valid regex")
});

static RE_DL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\s+-{1,2}(?:\s+|$)")
        .expect("valid regex")
});

/// Navigation words and widgets that make up a whole line (lower-cased,
/// without a final colon).
const NAV_WORDS: &[&str] = &[
    "tags",
    "tag",
    "topik",
    "topik terkait",
    "artikel pilihan",
    "pilihan editor",
    "terkait",
    "berita terkait",
    "artikel terkait",
    "terkini",
    "berita terkini",
    "terpopuler",
    "populer",
    "berita populer",
    "kabar daerah",
    "berita lainnya",
    "rekomendasi",
    "halaman",
    "advertisement",
    "iklan",
    "scroll to continue",
    "scroll to continue with content",
    "scroll untuk melanjutkan",
    "x",
    "bagikan",
    "share",
    "komentar",
    "loading...",
    "close",
    "tutup",
    "ikuti kami",
    "baca juga",
    "simak juga",
    "lihat juga",
    "listen to this article",
    "dengarkan berita ini",
    "video pilihan",
    "foto pilihan",
];

/// Last words (or word endings) that make an ALL-CAPS dateline an outlet.
const OUTLET_WORDS: &[&str] = &[
    "TERKINI", "NEWS", "POS", "POST", "TIMES", "TV", "ONLINE", "DAILY", "PRESS", "MEDIA", "COM",
    "ID",
];

/// Join the lines of hard-wrapped paragraphs: a line that ends without a
/// sentence's or a quotation's closing mark, or with a comma, continues on
/// the next line when that starts in lower case ("Samsiah\nmengatakan, …").
/// News paragraphs never start in lower case, so a lower-case line start
/// is a wrap, and so is a line that opens with a short form in
/// parentheses and goes on ("Sekretaris Daerah\n(Sekda) Papua Budi …"),
/// which only the middle of a phrase does. A boilerplate line ("Tags"),
/// a lone lower-case word (a tag of a list) and a parenthesis alone on its
/// line ("(ant)") join nothing. A text wrapped at a fixed width (see
/// [`wrap_width`]) also joins a line that reaches that width to the next.
/// Expects normalised text (trimmed lines).
pub fn unwrap_lines(text: &str) -> String {
    let width = wrap_width(text);
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(next) = lines.peek() else {
            break;
        };
        let open = !line.is_empty()
            && (line.ends_with(',') || !line.ends_with(['.', '!', '?', ':', ';', '"', ')']))
            && classify_line(line) == LineKind::Text
            && (line.contains(' ') || line.starts_with(char::is_uppercase));
        // In a text wrapped at a fixed width, a line that reaches the width
        // goes on whatever the next line starts with.
        let full_width = width.is_some_and(|width| line.chars().count() * 10 >= width * 7);
        let continues = next.chars().next().is_some_and(char::is_lowercase)
            || opens_with_short_form(next)
            || (line.split(' ').count() >= OPEN_SENTENCE_WORDS && is_sentence_tail(next))
            || (ends_mid_clause(line)
                && next.starts_with(char::is_alphabetic)
                && classify_line(next) == LineKind::Text)
            || (full_width && !next.is_empty());
        out.push(if open && continues { ' ' } else { '\n' });
    }
    out
}

/// Words a line without final punctuation needs to be a sentence cut by
/// a line break rather than a heading.
const OPEN_SENTENCE_WORDS: usize = 10;

/// Whether `line` is the short tail of a sentence broken across lines
/// ("Markus Mansnembra."): at most five words, ending a sentence.
fn is_sentence_tail(line: &str) -> bool {
    line.split(' ').count() <= 5
        && line.starts_with(char::is_alphabetic)
        && line.ends_with(['.', '!', '?'])
}

/// Words that join what comes after them: a line ending in one stops
/// mid-clause ("Kapolres Gowa Budi dan").
const JOINING_WORDS: &[&str] = &[
    "dan", "serta", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "oleh", "pada", "dalam",
    "bahwa", "selaku", "sebagai",
];

/// Whether `line` stops in the middle of a clause: after a comma or a
/// joining word, where no paragraph ends.
fn ends_mid_clause(line: &str) -> bool {
    line.ends_with(',')
        || line
            .rsplit(' ')
            .next()
            .is_some_and(|word| JOINING_WORDS.contains(&word))
}

/// The width a text was hard-wrapped at, if it was: its longest line is
/// short (at most 100 characters, where news paragraphs run to hundreds),
/// and at least four lines, and two in five of its lines, end open within
/// seven tenths of that width.
fn wrap_width(text: &str) -> Option<usize> {
    let lengths: Vec<(usize, bool)> = text
        .split('\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            let open = !line.ends_with(['.', '!', '?', ':', ';', '"', ')']);
            (line.chars().count(), open)
        })
        .collect();
    let width = lengths.iter().map(|(length, _)| *length).max()?;
    let near_width = lengths
        .iter()
        .filter(|(length, open)| *open && length * 10 >= width * 7)
        .count();
    (width <= 100 && near_width >= 4 && near_width * 5 >= lengths.len() * 2).then_some(width)
}

/// Whether `line` opens with a short form in parentheses and goes on with
/// more words ("(Sekda) Papua Budi …"), as the middle of a wrapped phrase
/// does; a parenthesis alone ("(ant/ded)") or a credit does not.
fn opens_with_short_form(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('(') else {
        return false;
    };
    let Some(close) = inner.find(')') else {
        return false;
    };
    let short_form = &inner[..close];
    let rest = inner[close + 1..].trim_start();
    !short_form.is_empty()
        && !short_form.contains(char::is_whitespace)
        && short_form.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_alphabetic)
}

/// Strip boilerplate from normalised body text (see the module doc).
///
/// `text` should already have gone through [`super::normalize`]. The
/// returned paragraphs are trimmed single lines, in input order, each
/// distinct after lower-casing.
pub fn clean(text: &str) -> CleanBody {
    let mut entries: Vec<Entry> = Vec::new();
    // Set after a bare "Baca juga:" label: its headline is on the next line.
    let mut teaser_label = false;
    for line in text.split('\n') {
        let line = line.trim();
        let kind = classify_line(line);
        if kind == LineKind::Blank {
            continue;
        }
        if std::mem::take(&mut teaser_label) && kind == LineKind::Text {
            if let Some(e) = text_entry(line) {
                if !e.body_like {
                    continue;
                }
                entries.push(e);
            }
            continue;
        }
        teaser_label = RE_READ_MORE_LABEL.is_match(line);
        match kind {
            LineKind::Blank | LineKind::Drop => {}
            LineKind::Date(d) => entries.push(Entry {
                text: String::new(),
                date: Some(d),
                caption: false,
                body_like: false,
                dropped: true,
            }),
            LineKind::Text => entries.extend(text_entry(line)),
        }
    }

    // Related headlines with dates: a short line followed by a date line.
    for i in 1..entries.len() {
        if entries[i].date.is_some() {
            let prev = &mut entries[i - 1];
            if prev.date.is_none() && !prev.caption && !prev.body_like {
                prev.dropped = true;
            }
        }
    }

    // Headings before the body, the dateline, the start of the body.
    let mut dateline_place = None;
    let mut dateline_seen = false;
    let mut body_start = None;
    let mut headings = Vec::new();
    for (i, e) in entries.iter_mut().enumerate() {
        if e.dropped || e.date.is_some() || e.caption {
            continue;
        }
        if !dateline_seen {
            if let Some((end, place)) = match_dateline(&e.text, !e.body_like) {
                dateline_seen = true;
                dateline_place = place;
                let rest = e.text[end..].trim().to_string();
                if rest.is_empty() {
                    e.dropped = true;
                    continue;
                }
                e.text = rest;
                e.body_like = true;
                body_start = Some(i);
                break;
            }
        }
        if e.body_like {
            body_start = Some(i);
            break;
        }
        headings.push(i);
    }
    if body_start.is_some() {
        for i in headings {
            entries[i].dropped = true;
        }
    }

    let published = entries
        .iter()
        .take(body_start.unwrap_or(entries.len()))
        .find_map(|e| e.date.flatten());

    if let Some(start) = body_start {
        drop_trailing_runs(&mut entries, start);
    }

    // Paragraphs printed twice count once.
    let mut seen: HashSet<String> = HashSet::new();
    let mut kept: Vec<(String, bool)> = Vec::new();
    for e in entries {
        if e.dropped || e.date.is_some() {
            continue;
        }
        let key = e.text.to_lowercase();
        // A second copy may still carry the dateline removed from the first.
        let duplicate = seen.contains(&key)
            || match_dateline(&e.text, false)
                .is_some_and(|(end, _)| seen.contains(&e.text[end..].trim().to_lowercase()));
        if !duplicate {
            seen.insert(key);
            kept.push((e.text, e.caption));
        }
    }

    // Captions that only repeat the body.
    if !kept.iter().any(|(_, caption)| *caption) {
        return CleanBody {
            paragraphs: kept.into_iter().map(|(t, _)| t).collect(),
            dateline_place,
            published,
        };
    }
    let mut vocab: HashSet<String> = HashSet::new();
    for (t, caption) in &kept {
        if !caption {
            vocab.extend(words(t));
        }
    }
    kept.retain(|(t, caption)| {
        if !caption {
            return true;
        }
        let ws: Vec<String> = words(t).collect();
        let known = ws.iter().filter(|w| vocab.contains(*w)).count();
        !ws.is_empty() && known * 5 < ws.len() * 4
    });

    CleanBody {
        paragraphs: kept.into_iter().map(|(t, _)| t).collect(),
        dateline_place,
        published,
    }
}

/// Drop runs of two or more short, unpunctuated lines after the body start
/// (related headlines without dates), unless the run is an announced or
/// enumerated list.
fn drop_trailing_runs(entries: &mut [Entry], start: usize) {
    let mut run: Vec<usize> = Vec::new();
    let mut announced = false;
    let mut last_kept: Option<usize> = Some(start);
    for i in start + 1..entries.len() {
        let e = &entries[i];
        if e.dropped || e.date.is_some() {
            continue;
        }
        if !e.caption && !e.body_like {
            if run.is_empty() {
                announced = last_kept.is_some_and(|k| entries[k].text.ends_with(':'));
            }
            run.push(i);
            continue;
        }
        flush_run(entries, &mut run, announced);
        last_kept = Some(i);
    }
    flush_run(entries, &mut run, announced);
}

fn flush_run(entries: &mut [Entry], run: &mut Vec<usize>, announced: bool) {
    let list = run
        .iter()
        .all(|&i| RE_ENUMERATED.is_match(&entries[i].text));
    if run.len() >= 2 && !announced && !list {
        for &i in run.iter() {
            entries[i].dropped = true;
        }
    }
    run.clear();
}

/// Classify one trimmed line on its own.
fn classify_line(line: &str) -> LineKind {
    if line.is_empty() {
        return LineKind::Blank;
    }
    if !line.chars().any(char::is_alphanumeric) {
        return LineKind::Drop;
    }
    let words = line.split(' ').count();
    if RE_READ_MORE.is_match(line)
        || (words <= 40 && RE_FOLLOW.is_match(line))
        || (words <= 15 && RE_BYLINE.is_match(line))
        || RE_COPYRIGHT.is_match(line)
        || (words <= 15 && line.contains('©'))
        || RE_TAGS.is_match(line)
        || RE_PAGES.is_match(line)
    {
        return LineKind::Drop;
    }
    if words <= 5 {
        let lower = line.to_lowercase();
        let bare = lower.trim_end_matches([':', ' ']);
        if NAV_WORDS.contains(&bare) {
            return LineKind::Drop;
        }
    }
    if let Some(d) = parse_date_line(line) {
        return LineKind::Date(d);
    }
    let lower_end = line.get(line.len().saturating_sub(4)..).unwrap_or("");
    let relative = lower_end.eq_ignore_ascii_case("lalu") || lower_end.eq_ignore_ascii_case(" ago");
    if let Some(m) = relative.then(|| RE_REL_TIME.find(line)).flatten() {
        let rest = line[..m.start()].trim();
        if rest.is_empty() {
            return LineKind::Date(None);
        }
        if is_caps_label(rest) {
            return LineKind::Drop;
        }
    }
    if is_caps_label(line) {
        return LineKind::Drop;
    }
    LineKind::Text
}

/// An ALL-CAPS line of at most four words without sentence punctuation
/// ("SEPUTAR KALTIM", "NUSANTARA").
fn is_caps_label(s: &str) -> bool {
    s.split(' ').count() <= 4
        && s.chars().any(char::is_alphabetic)
        && !s.ends_with('-')
        && !s.chars().any(|c| {
            c.is_lowercase() || matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '"' | '(' | ')')
        })
}

/// `Some(date)` when the whole line is a date or time stamp; the inner
/// option is `None` when the line names no valid calendar date.
fn parse_date_line(line: &str) -> Option<Option<Ymd>> {
    if line.len() > 80 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(c) = RE_DATE_WORDS.captures(line) {
        let month = super::calendar::month_number(&c[2])?;
        return Some(make_date(&c[3], month, &c[1]));
    }
    if let Some(c) = RE_DATE_NUM.captures(line) {
        let month: u8 = c[2].parse().ok()?;
        return Some(make_date(&c[3], month, &c[1]));
    }
    if let Some(c) = RE_DATE_ISO.captures(line) {
        let month: u8 = c[2].parse().ok()?;
        return Some(make_date(&c[1], month, &c[3]));
    }
    None
}

fn make_date(year: &str, month: u8, day: &str) -> Option<Ymd> {
    let year: u16 = year.parse().ok()?;
    let day: u8 = day.parse().ok()?;
    ((1900..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then_some((year, month, day))
}

/// Build the entry of a text line: reporter initials and photo credits
/// removed. `None` when nothing is left.
fn text_entry(line: &str) -> Option<Entry> {
    let initials = if line.ends_with(')') {
        RE_INITIALS.find(line)
    } else {
        None
    };
    let mut text = match initials {
        Some(m) => line[..m.start()].trim_end().to_string(),
        None => line.to_string(),
    };
    let mut caption = false;
    if let Some(stripped) = strip_credit(&text) {
        caption = true;
        text = stripped;
    }
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let body_like = is_body_like(&text);
    Some(Entry {
        text,
        date: None,
        caption,
        body_like,
        dropped: false,
    })
}

/// Remove photo credits; `Some(rest)` when the paragraph had one.
fn strip_credit(text: &str) -> Option<String> {
    let mut out = text.to_string();
    let mut found = false;
    if out.contains('(') && RE_CREDIT_PAREN.is_match(&out) {
        out = RE_CREDIT_PAREN.replace_all(&out, " ").into_owned();
        found = true;
    }
    let antara = out.contains("ANTARA") || out.contains("Antara");
    if let Some(m) = antara.then(|| RE_CREDIT_ANTARA_TAIL.find(&out)).flatten() {
        if m.as_str().split(' ').count() <= 15 {
            out.truncate(m.start());
            found = true;
        }
    }
    let lower = out.to_ascii_lowercase();
    let foto = lower.contains("foto") || lower.contains("dok");
    if let Some(m) = foto.then(|| RE_CREDIT_FOTO.find(&out)).flatten() {
        let before = out[..m.start()].trim();
        let credit_words = m.as_str().split(' ').count();
        if before.is_empty() {
            // "Foto: ..." at the start: a bare credit, or a label before the caption.
            if credit_words <= 7 {
                out.clear();
            } else {
                let label_end = m.as_str().find([':', '.']).map_or(0, |p| p + 1);
                out = out[m.start() + label_end..].to_string();
            }
            found = true;
        } else if credit_words <= 8 {
            out.truncate(m.start());
            found = true;
        }
    }
    if let Some(m) = out
        .contains('/')
        .then(|| RE_CREDIT_IST_TAIL.find(&out))
        .flatten()
    {
        out.truncate(m.start());
        found = true;
    }
    // A caption long enough to be a sentence, ending in its photographer.
    if let Some(credit) = (out.contains('/') && out.split(' ').count() >= 6)
        .then(|| RE_CREDIT_NAME_TAIL.captures(&out))
        .flatten()
        .and_then(|captures| captures.get(1))
    {
        out.truncate(credit.start());
        found = true;
    }
    if !found {
        return None;
    }
    let trimmed = out.trim_matches(|c: char| matches!(c, ' ' | '/' | '|' | '-' | ','));
    Some(collapse_spaces(trimmed))
}

/// Ends like a sentence, is long, attributes a quotation, or reports
/// something on a date in parentheses ("…, Senin (3/2/2025) siang"),
/// as a lead whose full stop was lost does.
fn is_body_like(text: &str) -> bool {
    let words = text.split(' ').count();
    ends_sentence(text)
        || words > SHORT_WORDS
        || (text.contains('"') && RE_ATTRIBUTION.is_match(text))
        || (words >= DATED_LINE_WORDS && RE_PARENTHESISED_DATE.is_match(text))
}

/// Ends with . ! ? : ; or with a closing quote after . ! ? , or with a
/// bracket after . ! ?
fn ends_sentence(text: &str) -> bool {
    let mut rev = text.trim_end().chars().rev();
    match rev.next() {
        Some('.' | '!' | '?' | ':' | ';') => true,
        Some('"' | '\'') => matches!(rev.next(), Some('.' | '!' | '?' | ',')),
        Some(')') => matches!(rev.next(), Some('.' | '!' | '?')),
        _ => false,
    }
}

/// Lower-cased alphanumeric words of a text.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Match a dateline at the start of a paragraph: the byte length of the
/// dateline and the place it names (`None` for an outlet-only dateline).
/// With `strong_only` (a short line that may be a headline) only the forms
/// naming a news agency or a web domain are accepted.
fn match_dateline(text: &str, strong_only: bool) -> Option<(usize, Option<String>)> {
    if let Some(c) = RE_DL_ANTARA
        .captures(text)
        .or_else(|| RE_DL_DOMAIN_PLACE.captures(text))
        .or_else(|| RE_DL_PLACE_DOMAIN.captures(text))
    {
        return Some((c.get(0)?.end(), Some(title_case(&c["place"]))));
    }
    if let Some(m) = RE_DL_DOMAIN.find(text) {
        return Some((m.end(), None));
    }
    if strong_only {
        // A line holding nothing but an ALL-CAPS dateline ("SAMARINDA -").
        let c = RE_DL_CAPS.captures(text)?;
        let caps = &c["caps"];
        let place = (!is_outlet(caps)).then(|| title_case(caps));
        return (c.get(0)?.end() == text.len()).then_some((text.len(), place));
    }
    if let Some(c) = RE_DL_PLACE_OUTLET.captures(text) {
        return Some((c.get(0)?.end(), Some(title_case(&c["place"]))));
    }
    if let Some(c) = RE_DL_CAPS.captures(text) {
        let caps = &c["caps"];
        let place = (!is_outlet(caps)).then(|| title_case(caps));
        return Some((past_outlet(text, c.get(0)?.end()), place));
    }
    if let Some(c) = RE_DL_TITLE.captures(text) {
        let end = past_outlet(text, c.get(0)?.end());
        let starts_sentence = text[end..]
            .chars()
            .next()
            .is_none_or(|n| n.is_uppercase() || n == '"');
        if starts_sentence {
            return Some((end, Some(c["place"].to_string())));
        }
    }
    None
}

/// Where the body starts after a dateline ending at `end`: past an
/// outlet's name and its comma when one follows ("Pemalang - Cakrawala
/// Online, DPRD …").
fn past_outlet(text: &str, end: usize) -> usize {
    RE_OUTLET_AFTER_DATELINE
        .captures(&text[end..])
        .filter(|c| is_outlet(&c["outlet"].to_uppercase()))
        .and_then(|c| c.get(0))
        .map_or(end, |m| end + m.end())
}

/// Whether ALL-CAPS dateline words name an outlet rather than a place
/// ("MALANG TERKINI", "KALTIMPOST.ID", "TRIBUNKALTIM").
fn is_outlet(caps: &str) -> bool {
    let last = caps.rsplit(' ').next().unwrap_or(caps);
    caps.contains('.')
        || caps.starts_with("TRIBUN")
        || OUTLET_WORDS.contains(&last)
        || ["NEWS", "POS", "POST", "TIMES", "ONLINE"]
            .iter()
            .any(|w| last.len() > w.len() && last.ends_with(w))
}

/// "TANJUNG SELOR" → "Tanjung Selor", "tenggarong" → "Tenggarong".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if at_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = c == ' ' || c == '-';
    }
    out
}

#[cfg(test)]
mod tests;
