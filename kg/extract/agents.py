"""Who acts on a trigger word: ``agent_of`` and the readings it rests on.

The agent is the trigger's grammatical subject (or a name inside it), climbing through
xcomp/conj/prep chains (``subject_tokens``); else a pronoun's or a title's antecedent, the
speaker's organisation for "we", the document's province for "the province"; else the nearest
fitting name before the trigger. The rule registry and the targets are kg/extract/grammar.py.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.extract.antecedents import company_antecedent, previous_subject, wares_owner
from kg.extract.clauses import in_quote, post_holder
from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.lexicon import COMPANY_NOUNS, TITLE_HEADS, title_pattern
from kg.schema import DOMAIN_RANGE

ANY_AGENT = DOMAIN_RANGE["participatesIn"][0]
PEOPLE = DOMAIN_RANGE["visited"][0]
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
# "the provincial government", "we": the document's own province acting.
_SELF_REFERENCES = {"province", "provincial", "we", "our", "us"}
_FIRST_PERSON = {"we", "us", "our", "ours"}
# "invited firms to visit X": the object of these verbs does what follows, not the subject
_OBJECT_CONTROL = {"invite", "encourage", "welcome", "urge", "ask", "attract", "persuade"}


_CLIMB_DEPS = {"dep", "npadvmod", "parataxis", "xcomp", "conj", "pcomp", "pobj", "prep", "dobj",
               "acomp", "advcl", "acl", "relcl", "ccomp", "amod", "compound", "nsubj", "appos"}


def subject_tokens(trigger: Token) -> list[tuple[Token, bool]]:
    """Subjects of the trigger, climbing through xcomp/conj/prep chains, as (token, is_object)
    pairs. "supported Rilian Technology in setting up a base": the object of the governing
    verb may act (object control), so it comes first, flagged, ahead of the subject."""
    if trigger.pos_ == "NOUN":
        # "President Xi Jinping's state visit to France": the named possessor acts
        poss = [c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if poss:
            return [(poss[0], False)]
    node: Token | None = trigger
    via_prep = False
    found: list[tuple[Token, bool]] = []
    for _ in range(8):
        if node is None:
            break
        if via_prep and node.i != trigger.i:
            found += [(c, True) for c in node.children if c.dep_ == "dobj" and c.i < trigger.i]
        subs = [c for c in node.children if c.dep_ in SUBJ_DEPS]
        if subs and node.dep_ == "relcl" and all(c.tag_ in ("WDT", "WP") for c in subs):
            # "A, which has invested in Hefei", "A is one of the firms that have invested":
            # the relative pronoun stands for the name (not for a common noun, whose
            # possessors and modifiers do not act: "markets of A that take ...")
            named = _one_of(node.head)
            if named.pos_ == "PROPN":
                return found + [(named, False)]
        if subs:
            return found + [(c, False) for c in subs]
        agents = [c for c in node.children if c.dep_ == "agent"]
        if agents:
            return found + [(g, False) for a in agents for g in a.children if g.dep_ == "pobj"]
        if node.dep_ not in _CLIMB_DEPS:
            break
        if node.dep_ == "relcl":
            return found + [(_one_of(node.head), False)]
        if node.dep_ == "acl" and node.tag_ in ("VBD", "VBN") and node.head.dep_ == "ROOT" and (
                node.head.pos_ == "PROPN" and not any(c.dep_ == "agent" for c in node.children)):
            # "A, the parent company of B, registered to build ...": the parser made the
            # name the root and the main verb its clause
            return found + [(node.head, False)]
        via_prep = node.dep_ in ("pcomp", "prep", "xcomp")
        node = node.head
    return found


def _one_of(noun: Token) -> Token:
    """ "A is one of the companies that have invested in Hefei", "A, one of the firms that
    ...", "A, a supplier that ...": the name that ("one of") the noun stands for, else the
    noun."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return noun.head  # "A, a supplier that has invested in Changsha": A
    prep = noun.head
    one = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or one.lower_ != "one":
        return noun
    if one.dep_ == "appos":
        return one.head
    if one.dep_ == "attr":
        subj = [c for c in one.head.children if c.dep_ == "nsubj"]
        return subj[0] if subj else noun
    return noun


