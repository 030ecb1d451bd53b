//! The text pools articles are assembled from: speech verbs, quotes,
//! attributions, reporter sentences, events, outlets and headlines.

pub const SPEECH_VERBS: &[&str] = &[
    "mengatakan",
    "menjelaskan",
    "menegaskan",
    "mengingatkan",
    "menyampaikan",
    "menyebut",
    "menuturkan",
    "mengungkapkan",
];

pub const INDIRECT: &[&str] = &[
    "seluruh aparatur sipil negara (ASN) di lingkungan {Pem} {R} wajib menjaga netralitas selama tahapan {election}",
    "pengawasan tahun ini lebih banyak menyasar aktivitas ASN di media sosial",
    "pihaknya sudah menerima {n} laporan dugaan pelanggaran netralitas sejak awal tahun",
    "kegiatan ini digelar agar pegawai memahami batasan sebelum tahapan kampanye dimulai",
    "pegawai yang dilaporkan akan diperiksa lebih dulu oleh atasan langsung sebelum berkasnya diteruskan",
    "tim pemantau netralitas sudah dibentuk di setiap organisasi perangkat daerah",
    "jumlah pegawai di {kw} {R} yang mencapai {k} orang membuat pengawasan tidak bisa dilakukan sendirian",
    "camat dan lurah diminta ikut memantau pegawai di wilayahnya masing-masing",
    "larangan bagi ASN tidak hanya soal hadir di panggung kampanye, tetapi juga memberi dukungan di media sosial",
    "pihaknya membuka posko pengaduan di setiap kecamatan",
    "data pegawai yang pernah mendapat teguran terkait netralitas akan diserahkan ke Bawaslu",
    "pemerintah daerah tidak akan melindungi pegawai yang terbukti melanggar",
    "sosialisasi serupa akan digelar hingga tingkat kelurahan dan desa",
    "peran inspektorat akan diperkuat agar setiap laporan bisa segera ditindaklanjuti",
    "sanksi bagi pegawai yang terbukti tidak netral mengacu pada {LAW}",
    "dasar hukum netralitas pegawai kini merujuk pada {LAW}",
];

pub const QUOTES: &[&str] = &[
    "Netralitas ASN itu bukan sekadar imbauan, melainkan perintah {LAW}. Siapa pun yang melanggar akan diproses, tidak ada pengecualian",
    "Aturannya sudah terang di {LAW}, jadi jangan ada lagi yang beralasan tidak tahu",
    "Jabatan itu amanah, bukan alat untuk kepentingan kelompok. Saya tidak mau mendengar lagi ada pegawai yang dipanggil Bawaslu gara-gara ulah jempolnya sendiri",
    "Bapak dan Ibu digaji oleh negara, bukan oleh partai. Tugas kita melayani masyarakat, siapa pun pilihan politiknya",
    "Pengawasan kami bukan cuma di lapangan, tetapi juga di dunia maya. Masyarakat silakan melapor kalau melihat ASN ikut berkampanye",
    "Sanksinya jelas diatur dalam {LAW}. Hukumannya bisa sampai pemberhentian",
    "Kami tidak ingin ada pegawai yang kariernya rusak hanya karena satu unggahan",
    "Kalau ada laporan masuk, inspektorat langsung turun memeriksa. Kami tidak menunggu kasusnya viral dulu",
    "Foto saja tidak cukup. Catat waktu, tempat, dan saksi, lalu segera laporkan dalam batas waktu yang ditentukan",
    "Rujukan kita sekarang {LAW}. Netralitas tetap menjadi asas yang tidak bisa ditawar",
    "ASN yang ikut menjadi pelaksana atau tim kampanye bisa dijerat pidana sesuai {LAW}. Jadi ini bukan hanya soal sanksi administrasi",
    "Pengawasan netralitas kami jalankan berdasarkan {LAW}. Jadi bukan hanya ASN, anggota TNI dan Polri juga masuk dalam pengawasan kami",
    "{election} ini milik rakyat, bukan milik birokrasi. Kalau ASN ikut bermain, pelayanan publik yang pertama kali jadi korban",
    "Di daerah, godaannya sering datang dari hubungan keluarga atau janji jabatan. Saya minta Bapak dan Ibu berhati-hati, karena yang dipertaruhkan adalah karier sendiri",
    "Warga bisa ikut mengawasi. Kalau melihat ASN memakai atribut partai atau hadir di kampanye, foto saja dan kirimkan ke kami",
    "Kami minta pimpinan unit kerja meneruskan materi ini ke stafnya masing-masing, jangan berhenti di ruangan ini",
    "Memang tahapan kampanye belum berjalan, tapi bukan berarti ASN bebas. Rambu-rambunya sudah jelas dalam {LAW}",
    "Untuk pelanggaran berat, hukumannya mulai dari penurunan jabatan sampai pemberhentian. Jadi jangan main-main",
    "Kalau pimpinannya tegas, pegawai di bawah pasti ikut tertib. Kami minta kepala perangkat daerah memberi contoh",
];

