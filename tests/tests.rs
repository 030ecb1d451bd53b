//! The integration tests: one binary, driving the real `beritagraf`
//! executable against real on-disk stores, with third-party tools (rdflib,
//! rapper, Graphviz, pyshacl) checking what it writes.

mod bad_input;
mod capacity;
mod cli;
mod disk;
mod drawings;
mod explorer;
mod extraction;
mod faults;
mod fuzz;
mod housekeeping;
mod html_input;
mod jsonld;
mod names;
mod nergrit;
mod ontology;
mod push;
mod push_virtuoso;
mod quality;
mod serve;
mod util;
