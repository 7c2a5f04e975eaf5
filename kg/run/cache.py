"""Per-document extraction cache: ``OUT/cache.sqlite``, so rebuilds only parse what changed.

An entry is keyed by everything an ``Extraction`` depends on: the sha256 of the document text
spaCy sees, the pipeline (``kg.extract.nlp.model_id``), ``kg.extract.EXTRACTOR_VERSION`` plus a hash
of the extraction code, a hash of the gazetteer tables and one of the confidence table
(kg/data/confidence.json: relation confidences are looked up during extraction). The value is
the Extraction as JSON (plain dataclasses -> dicts and back; a build's scratch spool, with
the cache off, holds pickles). Resolution always runs over the
whole current corpus, so a removed document simply stops contributing; ``prune`` drops its
entry to keep the file the size of the corpus.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import E, KgError
from kg.extract.confidence import table_hash
from kg.model import (
    DateMention,
    Document,
    EventDate,
    Extraction,
    Figure,
    Mention,
    RelationMention,
)

CACHE_FILE = "cache.sqlite"
_SCHEMA = "2"  # bump when the table layout or the JSON shape changes


@cache
def gazetteer_hash() -> str:
    """sha256 over the packaged gazetteer tables: any data change invalidates the cache."""
    digest = hashlib.sha256()
    data = resources.files("kg").joinpath("data")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".csv")):
        digest.update(name.encode() + b"\0" + data.joinpath(name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def pipeline_id(model: str | None) -> str:
    """``kg.extract.nlp.model_id`` of the pipeline ``load_pipeline(model)`` would load, read from
    its meta.json without loading it: a fully cached rebuild never starts spaCy."""
    from kg.extract.nlp import default_model

    name = model or default_model()
    path = Path(name)
    if not path.is_dir():  # a package name: its meta.json sits next to __init__.py
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        locations = spec.submodule_search_locations if spec else None
        if not locations:
            raise KgError(E.E007, detail=name)
        path = Path(next(iter(locations)))
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise KgError(E.E007, detail=name) from None
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@cache
def extractor_hash() -> str:
    """sha256 over the extraction code (kg/extract/**.py, which holds the gazetteer's lookups and
    the pipeline set-up too, the word lists in kg/data/words/, the learned models' code in
    kg/learn/*.py and their weights): rules change often and a forgotten EXTRACTOR_VERSION bump
    must not serve stale extractions."""
    digest = hashlib.sha256()
    kg = resources.files("kg")
    code = kg.joinpath("extract")
    files = [(f"extract/{p.name}", p) for p in code.iterdir() if p.name.endswith(".py")]
    # The rule families' subpackages (kg/extract/people/, ...), one level down.
    for sub in code.iterdir():
        if sub.is_dir() and sub.joinpath("__init__.py").is_file():
            files += [
                (f"extract/{sub.name}/{p.name}", p) for p in sub.iterdir() if p.name.endswith(".py")
            ]
    # The learned relation model: its code and the shipped weights change extractions too.
    learn = kg.joinpath("learn")
    files += [(f"learn/{p.name}", p) for p in learn.iterdir() if p.name.endswith(".py")]
    # The word lists the rules read (kg/extract/lexicon.py).
    words = kg.joinpath("data", "words")
    files += [(f"data/words/{p.name}", p) for p in words.iterdir() if p.name.endswith(".txt")]
    for name in ("relation_model.json", "people_model.json"):
        model = kg.joinpath("data", name)
        if model.is_file():
            files.append((f"data/{name}", model))
    for name, path in sorted(files, key=lambda f: f[0]):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_key(pipeline: str) -> str:
    """The part of the key shared by every document of one build configuration."""
    from kg.extract import EXTRACTOR_VERSION

    extractor = f"{EXTRACTOR_VERSION}+{extractor_hash()}"
    return f"{_SCHEMA}|{pipeline}|{extractor}|{gazetteer_hash()}|{table_hash()}"


def text_hash(document: Document) -> str:
    # The text, not the raw file: the same bytes as .html and .txt parse to different text.
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def to_json(extraction: Extraction) -> str:
    """The JSON of ``dataclasses.asdict(extraction)``, written without asdict's deep copy
    (json turns each dataclass into the dict of its fields as it meets it: same text,
    a fifth of the time)."""
    return json.dumps(extraction, default=_fields, ensure_ascii=False, separators=(",", ":"))


def _fields(obj: Any) -> dict[str, Any]:
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        if not is_dataclass(obj) or isinstance(obj, type):
            raise TypeError(f"{type(obj).__name__} is not JSON serialisable")
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # fields() per call costs more than the rest


def from_json(data: str) -> Extraction:
    raw: dict[str, Any] = json.loads(data)
    mentions = tuple(
        Mention(**{**m, "titles": tuple(m["titles"]), "aliases": tuple(m["aliases"])})
        for m in raw["mentions"]
    )
    relations = tuple(RelationMention(**r) for r in raw["relations"])
    return Extraction(
        Document(**raw["document"]),
        mentions,
        relations,
        dates=tuple(DateMention(**d) for d in raw.get("dates", ())),
        event_dates=tuple(EventDate(**d) for d in raw.get("event_dates", ())),
        figures=tuple(Figure(**f) for f in raw.get("figures", ())),
    )


class ExtractionCache:
    """SQLite table (key, text sha256) -> Extraction JSON. One writer: the build process.

    The cache is disposable: a file that is not a sound SQLite database (garbage, truncated)
    is discarded with a warning, and so is a row that does not decode; their documents are
    extracted again. A write that fails (a full disk) is E012.
    """

    def __init__(
        self,
        path: Path,
        key: str,
        durable: bool = True,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.key = key
        # A scratch spool (written and read by this build only, then deleted) holds pickles:
        # a tenth of the JSON's cost each way. The kept cache stays JSON, which is safe to
        # read whoever wrote the file.
        self.scratch = not durable
        self.warn = warn or (lambda message: None)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self.db = self._connect(durable)
            except sqlite3.DatabaseError as err:
                if isinstance(err, sqlite3.OperationalError) and not _damaged(err):
                    raise  # cannot open or write: not the file's fault
                self.warn(f"{path}: damaged cache ({err}); discarded, documents are extracted "
                          "again")
                for extra in ("", "-journal", "-wal", "-shm"):
                    Path(f"{path}{extra}").unlink(missing_ok=True)
                self.db = self._connect(durable)
        except (sqlite3.Error, OSError) as err:
            raise KgError(E.E012, path, _why(err)) from None

    def _connect(self, durable: bool) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            if not durable:  # a scratch spool: no fsync per commit, it dies with the build
                db.execute("PRAGMA synchronous = OFF")
            (check,) = db.execute("PRAGMA quick_check(1)").fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(str(check))
            db.execute(
                "CREATE TABLE IF NOT EXISTS extraction ("
                " key TEXT NOT NULL, text_sha256 TEXT NOT NULL, data TEXT NOT NULL,"
                " PRIMARY KEY (key, text_sha256))"
            )
            db.execute("SELECT key, text_sha256, data FROM extraction LIMIT 0")
        except BaseException:
            db.close()
            raise
        return db

    def get_many(self, documents: Iterable[Document]) -> dict[str, Extraction]:
        """Cached extractions by doc_id, re-attached to the current ``Document`` (its file
        name may have changed while the text did not)."""
        found: dict[str, Extraction] = {}
        for docs, data in self._lookup(documents, with_data=True):
            ex = self._decode(data)
            for d in docs:
                found[d.doc_id] = replace(ex, document=d)
        return found

    def covered(self, documents: Iterable[Document]) -> set[str]:
        """The ids of the documents whose extraction is stored and decodes; a stored row
        that does not decode is dropped (with a warning) and its documents left uncovered."""
        found: set[str] = set()
        bad: list[str] = []
        for docs, data in self._lookup(documents, with_data=True):
            try:
                self._decode(data)
            except (ValueError, KeyError, TypeError, AttributeError, pickle.UnpicklingError):
                bad.append(text_hash(docs[0]))
                continue
            found.update(d.doc_id for d in docs)
        if bad:
            self.warn(f"{self.path}: {len(bad)} damaged cache entries discarded; their "
                      "documents are extracted again")
            self._write("DELETE FROM extraction WHERE key = ? AND text_sha256 = ?",
                        [(self.key, h) for h in bad])
        return found

    def _lookup(
        self, documents: Iterable[Document], with_data: bool
    ) -> Iterator[tuple[list[Document], str]]:
        """(documents sharing a stored text, its JSON or "") for every stored text."""
        by_hash: dict[str, list[Document]] = {}
        for d in documents:
            by_hash.setdefault(text_hash(d), []).append(d)
        column = "data" if with_data else "''"
        hashes = list(by_hash)
        for i in range(0, len(hashes), 500):  # stay under SQLite's bound-parameter limit
            chunk = hashes[i : i + 500]
            try:
                rows = self.db.execute(
                    f"SELECT text_sha256, {column} FROM extraction WHERE key = ? AND "
                    f"text_sha256 IN ({','.join('?' * len(chunk))})",
                    [self.key, *chunk],
                ).fetchall()
            except sqlite3.Error as err:
                raise KgError(E.E012, self.path, _why(err)) from None
            for digest, data in rows:
                yield by_hash[digest], data

    def stream(self, documents: Iterable[Document]) -> Spool:
        """The stored extractions of ``documents`` as a re-iterable stream in doc id order."""
        return Spool(self, sorted(documents, key=lambda d: d.doc_id))

    def put_many(self, extractions: Iterable[Extraction]) -> None:
        encode = _pickled if self.scratch else to_json
        rows = [(self.key, text_hash(ex.document), encode(ex)) for ex in extractions]
        self._write("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", rows)

    def _write(self, statement: str, rows: list[tuple[str, ...]]) -> None:
        """One transaction; a failed write (disk full, file size limit) is E012."""
        try:
            with self.db:
                self.db.executemany(statement, rows)
        except sqlite3.Error as err:
            raise KgError(E.E012, self.path, _why(err)) from None

    def prune(self, keep: Mapping[str, Document] | Iterable[Document]) -> int:
        """Drop entries for texts no longer in the corpus or made by another configuration."""
        docs = keep.values() if isinstance(keep, Mapping) else keep
        wanted = {text_hash(d) for d in docs}
        try:
            rows = self.db.execute("SELECT key, text_sha256 FROM extraction").fetchall()
        except sqlite3.Error as err:
            raise KgError(E.E012, self.path, _why(err)) from None
        stale = [(k, h) for k, h in rows if k != self.key or h not in wanted]
        self._write("DELETE FROM extraction WHERE key = ? AND text_sha256 = ?", stale)
        return len(stale)

    def _decode(self, data: str | bytes) -> Extraction:
        if isinstance(data, bytes):
            if not self.scratch:  # the kept cache holds JSON only: never unpickle it
                raise ValueError("not JSON")
            ex = pickle.loads(data)
            if not isinstance(ex, Extraction):
                raise TypeError(type(ex).__name__)
            return ex
        return from_json(data)

    def close(self) -> None:
        self.db.close()


def _pickled(extraction: Extraction) -> bytes:
    return pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)


def _damaged(err: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (not a database, malformed)."""
    name = getattr(err, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(err)


def _why(err: Exception) -> str:
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return " ".join(str(err).split())[:200]


class Spool:
    """Extractions read back from the cache a few at a time, in document id order, as often
    as they are iterated: resolution and graph writing stream over the corpus instead of
    holding every extraction in memory."""

    CHUNK = 128  # extractions decoded at a time

    def __init__(self, cache: ExtractionCache, documents: list[Document]) -> None:
        self.cache, self.documents = cache, documents

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Extraction]:
        for i in range(0, len(self.documents), self.CHUNK):
            chunk = self.documents[i : i + self.CHUNK]
            found = self.cache.get_many(chunk)
            for d in chunk:
                ex = found.get(d.doc_id)
                if ex is None:
                    raise KgError(E.E012, self.cache.path, f"no extraction stored for {d.path}")
                yield ex
