"""Python access to a build: ``kg.open("build")`` for notebooks and scripts.

    >>> import kg
    >>> g = kg.open("build")                      # the directory `kg build --out` wrote
    >>> rows = g.query("SELECT ?l WHERE { ?o a kf:Official ; rdfs:label ?l }")
    >>> rows[0]["l"], rows.to_df()                # dict rows; a DataFrame if pandas is there
    >>> g.query("queries/officials-by-province.rq", province="Sichuan")  # a file, a binding
    >>> g.graph                                   # rdflib Dataset over the Oxigraph store
    >>> g.nx()                                    # networkx MultiDiGraph of the entities

Queries run on the build's on-disk store (pyoxigraph), with the CLI's prefixes, pasted
``res:...`` names and typed parameters; ``.graph`` is rdflib over the same store (oxrdflib),
so rdflib code works without re-parsing the Turtle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.buildpaths import STORE, store_path
from kg.sparql.query import DEFAULT_PREFIXES, Term, compact, read_query, run_query
from kg.sparql.query_input import expand_prefixed_names, parse_param, query_bindings
from kg.sparql.store import open_store, store_prefixes

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

    from kg.sparql.describe import Description
    from kg.sparql.stats import Stats

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS: dict[str, type] = {
    "integer": int, "int": int, "long": int, "short": int, "nonNegativeInteger": int,
    "decimal": float, "double": float, "float": float,
}


def to_python(term: Term | None) -> Any:
    """A term as a plain Python value: IRIs as str, numbers as int/float, booleans, dates as
    ``datetime.date``, other literals as str, unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.removeprefix(XSD)
        try:
            if kind in _NUMBERS:
                return _NUMBERS[kind](Decimal(term.value))
            if kind == "boolean":
                return term.value in ("true", "1")
            if kind == "date":
                return dt.date.fromisoformat(term.value)
        except ValueError:
            pass
        return term.value
    return str(term)


class Rows(list[dict[str, Any]]):
    """SELECT answers: a list of ``{variable: value}`` dicts (unbound variables are None)."""

    def __init__(self, variables: list[str], rows: list[dict[str, Any]],
                 prefixed: list[dict[str, Any]] | None = None) -> None:
        super().__init__(rows)
        self.variables = variables
        self._prefixed = prefixed if prefixed is not None else rows

    def to_df(self, prefixed: bool = False) -> pd.DataFrame:
        """The rows as a pandas DataFrame (``pip install 'kaifang-kg[notebook]'``). With
        ``prefixed=True`` IRIs are written as `kg query` prints them (``res:city/chengdu``,
        ``kf:Official``) instead of in full."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_df() needs pandas: pip install 'kaifang-kg[notebook]'") from None
        return pd.DataFrame(list(self._prefixed if prefixed else self), columns=self.variables)


def _term(name: str, value: Any, prefixes: Mapping[str, str]) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    from rdflib import Literal, URIRef

    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    # Strings are typed by their form, as `kg query --param` does.
    return parse_param(f"{name}={value}", prefixes)[1]


class KnowledgeGraph:
    """A built graph: the directory ``kg build --out`` wrote (``graph.ttl``, ``store/``)."""

    def __init__(self, build_dir: str | Path | None = None) -> None:
        # the build directory or its store/; None: $KG_BUILD, else build
        where = store_path(Path(build_dir) if build_dir is not None else None)
        self.build_dir = where.parent if where.name == STORE else where
        self.turtle = self.build_dir / "graph.ttl"
        self.store = open_store(where)  # read-only: `kg serve` may run too
        self.prefixes = {**DEFAULT_PREFIXES, **store_prefixes(where)}

    def __repr__(self) -> str:
        return f"kg.open({str(self.build_dir)!r})"

    def query(self, sparql: str, **params: Any) -> Rows | bool:
        """Run SPARQL (text or a ``.rq`` path) with ``name=value`` bindings. SELECT gives
        :class:`Rows`, ASK a bool, CONSTRUCT/DESCRIBE rows of ``s``, ``p``, ``o``."""
        text = expand_prefixed_names(read_query(sparql), self.prefixes)
        # the query's declared defaults ('# param: name = value'), then the caller's
        bindings = query_bindings(text, {}, self.prefixes)
        bindings.update({ox.Variable(k): _term(k, v, self.prefixes) for k, v in params.items()})
        result = run_query(self.store, text, prefixes=self.prefixes, bindings=bindings)
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            spo = ["s", "p", "o"]
            triples = [(t.subject, t.predicate, t.object) for t in result.triples]
            return Rows(spo, *self._rows(spo, triples))
        return Rows(result.variables, *self._rows(result.variables, result.rows))

    def _rows(self, variables: list[str], rows: Iterable[Sequence[Term | None]]
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Each row as Python values, and as `kg query` shows them (IRIs prefixed)."""
        plain_rows, prefixed_rows = [], []
        for row in rows:
            values = dict(zip(variables, row, strict=True))
            plain_rows.append({v: to_python(t) for v, t in values.items()})
            prefixed_rows.append({v: compact(t, self.prefixes) if isinstance(t, ox.NamedNode)
                                  else to_python(t) for v, t in values.items()})
        return plain_rows, prefixed_rows

    @cached_property
    def graph(self) -> Dataset:
        """rdflib over the store (oxrdflib): the union of the build's graphs, read-only."""
        from oxrdflib.store import OxigraphStore
        from rdflib import Dataset

        ds = Dataset(store=OxigraphStore(store=self.store), default_union=True)
        for name, ns in self.prefixes.items():
            ds.bind(name, ns, override=True)
        return ds

    def nx(self) -> nx.MultiDiGraph:
        """The entity network (nodes: entities with ``label``/``class``; keyed edges: the ten
        relations with ``confidence``/``documents``), as in ``kg export --format graphml``."""
        from kg.export.analysis import entity_graph

        return entity_graph(self.graph)

    def describe(self, label_or_iri: str, sentences: int = 10) -> list[Description]:
        """``kg describe`` as data."""
        from kg.sparql.describe import describe_all

        return describe_all(self.store, label_or_iri, self.prefixes, sentences)

    def stats(self) -> Stats:
        """``kg stats`` as data."""
        from kg.sparql.stats import graph_stats

        return graph_stats(self.store, self.prefixes)
