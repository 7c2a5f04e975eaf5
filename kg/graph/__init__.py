"""From extractions to the RDF graph: resolution, IRIs, the graph writer, the dataset's
named graphs, SHACL validation and the ontology's reference docs.
"""