def agent_of(
    ctx: DocContext, trigger: Token, classes: AbstractSet[str], self_reference: bool = False
) -> tuple[int | None, float]:
    """The acting name: the subject (or a name inside it), else the nearest name before."""
    owner = _remarks_owner(ctx, trigger, classes)
    if owner is not None:
        return owner, 0.6
    # (not "led a delegation attending": the leader goes with it)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "NOUN" and (
            trigger.head.head.lemma_.lower() not in ("lead", "head")):
        # "X met with guests attending the fair": the guests attend, not X; only a name
        # in the noun's own phrase acts ("delegates from Laos attending the fair")
        own = [t for t in trigger.head.subtree if t.i < trigger.i]
        found = mentions_in(ctx, reversed(own), classes)
        return (found[0], 0.55) if found else (None, 0.0)
    for subj, is_object in subject_tokens(trigger):
        found = mentions_in(ctx, subj.subtree, classes)
        if (holder := post_holder(ctx, subj, found)) is not None:
            return holder, 0.8  # "The Director of X, Mr Li, attended": Li, not X
        # "Consul Generals from seven countries in Shanghai were invited to participate":
        # a place after "in"/"at" inside the subject only says where the subject is.
        found = [i for i in found if not _located_modifier(ctx, i, subj)
                 and not _unnamed_head_appositive(ctx, i, subj) and not dateline(ctx, i)]
        if found:
            # "the task force from the Samsung Town in Haimen District of Nantong": the name
            # nearest the subject's head acts, not the places that locate it.
            return min(found, key=lambda i: _depth(ctx.found[i].span.root, subj)), 0.8
        words = {t.lower_ for t in subj.subtree}
        if words & _FIRST_PERSON and in_quote(ctx, trigger):
            # "“...helped us set up an office in Amsterdam,” said Wu Xinfeng, Chairman of ...":
            # "us" is the speaker's company.
            org = speaker_org(ctx, trigger, classes)
            if org is not None:
                return org, 0.6
        if is_object:
            if subj.head.lemma_.lower() in _OBJECT_CONTROL:
                return None, 0.0
            continue
        if (subj.lower_ in COMPANY_NOUNS and "Enterprise" in classes
                and any(c.lower_ in ("the", "this") for c in subj.children)):
            # "the company will set up a factory in Tashkent": the company named last
            ante = company_antecedent(ctx, subj)
            if ante is not None:
                return ante, 0.55
        if (subj.lower_ == "it" and "Enterprise" in classes and subj.i > subj.sent.start
                and not in_quote(ctx, trigger)):
            # "Allergan announced that it will set up a centre": the company named before
            # in the same sentence
            firms = mentions_in(ctx, ctx.doc[subj.sent.start : subj.i], {"Enterprise"})
            if firms:
                return firms[-1], 0.5
        if subj.lower_ == "it" and "Enterprise" in classes and not in_quote(ctx, trigger):
            # "Zorvan Group is a German firm. It will open a plant in Linzhou"
            firm = previous_subject(ctx, subj, "Enterprise")
            if firm is not None:
                return firm, 0.5
        owner = None if in_quote(ctx, trigger) else wares_owner(ctx, subj, classes)
        if owner is not None:  # "Its products are sold to Europe"
            return owner, 0.5
        if (subj.lower_ in ("he", "she") or subj.lower_ == "they" and _group_subject(trigger)
                ) and classes & PEOPLE and not in_quote(ctx, trigger):
            # ("A and B were met by C as they toured X": the main clause's A, with B)
            person = _pronoun_antecedent(ctx, trigger)
            if person is not None:
                return person, 0.5
        if classes & PEOPLE and not in_quote(ctx, trigger):
            person = title_antecedent(ctx, subj)
            if person is not None:
                return person, 0.5
        if (self_reference and not in_quote(ctx, trigger)
                and set(t.lower_ for t in subj.subtree) & _SELF_REFERENCES):
            focus = ctx.focus_index(trigger.sent)
            if focus is not None and "Province" in classes:
                return focus, 0.6
        if any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subj.subtree):
            return None, 0.0
    sent = trigger.sent
    before = [t for t in sent if t.i < trigger.i]
    found = mentions_in(ctx, reversed(before), classes)
    if found:
        return found[0], 0.55
    return None, 0.0


