"""Entity resolution across the corpus: one node per real-world thing.

Mentions are grouped by an identity key (kg/graph/identitykeys.py): a place's or well-known
body's gazetteer entry, a person's full name (a lone surname is the one person who bears it),
a company's name without place and legal suffix, a short form's full name.

Each entity takes the fullest proper form as its label and keeps every other surface form as
an alias. Relations are mapped onto entities, checked against the schema's domains and
ranges, and keep every sentence that states them.

``Resolution`` reads the extractions in two passes (corpus-wide facts, then identity keys)
and keeps one summary per entity and relation; the sentences are mapped one document at a
time (``Resolution.evidence``), so a corpus streamed from disk is never held in memory.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from kg.extract.gazetteer import Gazetteer, Place
from kg.extract.namekeys import unaddressed
from kg.graph.identitykeys import IdentityKeys
from kg.graph.iris import entity_slug, slugify
from kg.graph.namekeys import PEOPLE, norm
from kg.model import (
    DocumentEvidence,
    Entity,
    Evidence,
    Extraction,
    Mention,
    Observation,
    Relation,
    ResolvedCorpus,
)
from kg.schema import allowed

GAZETTEER_SOURCE = "gazetteer"


class _Group:
    """Everything the corpus says about one identity key, minus the evidence."""

    __slots__ = ("votes", "forms", "scoped", "titles", "aliases", "documents", "first", "last")

    def __init__(self) -> None:
        self.votes: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.scoped: dict[str, str] = {}
        self.titles: set[str] = set()
        self.aliases: set[str] = set()
        self.documents: set[str] = set()
        self.first: str | None = None
        self.last: str | None = None

    def dated(self, first: str, last: str) -> None:
        """An event's days: the earliest start and the latest end any sentence gives."""
        self.first = first if self.first is None else min(self.first, first)
        self.last = last if self.last is None else max(self.last, last)

    def add(self, m: Mention, doc_id: str) -> None:
        self.votes[m.cls] += m.confidence
        self.forms[unaddressed(m.text) if m.cls in PEOPLE else m.text] += 1
        if m.scope:
            self.scoped[m.text] = m.scope
        self.titles.update(m.titles)
        self.aliases.update(m.aliases)
        self.documents.add(doc_id)


def _label_for(
    key: tuple[str, ...], forms: Counter[str], scoped: dict[str, str]
) -> str:
    if key[0] == "place":
        return key[2]
    if key[0] == "known":
        return key[2]
    proper = [f for f in forms if f[:1].isupper() or f[:1].isdigit()] or list(forms)
    best = max(proper, key=lambda f: (len(f), forms[f], f))
    if best in scoped and not norm(best).startswith(norm(scoped[best])):
        return f"{scoped[best]} {best}"
    return best[:1].upper() + best[1:]  # a name only written in lower case ("government of X")


