"""Finding named entities: names on the parse, their class, and one node per entity they name."""
