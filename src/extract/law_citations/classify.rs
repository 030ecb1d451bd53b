//! From the type word and the slot between type and number to the contract's
//! type code and the issuer.

use super::fold_ws;
use super::grammar::{MAX_ISSUER_WORDS, MAX_JOINT_ISSUER_WORDS};
use super::words::{NOT_AGENCY, PERMEN_SUFFIXES, SLOT_ABBREVIATIONS, SLOT_FORBIDDEN};
use super::LawType;
use regex::Captures;

/// Kinds of type word, before the issuer decides the final type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    /// The type word alone decides: "UU", "Perda", "SE" …
    Fixed(LawType),
    /// "Peraturan Menteri"/"Permen" followed by the ministry.
    PermenGeneric,
    /// The ministry folded into the word: "Permendagri", "Permenkeu", "PMK".
    PermenAbbr,
    /// An agency's rule: "Peraturan Kepala X", "Peraturan BKN", "Perkap".
    Perka,
    /// The police's own rule: "Perpol", "Peraturan Polri" (type `Perka`, issuer Polri).
    Police,
}

pub(super) fn family(caps: &Captures<'_>) -> Option<Family> {
    const FIXED: &[(&str, LawType)] = &[
        ("perppu", LawType::Perppu),
        ("pp", LawType::Pp),
        ("uu", LawType::Uu),
        ("perpres", LawType::Perpres),
        ("keppres", LawType::Keppres),
        ("inpres", LawType::Inpres),
        ("bawaslu", LawType::Perbawaslu),
        ("kpu", LawType::Pkpu),
        ("perda", LawType::Perda),
        ("pergub", LawType::Pergub),
        ("perbup", LawType::Perbup),
        ("perwali", LawType::Perwali),
        ("se", LawType::Se),
        ("skb", LawType::Skb),
    ];
    for (name, t) in FIXED {
        if caps.name(name).is_some() {
            return Some(Family::Fixed(*t));
        }
    }
    if caps.name("police").is_some() {
        Some(Family::Police)
    } else if caps.name("menabbr").is_some() {
        Some(Family::PermenAbbr)
    } else if caps.name("permen").is_some() {
        Some(Family::PermenGeneric)
    } else if caps.name("perka").is_some() {
        Some(Family::Perka)
    } else {
        None
    }
}

/// Whether the family takes an issuer (longer slot, "dan" allowed) rather than a nickname.
fn takes_issuer(f: Family) -> bool {
    match f {
        Family::Fixed(t) => matches!(
            t,
            LawType::Perda
                | LawType::Pergub
                | LawType::Perbup
                | LawType::Perwali
                | LawType::Se
                | LawType::Skb
        ),
        Family::PermenGeneric | Family::Perka => true,
        Family::PermenAbbr | Family::Police => false,
    }
}

/// Whether the family names several issuers at once: circulars and joint decrees.
fn joint(f: Family) -> bool {
    matches!(f, Family::Fixed(LawType::Se | LawType::Skb))
}

/// Validate the words between type and number; return them as one string, without
/// parenthetical acronyms and without a trailing "RI"/"Republik Indonesia".
pub(super) fn check_slot(slot: &str, fam: Family, keyword: bool) -> Option<String> {
    let issuer = takes_issuer(fam);
    // Parenthetical acronyms ("(Kaltim)", "(Permendagri)") are free text: drop them.
    let mut clean = String::with_capacity(slot.len());
    let mut depth = 0usize;
    for c in slot.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => clean.push(c),
            _ => {}
        }
    }
    // Circulars and joint decrees list several issuers with commas; a ministry's
    // or agency's long name may hold one ("Menteri Desa, Pembangunan Daerah …").
    if clean.contains(',') && !joint(fam) && !matches!(fam, Family::PermenGeneric | Family::Perka) {
        return None;
    }
    let words: Vec<&str> = clean
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        let next = words.get(i + 1).map(|n| n.to_lowercase());
        if lw.ends_with('.') && !SLOT_ABBREVIATIONS.contains(&lw.as_str()) {
            return None;
        }
        let bare = lw.trim_end_matches('.');
        if bare == "serta" && joint(fam) {
            continue;
        }
        if SLOT_FORBIDDEN.contains(&bare) {
            return None;
        }
        if bare == "dan" && !issuer {
            return None;
        }
        if bare == "dalam" && next.as_deref() != Some("negeri") {
            return None;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_ascii_digit() && !matches!(fam, Family::Fixed(LawType::Skb)) {
            return None;
        }
        // Without "Nomor" the slot must look like a name: "UU Pemilu 7/2017".
        if !keyword && bare != "dan" && first.is_lowercase() {
            return None;
        }
    }
    let limit = if joint(fam) {
        MAX_JOINT_ISSUER_WORDS
    } else if issuer {
        MAX_ISSUER_WORDS
    } else {
        3
    };
    if words.len() > limit {
        return None;
    }
    // "… RI" / "… Republik Indonesia" is not part of the issuer.
    let mut text = fold_ws(&clean);
    for suffix in [" Republik Indonesia", " RI"] {
        let n = text.len();
        if n >= suffix.len()
            && text.is_char_boundary(n - suffix.len())
            && text[n - suffix.len()..].eq_ignore_ascii_case(suffix)
        {
            text.truncate(n - suffix.len());
        }
    }
    if text.eq_ignore_ascii_case("ri") || text.eq_ignore_ascii_case("republik indonesia") {
        text.clear();
    }
    Some(
        text.trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_string(),
    )
}

