//! The contract's regulation type codes and their full Indonesian names.

/// The most specific regulation type code of the data contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LawType {
    /// Undang-Undang (statute).
    Uu,
    /// Peraturan Pemerintah Pengganti Undang-Undang (emergency statute).
    Perppu,
    /// Peraturan Pemerintah (government regulation).
    Pp,
    /// Peraturan Presiden (presidential regulation).
    Perpres,
    /// Keputusan Presiden (presidential decree).
    Keppres,
    /// Instruksi Presiden (presidential instruction).
    Inpres,
    /// Peraturan Menteri (ministerial regulation, other ministries).
    Permen,
    /// Peraturan Menteri Dalam Negeri (Minister of Home Affairs).
    Permendagri,
    /// Peraturan Menteri PANRB (Minister of Administrative Reform).
    PermenPanrb,
    /// Peraturan Badan Pengawas Pemilihan Umum (Bawaslu).
    Perbawaslu,
    /// Peraturan Komisi Pemilihan Umum (KPU).
    Pkpu,
    /// Peraturan Daerah (regional by-law).
    Perda,
    /// Peraturan Gubernur (governor regulation).
    Pergub,
    /// Peraturan Bupati (regent regulation).
    Perbup,
    /// Peraturan Wali Kota (mayor regulation).
    Perwali,
    /// Peraturan Kepala (head of agency / agency regulation, incl. Kapolri).
    Perka,
    /// Surat Edaran (circular letter).
    Se,
    /// Surat Keputusan Bersama (joint decree).
    Skb,
}

impl LawType {
    /// Every type, in contract order.
    pub const ALL: [LawType; 18] = [
        LawType::Uu,
        LawType::Perppu,
        LawType::Pp,
        LawType::Perpres,
        LawType::Keppres,
        LawType::Inpres,
        LawType::Permen,
        LawType::Permendagri,
        LawType::PermenPanrb,
        LawType::Perbawaslu,
        LawType::Pkpu,
        LawType::Perda,
        LawType::Pergub,
        LawType::Perbup,
        LawType::Perwali,
        LawType::Perka,
        LawType::Se,
        LawType::Skb,
    ];

    /// Contract code: "UU", "Perppu", "PP", "Perpres", "Keppres", "Inpres", "Permen", "Permendagri", "PermenPANRB", "Perbawaslu", "PKPU", "Perda", "Pergub", "Perbup", "Perwali", "Perka", "SE", "SKB".
    pub fn code(self) -> &'static str {
        match self {
            LawType::Uu => "UU",
            LawType::Perppu => "Perppu",
            LawType::Pp => "PP",
            LawType::Perpres => "Perpres",
            LawType::Keppres => "Keppres",
            LawType::Inpres => "Inpres",
            LawType::Permen => "Permen",
            LawType::Permendagri => "Permendagri",
            LawType::PermenPanrb => "PermenPANRB",
            LawType::Perbawaslu => "Perbawaslu",
            LawType::Pkpu => "PKPU",
            LawType::Perda => "Perda",
            LawType::Pergub => "Pergub",
            LawType::Perbup => "Perbup",
            LawType::Perwali => "Perwali",
            LawType::Perka => "Perka",
            LawType::Se => "SE",
            LawType::Skb => "SKB",
        }
    }

    /// Full Indonesian name: "Undang-Undang", "Peraturan Pemerintah Pengganti Undang-Undang", "Peraturan Pemerintah", "Peraturan Presiden", "Keputusan Presiden", "Instruksi Presiden", "Peraturan Menteri", "Peraturan Menteri Dalam Negeri", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Peraturan Badan Pengawas Pemilihan Umum", "Peraturan Komisi Pemilihan Umum", "Peraturan Daerah", "Peraturan Gubernur", "Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Kepala", "Surat Edaran", "Surat Keputusan Bersama".
    pub fn full_name(self) -> &'static str {
        match self {
            LawType::Uu => "Undang-Undang",
            LawType::Perppu => "Peraturan Pemerintah Pengganti Undang-Undang",
            LawType::Pp => "Peraturan Pemerintah",
            LawType::Perpres => "Peraturan Presiden",
            LawType::Keppres => "Keputusan Presiden",
            LawType::Inpres => "Instruksi Presiden",
            LawType::Permen => "Peraturan Menteri",
            LawType::Permendagri => "Peraturan Menteri Dalam Negeri",
            LawType::PermenPanrb => {
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
            }
            LawType::Perbawaslu => "Peraturan Badan Pengawas Pemilihan Umum",
            LawType::Pkpu => "Peraturan Komisi Pemilihan Umum",
            LawType::Perda => "Peraturan Daerah",
            LawType::Pergub => "Peraturan Gubernur",
            LawType::Perbup => "Peraturan Bupati",
            LawType::Perwali => "Peraturan Wali Kota",
            LawType::Perka => "Peraturan Kepala",
            LawType::Se => "Surat Edaran",
            LawType::Skb => "Surat Keputusan Bersama",
        }
    }

    /// Parse a contract code back (case-insensitive).
    pub fn from_code(code: &str) -> Option<LawType> {
        let code = code.trim();
        LawType::ALL
            .iter()
            .copied()
            .find(|t| t.code().eq_ignore_ascii_case(code))
    }
}
