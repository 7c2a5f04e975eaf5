"""Entity resolution across the corpus: one node per real-world thing.

Mentions are grouped by an identity key:
- places and well-known bodies: their gazetteer entry ("Sichuan Province" = "Sichuan");
- people: the full name; a surname alone ("Lu said", "General Secretary Xi") is the person of
  that surname named in the same document, else the only one in the corpus;
- companies: the name without leading place names and legal suffix, so
  "Shangbai Global E-commerce" = "Wuxi Shangbai Global E-commerce Co., Ltd.";
- free trade zones: "Jiangsu FTZ" = "China (Jiangsu) Pilot Free Trade Zone";
- short forms introduced as "Name (ABBR)" stand for the name, corpus-wide;
- a bare "Provincial Department of Commerce" belongs to the document's province.

Each entity takes the fullest proper form as its label and keeps every other surface form as
an alias. Relations are mapped onto entities, checked against the schema's domains and
ranges, and keep every sentence that states them.

``Resolution`` reads the extractions in two passes (corpus-wide facts, then identity keys)
and keeps one summary per entity and relation; the sentences are mapped one document at a
time (``Resolution.evidence``), so a corpus streamed from disk is never held in memory.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from kg.extract.gazetteer import Gazetteer, Place
from kg.extract.namekeys import unaddressed
from kg.graph.iris import entity_slug, slugify
from kg.graph.namekeys import (
    LEGAL,
    PEOPLE,
    bearers,
    body_key,
    company_core,
    norm,
    posted_lone_name,
    tail_bearer,
    zone_core,
)
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

_CENTRAL = re.compile(r"\b(?:of (?:the )?china|cpc central committee|politburo|political bureau|"
                      r"state council)$")
GAZETTEER_SOURCE = "gazetteer"


class _Keys:
    """The identity key of a mention, given corpus-wide facts learned in a first pass."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        # short form -> ((doc id, mention index) where first introduced, full name): the
        # earliest introduction wins whatever order documents arrive in
        self._abbr: dict[str, tuple[tuple[str, int], str]] = {}
        self.abbreviations: dict[str, str] = {}
        self.surnames: dict[str, set[str]] = defaultdict(set)

    def learn(self, ex: Extraction) -> None:
        """Corpus-wide facts: abbreviations and the full names of people."""
        doc_id = ex.document.doc_id
        for i, m in enumerate(ex.mentions):
            if m.refers_to and m.cls not in PEOPLE and m.text.isupper():
                seen = self._abbr.get(m.text)
                if seen is None or (doc_id, i) < seen[0]:
                    self._abbr[m.text] = ((doc_id, i), m.refers_to)
                    self.abbreviations[m.text] = m.refers_to
            if m.cls in PEOPLE and " " in unaddressed(m.text):
                self.surnames[unaddressed(m.text).split()[0]].add(unaddressed(m.text))

    def _served(self, ex: Extraction) -> Iterator[tuple[str, str]]:
        """(person's normalised full name, province or country served) per servesIn."""
        for r in ex.relations:
            subj, obj = ex.mentions[r.subj], ex.mentions[r.obj]
            if r.pred != "servesIn" or " " not in unaddressed(subj.text).strip():
                continue
            place = self.gaz.place(obj.text)
            if place is not None and place.cls in ("Province", "Country"):
                yield norm(unaddressed(subj.text)), place.name
            elif place is not None and place.parent:
                yield norm(unaddressed(subj.text)), place.parent

    def focus(self, ex: Extraction) -> str | None:
        """The province a document is about: the one it names most, else (none named) the
        one its cities lie in, if most of them agree ("Suzhou's Wujiang District" is the
        Jiangsu district, not the Guangdong namesake)."""
        counts: Counter[str] = Counter()
        cities: Counter[str] = Counter()
        for m in ex.mentions:
            place = self.gaz.place(m.text) if m.cls in ("Province", "City") else None
            if place is None:
                continue
            if m.cls == "Province":
                counts[place.name] += 1
            elif place.cls == "City" and place.parent and place.kind in (
                    "prefecture", "county-city"):
                cities[place.parent] += 1
        if counts:
            return counts.most_common(1)[0][0]
        ranked = cities.most_common(2)
        agreed = ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        return ranked[0][0] if agreed else None

    def of_document(self, ex: Extraction) -> list[tuple[str, ...] | None]:
        """The key of each of the document's mentions (None: cannot be pinned on anything)."""
        focus = self.focus(ex)
        keys = [self.key(m, ex, focus) for m in ex.mentions]
        # Namesakes serving in different places are different people ("Han Jun" of Jilin and
        # of Anhui): the key takes the place this document has them serve in, else the
        # organisation it has them work for. Always, not only once a namesake turns up, so
        # a person's IRI never depends on the rest of the corpus (kg.graph.iris.entity_slug).
        served = dict(sorted(((n, p) for n, p in self._served(ex) if not self._national(p)),
                             reverse=True))
        employers = dict(sorted(((n, o) for n, o in self._employers(ex, keys)
                                 if not self._national(o)), reverse=True))
        for i, k in enumerate(keys):
            if k is not None and k[0] == "person":
                extra = served.get(k[1]) or employers.get(k[1])
                if extra:
                    keys[i] = (*k, extra)
        return keys

    def _national(self, place_or_body: str) -> bool:
        """China, or one of its national organs ("State Council"): a post there is one of
        the state's few (no provincial namesake to tell apart), so it keys no one apart:
        "Chinese President Xi Jinping" and "President Xi Jinping" are one person."""
        known = self.gaz.known(place_or_body)
        place = self.gaz.place(place_or_body)
        # a state's post abroad too ("Singapore's Deputy Prime Minister"), and an organ of the
        # state or the party centre the gazetteer does not list ("... of the CPC Central
        # Committee", "National Development and Reform Commission of China")
        return (place_or_body == "China" or known is not None and known.cls == "GovernmentBody"
                or place is not None and place.cls == "Country"
                or _CENTRAL.search(norm(place_or_body)) is not None)

    @staticmethod
    def _employers(
        ex: Extraction, keys: list[tuple[str, ...] | None]
    ) -> Iterator[tuple[str, str]]:
        """(person's normalised full name, organisation's name) per holdsPositionIn."""
        for r in ex.relations:
            subj, org = ex.mentions[r.subj], keys[r.obj]
            name = unaddressed(subj.text)
            if r.pred == "holdsPositionIn" and " " in name.strip() and org is not None:
                yield norm(name), org[2] if org[0] in ("known", "place") else org[-1]

    def key(self, m: Mention, ex: Extraction, focus: str | None) -> tuple[str, ...] | None:
        text = m.refers_to or self.abbreviations.get(m.text) or m.text
        if m.cls in PEOPLE:
            text = unaddressed(text)  # "His Excellency X" and "X" are one person
            if " " not in text.strip():
                candidates = bearers(text, ex)
                if not candidates and posted_lone_name(text, ex):
                    return ("person", norm(text))  # "Mr. Morgan, British consul-general"
                if len(candidates) != 1:
                    return None  # a lone surname we cannot pin on anyone
                text = candidates[0]
            return ("person", norm(tail_bearer(text, ex) or text))
        place = (
            self.gaz.place(text, prefer_province=focus)
            if m.cls in ("Province", "City", "Country", "Region")
            else None
        )
        if place is not None:
            return ("place", place.cls, place.name, place.parent or "")
        # "Siemens (China)" is the well-known company named with its country in brackets
        known = self.gaz.known(text) or self.gaz.known(re.sub(r"\s*\([^()]*\)$", "", text))
        if known is None and m.cls == "Enterprise":  # "Hon Hai Precision Industry Co"
            bare = self.gaz.known(LEGAL.sub("", text).strip())
            known = bare if bare is not None and bare.cls == "Enterprise" else None
        if m.cls == "Enterprise" and (known is None or known.cls == "Enterprise"):
            # A well-known company and its legal forms ("Siemens", "Siemens AG") are one node,
            # labelled by the fullest form seen: both keyed by the core of the listed name.
            return ("name", company_core(known.name if known else text, self.gaz))
        if known is not None:
            return ("known", known.cls, known.name)
        if m.cls == "Zone":
            return ("name", zone_core(text))
        if m.scope:
            return ("name", norm(f"{m.scope} {body_key(text)}"))
        if m.cls == "GovernmentBody":
            return ("name", body_key(text))
        return ("name", norm(text))


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
        self.keys = _Keys(gaz)
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
