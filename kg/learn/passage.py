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


class Passage:
    """What the passage candidates of one document read, worked out once (the relation
    model asks for them twice: its own statements, then the rules' pairs): the mentions of
    each sentence, the salient names, the names named together, and each mention's and
    sentence's view and each pair's features as they are first needed."""

    def __init__(self, ctx: DocContext, toks: Tokens, roots: list[int],
                 skip: AbstractSet[int]) -> None:
        found = ctx.found
        self.toks, self.roots = toks, roots
        by_sent: dict[int, list[int]] = defaultdict(list)
        for i in range(len(found)):
            if i not in skip:
                by_sent[ctx.sentence_of(ctx.doc[roots[i]])].append(i)
        self.by_sent = by_sent
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
            first = min(i for i, f in enumerate(found)
                        if (f.text, f.cls) == key and i not in skip)
            salient.setdefault(key, (first, "top"))
        self.salient = salient
        self.sent_of = {m: si for si, ms in by_sent.items() for m in ms}
        # entities named together in some sentence: their same-sentence candidates stand
        # for them
        self.together = {
            frozenset(((found[a].text, found[a].cls), (found[b].text, found[b].cls)))
            for ms in by_sent.values() for a in ms for b in ms
        }
        self.keys = [(f.text, f.cls) for f in found]
        self.classes = sorted({f.cls for f in found})
        self.views: dict[int, list[str]] = {}
        self.sviews: dict[int, list[str]] = {}
        self.features: dict[tuple[int, int, int], tuple[str, ...]] = {}
        self.parts: dict[tuple[str, int, str], list[str]] = {}  # _features
        self._partners: dict[int, list[tuple[tuple[str, str], tuple[int, str]]]] = {}

    def partners_of(self, si: int) -> list[tuple[tuple[str, str], tuple[int, str]]]:
        """The names sentence ``si`` is paired with, (text, class) -> (mention, why), in the
        order of their mentions: the nearest mention of each name in the ``BACK`` sentences
        before, then the salient names named before it, less the names of ``si`` itself."""
        got = self._partners.get(si)
        if got is None:
            keys, by_sent = self.keys, self.by_sent
            named_here = {keys[m] for m in by_sent[si]}
            partners: dict[tuple[str, str], tuple[int, str]] = {}
            for back in range(1, BACK + 1):
                for m in by_sent.get(si - back, ()):
                    partners.setdefault(keys[m], (m, f"back{back}"))
            for key, (m, why) in self.salient.items():
                if key not in partners and self.sent_of[m] < si:
                    partners[key] = (m, why)
            got = self._partners[si] = sorted(
                ((k, v) for k, v in partners.items() if k not in named_here),
                key=lambda kv: kv[1][0])
        return got


def passage_candidates(
    ctx: DocContext,
    layout: Passage,
    asserted: dict[tuple[int, int], set[str]],
    only: AbstractSet[str] | None,
    pairs: AbstractSet[tuple[str, str]] | None = None,
) -> Iterator[Candidate]:
    found = ctx.found
    by_sent, together, views = layout.by_sent, layout.together, layout.views
    toks, roots, keys = layout.toks, layout.roots, layout.keys
    if not by_sent:
        return
    admitted: dict[tuple[str, str], tuple[str, ...]] = {}  # (class, class) -> relations
    for sc in layout.classes:
        for oc in layout.classes:
            got = allowed_preds(sc, oc)
            admitted[(sc, oc)] = got if only is None else tuple(p for p in got if p in only)

    for si in sorted(by_sent):
        ordered = layout.partners_of(si)
        if not ordered:
            continue
        here = by_sent[si]
        classes: Counter[str] | None = None
        for a in here:
            key_a = keys[a]
            for key, (b, why) in ordered:
                apart: bool | None = None  # never named together (worked out when needed)
                for s, o, side in ((a, b, "so"), (b, a, "os")):
                    preds = admitted[(keys[s][1], keys[o][1])]
                    if not preds or pairs is not None and (keys[s][0], keys[o][0]) not in pairs:
                        continue
                    if apart is None:
                        apart = frozenset((key_a, key)) not in together
                    if not apart:
                        break
                    feats = layout.features.get((s, o, si))
                    if feats is None:
                        sview = layout.sviews.get(si)
                        if sview is None:
                            sent = ctx.sents[si]
                            sview = layout.sviews[si] = _sentence_view(toks, sent.start,
                                                                       sent.end)
                        for m in (a, b):
                            if m not in views:
                                views[m] = _mention_view(ctx, toks, roots[m], m)
                        if classes is None:
                            classes = Counter(found[m].cls for m in here)
                        feats = layout.features[(s, o, si)] = tuple(
                            _features(ctx, a, b, s, side, why, si, sview, views, classes,
                                      layout.parts))
                    yield Candidate(s, o, si, preds, frozenset(asserted.get((s, o), ())),
                                    feats)


def _features(
    ctx: DocContext, a: int, b: int, s: int, side: str, why: str, si: int,
    sview: list[str], views: dict[int, list[str]], classes: Counter[str],
    parts: dict[tuple[str, int, str], list[str]],
) -> list[str]:
    """``a`` is in sentence ``si``; ``b`` is named earlier or is salient; ``s`` is the
    subject of the candidate (``side``: "so" when it is ``a``). ``parts``: the feature
    strings made of a view, kept for the other pairs with the same view and kind."""
    fa, fb = ctx.found[a], ctx.found[b]
    tp = f"{ctx.found[s].cls}>{(fb if s == a else fa).cls}"
    kind = f"{tp}|{side}"
    feats = ["x", f"x_tp={kind}", f"x_why={why}", f"x_tp_why={kind}|{why}",
             f"x_sent={bucket(si)}"]
    here = parts.get(("h", a, kind))
    if here is None:
        here = parts["h", a, kind] = [*(f"x_h_{v}" for v in views[a]),
                                      *(f"x_tph={kind}|{v}" for v in views[a])]
    feats += here
    there = parts.get(("p", b, ""))
    if there is None:
        there = parts["p", b, ""] = [f"x_p_{v}" for v in views[b]]
    feats += there
    said = parts.get(("s", si, kind))
    if said is None:
        said = parts["s", si, kind] = [*(f"x_{v}" for v in sview),
                                       *(f"x_tps={kind}|{v}" for v in sview)]
    feats += said
    if classes[fb.cls] > (fa.cls == fb.cls):
        feats.append("x_rival")  # the sentence names another entity of the partner's class
    return feats
