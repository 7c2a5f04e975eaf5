"""Candidate pairs across a passage: the two names are in different sentences.

News writing names the participants in one sentence and the occasion in the next, a
delegation's leader before its talks, an official once with a title and then by name alone,
and it keeps the article's subject (the headline's company, the province it is about) in
the reader's mind without naming it again. So a mention is also paired with

* the names of the ``BACK`` sentences before its own (the nearest mention of each), and
* the article's salient names named before it: those of the headline and the first
  sentence, and the most named entity of each class,

unless the two are named together in some sentence (then the same-sentence candidates stand
for the pair). The features say how the two are placed (sentences apart, which one
is salient and why) and what the sentence says around the mention that is in it (its
dependency role and verb, its title, the sentence's trigger words and event nouns), never
the names themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from kg.learn.features import Candidate, Tokens, allowed_preds, bucket, title_word

if TYPE_CHECKING:
    from kg.extract.context import DocContext

BACK = 2  # sentences to look back
LEAD = 2  # the headline and the first sentence (or dateline) are the article's lead
# Nouns that refer back to a named occasion or meeting: "attended the opening ceremony".
EVENT_NOUNS = frozenset({
    "ceremony", "event", "conference", "forum", "fair", "expo", "meeting", "summit",
    "convention", "exhibition", "session", "symposium", "activity", "networking", "gathering",
    "talk", "delegation", "visit", "tour", "inspection", "signing", "launch",
})
_TRIGGER_POS = frozenset({"VERB"})


def _mention_view(ctx: DocContext, toks: Tokens, root: int, m: int) -> list[str]:
    """How a mention sits in its own sentence: role, the verb above it, title, list."""
    f = ctx.found[m]
    view = [f"dep={toks.dep[root]}", f"head={toks.word[toks.head[root]]}"]
    verb = toks.verb_above(root)
    if verb is not None:
        view.append(f"verb={verb}")
    if f.titles:
        view.append(f"title={title_word(f.titles[0])}")
    if toks.listed[root]:
        view.append("list")
    return view


def _sentence_view(toks: Tokens, start: int, end: int) -> list[str]:
    """The sentence's verbs and event nouns, and whether a pronoun is a subject."""
    words = {toks.word[k] for k in range(start, end) if toks.pos[k] in _TRIGGER_POS}
    words |= {toks.word[k] for k in range(start, end) if toks.pos[k] == "NOUN"} & EVENT_NOUNS
    view = [f"w={w}" for w in sorted(words) if w not in ("<name>", "<num>")]
    if any(toks.dep[k] in ("nsubj", "nsubjpass") and toks.pos[k] == "PRON"
           for k in range(start, end)):
        view.append("pron_subj")
    return view


def passage_candidates(
    ctx: DocContext,
    toks: Tokens,
    roots: list[int],
    asserted: dict[tuple[int, int], set[str]],
    skip: AbstractSet[int],
    only: AbstractSet[str] | None,
    pairs: AbstractSet[tuple[str, str]] | None = None,
) -> Iterator[Candidate]:
    found = ctx.found
    by_sent: dict[int, list[int]] = defaultdict(list)
    for i in range(len(found)):
        if i not in skip:
            by_sent[ctx.sentence_of(ctx.doc[roots[i]])].append(i)
    if not by_sent:
        return
    # salient entities: (text, class) -> (first mention, why)
    counts: Counter[tuple[str, str]] = Counter((f.text, f.cls) for i, f in enumerate(found)
                                              if i not in skip)
    salient: dict[tuple[str, str], tuple[int, str]] = {}
    for si in range(LEAD):
        for m in by_sent.get(si, ()):
            salient.setdefault((found[m].text, found[m].cls), (m, f"lead{si}"))
    top: dict[str, tuple[str, str]] = {}
    for key, n in sorted(counts.items()):
        if n >= 2 and (key[1] not in top or n > counts[top[key[1]]]):
            top[key[1]] = key
    for key in top.values():
        first = min(i for i, f in enumerate(found) if (f.text, f.cls) == key and i not in skip)
        salient.setdefault(key, (first, "top"))
    sent_of = {m: si for si, ms in by_sent.items() for m in ms}
    # entities named together in some sentence: their same-sentence candidates stand for them
    together = {
        frozenset(((found[a].text, found[a].cls), (found[b].text, found[b].cls)))
        for ms in by_sent.values() for a in ms for b in ms
    }
    views: dict[int, list[str]] = {}
    admitted: dict[tuple[str, str], tuple[str, ...]] = {}  # (class, class) -> relations

    def preds_of(subj_cls: str, obj_cls: str) -> tuple[str, ...]:
        got = admitted.get((subj_cls, obj_cls))
        if got is None:
            got = allowed_preds(subj_cls, obj_cls)
            if only is not None:
                got = tuple(p for p in got if p in only)
            admitted[(subj_cls, obj_cls)] = got
        return got

    for si in sorted(by_sent):
        here = by_sent[si]
        named_here = {(found[m].text, found[m].cls) for m in here}
        partners: dict[tuple[str, str], tuple[int, str]] = {}
        for back in range(1, BACK + 1):
            for m in by_sent.get(si - back, ()):
                partners.setdefault((found[m].text, found[m].cls), (m, f"back{back}"))
        for key, (m, why) in salient.items():
            if key not in partners and sent_of[m] < si:
                partners[key] = (m, why)
        partners = {k: v for k, v in partners.items() if k not in named_here}
        if not partners:
            continue
        sview: list[str] | None = None
        classes = Counter(found[m].cls for m in here)
        ordered = sorted(partners.items(), key=lambda kv: kv[1][0])
        for a in here:
            key_a = (found[a].text, found[a].cls)
            for key, (b, why) in ordered:
                if frozenset((key_a, key)) in together:
                    continue
                for s, o, side in ((a, b, "so"), (b, a, "os")):
                    preds = preds_of(found[s].cls, found[o].cls)
                    if not preds or pairs is not None and (found[s].text,
                                                           found[o].text) not in pairs:
                        continue
                    if sview is None:
                        sent = ctx.sents[si]
                        sview = _sentence_view(toks, sent.start, sent.end)
                    for m in (a, b):
                        if m not in views:
                            views[m] = _mention_view(ctx, toks, roots[m], m)
                    yield Candidate(s, o, si, preds, frozenset(asserted.get((s, o), ())),
                                    tuple(_features(ctx, a, b, s, side, why, si, sview, views,
                                                          classes)))


def _features(
    ctx: DocContext, a: int, b: int, s: int, side: str, why: str, si: int,
    sview: list[str], views: dict[int, list[str]], classes: Counter[str],
) -> list[str]:
    """``a`` is in sentence ``si``; ``b`` is named earlier or is salient; ``s`` is the
    subject of the candidate (``side``: "so" when it is ``a``)."""
    fa, fb = ctx.found[a], ctx.found[b]
    tp = f"{ctx.found[s].cls}>{(fb if s == a else fa).cls}"
    feats = ["x", f"x_tp={tp}|{side}", f"x_why={why}", f"x_tp_why={tp}|{side}|{why}",
             f"x_sent={bucket(si)}"]
    feats += [f"x_h_{v}" for v in views[a]]
    feats += [f"x_tph={tp}|{side}|{v}" for v in views[a]]
    feats += [f"x_p_{v}" for v in views[b]]
    feats += [f"x_{v}" for v in sview]
    feats += [f"x_tps={tp}|{side}|{v}" for v in sview]
    if classes[fb.cls] > (fa.cls == fb.cls):
        feats.append("x_rival")  # the sentence names another entity of the partner's class
    return feats
