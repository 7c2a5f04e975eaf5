"""The kf: vocabulary is closed: a query that names a kf: term the ontology does not define
(``kf:visitd``) matches nothing, silently. :func:`undefined_terms` finds such names in a
query's text, so ``kg query`` can say so on stderr (one line) before it runs the query.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import lru_cache

from kg.sparql.query import declared_prefixes
from kg.sparql.query_input import SPARQL_TOKENS
from kg.vocab import DEFAULT_ONTOLOGY_NS


@lru_cache(maxsize=1)
def defined_terms() -> frozenset[str]:
    """Local names of every kf: term the ontology describes (classes, properties, codes)."""
    from kg.graph.validate import load_ontology

    ontology = load_ontology()
    return frozenset(
        str(s)[len(DEFAULT_ONTOLOGY_NS) :]
        for s in ontology.subjects()
        if str(s).startswith(DEFAULT_ONTOLOGY_NS) and len(str(s)) > len(DEFAULT_ONTOLOGY_NS)
    )


def _names_in(sparql: str, prefixes: Mapping[str, str]) -> list[str]:
    """Local names of kf: terms written in ``sparql``, prefixed or as full IRIs, in order."""
    known = {**prefixes, **declared_prefixes(sparql)}
    out: list[str] = []
    for m in SPARQL_TOKENS.finditer(sparql):
        skipped = m.group("skip")
        if skipped is not None:
            iri = skipped[1:-1] if skipped.startswith("<") else ""
            if iri.startswith(DEFAULT_ONTOLOGY_NS) and len(iri) > len(DEFAULT_ONTOLOGY_NS):
                out.append(iri[len(DEFAULT_ONTOLOGY_NS) :])
            continue
        if known.get(m.group("prefix") or "") != DEFAULT_ONTOLOGY_NS:
            continue
        # The tokenizer reads on through '/' (paths) and a closing '.': keep the name itself.
        local = m.group("local").split("/")[0].rstrip(".")
        if local:
            out.append(local)
    return out


def undefined_terms(sparql: str, prefixes: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """[(local name, closest defined name or None)] for each kf: name the ontology lacks,
    once each, in the order the query writes them. The PREFIX lines themselves are skipped:
    their IRI is the namespace, with no local name."""
    defined = defined_terms()
    out: list[tuple[str, str | None]] = []
    for name in _names_in(sparql, prefixes):
        if name in defined or any(name == seen for seen, _ in out):
            continue
        close = difflib.get_close_matches(name, sorted(defined), n=1, cutoff=0.75)
        out.append((name, close[0] if close else None))
    return out


def warning(sparql: str, prefixes: Mapping[str, str]) -> str | None:
    """One line for stderr about the query's undefined kf: terms, or None if there are none."""
    missing = undefined_terms(sparql, prefixes)
    if not missing:
        return None
    names = ", ".join(
        f"kf:{name}" + (f" (did you mean kf:{close}?)" if close else "") for name, close in missing
    )
    return (
        f"kg query: warning: {names} "
        + ("is not a term" if len(missing) == 1 else "are not terms")
        + " of the Kaifang ontology and will match nothing (see docs/ontology.md)"
    )
