"""Reading the corpus: a directory of files -> checked ``Document`` records."""
