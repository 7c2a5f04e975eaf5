"""The error catalogue: every user-facing failure has a code and says how to fix it.

Raise ``KgError(E.E001, path=..., detail=...)``; the CLI prints one line and exits non-zero.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    """Error codes with message templates. Templates may use {path} and {detail}."""

    E001 = (
        "corpus directory not found: {path}. Pass an existing directory of .txt/.md/.html files."
    )
    E002 = "no documents in {path}: expected .txt, .md or .html files."
    E003 = "{path}: not UTF-8 text ({detail}). Re-save the file as UTF-8."
    E004 = "{path}: binary file, not text. Remove it from the corpus."
    E005 = "{path}: empty document. Remove it or add text."
    E006 = "{path}: bad YAML front matter ({detail}). Fix the block between the '---' lines."
    E007 = (
        "spaCy pipeline '{detail}' is not installed. Install it (pip install ...) or pass --model."
    )
    E008 = "{path}: cannot read graph ({detail})."
    E009 = "gold directory not found or empty: {path}. Pass a directory of gold .json files."
    E010 = "{path}: bad gold file ({detail})."
    E011 = "SPARQL syntax error: {detail}"
    E012 = "{path}: cannot write output ({detail})."
    E013 = "{path}: query file not found."
    E014 = (
        "store not found: looked in {path}. Pass --store BUILD_DIR (or set KG_BUILD), or run "
        "`kg build CORPUS --out DIR` first."
    )
    E015 = "{detail}"  # retired catch-all: raise the code of the kind (E040-E053) instead
    E016 = (
        "{path}: {detail}. Pair the gold directory with its corpus: --gold GOLD_DIR:CORPUS_DIR."
    )
    E017 = (
        "{path}: no gold document is in the graph ({detail}). "
        "Score the graph built from that gold set's corpus."
    )
    E018 = (
        "another build is writing to {path} ({detail}). Wait for it to finish, or pass "
        "another --out."
    )
    E019 = "{path}: malformed URL {detail}. Fix or remove it."
    E020 = (
        "{path}: a link that leads out of the corpus directory (to {detail}); not read. "
        "Copy the file into the corpus instead."
    )
    E021 = "{path}: cannot read ({detail}). Check that the file is readable."
    E022 = "{path}: file too large ({detail}). Split it into several files."
    E023 = "{path} is a file, not a directory. Pass the directory that holds the corpus files."
    E024 = (
        "--base {detail}: not an absolute IRI. Pass one ending in / or #, e.g. "
        "https://example.org/resource/"
    )
    E025 = "{path}: the file name is not UTF-8. Rename the file."
    E026 = "{path}: bad confidence table ({detail}). Regenerate it with `kg calibrate`."
    # E027-E029 are left to other branches in flight; the learned model starts at E030.
    E030 = "{path}: bad learned model ({detail}). Rerun `kg train` to write it again."
    E031 = (
        "{path}: bad curation file ({detail}). Fix it (keys: merge, label, class, drop, "
        "sameAs; docs/curation.md)."
    )
    # E032-E039 are left to other branches in flight. The kinds below all used to be E015
    # ("{detail}"): one code per kind of error since issue 20; tests/test_errors.py keeps E015
    # out of kg/.
    E040 = "bad option: {detail}. See the command's --help."
    E041 = "query failed while running: {detail}. Make the pattern more selective."
    E042 = "no entity named {detail}"
    E043 = "cannot reach {detail}. Check the address and that the server is running."
    E044 = "the server did not store it: {detail}."
    E045 = "cannot listen on {detail}. Pass another --port (or --host)."
    E046 = "cannot open store {path}: {detail}. Rebuild it with `kg build`."
    E047 = "store {path} keeps changing (a build is replacing it); try again."
    E048 = "graph violates the shapes ({detail}); run `kg validate` for the whole report."
    E049 = "invalid SHACL shapes: {detail}. Fix the shapes file."
    E050 = "missing package: {detail}."
    E051 = "spaCy pipelines differ: {detail}."
    E052 = "no readable documents in {path}: all {detail} files were skipped (see the warnings)."
    E053 = "a query worker did not start: {detail}."


class KgError(Exception):
    """A user-facing error with a catalogue code."""

    def __init__(self, code: E, path: object = "", detail: str = "") -> None:
        self.code = code
        # A file name that is not UTF-8 must still print: its odd bytes are shown as \xNN.
        self.path = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.code.value.format(path=self.path, detail=self.detail)
        return f"{self.code.name}: {text}"
