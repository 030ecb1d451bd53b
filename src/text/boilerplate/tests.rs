//! Tables of raw article bodies and what the boilerplate filter keeps.

use super::*;
use crate::text::normalize::normalize;

fn run(input: &str) -> CleanBody {
    clean(&normalize(input))
}

const BODY1: &str =
    "Pemerintah Kota Bontang menggelar rapat koordinasi netralitas ASN di aula kantor wali kota.";
const BODY2: &str = "\"Kami minta semua pegawai menjaga sikap netral,\" kata Wali Kota Bontang.";
const BODY3: &str =
    "Rapat itu dihadiri para camat, lurah dan kepala dinas dari seluruh wilayah kota.";

#[test]
fn each_boilerplate_kind_is_dropped() {
    let cases: &[(&str, &str)] = &[
        (
            "read more",
            "Baca juga: Pemkot gelar lomba kebersihan kampung",
        ),
        ("read more caps", "BACA JUGA: Dua pejabat dilantik hari ini"),
        (
            "read more no colon",
            "Baca Juga Jalan rusak segera diperbaiki",
        ),
        ("simak", "Simak juga: Video banjir di pinggir sungai"),
        ("lihat", "Lihat juga: Foto pelantikan kepala desa"),
        ("editor", "Editor: Siti Aminah"),
        ("pewarta", "Pewarta: Budi Santoso"),
        ("penulis", "Penulis : Rina"),
        ("reporter", "Reporter: Andi | Editor: Tono"),
        ("sumber", "Sumber: humas pemkot"),
        ("redaktur", "Redaktur: Dedi"),
        ("copyright caps", "COPYRIGHT © Kabar Bontang 2021"),
        ("copyright", "Copyright ©2022 Warta Timur"),
        ("copyright sign", "© 2023 Warta Timur. All rights reserved."),
        ("hak cipta", "Hak cipta dilindungi undang-undang."),
        ("dilarang", "Dilarang mengambil konten tanpa izin redaksi."),
        ("tags", "Tags"),
        ("tag list", "Tag: netralitas, pemilu, bontang"),
        ("artikel pilihan", "Artikel Pilihan"),
        ("terkait", "Terkait"),
        ("terkini", "Terkini"),
        ("terpopuler", "Terpopuler"),
        ("kabar daerah", "Kabar Daerah"),
        ("halaman colon", "Halaman:"),
        ("halaman numbers", "Halaman 1 2"),
        ("advertisement", "Advertisement"),
        ("scroll", "Scroll to continue"),
        ("x", "x"),
        ("dash", "-"),
        ("punctuation", "•"),
        ("section label", "WARTA DAERAH"),
        ("section label one word", "NASIONAL"),
        ("label with time", "WARTA DAERAH3 hari ago"),
        ("label with lalu", "POLITIK 5 jam lalu"),
        ("relative time", "2 jam lalu"),
        ("date line", "Selasa, 3 Mei 2022 08:15 WIB"),
        ("numeric date", "03/05/2022 08:15"),
        ("dash date", "- 3 Mei 2022, 08:15 WIB"),
        ("follow", "Ikuti berita terkini dari kami di Google News"),
    ];
    for (name, line) in cases {
        let input = format!("{BODY1}\n{line}\n{BODY2}");
        let got = run(&input);
        assert_eq!(got.paragraphs, vec![BODY1, BODY2], "case {name}: {line:?}");
    }
}

#[test]
fn teaser_label_drops_its_headline() {
    let cases: &[(&str, Vec<&str>)] = &[
        (
            "Baca juga:\nGubernur minta warga tenang",
            vec![BODY1, BODY2],
        ),
        (
            "BACA JUGA\n\nGubernur minta warga tenang",
            vec![BODY1, BODY2],
        ),
        // a real paragraph after the label is kept
        (
            "Baca juga:\nGubernur meminta warga tetap tenang.",
            vec![BODY1, "Gubernur meminta warga tetap tenang.", BODY2],
        ),
    ];
    for (middle, expected) in cases {
        let input = format!("{BODY1}\n{middle}\n{BODY2}");
        assert_eq!(run(&input).paragraphs, *expected, "middle {middle:?}");
    }
}

#[test]
fn reporter_initials_are_stripped() {
    let cases: &[(&str, &str)] = &[
        (
            "Acara ditutup dengan doa bersama. (am)",
            "Acara ditutup dengan doa bersama.",
        ),
        (
            "Acara ditutup dengan doa bersama. (rdk/ant)",
            "Acara ditutup dengan doa bersama.",
        ),
        // not at the very end, or not lower-case: kept
        (
            "Wali kota (wk) membuka acara.",
            "Wali kota (wk) membuka acara.",
        ),
        ("Acara dibuka Sekda (ASN).", "Acara dibuka Sekda (ASN)."),
    ];
    for (input, expected) in cases {
        assert_eq!(run(input).paragraphs, vec![*expected], "input {input:?}");
    }
}