/// Lower-case letters and digits only: "PAN-RB" → "panrb".
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The type code and issuer of a citation from its family, its type word as written
/// and its checked slot; `text` is the whole text, which settles what "PMK" means.
/// None when the words name no type of the contract.
pub(super) fn classify(
    fam: Family,
    ty: &str,
    slot_text: String,
    text: &str,
) -> Option<(LawType, Option<String>)> {
    let slot_sq = squash(&slot_text);
    let issuer_or_none = |s: String| if s.is_empty() { None } else { Some(s) };
    match fam {
        Family::Fixed(t) => {
            let issuer = if takes_issuer(fam) {
                issuer_or_none(slot_text)
            } else {
                None
            };
            Some((t, issuer))
        }
        Family::PermenGeneric => {
            if slot_sq == "dalamnegeri" || slot_sq == "dagri" {
                return Some((LawType::Permendagri, None));
            }
            if is_panrb(&slot_sq) {
                return Some((LawType::PermenPanrb, None));
            }
            if slot_text.is_empty() {
                return Some((LawType::Permen, None));
            }
            // Keep the word "Menteri" as written when the text spells it out.
            let menteri = ty.split_whitespace().nth(1).unwrap_or("Menteri");
            let menteri = if menteri.eq_ignore_ascii_case("menteri") {
                menteri
            } else {
                "Menteri"
            };
            Some((LawType::Permen, Some(format!("{menteri} {slot_text}"))))
        }
        Family::PermenAbbr => {
            let ty_sq = squash(ty);
            if ty_sq == "pmk" {
                // In news of the Constitutional Court "PMK" is its own rule, no listed type.
                if speaks_of_constitutional_court(text) {
                    return None;
                }
                return Some((LawType::Permen, Some("Menteri Keuangan".to_string())));
            }
            let suffix = ty_sq
                .strip_prefix("peraturanmen")
                .or_else(|| ty_sq.strip_prefix("permen"))
                .unwrap_or("");
            if suffix == "dagri" {
                return Some((LawType::Permendagri, None));
            }
            if suffix.starts_with("pan") && (suffix.len() == 3 || suffix == "panrb") {
                return Some((LawType::PermenPanrb, None));
            }
            let issuer = PERMEN_SUFFIXES
                .iter()
                .find(|(s, _)| *s == suffix)
                .map(|(_, name)| (*name).to_string());
            Some((LawType::Permen, issuer))
        }
        Family::Police => Some((LawType::Perka, Some("Polri".to_string()))),
        Family::Perka => {
            let mut words = ty.split_whitespace();
            let first = words.next().unwrap_or("");
            let head: Option<String> = if first.eq_ignore_ascii_case("peraturan") {
                let second = words.next().unwrap_or("");
                let lw = second.to_lowercase();
                if lw == "kapolri" {
                    Some(second.to_string())
                } else if matches!(lw.as_str(), "kepala" | "badan" | "lembaga") {
                    if slot_text.is_empty() {
                        None
                    } else {
                        Some(second.to_string())
                    }
                } else {
                    // An acronym: "Peraturan BKN".
                    if NOT_AGENCY.contains(&second) {
                        return None;
                    }
                    Some(second.to_string())
                }
            } else if first.eq_ignore_ascii_case("perkap") && slot_text.is_empty() {
                Some("Kapolri".to_string())
            } else {
                None
            };
            let issuer = match head {
                Some(h) if slot_text.is_empty() => Some(h),
                Some(h) => Some(format!("{h} {slot_text}")),
                None => issuer_or_none(slot_text),
            };
            let iss_sq = issuer.as_deref().map(squash).unwrap_or_default();
            if iss_sq.starts_with("kpu") || iss_sq.starts_with("komisipemilihanumum") {
                return Some((LawType::Pkpu, None));
            }
            if iss_sq.starts_with("bawaslu")
                || iss_sq.starts_with("badanpengawaspemilihanumum")
                || iss_sq.starts_with("badanpengawaspemilu")
            {
                return Some((LawType::Perbawaslu, None));
            }
            Some((LawType::Perka, issuer))
        }
    }
}

/// Whether `text` speaks of the Mahkamah Konstitusi and not of the finance ministry.
fn speaks_of_constitutional_court(text: &str) -> bool {
    let lower = text.to_lowercase();
    let court = lower.contains("mahkamah konstitusi")
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "MK");
    let finance = [
        "menteri keuangan",
        "menkeu",
        "kementerian keuangan",
        "kemenkeu",
    ]
    .iter()
    .any(|name| lower.contains(name));
    court && !finance
}

/// Whether a squashed ministry name is the Ministry of Administrative Reform.
fn is_panrb(sq: &str) -> bool {
    matches!(
        sq,
        "panrb"
            | "pan"
            | "pandanrb"
            | "pendayagunaanaparaturnegaradanreformasibirokrasi"
            | "menpanrb"
    )
}
