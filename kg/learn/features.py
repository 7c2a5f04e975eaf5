"""Candidate pairs and their features: what the relation model sees of a document.

A candidate is an ordered pair of two typed mentions whose classes some relation allows
(SCHEMA.md's domain/range table, ``kg.schema``): every pair in one sentence, and pairs across
a passage (``kg.learn.passage``). Its features are plain strings read off the spaCy parse
the rules already paid for: the two classes, order and distance, the dependency path between
the two heads, trigger lemmas between and around them, apposition and titles, coordination
and lists, the sentence's place in the document (headline, dateline). No feature says what a
hand rule decided: the model has to carry to text the rules were not written on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg.schema import DOMAIN_RANGE

if TYPE_CHECKING:  # kg.extract imports this package: no import cycle at run time
    from spacy.tokens import Doc, Span

    from kg.extract.context import DocContext
    from kg.extract.gazetteer import Place

# Lists of 40 names ("countries including A, B, ...") make quadratic pair counts; past this
# many mentions in one sentence only pairs within WINDOW mentions of each other are kept.
WINDOW = 12
_CONTENT = {"VERB", "NOUN", "ADP", "AUX"}
_PATH_MAX = 6


@dataclass(frozen=True)
class Candidate:
    """One ordered mention pair in one sentence, and the relations it could be."""

    subj: int  # index into ctx.found
    obj: int
    sent: int  # index into ctx.sents
    preds: tuple[str, ...]  # relations whose domain/range admit the two classes
    asserted: frozenset[str]  # relations the rules already assert between the two
    features: tuple[str, ...]


# City -> Province and Province -> Country come from the gazetteer (and scoring ignores them).
_HIERARCHY = {("locatedIn", "City", "Province"), ("locatedIn", "Province", "Country")}


@cache
def allowed_preds(subj_cls: str, obj_cls: str) -> tuple[str, ...]:
    return tuple(
        p
        for p, (dom, rng) in sorted(DOMAIN_RANGE.items())
        if subj_cls in dom and obj_cls in rng and (p, subj_cls, obj_cls) not in _HIERARCHY
    )


def bucket(n: int) -> str:
    for top in (0, 1, 2, 4, 7, 12, 20):
        if n <= top:
            return str(top)
    return "far"


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


class Tokens:
    """The parse as plain lists, read once per document: feature extraction then touches no
    spaCy objects (making a Token per look-up costs more than the features themselves)."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, LEMMA, LIKE_NUM, ORTH, POS

        arr = doc.to_array([HEAD, DEP, POS, LEMMA, ENT_TYPE, LIKE_NUM, IS_PUNCT, ORTH])
        strings = doc.vocab.strings
        n = len(doc)
        cols = arr.T.tolist() if n else [[] for _ in range(8)]
        names = {h: strings[h] for h in {*cols[1], *cols[2], *cols[3], *cols[4], *cols[7]}}
        self.head = [i + (r if r < 2**63 else r - 2**64) for i, r in enumerate(cols[0])]
        self.dep = [names[h] for h in cols[1]]
        self.pos = [names[h] for h in cols[2]]
        self.punct = [bool(x) for x in cols[6]]
        self.text = [names[h] for h in cols[7]]
        named = {h for h in set(cols[4]) if names[h] in _NAMED}
        self.word = [
            "<name>" if pos == "PROPN" or ent in named
            else "<num>" if num or pos == "NUM"
            else names[lem].lower()
            for pos, lem, ent, num in zip(self.pos, cols[3], cols[4], cols[5], strict=True)
        ]
        self.listed = [d == "conj" for d in self.dep]
        for k, d in enumerate(self.dep):
            if d == "conj":
                self.listed[self.head[k]] = True
        self._up: dict[int, list[int]] = {}
        self._places: dict[str, Place | None] = {}
        self._norms: dict[str, str] = {}
        self._verbs: dict[int, str | None] = {}  # verb_above

    def norm(self, name: str) -> str:
        """``norm_words(name)``, worked out once per document (names recur in many pairs)."""
        got = self._norms.get(name)
        if got is None:
            got = self._norms[name] = norm_words(name)
        return got

    def place(self, ctx: DocContext, name: str) -> Place | None:
        """The gazetteer's place of that name (looked up once per document)."""
        if name not in self._places:
            self._places[name] = ctx.gaz.place(name)
        return self._places[name]

    def up(self, i: int) -> list[int]:
        """``i`` and its heads up to the root (at most 40)."""
        got = self._up.get(i)
        if got is None:
            got = [i]
            while self.head[got[-1]] != got[-1] and len(got) < 40:
                got.append(self.head[got[-1]])
            self._up[i] = got
        return got

    def verb_above(self, i: int) -> str | None:
        if i in self._verbs:
            return self._verbs[i]
        got = self._verbs[i] = next(
            (self.word[t] for t in self.up(i)[1:] if self.pos[t] in ("VERB", "AUX")), None)
        return got

    def path(self, a: int, b: int) -> tuple[str, int | None]:
        """Dependency path a -> lowest common ancestor -> b as "dep^dep|depvdep"."""
        up_a, up_b = self.up(a), self.up(b)
        index_b = {t: k for k, t in enumerate(up_b)}
        for k, tok in enumerate(up_a):
            if tok in index_b:
                down = up_b[: index_b[tok]]
                if k + len(down) > _PATH_MAX:
                    return "long", tok
                ups = "^".join(self.dep[t] for t in up_a[:k])
                downs = "v".join(self.dep[t] for t in reversed(down))
                return f"{ups}|{downs}", tok
        return "none", None