class Resolution:
    """The corpus-wide entity table and relation set, built in two streaming passes over the
    extractions (learn, then index); ``evidence`` maps one extraction onto it. Only per-entity
    and per-relation summaries are held, never the extractions themselves."""

    def __init__(self, extractions: Iterable[Extraction], gaz: Gazetteer) -> None:
        self.gaz = gaz
        # (class, name) -> how many gazetteer places have it: namesakes always carry a parent
        self.namesakes = Counter((p.cls, p.name) for p in gaz.all_places())
        self.keys = IdentityKeys(gaz)
        for ex in extractions:
            self.keys.learn(ex)
        groups: dict[tuple[str, ...], _Group] = defaultdict(_Group)
        candidates: set[tuple[tuple[str, ...], str, tuple[str, ...]]] = set()
        for ex in extractions:
            doc_id = ex.document.doc_id
            keys = self.keys.of_document(ex)
            for m, k in zip(ex.mentions, keys, strict=True):
                if k is not None:
                    groups[k].add(m, doc_id)
            for ed in ex.event_dates:
                k = keys[ed.mention]
                if k is not None:
                    groups[k].dated(ed.first, ed.last)
            for r in ex.relations:
                sk, ok = keys[r.subj], keys[r.obj]
                if sk is not None and ok is not None:
                    candidates.add((sk, r.pred, ok))

        self.entities: dict[str, Entity] = {}
        self.key_to_id: dict[tuple[str, ...], str] = {}
        city_parents: dict[str, str] = {}  # City entity -> the province the gazetteer gives
        for k in sorted(groups):
            ent = self._entity(k, groups.pop(k))
            ent_id = f"{ent.cls}/{ent.key}"
            if ent_id in self.entities:
                ent.key = f"{ent.key}-{slugify(k[-1] or 'x')}"
                ent_id = f"{ent.cls}/{ent.key}"
            self.entities[ent_id] = ent
            self.key_to_id[k] = ent_id
            if k[0] == "place" and k[1] == "City" and k[3]:
                city_parents[ent_id] = k[3]

        self.relations: dict[tuple[str, str, str], Relation] = {}
        for sk, pred, ok in candidates:
            triple = self._edge(sk, pred, ok)
            if triple is not None:
                self.relations[triple] = Relation(*triple)
        _add_hierarchy(self.entities, self.relations, city_parents, gaz)

    def _entity(self, k: tuple[str, ...], g: _Group) -> Entity:
        if k[0] == "place" or k[0] == "known":
            cls = k[1]
        elif k[0] == "person":
            cls = "Official" if "Official" in g.votes else "Person"
        else:
            cls = max(sorted(g.votes), key=lambda c: g.votes[c])
        label = _label_for(k, g.forms, g.scoped)
        alt = ({f for f in g.forms if f != label} | g.aliases) - {label}
        if k[0] == "person":
            # a bare surname ("Han said") names nobody out of its sentence: no alias
            alt = {a for a in alt if " " in a.strip()}
        place = _place(k, self.gaz)
        return Entity(
            key=entity_slug(k, label, k[0] == "place" and self.namesakes[(k[1], k[2])] > 1),
            cls=cls,
            label=label,
            alt_labels=alt,
            titles=g.titles,
            wikidata=place.wikidata if place else None,
            geonames=place.geonames if place else None,
            documents=sorted(g.documents),
            first_date=g.first if cls == "Event" else None,
            last_date=g.last if cls == "Event" else None,
        )

    def _edge(
        self, sk: tuple[str, ...], pred: str, ok: tuple[str, ...]
    ) -> tuple[str, str, str] | None:
        s_id, o_id = self.key_to_id[sk], self.key_to_id[ok]
        if s_id == o_id or not allowed(pred, self.entities[s_id].cls, self.entities[o_id].cls):
            return None
        return (s_id, pred, o_id)

    def evidence(self, ex: Extraction) -> DocumentEvidence:
        """Where this document names each entity (its first mention) and states each relation
        (one sentence per relation and sentence; where two rules found it there, the first
        one speaks)."""
        doc = ex.document
        keys = self.keys.of_document(ex)
        mentions: dict[str, Evidence] = {}
        for m, k in zip(ex.mentions, keys, strict=True):
            if k is None:
                continue
            ent_id = self.key_to_id[k]
            if ent_id not in mentions:
                sentence = doc.text[m.sent_start : m.sent_end]
                mentions[ent_id] = Evidence(
                    doc.doc_id, m.start, m.end, sentence, m.extractor, m.confidence, m.text
                )
        best: dict[tuple[tuple[str, str, str], int], Evidence] = {}
        for r in ex.relations:
            sk, ok = keys[r.subj], keys[r.obj]
            triple = self._edge(sk, r.pred, ok) if sk is not None and ok is not None else None
            if triple is None:
                continue
            slot = (triple, r.sent_start)
            # The first rule to find it speaks, whatever the confidences: `kg calibrate`
            # measures each rule on the assertions it is named in, so that naming must not
            # depend on the confidence table the measurement produces.
            if slot not in best:
                sentence = doc.text[r.sent_start : r.sent_end]
                best[slot] = Evidence(
                    doc.doc_id, r.sent_start, r.sent_end, sentence, r.extractor, r.confidence,
                    first_date=r.first_date, last_date=r.last_date,
                )
        return DocumentEvidence(
            doc,
            tuple(sorted(mentions.items(), key=lambda x: (x[1].start, x[0]))),
            tuple(sorted(((t, ev) for (t, _), ev in best.items()),
                         key=lambda x: (x[1].start, x[0], x[1].extractor))),
            self._observations(ex, keys),
            doc.date or max((d.last for d in ex.dates), default=None),
        )

    def _observations(
        self, ex: Extraction, keys: list[tuple[str, ...] | None]
    ) -> tuple[Observation, ...]:
        """The document's figures about resolved entities, in text order."""
        doc = ex.document
        out: dict[tuple[int, str], Observation] = {}
        for f in ex.figures:
            ak = keys[f.area]
            if ak is None:
                continue
            ck = keys[f.counterpart] if f.counterpart is not None else None
            counterpart = self.key_to_id[ck] if ck is not None else None
            area = self.key_to_id[ak]
            if counterpart == area:
                counterpart = None
            out.setdefault((f.start, f.measure), Observation(
                f.measure, f.value, f.unit, f.change, area, counterpart, f.period,
                Evidence(doc.doc_id, f.start, f.end, doc.text[f.sent_start : f.sent_end],
                         f.extractor, f.confidence, f.text),
            ))
        return tuple(out[k] for k in sorted(out))


