"""A national leader's counterpart: "Xi Jinping met his Mongolian counterpart X", "X, her
Vietnamese counterpart" names a state official of the nationality's country, in the post the
other side holds. So X is an Official and, when that post is a state's (president, premier,
prime minister, minister, chancellor: not a governor's or mayor's, whose counterpart serves in
a province or city) and the document names the country, X serves in it (ANNOTATION.md: a
foreign post that names its state, "French Prime Minister")."""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule

_BEFORE = re.compile(r"\b(?:his|her|their)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+counterparts?,?\s*$")
_AFTER = re.compile(r"^,?\s+(?:his|her|their)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+counterpart\b")
_STATE_POST = re.compile(r"\b(?:president|premier|prime minister|minister|chancellor|king|"
                         r"state councill?or)\b", re.I)
_LOCAL_POST = re.compile(r"\b(?:governor|mayor|secretary|chief executive)\b", re.I)


@relation_rule("counterpart-post")
def counterparts(ctx: DocContext) -> None:
    nations = demonyms()
    text = ctx.text
    serving = {h.subj for h in ctx.hits if h.pred == "servesIn"}
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("Person", "Official"):
            continue
        sent = f.span.sent
        start, end = f.cand.start, f.cand.end
        m = _BEFORE.search(text, max(sent.start_char, start - 60), start) or _AFTER.match(
            text[end : min(sent.end_char, end + 60)])
        country = nations.get(m.group(1)) if m else None
        if country is None:
            continue
        f.cls = "Official"
        others = [ctx.found[j] for j in ctx.in_sentence(sent)
                  if j != idx and ctx.found[j].cls == "Official"]
        titles = " ".join(t for g in others for t in g.titles)
        target = ctx.place_index(country, sent, {"Country"})
        if (target is None or idx in serving or not _STATE_POST.search(titles)
                or _LOCAL_POST.search(titles)):
            continue
        ctx.add(idx, "servesIn", target, sent, "counterpart-post", 0.7)
