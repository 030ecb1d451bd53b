#!/usr/bin/env python3
"""Validate a beritagraf RDF export against the SHACL shapes of the data contract.

Usage:

    python3 tests/python/check_shapes.py DATA_FILE [--format nt|ttl|nq]
    python3 tests/python/check_shapes.py --self-test

DATA_FILE is one RDF file: N-Triples, Turtle, or N-Quads (all graphs are merged
into one, since the contract's queries run on the union of all graphs). Without
--format the format follows the file extension (.nt, .ttl, .nq).

The data are validated with pyshacl against ontology/shapes.ttl, with
ontology/beritagraf.ttl as the ontology graph and RDFS inference, so that
rdfs:subClassOf and rdfs:subPropertyOf apply (a bg:Regency is a bg:Region).
Both paths are relative to the repository root, two levels above this script.

--self-test validates a small graph that follows the contract, which must
conform, and a table of small mistakes added to it, each of which must be
reported on the expected property and nowhere else.

Exit status: 0 when the data conform (or the self-test passes), 1 when they do
not (or the self-test fails), 2 on a usage error, an unreadable file, or when
rdflib/pyshacl is not installed (`pip install pyshacl`).
"""

import argparse
import datetime
import logging
import sys
from pathlib import Path

try:
    import rdflib
    import rdflib.exceptions
    from pyshacl import validate
except ImportError as error:
    print(
        f"error: {error.name or 'pyshacl'} is not installed; "
        "install it with `python3 -m pip install pyshacl` (it brings rdflib)",
        file=sys.stderr,
    )
    sys.exit(2)

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH, XSD

try:
    from owlrl import DatatypeHandling as owlrl_datatypes
except ImportError:  # pyshacl without owlrl: no RDFS inference helpers to mend
    owlrl_datatypes = None


def _check_gmonthday(lexical):
    """Validate an xsd:gMonthDay ("--06-16"); owlrl 7's own check prefixes a year
    to the "--" form, rejects every value and logs a traceback per literal."""
    if len(lexical) < 7 or not lexical.startswith("--") or lexical[4] != "-":
        raise ValueError(f"invalid gMonthDay {lexical}")
    datetime.date(2000, int(lexical[2:4]), int(lexical[5:7]))  # 2000: 29 February is valid
    return lexical


if owlrl_datatypes is not None:
    owlrl_datatypes.AltXSDToPYTHON[XSD.gMonthDay] = _check_gmonthday

# rdflib logs a traceback for every ill-typed literal; the SHACL report already
# names each one (sh:datatype, sh:pattern), with its node and property.
logging.getLogger("rdflib.term").setLevel(logging.ERROR)

REPO_ROOT = Path(__file__).resolve().parents[2]
SHAPES_FILE = REPO_ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_FILE = REPO_ROOT / "ontology" / "beritagraf.ttl"

BG = Namespace("https://w3id.org/beritagraf/ontology#")

# rdflib parser names for the accepted formats, and the extensions that imply them.
PARSER_OF_FORMAT = {"nt": "nt", "ttl": "turtle", "nq": "nquads"}
FORMAT_OF_EXTENSION = {".nt": "nt", ".ttl": "ttl", ".nq": "nq"}


def load_data(path, format_name):
    """Read one RDF file into a single graph; the graphs of N-Quads are merged."""
    parser = PARSER_OF_FORMAT[format_name]
    if format_name == "nq":
        dataset = rdflib.Dataset()
        dataset.parse(path, format=parser)
        graph = Graph()
        for subject, predicate, object_, _graph_name in dataset.quads((None, None, None, None)):
            graph.add((subject, predicate, object_))
        return graph
    graph = Graph()
    graph.parse(path, format=parser)
    return graph


def load_contract():
    """Parse the shapes and the ontology once."""
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return shapes, ontology


def check(data_graph, shapes, ontology):
    """Validate `data_graph`; return (conforms, results graph, report text)."""
    return validate(
        data_graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        debug=False,
    )


# Prefixes of the test graphs; relative IRIs resolve against the bgr: namespace.
PREFIXES = """
@base <https://w3id.org/beritagraf/id/> .
@prefix bg:     <https://w3id.org/beritagraf/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
"""

