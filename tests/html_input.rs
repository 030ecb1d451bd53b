//! Saved web pages and standard input: only the main content of a page
//! becomes an article, its headline and date come from the page, and `-`
//! reads one article from standard input.

use crate::util::{beritagraf, TempStore};
use std::io::Write;
use std::process::{Command, Stdio};

/// A saved news page written for this test: navigation, scripts, a
/// related-headlines list and a footer around one article.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Bupati Sleman Resmikan Pasar Rakyat Baru - Kabar Mataram</title>
<meta property="og:title" content="Bupati Sleman Resmikan Pasar Rakyat Baru">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bupati Sleman Resmikan Pasar Rakyat Baru","datePublished":"2023-11-06T10:15:00+07:00"}</script>
<script>window.dataLayer = [{"penulis": "Gubernur Jawa Tengah, Bambang Sutrisno"}];</script>
<style>.menu { color: red }</style>
</head>
<body>
<header><nav><ul>
<li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/daerah">Daerah</a></li>
</ul></nav></header>
<main>
<article>
<h1>Bupati Sleman Resmikan Pasar Rakyat Baru</h1>
<div class="byline">Oleh Redaksi | Senin, 6 November 2023</div>
<div class="content">
<p>SLEMAN - Bupati Sleman, Kustini Sri Purnomo, meresmikan Pasar Rakyat Godean di Kabupaten Sleman, Senin (6/11/2023). Pasar itu menampung lebih dari tiga ratus pedagang yang sebelumnya berjualan di pinggir jalan.</p>
<p>Menurut Kustini, pasar baru ini dibangun agar pedagang kecil mendapat tempat yang layak dan pembeli merasa nyaman berbelanja setiap hari.</p>
<p>"Kami ingin pasar rakyat menjadi pusat ekonomi warga, bukan sekadar tempat jual beli," kata Kustini dalam sambutannya.</p>
<p>Kepala Dinas Perindustrian dan Perdagangan Kabupaten Sleman, Tri Endah Yitnani, mengatakan pengelolaan pasar akan diawasi secara berkala agar kebersihan tetap terjaga.</p>
</div>
</article>
</main>
<aside class="terpopuler">
<h2>Terpopuler</h2>
<ol>
<li><a href="/1">Wali Kota Yogyakarta, Haryadi Wicaksono, Tinjau Banjir di Kali Code</a></li>
<li><a href="/2">Harga Beras di Pasar Beringharjo Kembali Naik</a></li>
<li><a href="/3">Gubernur Jawa Tengah, Bambang Sutrisno, Lantik Pejabat Baru</a></li>
</ol>
</aside>
<footer><p>Hak cipta 2023 Kabar Mataram. Semua hak dilindungi.</p><p><a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a></p></footer>
</body>
</html>
"#;

/// A page with menus and a list but no article.
const NO_ARTICLE: &str = r#"<!DOCTYPE html><html><head><title>Indeks Berita</title></head>
<body><nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<ul><li><a href="/1">Berita satu</a></li><li><a href="/2">Berita dua</a></li></ul>
<footer>Hak cipta Kabar Mataram</footer></body></html>"#;

/// Run `beritagraf ARGS` with `input` on standard input.
fn with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_beritagraf"))
        .args(args)
        .env_remove("BERITAGRAF_STORE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    let _ = writer.join();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The names of the persons in `extract --format jsonl` output.
fn persons(jsonl: &str) -> Vec<String> {
    let record: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    record["facts"]["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|person| person["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_saved_page_yields_its_article_and_nothing_around_it() {
    let store = TempStore::new();
    let page = store.file("bupati-sleman.html");
    std::fs::write(&page, PAGE).unwrap();
    let run =
        beritagraf(&["extract", &page.display().to_string(), "--format", "jsonl"]).expect_code(0);
    let record: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        record["headline"],
        "Bupati Sleman Resmikan Pasar Rakyat Baru"
    );
    let names = persons(&run.stdout);
    assert!(
        names.iter().any(|name| name == "Kustini Sri Purnomo"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|name| name == "Tri Endah Yitnani"),
        "{names:?}"
    );
    for stray in ["Haryadi", "Bambang"] {
        assert!(
            !names.iter().any(|name| name.contains(stray)),
            "{stray} from the page's lists or scripts: {names:?}"
        );
    }
    let facts = record["facts"].to_string();
    for noise in [
        "Terpopuler",
        "Beringharjo",
        "Hak cipta",
        "dataLayer",
        "Beranda",
    ] {
        assert!(
            !facts.contains(noise),
            "`{noise}` reached the facts: {facts}"
        );
    }

    // Into a store: the headline and the date come from the page.
    store.ingest(&[&page]).expect_code(0);
    let rows = store.select_csv(
        "SELECT ?h ?d WHERE { ?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d ; bg:sourceFile \"bupati-sleman.html\" }",
    );
    assert_eq!(
        rows[1], "Bupati Sleman Resmikan Pasar Rakyat Baru,2023-11-06",
        "{rows:?}"
    );
}

#[test]
fn a_page_without_an_article_is_reported_by_name() {
    let store = TempStore::new();
    let folder = store.file("pages");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("indeks.htm"), NO_ARTICLE).unwrap();
    std::fs::write(folder.join("bupati-sleman.html"), PAGE).unwrap();
    let run = store.ingest(&[&folder]).expect_code(1);
    assert!(
        run.stderr
            .contains("indeks.htm: no article body found in the HTML page"),
        "{}",
        run.stderr
    );
    assert_eq!(store.article_count(), 1, "the good page is still read");
}

#[test]
fn json_lines_records_may_carry_html() {
    let store = TempStore::new();
    let lines = store.file("pages.jsonl");
    let record =
        serde_json::json!({"id": "sleman-1", "html": PAGE, "url": "https://kabar.example/1"});
    let body_is_html =
        serde_json::json!({"id": "sleman-2", "title": "Judul dari arsip", "body": PAGE});
    std::fs::write(&lines, format!("{record}\n{body_is_html}\n")).unwrap();
    let run =
        beritagraf(&["extract", &lines.display().to_string(), "--format", "jsonl"]).expect_code(0);
    let records: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[0]["headline"],
        "Bupati Sleman Resmikan Pasar Rakyat Baru"
    );
    assert_eq!(
        records[1]["headline"], "Judul dari arsip",
        "the record's own title wins"
    );
    for record in &records {
        assert!(!record.to_string().contains("Haryadi"), "{record}");
    }
}

#[test]
fn standard_input_is_one_article() {
    let store = TempStore::new();
    let store_path = store.path();
    let (code, stdout, stderr) = with_stdin(&["ingest", "--store", &store_path, "-"], PAGE);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(store.article_count(), 1);
    // The same page again is the same article, unchanged.
    let (code, stdout, _) = with_stdin(&["ingest", "--store", &store_path, "-"], PAGE);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("1 read, 0 written, 1 unchanged"),
        "{stdout}"
    );

    let text = "Camat Depok Tinjau Posyandu\n\nCamat Depok, Wahyu Hidayat, meninjau posyandu di Kabupaten Sleman pada Selasa pagi bersama kader kesehatan.\n";
    let (code, stdout, stderr) = with_stdin(&["extract", "-", "--format", "jsonl"], text);
    assert_eq!(code, 0, "{stderr}");
    let record: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(record["headline"], "Camat Depok Tinjau Posyandu");
    assert!(
        record["article"].as_str().unwrap().starts_with("stdin-"),
        "{record}"
    );

    let (code, _, stderr) = with_stdin(&["extract", "-", "-"], text);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("standard input (-) can be read only once"),
        "{stderr}"
    );
}
