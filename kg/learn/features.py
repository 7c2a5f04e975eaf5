"""Candidate pairs and their features: what the relation model sees of one sentence.

A candidate is an ordered pair of two mentions in the same sentence whose classes some
relation allows (SCHEMA.md's domain/range table, ``kg.schema``). Its features are plain
strings: the two classes, order and distance, the dependency path between the two heads,
trigger lemmas between and around them, coordination, the sentence's place in the document
and what the hand rules already asserted there (their decisions are evidence too).
Everything is read off the spaCy parse the rules already paid for: no second model runs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.schema import DOMAIN_RANGE

if TYPE_CHECKING:  # kg.extract imports this package: no import cycle at run time
    from spacy.tokens import Span, Token

    from kg.extract.context import DocContext

# Lists of 40 names ("countries including A, B, ...") make quadratic pair counts; past this
# many mentions in one sentence only pairs within WINDOW mentions of each other are kept.
WINDOW = 12
_CONTENT = {"VERB", "NOUN", "ADP", "AUX"}
_PATH_MAX = 6
CROSS_SENTENCE = True  # also pair agents with events named a few sentences before


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


def allowed_preds(subj_cls: str, obj_cls: str) -> tuple[str, ...]:
    return tuple(
        p
        for p, (dom, rng) in sorted(DOMAIN_RANGE.items())
        if subj_cls in dom and obj_cls in rng and (p, subj_cls, obj_cls) not in _HIERARCHY
    )


def _bucket(n: int) -> str:
    for top in (0, 1, 2, 4, 7, 12, 20):
        if n <= top:
            return str(top)
    return "far"


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a: Token, b: Token) -> tuple[str, Token | None]:
    """Dependency path a -> lowest common ancestor -> b as "dep^dep^LCA_lemma vdep vdep"."""
    up_a = _ancestors(a)
    index_b = {t.i: k for k, t in enumerate(_ancestors(b))}
    for k, tok in enumerate(up_a):
        if tok.i in index_b:
            down = _ancestors(b)[: index_b[tok.i]]
            if k + len(down) > _PATH_MAX:
                return "long", tok
            ups = "^".join(t.dep_ for t in up_a[:k])
            downs = "v".join(t.dep_ for t in reversed(down))
            return f"{ups}|{downs}", tok
    return "none", None


def norm_words(name: str) -> str:
    """Lower-case words of a name, possessives and punctuation dropped."""
    return " ".join(re.sub(r"['’]s\b|[^\w\s]", " ", name.casefold()).split())


def _lemma(tok: Token) -> str:
    """The lower-case lemma; names and numbers by their kind only, so the model learns the
    words around names and never the training articles' names themselves."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
        return "<name>"
    if tok.like_num or tok.pos_ == "NUM":
        return "<num>"
    return tok.lemma_.lower()


def _coordinated(a: Token, b: Token) -> bool:
    return b in a.conjuncts or a in b.conjuncts


def candidates(ctx: DocContext, only: AbstractSet[str] | None = None) -> Iterator[Candidate]:
    """Every candidate pair of ``ctx`` (after the rules ran), in text order: same-sentence
    pairs, then agents paired with events named just before. ``only``: just the candidates
    for these relations (features are the costly part)."""
    found = ctx.found
    asserted: dict[tuple[int, int], set[str]] = defaultdict(set)
    subj_roles: dict[int, set[str]] = defaultdict(set)
    obj_roles: dict[int, set[str]] = defaultdict(set)
    for h in ctx.hits:
        asserted[(h.subj, h.obj)].add(h.pred)
        subj_roles[h.subj].add(h.pred)
        obj_roles[h.obj].add(h.pred)
    text = ctx.text
    # Currency signs ("US$") name a country but state nothing about it: the rules drop them.
    currency = {i for i, f in enumerate(found) if text[f.cand.end : f.cand.end + 1] == "$"}
    for si, sent in enumerate(ctx.sents):
        members = [m for m in ctx.in_sentence(sent) if m not in currency]
        if len(members) < 2:
            continue
        members.sort(key=lambda m: found[m].cand.start)
        for ia, a in enumerate(members):
            for ib, b in enumerate(members):
                if a == b or abs(ia - ib) > WINDOW:
                    continue
                fa, fb = found[a], found[b]
                if fa.text == fb.text and fa.cls == fb.cls:
                    continue
                preds = allowed_preds(fa.cls, fb.cls)
                if only is not None:
                    preds = tuple(p for p in preds if p in only)
                if not preds:
                    continue
                feats = pair_features(ctx, sent, si, a, b, abs(ia - ib) - 1)
                feats += [f"rule_pair={p}" for p in sorted(asserted.get((a, b), ()))]
                feats += [f"rule_rev={p}" for p in sorted(asserted.get((b, a), ()))]
                feats += [f"rule_s={p}" for p in sorted(subj_roles.get(a, ()))]
                feats += [f"rule_o={p}" for p in sorted(obj_roles.get(b, ()))]
                yield Candidate(
                    a, b, si, preds, frozenset(asserted.get((a, b), ())), tuple(feats)
                )
    if CROSS_SENTENCE and (only is None or "participatesIn" in only):
        yield from _earlier_events(ctx, asserted, subj_roles, currency)