#[test]
fn short_body_paragraphs_are_kept() {
    let cases: &[&str] = &[
        "Ia pun setuju.",
        "Semua hadir!",
        "Mengapa begitu?",
        "\"Kami siap,\" katanya",
        "\"Siap bekerja,\" ungkapnya",
        "Berikut daftarnya:",
    ];
    for para in cases {
        let input = format!("{BODY1}\n{para}\n{BODY3}");
        assert_eq!(
            run(&input).paragraphs,
            vec![BODY1, *para, BODY3],
            "para {para:?}"
        );
    }
    // A single unpunctuated line inside the body is kept too.
    let input = format!("{BODY1}\nPeserta datang dari tiga kecamatan\n{BODY3}");
    assert_eq!(run(&input).paragraphs.len(), 3);
    // An announced list is kept.
    let input =
        format!("{BODY1}\nSyaratnya sebagai berikut:\nBerusia 18 tahun\nMemiliki KTP\n{BODY3}");
    assert_eq!(run(&input).paragraphs.len(), 5);
    // An enumerated list is kept.
    let input = format!("{BODY1}\n1. Tidak memihak\n2. Tidak memasang atribut\n{BODY3}");
    assert_eq!(run(&input).paragraphs.len(), 4);
}

#[test]
fn related_headlines_are_dropped() {
    let cases: &[(&str, &[&str])] = &[
        // dated list after the body
        (
            "Harga cabai naik menjelang lebaran\nSenin, 7 Mar 2022 10:05 WIB\nJembatan \"gantung\" ambruk diterjang arus\nRabu, 9 Mar 2022 16:40 WIB",
            &[BODY1, BODY2],
        ),
        // undated list after the body
        (
            "Harga cabai naik menjelang lebaran\nJembatan baru diresmikan di pinggir kota\nWarga antre minyak goreng",
            &[BODY1, BODY2],
        ),
        // labels and separators between the headlines
        (
            "-\nWARTA DAERAH2 hari ago\nHarga cabai naik menjelang lebaran\n-\nEKONOMI1 hari ago\nJembatan baru diresmikan di pinggir kota",
            &[BODY1, BODY2],
        ),
        // relative dates
        ("Harga cabai naik menjelang lebaran\n3 jam lalu", &[BODY1, BODY2]),
    ];
    for (tail, expected) in cases {
        let input = format!("{BODY1}\n{BODY2}\n\n{tail}");
        assert_eq!(run(&input).paragraphs, *expected, "tail {tail:?}");
        assert_eq!(run(&input).published, None);
    }
}

#[test]
fn headings_before_the_body_are_dropped() {
    let input = format!("KABAR KOTA\nWali Kota Minta ASN Netral di Pilkada\n\n{BODY1}\n{BODY2}");
    assert_eq!(run(&input).paragraphs, vec![BODY1, BODY2]);
    // With no body at all, short lines are kept rather than guessed away.
    assert_eq!(run("Satu baris saja").paragraphs, vec!["Satu baris saja"]);
}