def _group_subject(trigger: Token) -> bool:
    """A clause hung on a main verb whose subject is two or more joined names ("A and B
    were met by C as they toured X")."""
    return trigger.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.conjuncts for c in trigger.head.children)


def _pronoun_antecedent(ctx: DocContext, trigger: Token) -> int | None:
    """ "Rashed Alqemzi ... said that he has visited Yiwu"; "Li Keqiang arrived in Dalian. He
    also visited Intel": the person named last before "he"/"she" in the sentence, else the
    only person named in the sentence before. "A was accompanied by B when he met C": in a
    clause hung on the main verb, the main clause's named subject."""
    if trigger.dep_ == "advcl":
        for c in trigger.head.children:
            idx = ctx.mention_at(c) if c.dep_ in ("nsubj", "nsubjpass") else None
            if idx is not None and ctx.found[idx].cls in PEOPLE:
                return idx
    si = ctx.sentence_of(trigger)
    before = [i for i in ctx.in_sentence(ctx.sents[si])
              if ctx.found[i].cls in PEOPLE and ctx.found[i].span.end <= trigger.i]
    if before:
        return before[-1]
    if si == 0:
        return None
    prev = [i for i in ctx.in_sentence(ctx.sents[si - 1]) if ctx.found[i].cls in PEOPLE]
    names = {ctx.found[i].cand.refers_to or ctx.found[i].text for i in prev}
    return prev[0] if len(names) == 1 else None


# Heads too vague to point back to one person ("the leader", "the head of ...").
VAGUE_HEADS = {"member", "leader", "head", "expert", "researcher", "professor", "chief",
                "manager", "spokesperson", "spokesman", "spokeswoman"}


def title_antecedent(ctx: DocContext, subj: Token) -> int | None:
    """ "The governor also inspected X": the one person named before whose post that word
    heads (in the same paragraph, else anywhere before when only one person holds it)."""
    word = subj.lower_
    if (word not in TITLE_HEADS or word in VAGUE_HEADS or ctx.mention_at(subj) is not None
            or not any(c.lower_ == "the" and c.dep_ == "det" for c in subj.children)
            or any(c.dep_ in ("prep", "compound", "poss") for c in subj.children)):
        return None
    para = ctx.text.rfind("\n", 0, subj.idx) + 1
    pattern = title_pattern(word)
    titled = [i for i, f in enumerate(ctx.found) if f.cls in PEOPLE
              and f.span.end <= subj.i and any(
                  pattern.search(t) for t in (*f.titles, *f.aliases))]
    for pool in ([i for i in titled if ctx.found[i].cand.start >= para], titled):
        names = {ctx.found[i].cand.refers_to or ctx.found[i].text for i in pool}
        if len(names) == 1:
            return pool[-1]
        if names:
            return None
    return None


