//! The grammar's test table: sentences and the citations expected in them,
//! with titles, spans, issuers and labels checked on their own.

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
    // --- Compact and run-together forms -------------------------------------
    ("Ia mengacu PP No.53/2010 soal disiplin.", &[("PP", "53", 2010)]),
    ("Aturannya Undang-Undang No.8/2012 tentang pemilu.", &[("UU", "8", 2012)]),
    ("Sanksinya ada di PP 42 /2004 yang lama.", &[("PP", "42", 2004)]),
    ("Lima raperda itu mengubah Perda Nomor 12 /2013.", &[("Perda", "12", 2013)]),
    ("Skema itu disusun berdasarkan Perkap Nomor21 Tahun 2010.", &[("Perka", "21", 2010)]),
    ("Ia merujuk Undang-undang nomor 31Taun 1999.", &[("UU", "31", 1999)]),
    ("Larangan tertuang di Peraturan Wali Kota (Perwali) 30/2018.", &[("Perwali", "30", 2018)]),
    // --- Two-digit years in charges ------------------------------------------
    ("Tersangka dijerat UU 31/99 jo UU 20/01.", &[("UU", "31", 1999), ("UU", "20", 2001)]),
    ("Tersangka dijerat UU No 31/99 jo 20/01.", &[("UU", "31", 1999), ("UU", "20", 2001)]),
    (
        "Keduanya dijerat Pasal 12 huruf a atau Pasal 11 UU 31/1999 jo UU 20/2001.",
        &[("UU", "31", 1999), ("UU", "20", 2001)],
    ),
    (
        "Ia dijerat Pasal 2 ayat (1) jo Pasal 18 UU Nomor 31 Tahun 1999 jo. Nomor 20 Tahun 2001.",
        &[("UU", "31", 1999), ("UU", "20", 2001)],
    ),
    ("Rapat digelar Senin 20/01 di aula.", &[]),
    ("Perda 12/12 dibahas lagi.", &[]),
    // --- Election bodies' own words ------------------------------------------
    ("Tahapan diatur Peraturan PerKPU No. 6/2013 tentang jadwal.", &[("PKPU", "6", 2013)]),
    ("Tahapan diatur PerKPU Nomor 7 Tahun 2022.", &[("PKPU", "7", 2022)]),
    (
        "Pengawasan memakai Peraturan Badan Pengawas Pemilu Nomor 6 Tahun 2018.",
        &[("Perbawaslu", "6", 2018)],
    ),
    ("Sidang etik mengacu Peraturan DKPP Nomor 2 Tahun 2017.", &[("Perka", "2", 2017)]),
    ("Pengawasan merit mengacu Peraturan KASN Nomor 1 Tahun 2019.", &[("Perka", "1", 2019)]),
    // --- Police, agencies, ministries ----------------------------------------
    ("Pengamanan diatur Perpol Nomor 7 Tahun 2023.", &[("Perka", "7", 2023)]),
    ("Pengamanan diatur Peraturan Polri Nomor 2 Tahun 2022.", &[("Perka", "2", 2022)]),
    (
        "Pengamanan diatur Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2023.",
        &[("Perka", "7", 2023)],
    ),
    ("Pengadaan mengikuti Perlem LKPP Nomor 12 Tahun 2021.", &[("Perka", "12", 2021)]),
    ("Dana desa diatur Permendes PDTT Nomor 7 Tahun 2023.", &[("Permen", "7", 2023)]),
    (
        "Dana desa diatur Peraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Nomor 8 Tahun 2022.",
        &[("Permen", "8", 2022)],
    ),
    ("Tanah itu diatur Permen ATR/BPN Nomor 18 Tahun 2021.", &[("Permen", "18", 2021)]),
    ("Ada Perbub Nomor 12 Tahun 2022 soal itu.", &[("Perbup", "12", 2022)]),
    // --- Special regions' own by-laws ----------------------------------------
    ("Pelanggar dicambuk sesuai Qanun Aceh Nomor 6 Tahun 2014.", &[("Perda", "6", 2014)]),
    ("Pemkab menerapkan Qanun Kabupaten Aceh Besar No 2/2021.", &[("Perda", "2", 2021)]),
    ("Hak adat diatur Perdasus Papua Nomor 23 Tahun 2008.", &[("Perda", "23", 2008)]),
    ("Tata ruang diatur Perdais DIY Nomor 2 Tahun 2017.", &[("Perda", "2", 2017)]),
    // --- Circulars and decrees with letter numbers ---------------------------
    (
        "Ada Surat Edaran Menteri Pendayagunaan Aparatur Negara No. SE/07.M.Pan/7 2009 tentang netralitas.",
        &[("SE", "SE/07.M.Pan/7", 2009)],
    ),
    (
        "Bupati menerbitkan Surat Edaran (SE) nomor SE-800/359/PSDM.3/BKPSDMD/2019 kemarin.",
        &[("SE", "SE-800/359/PSDM.3/BKPSDMD", 2019)],
    ),
    ("Ia dilantik dengan Keppres Nomor 74/P 2023.", &[("Keppres", "74/P", 2023)]),
    ("Ia mengutip UU Nomor 5 2014 saja.", &[]),
    (
        "Sanksi itu sesuai Surat Keputusan Bersama (SKB) Menteri Dalam Negeri, Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) serta Kepala Badan Kepegawaian Negara (BKN) Nomor 15 Tahun 2018.",
        &[("SKB", "15", 2018)],
    ),
    // --- Constitutional Court rules are no listed type -----------------------
    (
        "Mahkamah Konstitusi menolak gugatan sesuai Pasal 6 PMK 1/2015.",
        &[],
    ),
    ("Tarif baru diatur PMK Nomor 60 Tahun 2022.", &[("Permen", "60", 2022)]),
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
        (
            "UU Nomor 5 Tahun 2014 tentang ASN harus dipatuhi",
            Some("ASN"),
        ),
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
        (
            "PP 53 tahun 2010 tentang disiplin PNS jelas melarang",
            Some("disiplin PNS"),
        ),
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

#[test]
fn regulation_words_are_known() {
    for word in [
        "Perpres",
        "PERDA",
        "Permendagri",
        "PermenPAN-RB",
        "PKPU",
        "UU",
        "Perbub",
    ] {
        assert!(is_regulation_word(word), "{word}");
    }
    for word in ["Perdana", "Permana", "Pemuda", "Sutarmidji", "Perum"] {
        assert!(!is_regulation_word(word), "{word}");
    }
}
