"""The built graph in other formats and views: Turtle, TriG, JSON-LD, GraphML, CSV, networkx."""
