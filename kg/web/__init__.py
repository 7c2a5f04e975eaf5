"""`kg serve` and its pages (SPARQL endpoint, entity pages, query page) and the graph page."""
