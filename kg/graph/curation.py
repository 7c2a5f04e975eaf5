"""The curation file: what a user knows better than the extraction, fixed once and applied
at every build (``kg build --curation FILE``; ``CORPUS/curation.yaml`` by default).

```yaml
merge:                       # lists of names that are one thing; the first gives the label
  - [res:official/han-jun-jilin, res:official/han-jun-anhui]
label: {Shangbai Global E-commerce: Wuxi Shangbai}       # name -> new label
class: {Silk Road Fund: Organization}                    # name -> class
drop: [Decretary of the Provincial Party Committee]      # names
sameAs: {Siemens AG: "http://www.wikidata.org/entity/Q81230"}   # name -> external IRI
```

A name is a label (every entity with that label, case-insensitive), or an IRI (full, ``<...>``
or ``res:class/slug``) for exactly one. It is applied after resolution, on the resolved corpus:
the per-document extraction cache is untouched, and the graph written depends on the corpus
and the curation file alone. IRIs keep their meaning: a relabelled entity keeps its IRI, a
merged one takes the first name's IRI, a reclassed one gets ``{new class}/{slug}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import E, KgError
from kg.graph.iris import IriMinter
from kg.model import DocumentEvidence, Entity, Evidence, Relation, ResolvedCorpus
from kg.schema import allowed
from kg.vocab import DEFAULT_RESOURCE_NS, ENTITY_CLASSES

FILE_NAME = "curation.yaml"
KEYS = ("merge", "label", "class", "drop", "sameAs")


@dataclass(frozen=True)
class Curation:
    path: Path
    merge: tuple[tuple[str, ...], ...] = ()
    label: tuple[tuple[str, str], ...] = ()
    cls: tuple[tuple[str, str], ...] = ()
    drop: tuple[str, ...] = ()
    same_as: tuple[tuple[str, str], ...] = ()


@dataclass
class CurationReport:
    """What the file changed, for the build summary (``kg build`` text and ``--json``)."""

    file: str
    merged: int = 0  # entities folded into another
    relabelled: int = 0
    reclassed: int = 0
    dropped: int = 0
    same_as: int = 0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "merged": self.merged, "relabelled": self.relabelled,
                "reclassed": self.reclassed, "dropped": self.dropped, "sameAs": self.same_as,
                "warnings": list(self.warnings)}


def find_curation(corpus_dir: Path, given: Path | None) -> Path | None:
    """``given``, else ``CORPUS/curation.yaml`` if there is one."""
    if given is not None:
        return given
    default = corpus_dir / FILE_NAME
    return default if default.is_file() else None


def _bad(path: Path, detail: str) -> KgError:
    return KgError(E.E031, path, detail)


def _names(path: Path, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(path, f"'{key}' must be a list of names")
    return tuple(v.strip() for v in value)


def _pairs(path: Path, key: str, value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in value.items()
    ):
        raise _bad(path, f"'{key}' must map names to text (name: value)")
    return tuple((k.strip(), v.strip()) for k, v in value.items())


def load_curation(path: Path) -> Curation:
    """Read and check a curation file; ``E031`` naming the file on anything wrong."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _bad(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise _bad(path, str(err)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise _bad(path, f"{where}not valid YAML ({getattr(err, 'problem', None) or err})"
                   ) from None
    if data is None:
        return Curation(path)
    if not isinstance(data, dict):
        raise _bad(path, "expected a mapping with keys " + ", ".join(KEYS))
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise _bad(path, f"unknown key {unknown[0]!r}; the keys are " + ", ".join(KEYS))
    merge = data.get("merge") or []
    if not isinstance(merge, list):
        raise _bad(path, "'merge' must be a list of lists of names")
    groups = tuple(_names(path, "merge", group) for group in merge)
    if any(len(g) < 2 for g in groups):
        raise _bad(path, "each 'merge' entry lists two names or more")
    classes = _pairs(path, "class", data.get("class") or {})
    for name, cls in classes:
        if cls not in ENTITY_CLASSES:
            raise _bad(path, f"class {cls!r} for {name!r} is not one of "
                       + ", ".join(ENTITY_CLASSES))
    same_as = _pairs(path, "sameAs", data.get("sameAs") or {})
    for name, iri in same_as:
        if not iri.startswith(("http://", "https://")) or any(c in iri for c in ' <>"{}|^`\\'):
            raise _bad(path, f"sameAs of {name!r} must be an http(s) IRI, not {iri!r}")
    return Curation(
        path=path,
        merge=groups,
        label=_pairs(path, "label", data.get("label") or {}),
        cls=classes,
        drop=_names(path, "drop", data.get("drop") or []),
        same_as=same_as,
    )


class _Index:
    """Names (labels, IRIs) -> entity ids of the resolved corpus."""

    def __init__(self, entities: dict[str, Entity], base: str) -> None:
        minter = IriMinter(base)
        self.by_label: dict[str, list[str]] = {}
        self.by_iri: dict[str, str] = {}
        for ent_id, ent in entities.items():
            self.by_label.setdefault(ent.label.casefold(), []).append(ent_id)
            iri = str(minter.entity(ent.cls, ent.key))
            self.by_iri[iri] = ent_id
            self.by_iri["res:" + iri[len(base):]] = ent_id

    def find(self, name: str) -> list[str]:
        text = name[1:-1] if name.startswith("<") and name.endswith(">") else name
        if text in self.by_iri:
            return [self.by_iri[text]]
        return list(self.by_label.get(text.casefold(), []))


