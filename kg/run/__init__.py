"""Running extraction over a corpus: sections of long texts, worker processes, the
per-document cache, and the output set one build writes.
"""
