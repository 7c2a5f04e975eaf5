"""Taking part in the event a passage is about, when the sentence names it only by a common
noun or not at all: "Many officials attended the opening ceremony, including A; B; ...",
"A, B and C delivered speeches", "X said at the event", "Representatives from Serbia and Peru
attended the forum".

The event is the last named Event before the sentence (the passage's event), or, with none
before, the one the document names most.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from kg.extract.agents import ANY_AGENT, PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.gatherings.eventrefs import beside, cited
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import starts_post

# Common nouns that stand for the passage's event ("the opening ceremony", "the expo").
EVENT_NOUNS = {
    "ceremony", "event", "meeting", "conference", "forum", "fair", "expo", "exposition",
    "summit", "session", "exhibition", "symposium", "seminar", "festival", "convention",
    "opening", "gala", "banquet", "dialogue", "roundtable", "fest",
}
# Nouns that name a kind of event, and the name words that kind goes by.
_KINDS = {
    "forum": {"forum"}, "fair": {"fair"}, "expo": {"expo", "exposition", "caexpo"},
    "exposition": {"expo", "exposition"}, "conference": {"conference"},
    "summit": {"summit"}, "meeting": {"meeting"}, "symposium": {"symposium"},
    "seminar": {"seminar"}, "festival": {"festival"}, "convention": {"convention"},
    "exhibition": {"exhibition", "expo"}, "session": {"session", "congress"},
    "dialogue": {"dialogue"}, "roundtable": {"roundtable"}, "gala": {"gala"},
    "banquet": {"banquet"},
}
# Nouns said of any kind of event when no event of their own kind came before.
_LOOSE = {"meeting", "conference"}
_ATTEND = {"attend", "participate", "address", "host", "chair", "preside", "join", "open",
           "co-host", "cohost", "organize", "organise", "grace", "send"}
_SPEECH_NOUNS = {"speech", "address", "remark", "keynote", "toast"}
_SPEECH_VERBS = {"deliver", "give", "make"}
_SAY = {"say", "speak", "note", "stress", "introduce", "express", "emphasize", "emphasise",
        "highlight", "announce", "add", "tell", "state", "point", "share", "call"}
# "Representatives from Serbia attended": the subject's people come from these.
_ENVOYS = {"representative", "delegate", "delegation", "official", "guest", "exhibitor",
           "envoy", "diplomat", "leader", "company", "enterprise", "business", "firm",
           "participant", "ambassador", "consul", "minister"}
_FROM_CLASSES = {"Country", "Region", "Province", "City", "Enterprise", "Organization",
                 "GovernmentBody"}


def _fits(name: str, noun: str | None) -> bool:
    """ "the forum" can only be a Forum; "the ceremony", "the event" can be any event."""
    if noun is None or noun not in _KINDS:
        return True
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", name)}
    return bool(words & _KINDS[noun])


def _edition(name: str) -> bool:
    """ "13th ... Fair", "2023 ... Forum": one occurrence, not the series."""
    return bool(re.search(r"\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b|\bfirst\b|\bsecond\b"
                          r"|\bthird\b", name, re.I))


def event_before(ctx: DocContext, token: Token, noun: str | None = None) -> int | None:
    """The passage's event: the last named Event before ``token`` that the common noun can
    stand for (an edition before a series name), else the document's most named one."""
    before = [i for i, f in enumerate(ctx.found) if f.cls == "Event" and (
        f.cand.end <= token.idx and _fits(f.text, noun) and not cited(f.span))]
    if not before and noun in _LOOSE:
        # "X Trade Fair held [headline] ... A and B attended the meeting": the article's own
        # event, named at its head; not "B met the fair's guests ... A attended the meeting"
        # (that meeting is B's)
        event = event_before(ctx, token)
        if event is None or not _headline_event(ctx, event) or any(
                t.lemma_.lower() in ("meet", "talk", "talks")
                for t in ctx.doc[ctx.found[event].span.sent.start : token.i]):
            return None
        return event
    if noun not in _KINDS:
        # "the event" is not one of the activities listed "including A, B and C"
        before = [i for i in before if not _listed(ctx.found[i].span)] or before
    # nor the one another event runs "alongside" or "in conjunction with"
    before = [i for i in before if not beside(ctx.found[i].span)] or before
    editions = [i for i in before if _edition(ctx.found[i].text)]
    if editions or before:
        return max(editions or before, key=lambda i: ctx.found[i].cand.start)
    counts = Counter(f.text for f in ctx.found
                     if f.cls == "Event" and _fits(f.text, noun) and not cited(f.span))
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    return next(i for i, f in enumerate(ctx.found) if f.cls == "Event" and f.text == name)


def _headline_event(ctx: DocContext, idx: int) -> bool:
    """Is the event named in the document's first two sentences (its headline and lead)?"""
    head = {i for sent in ctx.sents[:2] for i in ctx.in_sentence(sent)}
    return any(ctx.found[i].cls == "Event" and ctx.key(i) == ctx.key(idx) for i in head)