# A small graph that follows the contract: one article with its gazetteer regions,
# persons, offices, an organization, an event, a statement citing a law, and evidence.
CONFORMING_TURTLE = PREFIXES + """
<region/ID> a bg:Region , bg:Country ; schema:name "Indonesia" ; bg:regionCode "ID" .
<region/64> a bg:Region , bg:Province ; schema:name "Kalimantan Timur" ;
    skos:altLabel "Kaltim" ; bg:regionCode "64" ; schema:containedInPlace <region/ID> .
<region/64.02> a bg:Region , bg:Regency ; schema:name "Kutai Kartanegara" ;
    skos:altLabel "Kukar" ; bg:regionCode "64.02" ; schema:containedInPlace <region/64> .

<article/000> a schema:NewsArticle ;
    schema:headline "Sosialisasi Netralitas ASN di Kukar" ;
    bg:sourceFile "000_da7bbe7590d095d7.txt" ;
    schema:datePublished "2022-06-16"^^xsd:date ;
    bg:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    bg:extractorVersion "0.1.0" ;
    schema:mentions <person/sunggono> , <office/sekretaris-daerah/64.02> ,
        <org/bkpsdm/64.02> , <region/64.02> , <law/UU/2014/5> , <event/000/1> .

<person/sunggono> a schema:Person ; schema:name "Sunggono" ;
    bg:holdsOffice <office/sekretaris-daerah/64.02> .
<office/sekretaris-daerah/64.02> a bg:Office ;
    rdfs:label "Sekretaris Daerah Kabupaten Kutai Kartanegara" ;
    bg:roleName "Sekretaris Daerah" ; schema:name "Sekda Kukar" ;
    bg:jurisdiction <region/64.02> .
<office/kepala/bkpsdm/64.02> a bg:Office ;
    rdfs:label "Kepala BKPSDM Kutai Kartanegara" ; bg:roleName "Kepala" ;
    bg:inOrganization <org/bkpsdm/64.02> ; bg:jurisdiction <region/64.02> .
<org/bkpsdm/64.02> a schema:Organization , org:Organization ;
    schema:name "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" ;
    skos:altLabel "BKPSDM" ; schema:areaServed <region/64.02> .

<event/000/1> a schema:Event ; schema:name "Sosialisasi Netralitas ASN" ;
    bg:eventKind "sosialisasi" ; bg:locatedIn <region/64.02> ;
    schema:startDate "--06-16"^^xsd:gMonthDay ; schema:location "Pendopo Odah Etam" ;
    schema:organizer <org/bkpsdm/64.02> ; prov:wasDerivedFrom <article/000> .

<law/UU/2014/5> a bg:Law ; bg:lawType "UU" ; bg:lawNumber "5" ;
    bg:lawYear "2014"^^xsd:gYear ; bg:lawTitle "Aparatur Sipil Negara" ;
    rdfs:label "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara" .
<statement/000/1> a bg:Statement ;
    schema:text "ASN wajib netral sesuai UU Nomor 5 Tahun 2014." ;
    bg:speaker <person/sunggono> ; bg:citesLaw <law/UU/2014/5> ;
    prov:wasDerivedFrom <article/000> .

<evidence/000/1> a bg:Evidence ;
    rdf:subject <person/sunggono> ; rdf:predicate bg:holdsOffice ;
    rdf:object <office/sekretaris-daerah/64.02> ;
    bg:rule "title-before-name" ; bg:confidence 0.9 ;
    bg:startOffset 0 ; bg:endOffset 56 ; bg:acting false ;
    bg:evidenceText "Sekda Kukar Sunggono membuka sosialisasi netralitas ASN." ;
    prov:wasDerivedFrom <article/000> .
"""

