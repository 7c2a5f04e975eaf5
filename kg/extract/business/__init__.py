"""Companies and places: where things are, who invested where, who trades with whom."""