def pair_features(
    ctx: DocContext, sent: Span, sent_index: int, a: int, b: int, between_mentions: int
) -> list[str]:
    """The parse-based features of the ordered pair (subject ``a``, object ``b``)."""
    fa, fb = ctx.found[a], ctx.found[b]
    sa, sb = fa.span, fb.span
    ha, hb = sa.root, sb.root
    tp = f"{fa.cls}>{fb.cls}"
    before = sa.start < sb.start
    lo, hi = (sa.end, sb.start) if before else (sb.end, sa.start)
    gap = max(0, hi - lo)
    doc = ctx.doc
    feats = [
        f"tp={tp}",
        f"ord={'so' if before else 'os'}",
        f"tp_ord={tp}|{'so' if before else 'os'}",
        f"dist={_bucket(gap)}",
        f"nment={_bucket(between_mentions)}",
        f"sent={_bucket(sent_index)}",
    ]
    path, lca = _path(ha, hb)
    feats.append(f"path={path}")
    feats.append(f"tp_path={tp}|{path}")
    if lca is not None:
        feats.append(f"lca={_lemma(lca)}")
        feats.append(f"tp_lca={tp}|{_lemma(lca)}")
        if lca.i == ha.i:
            feats.append("lca=subj")
        elif lca.i == hb.i:
            feats.append("lca=obj")
    for tok in doc[lo:hi] if gap <= 20 else ():
        if tok.pos_ in _CONTENT:
            lemma = _lemma(tok)
            feats.append(f"btw={lemma}")
            feats.append(f"tp_btw={tp}|{lemma}")
    if gap <= 20:
        feats.append(f"btw_punct={','.join(sorted({t.text for t in doc[lo:hi] if t.is_punct}))}")
    feats.append(f"s_head={ha.dep_}|{_lemma(ha.head)}")
    feats.append(f"o_head={hb.dep_}|{_lemma(hb.head)}")
    feats.append(f"s_dep={ha.dep_}")
    feats.append(f"o_dep={hb.dep_}")
    if sa.start > sent.start:
        feats.append(f"s_prev={_lemma(doc[sa.start - 1])}")
    if sb.start > sent.start:
        feats.append(f"o_prev={_lemma(doc[sb.start - 1])}")
    if sb.end < sent.end:
        feats.append(f"o_next={_lemma(doc[sb.end])}")
    if sa.end < sent.end:
        feats.append(f"s_next={_lemma(doc[sa.end])}")
    verb = next((t for t in _ancestors(hb)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        feats.append(f"o_verb={_lemma(verb)}")
        feats.append(f"tp_overb={tp}|{_lemma(verb)}")
    verb = next((t for t in _ancestors(ha)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        feats.append(f"s_verb={_lemma(verb)}")
    if _coordinated(ha, hb):
        feats.append("coord")
    if hb.dep_ == "conj" or any(c.dep_ == "conj" for c in hb.children):
        feats.append("o_in_list")
    if ha.dep_ == "conj" or any(c.dep_ == "conj" for c in ha.children):
        feats.append("s_in_list")
    if fa.titles:
        feats.append("s_titled")
    if fb.scope:
        feats.append("o_scoped")
    names_a = " " + " ".join(norm_words(n) for n in (fa.text, fa.cand.refers_to or "")) + " "
    if f" {norm_words(fb.text)} " in names_a:
        feats.append("o_in_s_name")
    pa, pb = ctx.gaz.place(fa.text), ctx.gaz.place(fb.text)
    if pa is not None and pb is not None and pa.parent == pb.name:
        feats.append("gaz_parent")
    if ctx.focus_province is not None and ctx.gaz.place(fb.text) is not None:
        place = ctx.gaz.place(fb.text)
        if place is not None and place.name == ctx.focus_province:
            feats.append("o_focus")
    return feats


# Nouns that refer back to a named occasion: "attended the opening ceremony", "the event".
EVENT_NOUNS = frozenset({
    "ceremony", "event", "conference", "forum", "fair", "expo", "meeting", "summit",
    "convention", "exhibition", "session", "symposium", "activity", "networking", "gathering",
})
BACK = 3  # sentences to look back for the named occasion


def _earlier_events(
    ctx: DocContext,
    asserted: dict[tuple[int, int], set[str]],
    subj_roles: dict[int, set[str]],
    skip: set[int],
) -> Iterator[Candidate]:
    """Taking part in an occasion named in an earlier sentence: "On May 29, the Investment
    Conference opened in Chengdu. X, Governor of Y, attended and delivered a speech." The
    agent's sentence names no event; the candidate pairs it with each event named in the
    BACK sentences before (the nearest mention of each) and the document's most named one."""
    found = ctx.found
    events: dict[int, list[int]] = defaultdict(list)  # sentence -> Event mentions
    counts: dict[str, int] = defaultdict(int)
    for i, f in enumerate(found):
        if f.cls == "Event" and i not in skip:
            events[ctx.sentence_of(f.span.root)].append(i)
            counts[f.text] += 1
    if not events:
        return
    main = max(sorted(counts), key=lambda t: counts[t])
    domain = DOMAIN_RANGE["participatesIn"][0]
    for si, sent in enumerate(ctx.sents):
        if events.get(si):
            continue
        nouns = sorted({_lemma(t) for t in sent if t.pos_ == "NOUN"} & EVENT_NOUNS)
        agents = [m for m in ctx.in_sentence(sent) if found[m].cls in domain and m not in skip]
        if not agents:
            continue
        chosen: dict[str, tuple[int, int]] = {}  # event text -> (mention, sentences back)
        for back in range(1, BACK + 1):
            for e in events.get(si - back, ()):
                chosen.setdefault(found[e].text, (e, back))
        if main not in chosen:
            first = min(i for i, f in enumerate(found) if f.cls == "Event" and f.text == main
                        and i not in skip)
            chosen[main] = (first, 0)
        for a in agents:
            fa = found[a]
            ha = fa.span.root
            for text, (e, back) in sorted(chosen.items()):
                feats = [
                    "xsent",
                    f"xback={back}",
                    f"xtp={fa.cls}",
                    f"x_s_dep={ha.dep_}",
                    f"x_s_head={_lemma(ha.head)}",
                    f"sent={_bucket(si)}",
                ]
                verb = next((t for t in _ancestors(ha)[1:] if t.pos_ in ("VERB", "AUX")), None)
                if verb is not None:
                    feats.append(f"x_s_verb={_lemma(verb)}")
                feats += [f"x_noun={n}" for n in nouns]
                if not nouns:
                    feats.append("x_no_noun")
                if text == main:
                    feats.append("x_main")
                if fa.titles:
                    feats.append("x_s_titled")
                if ha.dep_ == "conj" or any(c.dep_ == "conj" for c in ha.children):
                    feats.append("x_s_in_list")
                feats += [f"x_rule_s={p}" for p in sorted(subj_roles.get(a, ()))]
                yield Candidate(
                    a,
                    e,
                    si,
                    ("participatesIn",),
                    frozenset(asserted.get((a, e), ())),
                    tuple(feats),
                )