#[test]
fn duplicates_count_once() {
    let cases: &[(&str, Vec<&str>)] = &[
        (
            "Paragraf pertama di sini.\nParagraf kedua di sini.\nParagraf pertama di sini.",
            vec!["Paragraf pertama di sini.", "Paragraf kedua di sini."],
        ),
        (
            "SAMARINDA - Paragraf pertama di sini.\nParagraf kedua di sini.\nSAMARINDA - Paragraf pertama di sini.",
            vec!["Paragraf pertama di sini.", "Paragraf kedua di sini."],
        ),
        (
            "Paragraf pertama di sini.\nPARAGRAF   pertama di SINI.",
            vec!["Paragraf pertama di sini."],
        ),
        (
            "Paragraf pertama di sini.\nCOPYRIGHT © Warta 2022\nParagraf pertama di sini.\nParagraf kedua di sini.",
            vec!["Paragraf pertama di sini.", "Paragraf kedua di sini."],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(run(input).paragraphs, *expected, "input {input:?}");
    }
}

#[test]
fn captions_dropped_or_kept() {
    let body_a =
        "Bupati Rina meninjau banjir di Desa Sukamaju, Kecamatan Tenggara, pada Senin pagi.";
    let body_b = "Ia meminta warga tetap waspada karena hujan masih turun.";
    let cases: &[(&str, Option<&str>)] = &[
        // repeats the body: dropped
        ("Bupati Rina meninjau banjir di Desa Sukamaju, Senin. ANTARA/HO-Humas Pemkab", None),
        ("Bupati Rina meninjau banjir di Desa Sukamaju. (ANTARA/Rudi)", None),
        ("Bupati Rina meninjau banjir di Desa Sukamaju. Foto: Humas Pemkab", None),
        ("FOTO: Bupati Rina meninjau banjir di Desa Sukamaju, Kecamatan Tenggara, Senin.", None),
        ("Bupati Rina meninjau banjir. (Istimewa)", None),
        ("Bupati Rina meninjau banjir di Desa Sukamaju. Humas/Ist", None),
        ("Bupati Rina meninjau banjir di Desa Sukamaju. (dok. Humas)", None),
        ("Bupati Rina meninjau banjir. Dok. Humas Pemkab", None),
        // a bare credit
        ("Foto: Humas Pemkab", None),
        // adds facts: kept without the credit
        (
            "Bupati Rina bersama Kapolres Agus Salim membagikan sembako di posko pengungsian Kelurahan Lempake. ANTARA/HO-Humas Pemkab /",
            Some("Bupati Rina bersama Kapolres Agus Salim membagikan sembako di posko pengungsian Kelurahan Lempake."),
        ),
        (
            "Camat Tenggara Yusuf memantau tanggul sungai Karang Mumus. (Foto: Humas)",
            Some("Camat Tenggara Yusuf memantau tanggul sungai Karang Mumus."),
        ),
        // a photographer's name after a slash
        ("Bupati Rina meninjau banjir di Desa Sukamaju bersama warga/Dimas", None),
        (
            "Camat Tenggara Yusuf memantau tanggul sungai Karang Mumus usai apel pagi/Dimas Putra",
            Some("Camat Tenggara Yusuf memantau tanggul sungai Karang Mumus usai apel pagi"),
        ),
    ];
    for (caption, expected) in cases {
        let input = format!("{caption}\n{body_a}\n{body_b}");
        let got = run(&input);
        let mut want = Vec::new();
        if let Some(c) = expected {
            want.push(*c);
        }
        want.extend([body_a, body_b]);
        assert_eq!(got.paragraphs, want, "caption {caption:?}");
    }
}

#[test]
fn caption_printed_twice_counts_once() {
    let cap =
        "Kapolres Agus Salim memimpin apel siaga di halaman Mapolres Bontang, Senin (4/3/2024).";
    let input = format!(
        "{cap} ANTARA/HO-Humas Polres\n{cap} ANTARA/HO-Humas Polres /\n\nBONTANG - {BODY1}\n{BODY2}"
    );
    let got = run(&input);
    assert_eq!(got.paragraphs, vec![cap, BODY1, BODY2]);
    assert_eq!(got.dateline_place.as_deref(), Some("Bontang"));
}

#[test]
fn datelines_table() {
    let rest = "Pemerintah daerah membuka posko pengaduan bagi warga.";
    let cases: &[(&str, Option<&str>)] = &[
        ("Tenggarong (ANTARA) - ", Some("Tenggarong")),
        ("Makassar (ANTARA) \u{2013} ", Some("Makassar")),
        ("Tanjung Selor (ANTARA) - ", Some("Tanjung Selor")),
        ("JAKARTA (ANTARA) - ", Some("Jakarta")),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", Some("Jakarta")),
        ("TRIBUNNEWS.COM, SAMARINDA - ", Some("Samarinda")),
        ("PALEMBANG, KOMPAS.com - ", Some("Palembang")),
        ("JAKARTA, KOMPAS.TV - ", Some("Jakarta")),
        ("Jakarta, CNN Indonesia -- ", Some("Jakarta")),
        ("SAMARINDA - ", Some("Samarinda")),
        ("TANJUNG REDEB \u{2014} ", Some("Tanjung Redeb")),
        ("Jakarta - ", Some("Jakarta")),
        ("MALANG TERKINI - ", None),
        ("BALIKPAPAN NEWS - ", None),
        ("KALTIMPOST.ID - ", None),
        ("KOMPAS.com - ", None),
        // an outlet's name after the place
        ("Pemalang - Warta Online, ", Some("Pemalang")),
        ("SERANG - Banten News, ", Some("Serang")),
    ];
    for (dateline, place) in cases {
        let input = format!("{dateline}{rest}\n{BODY2}");
        let got = run(&input);
        assert_eq!(got.paragraphs, vec![rest, BODY2], "dateline {dateline:?}");
        assert_eq!(
            got.dateline_place.as_deref(),
            *place,
            "dateline {dateline:?}"
        );
    }
}

#[test]
fn no_dateline_in_ordinary_openings() {
    let cases: &[&str] = &[
        "Sementara itu - menurut warga - jalan itu rusak.",
        "Pemerintah Kota Bontang menggelar rapat hari ini.",
        "ASN harus netral dalam pemilu.",
        "Jakarta menjadi tuan rumah acara itu.",
    ];
    for para in cases {
        let got = run(para);
        assert_eq!(got.paragraphs, vec![*para]);
        assert_eq!(got.dateline_place, None, "para {para:?}");
    }
    // A dateline alone on its line.
    let got = run(&format!("BONTANG -\n{BODY1}"));
    assert_eq!(got.dateline_place.as_deref(), Some("Bontang"));
    assert_eq!(got.paragraphs, vec![BODY1]);
    // A headline-like line with a dash is no dateline.
    let input = format!("Pilkada Kaltim - Warga Antusias Datang ke TPS\n{BODY1}");
    let got = run(&input);
    assert_eq!(got.dateline_place, None);
    assert_eq!(got.paragraphs, vec![BODY1]);
    // Only the first body paragraph carries a dateline.
    let input = format!("{BODY1}\nSAMARINDA - Acara berlanjut di kota lain.");
    let got = run(&input);
    assert_eq!(got.dateline_place, None);
    assert_eq!(
        got.paragraphs[1],
        "SAMARINDA - Acara berlanjut di kota lain."
    );
}

#[test]
fn published_table() {
    let cases: &[(&str, Option<Ymd>)] = &[
        ("- 29 Agustus 2023, 19:52 WIB\n{B}", Some((2023, 8, 29))),
        ("Senin, 21 Feb 2022 17:25 WIB\n{B}", Some((2022, 2, 21))),
        ("Jum'at, 5 Juli 2024 | 09:00 WITA\n{B}", Some((2024, 7, 5))),
        ("Kamis, 16 Juni 2022\n{B}", Some((2022, 6, 16))),
        (
            "Diterbitkan: 1 Desember 2021 10:00 WIB\n{B}",
            Some((2021, 12, 1)),
        ),
        ("21/02/2022 17:25\n{B}", Some((2022, 2, 21))),
        ("2023-08-29 19:52\n{B}", Some((2023, 8, 29))),
        (
            "Judul berita di atas\nSenin, 21 Feb 2022 17:25 WIB\n{B}",
            Some((2022, 2, 21)),
        ),
        // relative dates name no day
        ("2 jam lalu\n{B}", None),
        // dates after the body are related-headline stamps
        ("{B}\nJudul lain\nSenin, 21 Feb 2022 17:25 WIB", None),
        // an impossible date
        ("31 Foo 2022\n{B}", None),
        ("40/13/2022\n{B}", None),
    ];
    for (template, expected) in cases {
        let input = template.replace("{B}", BODY1);
        let got = run(&input);
        assert_eq!(got.published, *expected, "input {input:?}");
        assert!(
            got.paragraphs.contains(&BODY1.to_string()),
            "input {input:?}"
        );
    }
}

#[test]
fn date_lines_alone_are_dropped() {
    let input = format!("{BODY1}\nRabu, 9 Mar 2022 16:40 WIB\n{BODY2}");
    let got = run(&input);
    assert_eq!(got.paragraphs, vec![BODY1, BODY2]);
    assert_eq!(got.published, None);
}

#[test]
fn only_boilerplate_gives_nothing() {
    let input = "Editor: Siti\nTags\nTerkini\nCOPYRIGHT © Warta 2022\nx\n-\nBaca juga: Judul lain";
    assert_eq!(run(input), CleanBody::default());
    assert_eq!(run(""), CleanBody::default());
}

#[test]
fn title_case_and_outlets() {
    let cases = [
        ("TANJUNG SELOR", "Tanjung Selor"),
        ("tenggarong", "Tenggarong"),
        ("BANDA-ACEH", "Banda-Aceh"),
    ];
    for (input, expected) in cases {
        assert_eq!(title_case(input), expected);
    }
    let outlets = [
        ("MALANG TERKINI", true),
        ("TRIBUNKALTIM", true),
        ("KALTIMPOST.ID", true),
        ("SAMARINDA", false),
        ("TANJUNG SELOR", false),
    ];
    for (input, expected) in outlets {
        assert_eq!(is_outlet(input), expected, "{input}");
    }
}

#[test]
fn text_wrapped_at_a_fixed_width_is_joined() {
    let wrapped = "Rapat koordinasi pengawasan netralitas pegawai digelar di aula\n\
                   Kantor Bupati pada Senin pagi dan dihadiri para camat serta\n\
                   Kepala Dinas Pendidikan yang datang bersama seluruh stafnya\n\
                   dari kecamatan.\n\
                   Bupati meminta semua pegawai menjaga jarak dari kegiatan\n\
                   Partai Politik selama masa kampanye berlangsung di daerah itu.";
    let expected = "Rapat koordinasi pengawasan netralitas pegawai digelar di aula \
                    Kantor Bupati pada Senin pagi dan dihadiri para camat serta \
                    Kepala Dinas Pendidikan yang datang bersama seluruh stafnya \
                    dari kecamatan.\n\
                    Bupati meminta semua pegawai menjaga jarak dari kegiatan \
                    Partai Politik selama masa kampanye berlangsung di daerah itu.";
    assert_eq!(unwrap_lines(wrapped), expected);
    // Paragraphs of ordinary length, and headings, are no wrapped text.
    let paragraphs = "Judul Tanpa Titik\nParagraf pertama yang cukup panjang berakhir di sini.\n\
                      Subjudul\nParagraf kedua.";
    assert_eq!(unwrap_lines(paragraphs), paragraphs);
}

#[test]
fn hard_wrapped_lines_are_joined() {
    let cases = [
        (
            "Rapat dibuka oleh\nbupati pagi ini.\nSamsiah\nmengatakan, forum itu penting.",
            "Rapat dibuka oleh bupati pagi ini.\nSamsiah mengatakan, forum itu penting.",
        ),
        // A finished sentence, a title line and a new paragraph stay apart.
        (
            "Rapat selesai.\nwarga pulang.",
            "Rapat selesai.\nwarga pulang.",
        ),
        (
            "Judul Berita\nJAKARTA - Rapat dibuka.",
            "Judul Berita\nJAKARTA - Rapat dibuka.",
        ),
        ("Satu.\n\ndua", "Satu.\n\ndua"),
        ("Tags\npilkada\nbawaslu", "Tags\npilkada\nbawaslu"),
        ("\"Kita siap,\nkata dia.", "\"Kita siap, kata dia."),
        // A short form in parentheses that goes on continues the phrase.
        (
            "ujar Kepala Dinas\n(Kadis) Kesehatan Rudi Hartono di kantornya.",
            "ujar Kepala Dinas (Kadis) Kesehatan Rudi Hartono di kantornya.",
        ),
        // A parenthesis alone on its line, or after a finished sentence, stays apart.
        (
            "Rapat dibuka oleh bupati\n(ant/ded)",
            "Rapat dibuka oleh bupati\n(ant/ded)",
        ),
        (
            "Rapat dibuka.\n(Foto) Bupati tiba.",
            "Rapat dibuka.\n(Foto) Bupati tiba.",
        ),
        // A line stopping after a comma or a joining word goes on, whatever
        // the next line starts with.
        (
            "Hadir Wakil Bupati Gowa Andi Rahman, S.E.,\nSekda Gowa Budi dan\nDandim Gowa.",
            "Hadir Wakil Bupati Gowa Andi Rahman, S.E., Sekda Gowa Budi dan Dandim Gowa.",
        ),
        ("Peserta rapat,\nTags", "Peserta rapat,\nTags"),
        // A long open line goes on with the short tail of its sentence.
        (
            "Untuk menjalankan pemerintahan telah ditunjuk pelaksana harian yaitu Sekretaris Daerah\nBudi Santoso.",
            "Untuk menjalankan pemerintahan telah ditunjuk pelaksana harian yaitu Sekretaris Daerah Budi Santoso.",
        ),
        ("Judul Berita Pendek\nBudi Santoso.", "Judul Berita Pendek\nBudi Santoso."),
    ];
    for (text, expected) in cases {
        assert_eq!(unwrap_lines(text), expected, "{text:?}");
    }
}

#[test]
fn a_dated_lead_without_its_full_stop_is_body() {
    let text = "Judul Berita Rapat\nSurabaya – DPRD Kota Surabaya menggelar rapat paripurna, Senin (3/2/2025) siang\nRapat itu membahas tiga raperda.";
    let body = clean(text);
    assert!(
        body.paragraphs
            .iter()
            .any(|p| p.contains("menggelar rapat paripurna")),
        "{:?}",
        body.paragraphs
    );
    // A short dated line stays a heading.
    assert!(!is_body_like("Rapat digelar, Senin (3/2/2025)"));
}