pub const ATTRIBUTIONS_PRONOUN: &[&str] = &[
    "katanya",
    "ujarnya",
    "tegasnya",
    "pungkasnya",
    "tuturnya",
    "ucapnya",
    "jelasnya",
    "imbuhnya",
];
pub const ATTRIBUTIONS_NAMED: &[&str] = &["kata", "ujar", "tegas", "jelas", "tutur", "ucap"];

/// Reporter's sentences citing a law, each with the laws that fit it.
pub const REPORTER_LAW: &[(&str, &[usize])] = &[
    (
        "Larangan bagi ASN untuk terlibat dalam kegiatan politik praktis, termasuk di media sosial, diatur dalam {LAW}.",
        &[0, 1, 9],
    ),
    (
        "Ketentuan mengenai etika pegawai juga dimuat dalam {LAW}. Pelanggaran kode etik dapat dijatuhi sanksi moral, baik secara terbuka maupun tertutup.",
        &[6],
    ),
    (
        "Sanksi bagi PNS yang tidak netral mengacu pada {LAW}, mulai dari teguran tertulis hingga pemberhentian tidak dengan hormat.",
        &[4, 5],
    ),
    (
        "Larangan bagi pejabat ASN membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon tertuang dalam {LAW}. Pelanggaran atas ketentuan itu dapat berujung pidana.",
        &[3],
    ),
    (
        "Pelaksana kampanye yang mengikutsertakan ASN dapat dijerat pidana sebagaimana diatur dalam {LAW}.",
        &[2],
    ),
    (
        "Pedoman pengawasan netralitas pegawai di daerah mengacu pada {LAW}, yang diteken lima instansi, yakni Kementerian PANRB, Kementerian Dalam Negeri, BKN, KASN, dan Bawaslu.",
        &[9],
    ),
    (
        "Pengawasan terhadap ASN, anggota TNI, dan anggota Polri dilakukan berdasarkan {LAW}.",
        &[7],
    ),
    (
        "Aturan mengenai metode dan larangan kampanye dimuat dalam {LAW}.",
        &[8, 2],
    ),
];

pub const FILLERS: &[&str] = &[
    "Kegiatan tersebut diikuti para camat, lurah, kepala sekolah, serta pejabat struktural di lingkungan {Pem} {R}. Sebagian peserta mengikuti acara secara daring dari kantor masing-masing.",
    "Di akhir kegiatan, seluruh peserta membacakan ikrar netralitas yang kemudian ditandatangani bersama unsur Forkopimda {R}.",
    "Menurut catatan panitia, jumlah peserta yang hadir jauh melebihi target yang ditetapkan sebelumnya.",
    "Sejumlah peserta mengaku baru mengetahui bahwa memberi tanda suka pada unggahan peserta pemilu di media sosial juga bisa dianggap sebagai pelanggaran.",
    "{Pem} {R} menargetkan seluruh pegawai, termasuk pegawai pemerintah dengan perjanjian kerja (PPPK), sudah memahami aturan netralitas sebelum masa kampanye.",
    "Pada pemilu sebelumnya, beberapa pegawai di {P} dijatuhi sanksi karena terbukti menghadiri kegiatan kampanye pada jam kerja.",
    "Panitia juga membagikan buku saku berisi daftar larangan bagi ASN selama tahapan {election}.",
    "Kegiatan ditutup dengan sesi tanya jawab. Sebagian besar pertanyaan peserta menyangkut batasan penggunaan media sosial.",
    "Bawaslu mencatat wilayah {P} masuk kategori rawan sedang dalam indeks kerawanan netralitas ASN.",
    "Selain ASN, sosialisasi juga menyasar kepala desa dan perangkat desa yang dinilai rawan dimanfaatkan untuk kepentingan politik.",
    "Hingga berita ini diturunkan, belum ada pegawai di {kw} {R} yang dijatuhi sanksi terkait netralitas pada tahapan ini.",
    "Pemerintah daerah juga menyiapkan kanal pengaduan melalui aplikasi pesan instan yang dikelola inspektorat.",
    "Sejumlah spanduk berisi imbauan netralitas juga dipasang di kantor-kantor pemerintahan di {R}.",
    "Materi kegiatan meliputi bentuk-bentuk pelanggaran netralitas, mekanisme pelaporan, hingga tata cara penjatuhan sanksi.",
    "Peserta juga diajak membahas sejumlah contoh kasus pelanggaran yang pernah terjadi di daerah lain.",
    "Kegiatan serupa rencananya digelar di seluruh kecamatan di {R} hingga akhir bulan depan.",
    "Dalam kesempatan itu, panitia juga memutar video singkat tentang dampak politisasi birokrasi terhadap pelayanan publik.",
    "Data Bawaslu menunjukkan, pelanggaran netralitas ASN paling banyak terjadi di media sosial, disusul kehadiran dalam kegiatan kampanye.",
    "Selama tahapan {election}, pemantauan juga dilakukan terhadap penggunaan kendaraan dinas dan fasilitas kantor.",
    "Sebelumnya, Bawaslu Provinsi {P} telah mengirimkan surat imbauan kepada seluruh kepala daerah agar mengingatkan jajarannya.",
    "Pemda dan Bawaslu sepakat memperkuat koordinasi, termasuk bertukar data laporan dugaan pelanggaran netralitas.",
    "Jumlah ASN di {kw} {R} tercatat sekitar {k} orang, tersebar di puluhan organisasi perangkat daerah, sekolah, dan puskesmas.",
    "Sebagian pegawai yang hadir berasal dari kecamatan terjauh dan harus menempuh perjalanan beberapa jam untuk sampai ke lokasi kegiatan.",
    "Usai kegiatan, panitia membagikan formulir surat pernyataan netralitas yang wajib diisi dan dikumpulkan paling lambat pekan depan.",
];