def apply_curation(corpus: ResolvedCorpus, curation: Curation, base: str | None = None,
                   warn: Callable[[str], None] | None = None
                   ) -> tuple[ResolvedCorpus, CurationReport]:
    """The corpus with the curation applied, and what changed."""
    report = CurationReport(str(curation.path))
    entities = {k: replace(v, alt_labels=set(v.alt_labels), titles=set(v.titles),
                           same_as=set(v.same_as)) for k, v in corpus.entities.items()}
    index = _Index(entities, base or DEFAULT_RESOURCE_NS)

    moved: dict[str, str | None] = {}  # old id -> new id (None: dropped)

    def where(ent_id: str | None) -> str | None:
        seen = 0
        while ent_id in moved and seen < 100:  # follow merge -> reclass -> drop chains
            ent_id, seen = moved[ent_id], seen + 1
        return ent_id if ent_id in entities else None

    def find(name: str, key: str) -> list[str]:
        found = list(dict.fromkeys(e for e in map(where, index.find(name)) if e is not None))
        if not found:
            message = f"{curation.path}: {key}: no entity named {name!r}; left alone"
            report.warnings.append(message)
            if warn:
                warn(message)
        return found

    for group in curation.merge:
        members = [e for name in group for e in find(name, "merge")]
        members = list(dict.fromkeys(members))
        if len(members) < 2:
            continue
        target = entities[members[0]]
        for other_id in members[1:]:
            other = entities.pop(other_id)
            target.alt_labels |= {other.label, *other.alt_labels}
            target.titles |= other.titles
            target.same_as |= other.same_as
            target.documents = sorted(set(target.documents) | set(other.documents))
            moved[other_id] = members[0]
            report.merged += 1
        target.alt_labels.discard(target.label)
    for name, new_label in curation.label:
        for ent_id in find(name, "label"):
            ent = entities[ent_id]
            if ent.label != new_label:
                ent.alt_labels = (ent.alt_labels | {ent.label}) - {new_label}
                ent.label = new_label
                report.relabelled += 1
    for name, cls in curation.cls:
        for ent_id in find(name, "class"):
            ent = entities.pop(ent_id)
            new_id = f"{cls}/{ent.key}"
            if new_id in entities:  # another thing already has that IRI: fold into it
                moved[ent_id] = new_id
                entities[new_id].alt_labels |= {ent.label, *ent.alt_labels}
                entities[new_id].documents = sorted(set(entities[new_id].documents)
                                                    | set(ent.documents))
            else:
                ent.cls = cls
                entities[new_id] = ent
                moved[ent_id] = new_id
            report.reclassed += 1
    for name in curation.drop:
        for ent_id in find(name, "drop"):
            del entities[ent_id]
            moved[ent_id] = None
            report.dropped += 1
    for name, iri in curation.same_as:
        for ent_id in find(name, "sameAs"):
            entities[ent_id].same_as.add(iri)
            report.same_as += 1

    mapped = _Mapping(entities, where)
    relations: dict[tuple[str, str, str], Relation] = {}
    for r in corpus.relations:
        triple = mapped.edge((r.subj, r.pred, r.obj))
        if triple is not None:
            rel = relations.setdefault(triple, Relation(*triple))
            rel.gazetteer = rel.gazetteer or r.gazetteer
    return ResolvedCorpus(
        entities=dict(sorted(entities.items())),
        relations=[relations[k] for k in sorted(relations)],
        documents=_Curated(corpus.documents, mapped),
    ), report


class _Mapping:
    def __init__(self, entities: dict[str, Entity], where: Callable[[str | None], str | None]
                 ) -> None:
        self.entities, self.where = entities, where

    def edge(self, triple: tuple[str, str, str]) -> tuple[str, str, str] | None:
        s, o = self.where(triple[0]), self.where(triple[2])
        if s is None or o is None or s == o:
            return None
        if not allowed(triple[1], self.entities[s].cls, self.entities[o].cls):
            return None
        return (s, triple[1], o)

    def document(self, de: DocumentEvidence) -> DocumentEvidence:
        mentions: dict[str, Evidence] = {}
        for ent_id, ev in de.mentions:
            new = self.where(ent_id)
            if new is not None and new not in mentions:
                mentions[new] = ev
        statements = []
        seen: set[tuple[tuple[str, str, str], int]] = set()
        for triple, ev in de.statements:
            new_triple = self.edge(triple)
            if new_triple is not None and (new_triple, ev.start) not in seen:
                seen.add((new_triple, ev.start))
                statements.append((new_triple, ev))
        observations = []
        for obs in de.observations:
            area = self.where(obs.area)
            if area is None:
                continue
            counterpart = self.where(obs.counterpart) if obs.counterpart else None
            observations.append(replace(obs, area=area,
                                        counterpart=counterpart if counterpart != area else None))
        return replace(de, mentions=tuple(mentions.items()),
                       statements=tuple(statements), observations=tuple(observations))


class _Curated:
    """``ResolvedCorpus.documents`` with the curation applied, still a re-iterable stream."""

    def __init__(self, documents: Iterable[DocumentEvidence], mapping: _Mapping) -> None:
        self.documents, self.mapping = documents, mapping

    def __iter__(self) -> Iterator[DocumentEvidence]:
        for de in self.documents:
            yield self.mapping.document(de)


