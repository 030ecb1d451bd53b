//! Saved web pages: the main content of an HTML page, found by
//! `dom_smoothie` (a port of Mozilla's Readability on the html5ever HTML5
//! parser), so that menus, scripts, related-headline lists and footers
//! yield nothing. The headline and publication date come from the page
//! (`<h1>`, JSON-LD `headline`, `og:title`, `<title>`; JSON-LD
//! `datePublished`, `article:published_time`) where present.

use dom_smoothie::{Config, Readability, TextMode};

/// What a page holds: its headline, main text and publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageContent {
    /// The headline, or empty when the page names none.
    pub headline: String,
    /// The main content as plain text, one paragraph per line.
    pub body: String,
    /// Publication date as `YYYY-MM-DD`, when the page gives one.
    pub date: Option<String>,
}

/// Fewest characters of main text that make an article: shorter is a page
/// of navigation, a gallery or an error page.
const MIN_BODY_CHARS: usize = 80;

/// The main content of `html`, or `None` when the page has no article body.
pub fn page_content(html: &str) -> Option<PageContent> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config)).ok()?;
    // A news page has one <h1>, the headline; read it before parsing, which
    // rewrites the document.
    let headings = readability.doc.select("h1");
    let heading = if headings.length() == 1 {
        clean_line(&headings.text())
    } else {
        String::new()
    };
    let article = readability.parse().ok()?;
    let body = clean_body(&article.text_content);
    if body.chars().count() < MIN_BODY_CHARS {
        return None;
    }
    let headline = if heading.is_empty() {
        clean_line(&article.title)
    } else {
        heading
    };
    Some(PageContent {
        headline,
        body,
        date: article
            .published_time
            .as_deref()
            .and_then(super::jsonl::iso_date_prefix),
    })
}

/// Whether `text` looks like an HTML document or fragment rather than
/// plain text: it starts with a tag and holds block markup.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<body",
        "<p",
        "<div",
        "<article",
        "<h1",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// One line of text: whitespace runs collapsed, trimmed.
fn clean_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Paragraphs one per line, without blank runs or stray spaces.
fn clean_body(text: &str) -> String {
    text.lines()
        .map(clean_line)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="id"><head>
<title>Camat Lembang Buka Pelatihan Petani Kopi - Warta Priangan</title>
<meta property="og:title" content="Camat Lembang Buka Pelatihan Petani Kopi">
<meta property="article:published_time" content="2023-03-14T09:30:00+07:00">
<script>var tracker = "Bupati Bandung Barat dilantik";</script>
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li><li><a href="/daerah">Daerah</a></li></ul></nav>
<main><article>
<h1>Camat Lembang Buka Pelatihan Petani Kopi</h1>
<p>LEMBANG - Camat Lembang, Dedi Kusnadi, membuka pelatihan pengolahan kopi bagi empat puluh petani di aula kecamatan pada Selasa pagi.</p>
<p>Menurut Dedi, pelatihan ini membantu petani menjual biji kopi dengan harga yang lebih baik di pasar Bandung dan Jakarta.</p>
<p>"Kami ingin kopi Lembang dikenal sampai luar negeri," kata Dedi kepada wartawan seusai acara.</p>
</article></main>
<aside><h2>Terpopuler</h2><ol><li><a href="/a">Harga Cabai Naik Lagi di Pasar Induk</a></li><li><a href="/b">Jalan Tol Baru Dibuka Besok</a></li></ol></aside>
<footer>Hak cipta Warta Priangan. Semua hak dilindungi.</footer>
</body></html>"#;

    #[test]
    fn a_news_page_gives_its_headline_date_and_main_text_only() {
        let page = page_content(PAGE).expect("the page has an article");
        assert_eq!(page.headline, "Camat Lembang Buka Pelatihan Petani Kopi");
        assert_eq!(page.date.as_deref(), Some("2023-03-14"));
        assert!(
            page.body.contains("membuka pelatihan pengolahan kopi"),
            "{}",
            page.body
        );
        assert!(
            page.body.contains("\"Kami ingin kopi Lembang"),
            "{}",
            page.body
        );
        for noise in [
            "Beranda",
            "Terpopuler",
            "Harga Cabai",
            "Hak cipta",
            "tracker",
            "Bupati Bandung Barat",
        ] {
            assert!(
                !page.body.contains(noise),
                "`{noise}` leaked into {}",
                page.body
            );
        }
        // Paragraphs stay on lines of their own, as the text stage expects.
        assert!(page.body.lines().count() >= 3, "{}", page.body);
    }

    #[test]
    fn a_page_of_links_has_no_article() {
        let html = "<html><body><nav><a href='/'>Beranda</a> <a href='/x'>Politik</a></nav><footer>Hak cipta</footer></body></html>";
        assert_eq!(page_content(html), None);
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html(
            "  <!DOCTYPE html><html><body><p>x</p></body></html>"
        ));
        assert!(looks_like_html("<p>Camat Lembang membuka pelatihan.</p>"));
        assert!(!looks_like_html("Camat Lembang <b>membuka</b> pelatihan."));
        assert!(!looks_like_html("<3 kopi Lembang"));
    }
}
