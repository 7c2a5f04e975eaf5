"""Per-document context the relation rules share: mentions by token, sentences, focus place."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from spacy.attrs import LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import HONORIFICS
from kg.extract.names import Candidate
from kg.schema import PLACES

PLACE_CLASSES = PLACES
_VERB_TAGS = frozenset({VERB, AUX})
# A news locator before a place: "in southwest China's Yunnan Province", "in China's Hainan".
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "central", "northern", "southern", "eastern", "western",
                      "north-east", "north-west", "south-east", "south-west"})
_POSSESSIVE = ("'s", "’s")


def before_locator(doc: Doc, k: int) -> int:
    """``k`` (the token before a place), moved back over a locator ("southwest China's")."""
    if k >= 1 and doc[k].text in _POSSESSIVE and doc[k - 1].text == "China":
        k -= 2
        if k >= 0 and doc[k].lower_ in COMPASS:
            k -= 1
    return k


def locator(ctx: DocContext, idx: int) -> bool:
    """Is place ``idx`` a locator ("China" of "in east China's Zhejiang"), not the place?"""
    end = ctx.found[idx].span.end
    return end < len(ctx.doc) and ctx.doc[end].text in _POSSESSIVE and ctx.mention_at(
        ctx.doc[end + 1] if end + 1 < len(ctx.doc) else ctx.doc[end]) is not None


def after_locator(doc: Doc, k: int) -> int:
    """``k`` (the token after "in"), moved on over a locator ("southwest China's")."""
    start = k + (k < len(doc) and doc[k].lower_ in COMPASS)
    if start + 2 < len(doc) and doc[start].text == "China" and doc[start + 1].text in _POSSESSIVE:
        return start + 2
    return k
AGENT_ORGS = {"GovernmentBody", "Organization", "Enterprise", "Zone"}


@dataclass
class Found:
    """A mention being built up: its candidate, its tokens and what rules learn about it."""

    cand: Candidate
    span: Span
    cls: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    scope: str | None = None

    @property
    def text(self) -> str:
        return self.cand.text


@dataclass
class RelationHit:
    subj: int
    pred: str
    obj: int
    sent: Span
    extractor: str
    confidence: float


class DocContext:
    """Indexes one document's mentions for the relation rules."""

    def __init__(
        self, doc: Doc, found: list[Found], gaz: Gazetteer, text: str | None = None,
        date: str | None = None,
    ) -> None:
        self.doc = doc
        # the article's date (its front matter's, ISO), None when it has none or it is no day
        self.date = _iso_day(date)
        # Doc.text is rebuilt on every access: read it once (``text``: the caller's copy)
        self.text = doc.text if text is None else text
        self.found = found
        self.gaz = gaz
        self.by_token: dict[int, int] = {}
        self._in_span: dict[tuple[int, int], list[int]] = {}  # in_sentence, per span
        self.sents = list(doc.sents)  # doc.sents re-walks the parse on every call
        self._sent_of: list[int] = [0] * len(doc)
        for si, sent in enumerate(self.sents):
            self._sent_of[sent.start : sent.end] = [si] * (sent.end - sent.start)
        for idx, f in enumerate(found):
            for i in range(f.span.start, f.span.end):
                self.by_token[i] = idx
        for idx, f in enumerate(found):
            if f.cls in ("Person", "Official"):
                self._address_of(idx, f.span)
        self.focus_province = self._focus("Province")
        focus_city = self._focus("City")
        place = self.gaz.place(focus_city) if focus_city else None
        # the Chinese city a document is about: where a bare "mayor" serves
        self.focus_city = focus_city if place is not None and place.kind in (
            "prefecture", "county-city") else None
        self.hits: list[RelationHit] = []
        # what a later stage works out once per document and reads again (the relation
        # model's candidates: kg.learn.candidates), under that stage's module name
        self.memo: dict[str, object] = {}
        # (person, place name, organ mention, sentence): a jurisdiction named only inside an
        # organ's name ("CPC Fujian Provincial Committee"), made a mention once rules are done
        self.inner_jurisdictions: list[tuple[int, str, int, Span]] = []
        # lemma -> token indices, and token -> sentence: the rules look up trigger words
        # instead of scanning every sentence once per rule
        # (from arrays: making a Token object per token costs more than the lookups save)
        by_hash: dict[int, list[int]] = defaultdict(list)
        for i, h in enumerate(doc.to_array("LEMMA").tolist()):
            by_hash[h].append(i)
        strings = doc.vocab.strings
        self._by_lemma: dict[str, list[int]] = defaultdict(list)
        for h, indices in by_hash.items():
            self._by_lemma[strings[h].lower()].extend(indices)

    def sentence(self, item: Span | Token) -> Span:
        """``item.sent`` read off the sentence index (spaCy's walks the parse on every call):
        the sentence holding a token, or the one a span starts in."""
        return self.sents[self._sent_of[item.i if isinstance(item, Token) else item.start]]

    def has_word(self, words: Iterable[str]) -> bool:
        """Whether some token's lower-case form (``Token.lower_``) is one of ``words`` (read
        from the token arrays once per document)."""
        lowers = self.memo.get("context.lowers")
        if not isinstance(lowers, frozenset):
            lowers = self.memo["context.lowers"] = frozenset(self.doc.to_array(LOWER).tolist())
        return any(hash_string(w) in lowers for w in words)

    def verbs(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` tagged VERB or AUX, in order (picked from the token arrays:
        a Token per token costs more)."""
        tags = self.memo.get("context.pos")
        if not isinstance(tags, list):
            tags = self.memo["context.pos"] = self.doc.to_array(POS).tolist()
        doc = self.doc
        return [doc[i] for i in range(sent.start, sent.end) if tags[i] in _VERB_TAGS]

    def sentence_of(self, token: Token) -> int:
        """Index into ``sents`` of the sentence holding ``token``."""
        return self._sent_of[token.i]

    def triggers(
        self, lemmas: AbstractSet[str], pos: AbstractSet[str] | None = None
    ) -> list[tuple[Span, Token]]:
        """(sentence, token) for every token whose lemma is in ``lemmas``, in document order."""
        # (the lemmas this document has: a trigger list is often longer than the document's)
        by_lemma = self._by_lemma
        hits = sorted(i for lemma in by_lemma.keys() & lemmas for i in by_lemma[lemma])
        doc = self.doc
        return [
            (self.sents[self._sent_of[i]], doc[i])
            for i in hits
            if pos is None or doc[i].pos_ in pos
        ]

    def _focus(self, cls: str) -> str | None:
        """The province a document is about: most named, counting names inside other names."""
        counts = self.place_counts(cls)
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def place_counts(self, cls: str, skip: Callable[[Found], bool] | None = None) -> Counter[str]:
        """How often each place of a class is named: 2 a name, 1 a word of another name (not
        the mentions ``skip`` says)."""
        counts: Counter[str] = Counter()
        for f in self.found:
            if skip is not None and skip(f):
                continue
            if f.cls == cls:
                place = self.gaz.place(f.text)
                if place is not None:
                    counts[place.name] += 2
            elif f.cls in AGENT_ORGS:
                for word in f.text.replace("’s", "").replace("'s", "").split():
                    place = self.gaz.place(word)
                    if place is not None and place.cls == cls:
                        counts[place.name] += 1
        return counts

    def add_inner_jurisdictions(self) -> None:
        """Mentions for places named only inside an organ's name, with their servesIn. Added
        last so no rule reads them in place of the organ."""
        made: dict[tuple[int, int], int] = {}
        for person, name, org, sent in self.inner_jurisdictions:
            org_f = self.found[org]
            # one word ("Xiamen"), or two ("Fenghua District")
            spans = [org_f.span[i : i + n] for n in (1, 2) for i in range(len(org_f.span) - n + 1)]
            for span in spans:
                place = self.gaz.place(span.text)
                if place is None or place.name != name:
                    continue
                key = (span.start_char, span.end_char)
                if key not in made:
                    cand = Candidate(key[0], key[1], span.text, place.cls, "inner-place",
                                     org_f.cand.confidence, 1)
                    self.found.append(Found(cand, span, place.cls))
                    made[key] = len(self.found) - 1
                self.add(person, "servesIn", made[key], sent, "title-jurisdiction", 0.75)
                break

    def key(self, idx: int) -> str:
        """The name mention ``idx`` stands for: the full name a short one ("Li") refers to."""
        f = self.found[idx]
        return f.cand.refers_to or f.text

    def _address_of(self, idx: int, span: Span) -> None:
        """ "His Excellency X visited": the parser makes "Excellency" the subject with the name
        in apposition, so the form of address before a person's name stands for the person."""
        doc, k = self.doc, span.start - 1
        sent_start = self.sents[self._sent_of[span.start]].start  # (Span.sent walks the parse)
        while k >= sent_start and k not in self.by_token and (
                doc[k].lower_ in HONORIFICS
                or doc[k].text == "." and doc[k - 1].lower_ in HONORIFICS
                or doc[k].lower_ in ("his", "her") and doc[k + 1].lower_ == "excellency"):
            self.by_token[k] = idx
            k -= 1

    def mention_at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def in_sentence(self, sent: Span) -> list[int]:
        """The mentions in ``sent`` in token order (worked out once per span: many rules and
        the relation model ask for the same sentences)."""
        key = (sent.start, sent.end)
        seen = self._in_span.get(key)
        if seen is None:
            seen = self._in_span[key] = []
            by_token = self.by_token
            for i in range(sent.start, sent.end):
                idx = by_token.get(i)
                if idx is not None and idx not in seen:
                    seen.append(idx)
        return list(seen)

    def add(
        self, subj: int, pred: str, obj: int, sent: Span, extractor: str, confidence: float
    ) -> None:
        if subj == obj:
            return
        if (
            self.found[subj].text == self.found[obj].text
            and self.found[subj].cls == self.found[obj].cls
        ):
            return
        self.hits.append(RelationHit(subj, pred, obj, sent, extractor, confidence))

    def antecedent(self, token: Token, cls: str, window: int = 600) -> int | None:
        """The last ``cls`` name before ``token`` within ``window`` characters."""
        best: int | None = None
        for idx, f in enumerate(self.found):
            if f.cls == cls and token.idx - window <= f.cand.end <= token.idx:
                if best is None or f.cand.start > self.found[best].cand.start:
                    best = idx
        return best

    def place_index(self, name: str, near: Span | None = None,
                    classes: AbstractSet[str] = PLACE_CLASSES) -> int | None:
        """The mention of gazetteer place ``name``: the first, or the one nearest ``near``."""
        best: int | None = None
        best_dist = 1 << 30
        for idx, f in enumerate(self.found):
            if f.cls in classes:
                place = self.gaz.place(f.text)
                if place is not None and place.name == name:
                    if near is None:
                        return idx
                    dist = abs(f.span.start - near.start)
                    if dist < best_dist:
                        best, best_dist = idx, dist
        return best

    def focus_index(self, sent: Span) -> int | None:
        """A mention standing for the document's focus province (nearest one to ``sent``)."""
        if self.focus_province is None:
            return None
        return self.place_index(self.focus_province, sent, {"Province"})


def mentions_in(ctx: DocContext, tokens: Iterable[Token], classes: AbstractSet[str]) -> list[int]:
    """The mentions of ``classes`` that ``tokens`` fall in, once each, in token order."""
    out: list[int] = []
    for tok in tokens:
        idx = ctx.mention_at(tok)
        if idx is not None and idx not in out and ctx.found[idx].cls in classes:
            out.append(idx)
    return out


def _iso_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
