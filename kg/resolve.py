"""Entity resolution across the corpus: one node per real-world thing.

Mentions are grouped by an identity key:
- places and well-known bodies: their gazetteer entry ("Sichuan Province" = "Sichuan");
- people: the full name; a surname alone ("Lu said", "General Secretary Xi") is the person of
  that surname named in the same document, else the only one in the corpus;
- companies: the name without leading place names and legal suffix, so
  "Shangbai Global E-commerce" = "Wuxi Shangbai Global E-commerce Co., Ltd.";
- short forms introduced as "Name (ABBR)" stand for the name, corpus-wide;
- a bare "Provincial Department of Commerce" belongs to the document's province.

Each entity takes the fullest proper form as its label and keeps every other surface form as
an alias. Relations are mapped onto entities, checked against the schema's domains and
ranges, and keep every sentence that states them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.gazetteer import Gazetteer
from kg.iris import slugify
from kg.model import Entity, Evidence, Extraction, Mention, Relation, ResolvedCorpus
from kg.schema import allowed

_LEGAL = re.compile(
    r",?\s+(Co\.,?\s+Ltd\.?|Co\.|Ltd\.|Company Limited|Company|Corporation|"
    r"Corp\.|Inc\.|Limited|Group|Holdings)$"
)
_PUNCT = re.compile(r"[^\w\s]")
PEOPLE = ("Person", "Official")
GAZETTEER_SOURCE = "gazetteer"


def norm(text: str) -> str:
    """Case-folded, punctuation-free, no leading "the": the form names are compared in."""
    text = text.replace("’", "'").replace("'s ", " ").lower()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(_PUNCT.sub(" ", text).split())


def company_core(name: str, gaz: Gazetteer) -> str:
    core = _LEGAL.sub("", name.strip())
    core = re.sub(r"\s*\([^)]*\)", "", core)
    words = core.split()
    while len(words) > 1 and gaz.place(words[0]) is not None:
        words = words[1:]
    return norm(" ".join(words))


def _body_key(text: str) -> str:
    """ "CPC Jiangsu Provincial Committee" and "Jiangsu Provincial Committee" are one organ."""
    n = norm(text)
    n = re.sub(r"^(cpc|communist party of china)\s+", "", n)
    return n


class _Resolver:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.abbreviations: dict[str, str] = {}
        self.surnames: dict[str, set[str]] = defaultdict(set)

    def learn(self, extractions: list[Extraction]) -> None:
        """Corpus-wide facts: abbreviations and the full names of people."""
        for ex in extractions:
            for m in ex.mentions:
                if m.refers_to and m.cls not in PEOPLE and m.text.isupper():
                    self.abbreviations.setdefault(m.text, m.refers_to)
                if m.cls in PEOPLE and " " in m.text:
                    self.surnames[m.text.split()[0]].add(m.text)

    def focus(self, ex: Extraction) -> str | None:
        counts: Counter[str] = Counter()
        for m in ex.mentions:
            if m.cls == "Province":
                place = self.gaz.place(m.text)
                if place is not None:
                    counts[place.name] += 1
        return counts.most_common(1)[0][0] if counts else None

    def key(self, m: Mention, ex: Extraction, focus: str | None) -> tuple[str, ...] | None:
        text = m.refers_to or self.abbreviations.get(m.text) or m.text
        if m.cls in PEOPLE:
            if " " not in text.strip():
                in_doc = sorted(
                    {
                        x.text
                        for x in ex.mentions
                        if x.cls in PEOPLE and x.text.split()[0] == text and " " in x.text
                    }
                )
                candidates = in_doc or sorted(self.surnames.get(text, ()))
                if len(candidates) != 1:
                    return None  # a lone surname we cannot pin on anyone
                text = candidates[0]
            return ("person", norm(text))
        place = (
            self.gaz.place(text, prefer_province=focus)
            if m.cls in ("Province", "City", "Country", "Region")
            else None
        )
        if place is not None:
            return ("place", place.cls, place.name, place.parent or "")
        known = self.gaz.known(text)
        if known is not None:
            return ("known", known.cls, known.name)
        if m.cls == "Enterprise":
            return ("name", company_core(text, self.gaz))
        if m.scope:
            return ("name", norm(f"{m.scope} {_body_key(text)}"))
        if m.cls == "GovernmentBody":
            return ("name", _body_key(text))
        return ("name", norm(text))


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
    return best


def resolve(extractions: Iterable[Extraction], gaz: Gazetteer) -> ResolvedCorpus:
    """Merge per-document extractions into one corpus graph of entities and relations."""
    exs = sorted(extractions, key=lambda e: e.document.doc_id)
    resolver = _Resolver(gaz)
    resolver.learn(exs)

    groups: dict[tuple[str, ...], list[tuple[Extraction, int]]] = defaultdict(list)
    mention_key: dict[tuple[str, int], tuple[str, ...]] = {}
    for ex in exs:
        focus = resolver.focus(ex)
        for i, m in enumerate(ex.mentions):
            k = resolver.key(m, ex, focus)
            if k is None:
                continue
            groups[k].append((ex, i))
            mention_key[(ex.document.doc_id, i)] = k

    entities: dict[str, Entity] = {}
    key_to_id: dict[tuple[str, ...], str] = {}
    city_parents: dict[str, str] = {}  # City entity -> the province the gazetteer puts it in
    for k in sorted(groups):
        members = groups[k]
        votes: Counter[str] = Counter()
        forms: Counter[str] = Counter()
        scoped: dict[str, str] = {}
        titles: set[str] = set()
        aliases: set[str] = set()
        for ex, i in members:
            m = ex.mentions[i]
            votes[m.cls] += m.confidence
            forms[m.text] += 1
            if m.scope:
                scoped[m.text] = m.scope
            titles.update(m.titles)
            aliases.update(m.aliases)
        if k[0] == "place" or k[0] == "known":
            cls = k[1]
        elif k[0] == "person":
            cls = "Official" if "Official" in votes else "Person"
        else:
            cls = max(sorted(votes), key=lambda c: votes[c])
        label = _label_for(k, forms, scoped)
        slug = slugify(label)
        ent_id = f"{cls}/{slug}"
        if ent_id in entities:
            ent_id = f"{cls}/{slug}-{slugify(k[-1] or 'x')}"
        alt = ({f for f in forms if f != label} | aliases) - {label}
        ent = Entity(
            key=ent_id.split("/", 1)[1],
            cls=cls,
            label=label,
            alt_labels=alt,
            titles=titles,
            wikidata=_wikidata(k, gaz),
        )
        seen_docs: set[str] = set()
        for ex, i in members:
            m = ex.mentions[i]
            if ex.document.doc_id in seen_docs:
                continue
            seen_docs.add(ex.document.doc_id)
            ent.evidence.append(
                Evidence(
                    ex.document.doc_id,
                    m.start,
                    m.end,
                    ex.document.text[m.sent_start : m.sent_end],
                    m.extractor,
                    m.confidence,
                    m.text,
                )
            )
        entities[ent_id] = ent
        key_to_id[k] = ent_id
        if k[0] == "place" and k[1] == "City" and k[3]:
            city_parents[ent_id] = k[3]

    relations: dict[tuple[str, str, str], Relation] = {}
    # One piece of evidence per relation and sentence (its assertion IRI is minted from
    # both); where two rules found it there, the more confident one speaks.
    best: dict[tuple[str, str, str, str, int], Evidence] = {}
    for ex in exs:
        doc_id = ex.document.doc_id
        for r in ex.relations:
            sk = mention_key.get((doc_id, r.subj))
            ok = mention_key.get((doc_id, r.obj))
            if sk is None or ok is None:
                continue
            s_id, o_id = key_to_id[sk], key_to_id[ok]
            if s_id == o_id or not allowed(r.pred, entities[s_id].cls, entities[o_id].cls):
                continue
            rel = relations.setdefault((s_id, r.pred, o_id), Relation(s_id, r.pred, o_id))
            ev = Evidence(
                doc_id,
                r.sent_start,
                r.sent_end,
                ex.document.text[r.sent_start : r.sent_end],
                r.extractor,
                r.confidence,
            )
            slot = (s_id, r.pred, o_id, doc_id, r.sent_start)
            if slot not in best or ev.confidence > best[slot].confidence:
                best[slot] = ev
    for (s_id, pred, o_id, _, _), ev in best.items():
        relations[(s_id, pred, o_id)].evidence.append(ev)

    _add_hierarchy(entities, relations, city_parents, gaz)
    for rel in relations.values():
        rel.evidence.sort(key=lambda e: (e.doc_id, e.start, e.extractor))
    return ResolvedCorpus(
        documents=[ex.document for ex in exs],
        entities=dict(sorted(entities.items())),
        relations=[relations[k] for k in sorted(relations)],
    )


def _wikidata(key: tuple[str, ...], gaz: Gazetteer) -> str | None:
    if key[0] != "place":
        return None
    for place in gaz.places(key[2]):
        if place.cls == key[1] and place.name == key[2] and (place.parent or "") == key[3]:
            return place.wikidata
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
                        key=slugify(name), cls=cls, label=name, wikidata=place.wikidata
                    )
                return ent_id
        return None

    def link(s: str, o: str) -> None:
        rel = relations.setdefault((s, "locatedIn", o), Relation(s, "locatedIn", o))
        ev = Evidence(GAZETTEER_SOURCE, 0, 0, "", GAZETTEER_SOURCE, 1.0)
        if ev not in rel.evidence:
            rel.evidence.append(ev)

    for ent_id, parent in sorted(city_parents.items()):
        prov = ensure("Province", parent)
        if prov is not None:
            link(ent_id, prov)
    for ent_id, ent in sorted(entities.items()):
        if ent.cls == "Province" and gaz.place(ent.label) is not None:
            china = ensure("Country", "China")
            if china is not None:
                link(ent_id, china)