class _EvidenceStream:
    """``ResolvedCorpus.documents`` computed lazily: re-iterable, one document at a time."""

    def __init__(self, resolution: Resolution, extractions: Iterable[Extraction]) -> None:
        self.resolution, self.extractions = resolution, extractions

    def __iter__(self) -> Iterator[DocumentEvidence]:
        last = ""
        for ex in self.extractions:
            if ex.document.doc_id < last:
                raise ValueError("extractions must come in document id order")
            last = ex.document.doc_id
            yield self.resolution.evidence(ex)


def resolve(extractions: Iterable[Extraction], gaz: Gazetteer) -> ResolvedCorpus:
    """Merge per-document extractions into one corpus graph of entities and relations.

    A list (or any one-shot iterable) is sorted by document id and held. A re-iterable stream
    already in document id order, such as ``kg.run.cache.Spool``, is read three times instead
    (learn, index, and once per use of ``documents``) and never held: memory stays flat.
    """
    if isinstance(extractions, Sequence) or iter(extractions) is extractions:
        extractions = sorted(extractions, key=lambda e: e.document.doc_id)
    res = Resolution(extractions, gaz)
    return ResolvedCorpus(
        entities=dict(sorted(res.entities.items())),
        relations=[res.relations[k] for k in sorted(res.relations)],
        documents=_EvidenceStream(res, extractions),
    )


def _place(key: tuple[str, ...], gaz: Gazetteer) -> Place | None:
    """The gazetteer record of a place key (its QID and GeoNames id are linked, never guessed)."""
    if key[0] != "place":
        return None
    for place in gaz.places(key[2]):
        if place.cls == key[1] and place.name == key[2] and (place.parent or "") == key[3]:
            return place
    return None


def _add_hierarchy(
    entities: dict[str, Entity],
    relations: dict[tuple[str, str, str], Relation],
    city_parents: dict[str, str],
    gaz: Gazetteer,
) -> None:
    """City locatedIn Province locatedIn China, from the gazetteer, for places in the graph."""

    def ensure(cls: str, name: str) -> str | None:
        for place in gaz.places(name):
            if place.cls == cls and place.name == name:
                ent_id = f"{cls}/{slugify(name)}"
                if ent_id not in entities:
                    entities[ent_id] = Entity(
                        key=slugify(name), cls=cls, label=name, wikidata=place.wikidata,
                        geonames=place.geonames,
                    )
                return ent_id
        return None

    def link(s: str, o: str) -> None:
        relations.setdefault((s, "locatedIn", o), Relation(s, "locatedIn", o)).gazetteer = True

    for ent_id, parent in sorted(city_parents.items()):
        prov = ensure("Province", parent)
        if prov is not None:
            link(ent_id, prov)
    for ent_id, ent in sorted(entities.items()):
        if ent.cls == "Province" and gaz.place(ent.label) is not None:
            china = ensure("Country", "China")
            if china is not None:
                link(ent_id, china)
