"""The built graph as a SPARQL store: loading, querying, guarding requests, describing,
counting and pushing to another store.
"""
