//! HTTP Digest access authentication (RFC 7616, and RFC 2069 without
//! `qop`) for `push`: reading a server's `WWW-Authenticate: Digest`
//! challenge and answering it, so that the password never crosses the
//! network. Virtuoso's authenticated Graph Store endpoint
//! (`/sparql-graph-crud-auth`) accepts nothing else.

use md5::Md5;
use sha2::Sha256;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// The hash a challenge asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// `MD5` (also when the challenge names none).
    Md5,
    /// `MD5-sess`.
    Md5Session,
    /// `SHA-256`.
    Sha256,
    /// `SHA-256-sess`.
    Sha256Session,
}

impl Algorithm {
    fn parse(name: &str) -> Option<Algorithm> {
        match name.to_ascii_uppercase().as_str() {
            "MD5" => Some(Algorithm::Md5),
            "MD5-SESS" => Some(Algorithm::Md5Session),
            "SHA-256" => Some(Algorithm::Sha256),
            "SHA-256-SESS" => Some(Algorithm::Sha256Session),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Session => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Session => "SHA-256-sess",
        }
    }

    fn hash(self, text: &str) -> String {
        use md5::Digest as _;
        use sha2::Digest as _;
        match self {
            Algorithm::Md5 | Algorithm::Md5Session => hex(&Md5::digest(text.as_bytes())),
            Algorithm::Sha256 | Algorithm::Sha256Session => hex(&Sha256::digest(text.as_bytes())),
        }
    }

    fn is_session(self) -> bool {
        matches!(self, Algorithm::Md5Session | Algorithm::Sha256Session)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A server's Digest challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// The protection space, shown to users and part of the hash.
    pub realm: String,
    /// The server's nonce.
    pub nonce: String,
    /// Opaque data the client returns unchanged.
    pub opaque: Option<String>,
    /// The hash.
    pub algorithm: Algorithm,
    /// Whether the server offers `qop=auth` (else the RFC 2069 form is used).
    pub qop_auth: bool,
    /// Whether the server says the previous nonce merely expired.
    pub stale: bool,
}

/// Split `name=value, name="quoted, value"` parameters; stops at a bare
/// token (the start of another challenge in the same header).
fn parameters(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text.trim_start();
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        let Some(equals) = rest.find('=') else {
            break;
        };
        let name = rest[..equals].trim();
        if name.is_empty() || name.contains([' ', ',', '"']) {
            break;
        }
        rest = rest[equals + 1..].trim_start();
        let value = if let Some(quoted) = rest.strip_prefix('"') {
            let mut value = String::new();
            let mut characters = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((index, character)) = characters.next() {
                match character {
                    '\\' => {
                        if let Some((_, escaped)) = characters.next() {
                            value.push(escaped);
                        }
                    }
                    '"' => {
                        end = index + 1;
                        break;
                    }
                    other => value.push(other),
                }
            }
            rest = &quoted[end.min(quoted.len())..];
            value
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let value = rest[..end].trim().to_string();
            rest = &rest[end..];
            value
        };
        found.push((name.to_ascii_lowercase(), value));
    }
    found
}

impl Challenge {
    /// The Digest challenge in one `WWW-Authenticate` value, if it holds
    /// one that this client can answer.
    pub fn parse(header: &str) -> Option<Challenge> {
        let start = header
            .to_ascii_lowercase()
            .find("digest ")
            .filter(|&index| index == 0 || header[..index].trim_end().ends_with(','))?;
        let mut challenge = Challenge {
            realm: String::new(),
            nonce: String::new(),
            opaque: None,
            algorithm: Algorithm::Md5,
            qop_auth: false,
            stale: false,
        };
        let mut has_qop = false;
        for (name, value) in parameters(&header[start + "digest ".len()..]) {
            match name.as_str() {
                "realm" => challenge.realm = value,
                "nonce" => challenge.nonce = value,
                "opaque" => challenge.opaque = Some(value),
                "algorithm" => challenge.algorithm = Algorithm::parse(&value)?,
                "qop" => {
                    has_qop = true;
                    challenge.qop_auth = value
                        .split(',')
                        .any(|option| option.trim().eq_ignore_ascii_case("auth"));
                }
                "stale" => challenge.stale = value.eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        // A server that offers only `auth-int` needs a hash of the body.
        if challenge.nonce.is_empty() || (has_qop && !challenge.qop_auth) {
            return None;
        }
        Some(challenge)
    }

    /// The `Authorization` value for `method` on `target` (the request's
    /// path and query, exactly as sent), the `count`-th use of this nonce.
    pub fn authorization(
        &self,
        user: &str,
        password: &str,
        method: &str,
        target: &str,
        count: u32,
        client_nonce: &str,
    ) -> String {
        let algorithm = self.algorithm;
        let mut secret = algorithm.hash(&format!("{user}:{}:{password}", self.realm));
        if algorithm.is_session() {
            secret = algorithm.hash(&format!("{secret}:{}:{client_nonce}", self.nonce));
        }
        let request = algorithm.hash(&format!("{method}:{target}"));
        let count = format!("{count:08x}");
        let response = if self.qop_auth {
            algorithm.hash(&format!(
                "{secret}:{}:{count}:{client_nonce}:auth:{request}",
                self.nonce
            ))
        } else {
            algorithm.hash(&format!("{secret}:{}:{request}", self.nonce))
        };
        let quote = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"");
        let mut value = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", algorithm={}, response=\"{response}\"",
            quote(user),
            quote(&self.realm),
            quote(&self.nonce),
            quote(target),
            algorithm.name(),
        );
        if self.qop_auth {
            value.push_str(&format!(
                ", qop=auth, nc={count}, cnonce=\"{client_nonce}\""
            ));
        }
        if let Some(opaque) = &self.opaque {
            value.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
        }
        value
    }
}

