"""The identity key of a mention: which real-world thing it names, so that
kg/graph/resolve.py makes one node per key.

- places and well-known bodies: their gazetteer entry ("Sichuan Province" = "Sichuan");
- people: the full name; a surname alone ("Lu said", "General Secretary Xi") is the person of
  that surname named in the same document, else the only one in the corpus; namesakes serving
  in different places (or working for different organisations) are different people;
- companies: the name without leading place names and legal suffix (kg/graph/namekeys.py), so
  "Shangbai Global E-commerce" = "Wuxi Shangbai Global E-commerce Co., Ltd.";
- free trade zones: "Jiangsu FTZ" = "China (Jiangsu) Pilot Free Trade Zone";
- short forms introduced as "Name (ABBR)" stand for the name, corpus-wide;
- a bare "Provincial Department of Commerce" belongs to the document's province.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from kg.extract.entities.editions import series_of
from kg.extract.gazetteer import Gazetteer
from kg.extract.namekeys import unaddressed
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
from kg.model import Extraction, Mention

_CENTRAL = re.compile(r"\b(?:of (?:the )?china|cpc central committee|politburo|political bureau|"
                      r"state council)$")


class IdentityKeys:
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
                    # elsewhere, the short form of an edition ("6th Harbour Fair (HF)")
                    # names its series: another year's report means its own edition
                    series = series_of(m.refers_to) if m.cls == "Event" else None
                    self.abbreviations[m.text] = series or m.refers_to
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
        # a short form the document introduces itself stands for its own full name there,
        # whatever an earlier document had it stand for ("China International Import Expo
        # (CIIE)" in 2018 is not the "6th ... (CIIE)" of a 2023 report)
        own = {m.text: m.refers_to for m in ex.mentions
               if m.refers_to and m.cls not in PEOPLE and m.text.isupper()}
        keys = [self.key(m, ex, focus, own) for m in ex.mentions]
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

    def key(
        self, m: Mention, ex: Extraction, focus: str | None, own: dict[str, str]
    ) -> tuple[str, ...] | None:
        text = m.refers_to or own.get(m.text) or self.abbreviations.get(m.text) or m.text
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
        if known is None and m.cls == "GovernmentBody":
            # "Communist Party of China (CPC) Central Committee": the short form said inside
            known = self.gaz.known(re.sub(r"\s*\([A-Z]{2,8}\)(?=\s)", "", text))
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