# (name, Turtle added to the conforming graph, the only property violations may be
# reported on; None for a constraint on the node itself).
VIOLATIONS = [
    (
        "law type outside the contract's codes",
        """<law/XYZ/2020/1> a bg:Law ; bg:lawType "XYZ" ; bg:lawNumber "1" ;
            bg:lawYear "2020"^^xsd:gYear ; rdfs:label "XYZ 1/2020" .""",
        BG.lawType,
    ),
    (
        "law year as a plain string",
        """<law/PP/2004/53> a bg:Law ; bg:lawType "PP" ; bg:lawNumber "53" ;
            bg:lawYear "2004" ; rdfs:label "PP 53/2004" .""",
        BG.lawYear,
    ),
    (
        "confidence above 1",
        """<evidence/000/2> a bg:Evidence ; rdf:subject <event/000/1> ;
            rdf:predicate bg:locatedIn ; rdf:object <region/64.02> ;
            bg:rule "event-in-region" ; bg:confidence 1.5 ;
            prov:wasDerivedFrom <article/000> .""",
        BG.confidence,
    ),
    (
        "negative offset",
        """<evidence/000/3> a bg:Evidence ; rdf:subject <event/000/1> ;
            rdf:predicate bg:locatedIn ; rdf:object <region/64.02> ;
            bg:rule "event-in-region" ; bg:confidence 0.5 ;
            bg:startOffset -4 ; bg:endOffset 10 ;
            prov:wasDerivedFrom <article/000> .""",
        BG.startOffset,
    ),
    (
        "event without its article",
        """<event/000/2> a schema:Event ; schema:name "Rapat Koordinasi" .""",
        URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
    ),
    (
        "event start date as a plain string",
        """<event/000/3> a schema:Event ; schema:name "Apel Siaga" ;
            schema:startDate "16 Juni" ; prov:wasDerivedFrom <article/000> .""",
        URIRef("https://schema.org/startDate"),
    ),
    (
        "event start date in month 13",
        """<event/000/4> a schema:Event ; schema:name "Rapat Pleno" ;
            schema:startDate "--13-45"^^xsd:gMonthDay ; prov:wasDerivedFrom <article/000> .""",
        URIRef("https://schema.org/startDate"),
    ),
    (
        "event located in an organization",
        """<event/000/1> bg:locatedIn <org/bkpsdm/64.02> .""",
        None,
    ),
    (
        "statement without text",
        """<statement/000/2> a bg:Statement ; prov:wasDerivedFrom <article/000> .""",
        URIRef("https://schema.org/text"),
    ),
    (
        "region with two codes",
        """<region/64.02> bg:regionCode "64.03" .""",
        BG.regionCode,
    ),
    (
        "article without source file",
        """<article/001> a schema:NewsArticle ; schema:headline "Tanpa berkas" .""",
        BG.sourceFile,
    ),
]


def reported_paths(results_graph):
    """The sh:resultPath of every violation in a results graph (None for node constraints)."""
    paths = set()
    for result in results_graph.subjects(RDF.type, SH.ValidationResult):
        if results_graph.value(result, SH.resultSeverity) != SH.Violation:
            continue
        paths.add(results_graph.value(result, SH.resultPath))
    return paths


def self_test(shapes, ontology):
    """Check that the conforming graph conforms and that every mistake is reported, alone."""
    failures = 0
    conforms, _results, text = check(Graph().parse(data=CONFORMING_TURTLE, format="turtle"), shapes, ontology)
    if conforms:
        print("ok   conforming graph conforms")
    else:
        failures += 1
        print("FAIL conforming graph does not conform:\n" + text)
    for name, addition, expected_path in VIOLATIONS:
        graph = Graph().parse(data=CONFORMING_TURTLE, format="turtle")
        graph.parse(data=PREFIXES + "\n" + addition, format="turtle")
        conforms, results, text = check(graph, shapes, ontology)
        if conforms:
            failures += 1
            print(f"FAIL {name}: graph conforms")
        elif reported_paths(results) != {expected_path}:
            failures += 1
            print(f"FAIL {name}: expected violations on {expected_path} only:\n{text}")
        else:
            print(f"ok   {name}: reported")
    print(f"self-test: {1 + len(VIOLATIONS) - failures} passed, {failures} failed")
    return 1 if failures else 0


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Validate a beritagraf RDF export against ontology/shapes.ttl (SHACL, RDFS inference).",
    )
    parser.add_argument("data_file", nargs="?", metavar="DATA_FILE", help="RDF file to validate")
    parser.add_argument(
        "--format",
        choices=sorted(PARSER_OF_FORMAT),
        help="syntax of DATA_FILE (default: from its extension .nt, .ttl or .nq)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="validate built-in conforming and violating graphs instead of a file",
    )
    arguments = parser.parse_args(argv)
    if arguments.self_test == (arguments.data_file is not None):
        parser.error("give either DATA_FILE or --self-test")
    if arguments.data_file is not None and arguments.format is None:
        arguments.format = FORMAT_OF_EXTENSION.get(Path(arguments.data_file).suffix.lower())
        if arguments.format is None:
            parser.error(f"cannot tell the format of {arguments.data_file}; use --format nt|ttl|nq")
    return arguments


def main(argv=None):
    arguments = parse_arguments(argv)
    shapes, ontology = load_contract()
    if arguments.self_test:
        return self_test(shapes, ontology)
    try:
        data_graph = load_data(arguments.data_file, arguments.format)
    except (OSError, SyntaxError, ValueError, rdflib.exceptions.ParserError) as error:
        print(f"error: cannot read {arguments.data_file}: {error}", file=sys.stderr)
        return 2
    conforms, _results, text = check(data_graph, shapes, ontology)
    print(text)
    print(f"{arguments.data_file}: {len(data_graph)} triples, {'conforms' if conforms else 'does not conform'}")
    return 0 if conforms else 1


if __name__ == "__main__":
    sys.exit(main())