def norm_words(name: str) -> str:
    """Lower-case words of a name, possessives and punctuation dropped."""
    return " ".join(re.sub(r"['’]s\b|[^\w\s]", " ", name.casefold()).split())


def title_word(title: str) -> str:
    """The head word of a title ("Vice Governor of X" -> "governor"), lower case."""
    words = re.sub(r"\s+(of|for|at|in)\s.*$", "", title).split()
    return words[-1].casefold() if words else ""


def sentence_candidates(
    ctx: DocContext,
    toks: Tokens,
    roots: list[int],
    asserted: dict[tuple[int, int], set[str]],
    skip: AbstractSet[int],
    only: AbstractSet[str] | None,
    pairs: AbstractSet[tuple[str, str]] | None = None,
    memo: dict[tuple[int, int, int], tuple[str, ...]] | None = None,
) -> Iterator[Candidate]:
    """Every ordered pair of two mentions in one sentence that some relation admits
    (``pairs``: only those whose (subject, object) names are among these; ``memo``: the
    features of pairs worked out before, (subject, object, sentence) -> features, filled in
    as pairs are read)."""
    found = ctx.found
    memo = {} if memo is None else memo
    keys = [(f.text, f.cls) for f in found]
    admitted: dict[tuple[str, str], tuple[str, ...]] = {}  # (class, class) -> relations
    for sc in {c for _, c in keys}:
        for oc in {c for _, c in keys}:
            got = allowed_preds(sc, oc)
            admitted[(sc, oc)] = got if only is None else tuple(p for p in got if p in only)
    for si, sent in enumerate(ctx.sents):
        members = [m for m in ctx.in_sentence(sent) if m not in skip]
        if len(members) < 2:
            continue
        members.sort(key=lambda m: found[m].cand.start)
        for ia, a in enumerate(members):
            key_a = keys[a]
            for ib in range(max(0, ia - WINDOW), min(len(members), ia + WINDOW + 1)):
                b = members[ib]
                key_b = keys[b]
                if a == b or key_a == key_b:
                    continue
                preds = admitted[(key_a[1], key_b[1])]
                if not preds or pairs is not None and (key_a[0], key_b[0]) not in pairs:
                    continue
                feats = memo.get((a, b, si))
                if feats is None:
                    feats = memo[(a, b, si)] = tuple(
                        pair_features(ctx, toks, roots, sent, si, a, b, abs(ia - ib) - 1))
                yield Candidate(a, b, si, preds, frozenset(asserted.get((a, b), ())), feats)


