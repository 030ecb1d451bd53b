//! # beritagraf
//!
//! A knowledge-graph builder for Indonesian news about civil servants,
//! officials, elections and the laws that govern them. It reads articles,
//! extracts three core relations — **person holds office**, **event located
//! in region**, **statement cites law** — with the persons, bodies, regions,
//! laws, quotes and dates around them, and keeps them in an embedded
//! Oxigraph RDF store on disk, one named graph per article.
//!
//! ```
//! use beritagraf::{extract::extract, model::Article};
//!
//! let article = Article {
//!     source_id: "contoh.txt".into(),
//!     origin: "contoh.txt".into(),
//!     headline: "Bawaslu Gowa gelar sosialisasi".into(),
//!     body: "Ketua Bawaslu Kabupaten Gowa, Andi Syamsul, membuka Sosialisasi Netralitas ASN \
//!            di Sungguminasa, Selasa (12/9/2023).".into(),
//!     url: None,
//!     date: None,
//! };
//! let facts = extract(&article);
//! assert_eq!(facts.persons[0].name, "Andi Syamsul");
//! assert_eq!(facts.events[0].name, "Sosialisasi Netralitas ASN");
//! ```
//!
//! The stages, each in its own module, run one way: [`input`] reads
//! articles, [`text`] cleans them, [`gazetteer`] and [`extract`] find the
//! facts ([`model`]), [`resolve`] gives them stable IRIs, [`rdf`] turns them
//! into quads, [`store`] keeps them, and [`export`] writes them out.

pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod input;
pub mod model;
pub mod rdf;
pub mod resolve;
pub mod store;
pub mod tables;
pub mod text;
pub mod vocab;