/// A fresh client nonce: 128 bits from the standard library's randomly
/// seeded hasher, as hex.
pub fn client_nonce() -> String {
    let half = || {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|elapsed| elapsed.as_nanos() as u64)
                .unwrap_or(0),
        );
        hasher.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_2617_example_is_answered() {
        let challenge = Challenge::parse(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
        )
        .unwrap();
        assert_eq!(challenge.realm, "testrealm@host.com");
        assert!(challenge.qop_auth);
        assert_eq!(challenge.algorithm, Algorithm::Md5);
        let value = challenge.authorization(
            "Mufasa",
            "Circle Of Life",
            "GET",
            "/dir/index.html",
            1,
            "0a4f113b",
        );
        assert!(
            value.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{value}"
        );
        assert!(value.contains("nc=00000001"), "{value}");
        assert!(
            value.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""),
            "{value}"
        );
    }

    #[test]
    fn the_rfc_7616_examples_are_answered_with_md5_and_sha_256() {
        for (algorithm, response) in [
            ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
            (
                "SHA-256",
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
            ),
        ] {
            let challenge = Challenge::parse(&format!(
                "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={algorithm}, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""
            ))
            .unwrap();
            let value = challenge.authorization(
                "Mufasa",
                "Circle of Life",
                "GET",
                "/dir/index.html",
                1,
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
            );
            assert!(
                value.contains(&format!("response=\"{response}\"")),
                "{algorithm}: {value}"
            );
        }
    }

    #[test]
    fn challenges_are_read_as_servers_write_them() {
        // Virtuoso's challenge, as its /sparql-graph-crud-auth sends it.
        let virtuoso = Challenge::parse("Digest realm=\"SPARQL\", domain=\"/sparql-graph-crud-auth\", nonce=\"d6e3f65a871ddb445a8be1249c43c21c\", opaque=\"5ebe2294ecd0e0f08eab7690d2a6ee69\", stale=\"false\", qop=\"auth\", algorithm=\"MD5\"").unwrap();
        assert_eq!(virtuoso.realm, "SPARQL");
        assert_eq!(virtuoso.nonce, "d6e3f65a871ddb445a8be1249c43c21c");
        assert!(!virtuoso.stale);
        // A quoted comma and an escaped quote stay in their value.
        let quoted =
            Challenge::parse("Digest realm=\"a, \\\"b\\\"\", nonce=n1, stale=TRUE").unwrap();
        assert_eq!(quoted.realm, "a, \"b\"");
        assert_eq!(quoted.nonce, "n1");
        assert!(quoted.stale && !quoted.qop_auth);
        // After a Basic challenge in the same header.
        let second =
            Challenge::parse("Basic realm=\"x\", Digest realm=\"y\", nonce=\"z\"").unwrap();
        assert_eq!((second.realm.as_str(), second.nonce.as_str()), ("y", "z"));
        // What cannot be answered.
        for header in [
            "Basic realm=\"x\"",
            "Digest realm=\"x\"",
            "Digest realm=\"x\", nonce=\"n\", algorithm=SHA-512-256",
            "Digest realm=\"x\", nonce=\"n\", qop=\"auth-int\"",
            "Bearer realm=\"digest \"",
            "",
        ] {
            assert_eq!(Challenge::parse(header), None, "{header}");
        }
    }

    #[test]
    fn without_qop_the_rfc_2069_response_is_sent() {
        let challenge = Challenge::parse("Digest realm=\"r\", nonce=\"n\"").unwrap();
        let value = challenge.authorization("u", "p", "PUT", "/x?graph=g", 1, "c");
        let secret = Algorithm::Md5.hash("u:r:p");
        let request = Algorithm::Md5.hash("PUT:/x?graph=g");
        let expected = Algorithm::Md5.hash(&format!("{secret}:n:{request}"));
        assert!(
            value.contains(&format!("response=\"{expected}\"")),
            "{value}"
        );
        assert!(!value.contains("qop="), "{value}");
    }

    #[test]
    fn client_nonces_differ() {
        let first = client_nonce();
        assert_eq!(first.len(), 32);
        assert_ne!(first, client_nonce());
    }
}