/// Events as (name in the text, short name for headlines).
pub const EVENTS: &[(&str, &str)] = &[
    ("Sosialisasi Netralitas ASN", "Sosialisasi Netralitas"),
    (
        "Sosialisasi Pengawasan Partisipatif",
        "Sosialisasi Pengawasan",
    ),
    (
        "Rapat Koordinasi (Rakor) Pengawasan Netralitas ASN",
        "Rakor Netralitas",
    ),
    (
        "rakor pencegahan pelanggaran netralitas ASN",
        "Rakor Pencegahan",
    ),
    ("Apel Siaga Netralitas ASN", "Apel Siaga Netralitas"),
    ("apel netralitas aparatur sipil negara", "Apel Netralitas"),
    ("Deklarasi Netralitas ASN", "Deklarasi Netralitas"),
    (
        "Bimbingan Teknis (Bimtek) Penanganan Pelanggaran",
        "Bimtek Penanganan Pelanggaran",
    ),
    (
        "bimtek pengawasan tahapan kampanye",
        "Bimtek Pengawasan Kampanye",
    ),
    (
        "Rapat Kerja Teknis Pengawasan Netralitas",
        "Rakernis Pengawasan",
    ),
    (
        "Focus Group Discussion (FGD) Netralitas ASN",
        "FGD Netralitas ASN",
    ),
    (
        "Penandatanganan Pakta Integritas Netralitas",
        "Penandatanganan Pakta Integritas",
    ),
    (
        "Sekolah Kader Pengawasan Partisipatif",
        "Sekolah Kader Pengawasan",
    ),
    ("Seminar Netralitas ASN", "Seminar Netralitas"),
    (
        "Workshop Pengawasan Media Sosial",
        "Workshop Pengawasan Medsos",
    ),
];

pub const HOTELS: &[&str] = &[
    "Hotel Grand Mutiara",
    "Hotel Santika",
    "Hotel Aston",
    "Hotel Swiss-Belinn",
    "Hotel Horison",
    "Hotel Golden Palace",
    "Hotel Bumi Asri",
];

pub const OUTLETS: &[(&str, &str, &str)] = &[
    // (dateline style, outlet name, domain); style: A "Kota (ANTARA) -",
    // K "KOTA, KOMPAS.com -", P "Kota (Outlet) -", U "KOTA, OUTLET -".
    ("A", "ANTARA", "antaranews.com"),
    ("K", "KOMPAS.com", "kompas.com"),
    ("U", "WARTAPRIANGAN.com", "wartapriangan.com"),
    ("P", "Lintas Sulsel", "lintassulsel.id"),
    ("P", "Suara Cenderawasih", "suaracenderawasih.co.id"),
    ("U", "FLOBAMORA POST", "flobamorapost.com"),
    ("U", "DETIKCOM", "detik.com"),
    ("P", "Riau Pesisir", "riaupesisir.co.id"),
    ("P", "Radar Nusantara", "radarnusantara.id"),
    ("U", "TRIBUNNEWS.COM", "tribunnews.com"),
];

pub const OTHER_HEADLINES: &[&str] = &[
    "Harga Cabai Rawit di Pasar {R} Mulai Turun",
    "Upacara HUT ke-78 RI di {R} Berlangsung Khidmat",
    "{Pem} {R} Gelar Bimtek Pengadaan Barang dan Jasa bagi Pejabat Pengadaan",
    "Jalan Rusak di {dw} {D} Dikeluhkan Warga",
    "Festival Budaya {R} Kembali Digelar Tahun Ini",
    "Dinkes {R} Gencarkan Imunisasi Anak di Puskesmas",
    "Bawaslu {P} Petakan Kerawanan {election} di Kabupaten/Kota",
    "KPU {R} Tetapkan Daftar Pemilih Tetap {election}",
    "Ratusan Honorer {R} Ikuti Seleksi PPPK",
    "Banjir Rendam Puluhan Rumah di {dw} {D}",
];
