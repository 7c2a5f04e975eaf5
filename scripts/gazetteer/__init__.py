"""The gazetteer generator's code, one module per table; ``scripts/make_gazetteer.py`` runs it."""