def currency_mentions(ctx: DocContext) -> set[int]:
    """Currency signs ("US$") name a country but state nothing about it: the rules drop them."""
    text = ctx.text
    return {i for i, f in enumerate(ctx.found) if text[f.cand.end : f.cand.end + 1] == "$"}


def pair_features(
    ctx: DocContext, toks: Tokens, roots: list[int], sent: Span, sent_index: int, a: int,
    b: int, between_mentions: int,
) -> list[str]:
    """The parse-based features of the ordered pair (subject ``a``, object ``b``)."""
    fa, fb = ctx.found[a], ctx.found[b]
    sa, sb = fa.span, fb.span
    ha, hb = roots[a], roots[b]
    tp = f"{fa.cls}>{fb.cls}"
    before = sa.start < sb.start
    lo, hi = (sa.end, sb.start) if before else (sb.end, sa.start)
    gap = max(0, hi - lo)
    word, dep = toks.word, toks.dep
    order = "so" if before else "os"
    feats = [
        f"tp={tp}",
        f"ord={order}",
        f"tp_ord={tp}|{order}",
        f"dist={bucket(gap)}",
        f"nment={bucket(between_mentions)}",
        f"sent={bucket(sent_index)}",
    ]
    path, lca = toks.path(ha, hb)
    feats.append(f"path={path}")
    feats.append(f"tp_path={tp}|{path}")
    if lca is not None:
        feats.append(f"lca={word[lca]}")
        feats.append(f"tp_lca={tp}|{word[lca]}")
        if lca == ha:
            feats.append("lca=subj")
        elif lca == hb:
            feats.append("lca=obj")
    if gap <= 20:
        for k in range(lo, hi):
            if toks.pos[k] in _CONTENT:
                feats.append(f"btw={word[k]}")
                feats.append(f"tp_btw={tp}|{word[k]}")
        marks = sorted({toks.text[k] for k in range(lo, hi) if toks.punct[k]})
        feats.append(f"btw_punct={','.join(marks)}")
    feats.append(f"s_head={dep[ha]}|{word[toks.head[ha]]}")
    feats.append(f"o_head={dep[hb]}|{word[toks.head[hb]]}")
    feats.append(f"s_dep={dep[ha]}")
    feats.append(f"o_dep={dep[hb]}")
    if sa.start > sent.start:
        feats.append(f"s_prev={word[sa.start - 1]}")
    if sb.start > sent.start:
        feats.append(f"o_prev={word[sb.start - 1]}")
    if sb.end < sent.end:
        feats.append(f"o_next={word[sb.end]}")
    if sa.end < sent.end:
        feats.append(f"s_next={word[sa.end]}")
    verb = toks.verb_above(hb)
    if verb is not None:
        feats.append(f"o_verb={verb}")
        feats.append(f"tp_overb={tp}|{verb}")
    verb = toks.verb_above(ha)
    if verb is not None:
        feats.append(f"s_verb={verb}")
    if dep[hb] == "conj" and toks.head[hb] == ha or dep[ha] == "conj" and toks.head[ha] == hb:
        feats.append("coord")
    if toks.listed[hb]:
        feats.append("o_in_list")
    if toks.listed[ha]:
        feats.append("s_in_list")
    if fa.titles:
        feats.append("s_titled")
        feats.append(f"s_title={title_word(fa.titles[0])}")
    if fb.titles:
        feats.append(f"o_title={title_word(fb.titles[0])}")
    if dep[hb] == "appos" and toks.head[hb] == ha or dep[ha] == "appos" and toks.head[ha] == hb:
        feats.append("appos")
    if sent_index <= 1:
        feats.append(f"lead={sent_index}|{tp}")
    if fb.scope:
        feats.append("o_scoped")
    names_a = " " + " ".join(toks.norm(n) for n in (fa.text, fa.cand.refers_to or "")) + " "
    if f" {toks.norm(fb.text)} " in names_a:
        feats.append("o_in_s_name")
    pa, pb = toks.place(ctx, fa.text), toks.place(ctx, fb.text)
    if pa is not None and pb is not None and pa.parent == pb.name:
        feats.append("gaz_parent")
    if pb is not None and pb.name == ctx.focus_province:
        feats.append("o_focus")
    return feats