def _remarks_owner(ctx: DocContext, trigger: Token, classes: AbstractSet[str]) -> int | None:
    """ "implement Xi's remarks while taking part in the ... Session": a "while/when V-ing"
    clause right after someone's words is what that someone did, whatever the parser hung
    the clause on."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG":
        return None
    mark = next((c for c in trigger.children if c.dep_ == "mark"
                 and c.lower_ in ("while", "when")), None)
    if mark is None or mark.i == 0:
        return None
    before = ctx.doc[mark.i - 1]
    for owner in (c for c in before.children if c.dep_ == "poss"):
        found = mentions_in(ctx, owner.subtree, classes)
        if found:
            return found[0]
    return None


def _located_modifier(ctx: DocContext, idx: int, subj: Token) -> bool:
    """A name inside the subject phrase that is the object of "in"/"at", or the place of
    "the Osaka-based company", "the Kunming company" (where, not who)."""
    found = ctx.found[idx]
    root = found.span.root
    if found.cls not in PLACE_CLASSES:
        return False
    after = ctx.doc[found.span.end : found.span.end + 2]
    based = [t.lower_ for t in after] == ["-", "based"] or (
        len(after) > 0 and after[0].lower_ == "-based")
    # "the Kunming company": a place before a company noun says where the company is
    of_company = (subj.lower_ in COMPANY_NOUNS and root.head.i == subj.i
                  and root.dep_ in ("compound", "amod", "nmod"))
    return (based or of_company) and found.span.root.i != subj.i or (
        root.i != subj.i and root.dep_ == "pobj" and root.head.lower_ in ("in", "at")
        and root.head.head.lemma_.lower() not in _MADE)


# "products made in Yiwu are sold to Dubai": where goods are made names who sells them
_MADE = frozenset({"make", "produce", "manufacture", "grow", "assemble"})


_DATELINE = re.compile(r"\s*(?:[–—]|--|-(?=\s))|,(?:\s+[A-Z][a-z]+,)?\s+[A-Z][a-z]+\.?\s+\d{1,2}\b")


def dateline(ctx: DocContext, idx: int) -> bool:
    """ "BEIJING - French Prime Minister X eyed ...", "KUNMING, May 2 (Xinhua) --": the place
    that opens a line as its dateline says where the news is from, it does not act."""
    f = ctx.found[idx]
    line_start = ctx.text.rfind("\n", 0, f.cand.start) + 1
    if ctx.text[line_start : f.cand.start].strip():
        return False
    return bool(_DATELINE.match(ctx.text, f.cand.end))


def _unnamed_head_appositive(ctx: DocContext, idx: int, subj: Token) -> bool:
    """ "Zorvan Flow, a unit of Brellix Holdings, opened a plant": the subject is a name (of
    another class, or none recognised), so a name inside its appositive ("a unit of ...")
    is not the one acting."""
    if subj.pos_ != "PROPN" or ctx.mention_at(subj) == idx:  # "His Excellency X"
        return False
    node = ctx.found[idx].span.root
    for _ in range(12):
        if node.i == subj.i or node.head.i == node.i:
            return False
        if node.dep_ == "appos" and node.head.i == subj.i:
            return True
        node = node.head
    return False


def _depth(token: Token, top: Token) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def speaker_org(ctx: DocContext, token: Token, classes: AbstractSet[str]) -> int | None:
    """The organisation of the person a quotation is attributed to, in the same paragraph."""
    text = ctx.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    speakers = [i for i, f in enumerate(ctx.found)
                if f.cls in PEOPLE and start <= f.cand.start < end and not in_quote(ctx, f.span[0])]
    # The attribution after the quote ("..., said Wu Xinfeng") is preferred over one before.
    speakers.sort(key=lambda i: (ctx.found[i].cand.start < token.idx, ctx.found[i].cand.start))
    for sp in speakers:
        name = ctx.found[sp].cand.refers_to or ctx.found[sp].text
        for hit in ctx.hits:
            if hit.pred != "holdsPositionIn" or ctx.found[hit.obj].cls not in classes:
                continue
            holder = ctx.found[hit.subj].cand.refers_to or ctx.found[hit.subj].text
            # "Lu said" is Lu Saiyong, whose title names his company.
            if holder == name or (" " not in name and holder.split()[0] == name):
                return hit.obj
    return None
