"""Ask a SPARQL endpoint the given query files through real clients and
print the row counts each client got, as JSON.

    python3 sparql_clients.py ENDPOINT QUERY_FILE...

Clients: rdflib's SPARQLStore (XML results, GET and POST), SPARQLWrapper
with JSON and with XML results. Also counts the laws in a CONSTRUCT that
rdflib reads as RDF/XML ("construct_laws"), using the server's predefined
bg: prefix.
"""

import json
import sys

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, XML, SPARQLWrapper


def main():
    endpoint, files = sys.argv[1], sys.argv[2:]
    counts = {
        "sparqlstore": {},
        "sparqlstore_post": {},
        "sparqlwrapper_json": {},
        "sparqlwrapper_xml": {},
    }
    by_get = Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
    by_post = Graph(store=SPARQLStore(endpoint, returnFormat="xml", method="POST"))
    for path in files:
        with open(path, encoding="utf-8") as handle:
            query = handle.read()
        counts["sparqlstore"][path] = len(list(by_get.query(query)))
        counts["sparqlstore_post"][path] = len(list(by_post.query(query)))

        wrapper = SPARQLWrapper(endpoint)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(JSON)
        result = wrapper.query().convert()
        counts["sparqlwrapper_json"][path] = len(result["results"]["bindings"])

        wrapper = SPARQLWrapper(endpoint)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(XML)
        document = wrapper.query().convert()
        counts["sparqlwrapper_xml"][path] = len(document.getElementsByTagName("result"))

    constructed = by_get.query(
        "CONSTRUCT { ?law a bg:Law } WHERE { ?law a bg:Law }"
    ).graph
    counts["construct_laws"] = len(constructed)
    print(json.dumps(counts, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