def _listed(span: Span) -> bool:
    """Is the name an item of an "including" / "such as" list (read on the surface: the
    parser hangs long lists anywhere)?"""
    doc = span.doc
    for k in range(span.start - 1, span.sent.start, -1):
        tok = doc[k]
        if tok.lower_ == "including" or tok.lower_ == "as" and doc[k - 1].lower_ == "such":
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return False
    return False


def _names_event(ctx: DocContext, tokens: list[Token]) -> bool:
    """Does the sentence name an event ("the expo" standing for the passage's one does not)?"""
    return any(ctx.found[i].cand.extractor != "back-reference"
               for i in mentions_in(ctx, tokens, {"Event"}))


def _generic_event(ctx: DocContext, verb: Token) -> str | None:
    """The event noun that is the verb's object or prepositional object, not a name."""
    for child in verb.children:
        heads = [child] if child.dep_ in ("dobj", "attr") else []
        if child.dep_ == "prep":
            heads = [g for g in child.children if g.dep_ == "pobj"]
        for h in heads:
            if h.lemma_.lower() in EVENT_NOUNS and ctx.mention_at(h) is None:
                return h.lemma_.lower()
    return None


def _speech(verb: Token) -> bool:
    """ "delivered speeches", "gave a keynote address", "spoke"."""
    if verb.lemma_.lower() == "speak":
        # "spoke highly of", "spoke with": not a speech
        return not any(c.dep_ in ("dobj", "advmod") or c.dep_ == "prep" and c.lower_ not in (
            "at", "during", "on") for c in verb.children)
    return verb.lemma_.lower() in _SPEECH_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS for c in verb.children)


def _said_at_event(ctx: DocContext, verb: Token) -> int | str | None:
    """ "X said at the expo", "X stressed during the forum": the event named there, or the
    event noun standing for the passage's event."""
    if verb.lemma_.lower() not in _SAY:
        return None
    # "said Hu, the vice-governor, at the pavilion during the expo": the parser may hang the
    # setting on the speaker
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in [*verb.children, *(g for s in speakers for g in s.children)]:
        if child.dep_ == "prep" and child.lower_ in ("at", "during"):
            for g in child.children:
                if g.dep_ != "pobj":
                    continue
                named = mentions_in(ctx, g.subtree, {"Event"})
                if named:
                    return named[0]
                if g.lemma_.lower() in EVENT_NOUNS:
                    return g.lemma_.lower()
    return None


def _listed_with(ctx: DocContext, idx: int) -> list[int]:
    """People listed right after mention ``idx``, joined by commas and "and"."""
    doc = ctx.doc
    out: list[int] = []
    j = ctx.found[idx].span.end
    while j < len(doc):
        k = j
        while k < len(doc) and doc[k].lower_ in (",", "and"):
            k += 1
        nxt = ctx.mention_at(doc[k]) if k < len(doc) and k > j else None
        if nxt is None or ctx.found[nxt].cls not in PEOPLE:
            return out
        out.append(nxt)
        j = ctx.found[nxt].span.end
    return out


def taking_part_agents(ctx: DocContext, verb: Token, sent: Span) -> list[int]:
    """Who acts: the subject's names and their conjuncts; the people of an "including" list;
    the places and bodies that "representatives from ..." come from."""
    out: list[int] = []

    def take(idx: int | None, classes: set[str] | frozenset[str]) -> None:
        if idx is not None and idx not in out and ctx.found[idx].cls in classes:
            out.append(idx)

    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    node = verb
    while not subjects and node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
        node = node.head  # "which came to attend": the subject of "came"
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (len(subjects) == 1 and subjects[0].lower_ in ("which", "who", "that")
            and node.dep_ == "relcl"):
        subjects = [node.head]  # "a delegation from X, which came to attend": X's
    for subj in subjects:
        idx = ctx.mention_at(subj)
        if idx is not None:
            take(idx, ANY_AGENT)
            for conj in subj.conjuncts:
                take(ctx.mention_at(conj), ANY_AGENT)
            if ctx.found[idx].cls in PEOPLE:
                for other in _listed_with(ctx, idx):
                    take(other, PEOPLE)
            continue
        named = [ctx.mention_at(c) for c in subj.children if c.dep_ == "appos"]
        if not named and starts_post(subj.text) and node.dep_ == "relcl":
            # "Secretary of the X Committee Hu Ming, who attended the event": the holder at
            # the end of the title the clause hangs on
            title = [t for c in subj.children if c.dep_ == "prep" for t in c.subtree]
            named = [ctx.mention_at(t) for t in title[-1:]]
        named = [i for i in named if i is not None and ctx.found[i].cls in PEOPLE]
        if named and starts_post(subj.text):
            # "Vice chairperson of the X Committee Zhang Lei said ...": the title heads the
            # subject, the holder's name is its apposition
            take(named[0], PEOPLE)
            continue
        if subj.lemma_.lower() in _ENVOYS:
            for child in subj.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    for tok in child.subtree:
                        take(ctx.mention_at(tok), _FROM_CLASSES)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    # "Representatives of A", "Representatives of giants, including A and B"
                    # (not the places in the posts of a list of people)
                    for tok in _named_of(child):
                        take(ctx.mention_at(tok), _FROM_CLASSES)
                elif child.dep_ == "prep" and child.lower_ in ("like", "as", "including"):
                    # "Italian enterprises like A, B and C also attended the event"
                    for tok in child.subtree:
                        take(ctx.mention_at(tok), ANY_AGENT)
    # "A attended the ceremony along with B and C": the people after "along with".
    if out:
        for tok in sent[verb.i - sent.start + 1 :]:
            if tok.lower_ == "along" and tok.i + 1 < sent.end and tok.nbor().lower_ == "with":
                for later in sent[tok.i + 2 - sent.start :]:
                    if later.pos_ in ("VERB", "AUX"):
                        break
                    take(ctx.mention_at(later), PEOPLE)
                break
    # "..., including A, Secretary of X; B, Governor of Y": the people of the list.
    including = [t for t in sent if t.lower_ == "including" and t.i > verb.i - 40]
    if including and (subjects or verb.i < including[0].i):
        for tok in sent[including[0].i - sent.start :]:
            take(ctx.mention_at(tok), PEOPLE)
    return out


def _named_of(prep: Token) -> list[Token]:
    """The names "of" governs: its object and conjuncts, and the items of an "including" /
    "like" list hung on them."""
    heads = [g for g in prep.children if g.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    items = [g for h in heads for p in h.children
             if p.dep_ == "prep" and p.lower_ in ("including", "like")
             for g in p.children if g.dep_ == "pobj"]
    return heads + items + [c for i in items for c in i.conjuncts]


def _relative_subject(verb: Token) -> bool:
    """The verb's subject is a relative pronoun, directly or through "came to <verb>"."""
    node = verb
    for _ in range(3):
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            return subs[0].lower_ in ("which", "who", "that")
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _named_object_event(ctx: DocContext, verb: Token) -> int | None:
    named = mentions_in(ctx, (t for c in verb.children if c.dep_ in ("dobj", "prep")
                              for t in c.subtree), {"Event"})
    return named[0] if named else None


@relation_rule("participate-passage")
def participates_in_passage_event(ctx: DocContext) -> None:
    """Agents of attending, speaking or hosting, where the event is the passage's."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent in ctx.sents:
        tokens = list(sent)
        # a sentence that names an event leaves it to the sentence-level rules, but for
        # "X said at <event>"
        named = _names_event(ctx, tokens)
        for verb in tokens:
            if verb.pos_ not in ("VERB", "AUX") or in_quote(ctx, verb):
                continue
            lemma = verb.lemma_.lower()
            if lemma == "take" and any(c.lower_ == "part" for c in verb.children):
                lemma = "participate"  # "are taking part in the event"
            at = _said_at_event(ctx, verb)
            if at is None and lemma in _ATTEND and _relative_subject(verb):
                at = _named_object_event(ctx, verb)  # "X, which came to attend <event>"
            noun = _generic_event(ctx, verb) if lemma in _ATTEND else None
            if at is None and (named or not (noun or _speech(verb))):
                continue
            if isinstance(at, int):
                event: int | None = at
            else:
                event = event_before(ctx, verb, at or noun)
            if event is None:
                continue
            for agent in taking_part_agents(ctx, verb, sent):
                ctx.add(agent, "participatesIn", event, sent, "participate-passage", 0.55)


# A place that benefits from, embraces or contributes to a programme takes part in it.
_JOIN_INITIATIVE = {"benefit", "endow", "embrace", "leverage", "seize", "align", "dock",
                    "contribute", "serve", "integrate", "participate", "join", "engage"}


@relation_rule("participate-initiative")
def places_in_initiatives(ctx: DocContext) -> None:
    """ "Jiangsu has benefited from national strategies such as the Belt and Road
    Initiative", "...'s position endows the province with three strategies, namely, A, B
    and C": the place takes part in each named programme."""
    for sent, verb in ctx.triggers(_JOIN_INITIATIVE, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        places: list[int] = []
        for child in verb.children:
            if child.dep_ in ("nsubj", "dobj") and child.i < verb.i + 4:
                places += mentions_in(ctx, child.subtree, {"Province", "City"})
                if child.dep_ == "dobj" and child.lower_ == "province" and not places:
                    focus = ctx.focus_index(sent)
                    if focus is not None:
                        places.append(focus)
        if not places:
            continue
        programmes = mentions_in(ctx, (t for c in verb.children if c.dep_ in (
            "prep", "dobj", "dative", "npadvmod", "advmod") for t in c.subtree), {"Initiative"})
        for prog in programmes:
            ctx.add(places[0], "participatesIn", prog, sent, "participate-initiative", 0.55)
