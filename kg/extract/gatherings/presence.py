"""Taking part told around the event rather than by a verb of attending: "A was present at
the 5th X Expo", "Leaders were present at the ceremony, including A and B", "A, an exhibitor
at the X Fair, ...", "B, the organizer of the forum", "In his keynote speech, C said ...".

Next to ``events`` (attending, speaking), ``organisers`` (hosts) and ``participants`` (lists).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import ANY_AGENT, PEOPLE, agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.gatherings.events import EVENT_NOUNS, event_before, taking_part_agents
from kg.extract.gatherings.organisers import LIST_STOP, list_after
from kg.extract.grammar import relation_rule, simple_rule, targets_of, with_conjuncts
from kg.extract.lexicon import GROUP_NOUNS, INITIATIVE_ROLES, ORGANISER_NOUNS, PARTICIPANT_NOUNS

_ROLES = ORGANISER_NOUNS | PARTICIPANT_NOUNS
_AS_ROLES = ORGANISER_NOUNS | {"guest", "exhibitor", "participant", "sponsor"}
_SPEECHES = {"speech", "address", "remark", "keynote", "toast", "presentation"}
_DELIVER = {"deliver", "give", "make", "present"}
_LEAD = {"lead", "head"}


def _event_in(ctx: DocContext, tokens: list[Token], anchor: Token) -> int | None:
    """The event a phrase names: a named Event in it, else "the expo" / "this year's fair"
    (an event noun with an article, not part of a name) standing for the passage's event
    when the sentence names no other event."""
    named = mentions_in(ctx, tokens, {"Event"})
    if named:
        return named[0]
    if any(ctx.found[i].cls == "Event"
           and ctx.found[i].cand.extractor != "back-reference"
           for i in ctx.in_sentence(anchor.sent)):
        return None
    for tok in tokens:
        noun = tok.lemma_.lower()
        if noun in EVENT_NOUNS and ctx.mention_at(tok) is None and any(
                c.dep_ in ("det", "poss") for c in tok.children):
            return event_before(ctx, anchor, noun)
    return None


def _prep_tokens(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for t in c.subtree]


@relation_rule("participate-present-at")
def present_at(ctx: DocContext) -> None:
    """ "Governor A was present at the 5th X Expo", "Some 20 leaders were present at the
    opening ceremony, including A and B": whoever is present at an event takes part in it."""
    for sent, present in ctx.triggers({"present"}, {"ADJ"}):
        be = present.head
        if present.dep_ != "acomp" or be.lemma_ != "be" or in_quote(ctx, present):
            continue
        # (the parser hangs "at ..." on the copula as often as on "present")
        at = _prep_tokens(present, ("at",)) or [
            t for c in be.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > present.i
            for t in c.subtree]
        event = _event_in(ctx, at, present)
        if event is None:
            continue
        for agent in taking_part_agents(ctx, be, sent):
            ctx.add(agent, "participatesIn", event, sent, "participate-present-at", 0.55)


_ATTENDING = {"attending", "joining"}


@relation_rule("participate-attending-were")
def attending_were(ctx: DocContext) -> None:
    """ "Attending the fair were A, B and C", "Also attending were A and B": everyone after
    the copula takes part in the event named between, or the passage's event."""
    doc = ctx.doc
    for sent in ctx.sents:
        words = [t for t in sent if not t.is_space]
        k = 1 if words and words[0].lower_ == "also" else 0
        if len(words) < k + 3 or words[k].lower_ not in _ATTENDING or in_quote(ctx, words[k]):
            continue
        be = next((t for t in words[k + 1 : k + 12] if t.lemma_ == "be"), None)
        if be is None:
            continue
        between = list(doc[words[k].i + 1 : be.i])
        event = _event_in(ctx, between, words[k]) if between else None
        if event is None and not between and not any(
                ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
            event = event_before(ctx, words[k])
        if event is None:
            continue
        for agent in list_after(ctx, be, LIST_STOP - {"in", "at"}, verbs_end=False):
            ctx.add(agent, "participatesIn", event, sent, "participate-attending-were", 0.55)


@relation_rule("participate-open")
def opened_event(ctx: DocContext) -> None:
    """ "Governor A and Deputy Prime Minister B jointly unveiled the 5th X Expo", "A
    inaugurated the forum": opening an event is taking part in it."""
    simple_rule(ctx, pred="participatesIn", lemmas={"unveil", "inaugurate", "launch", "open"},
                agents=ANY_AGENT, targets={"Event"}, extractor="participate-open",
                pos={"VERB"})


# The places a role noun names ("guest country") and the words that make it a role.
_ROLE_PLACES = {"city", "province", "country", "region", "nation"}
_PLACE_ROLES = {"host", "guest", "theme", "themed", "featured", "honorary"}


def _of_honour(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.lemma_.lower() in ("honour", "honor") for g in prep.children)


def _role_holders(ctx: DocContext, noun: Token) -> list[int]:
    """The names a role noun describes: "A, an exhibitor at ...", "A is one of the sponsors
    of ...", "A, host city of ...", "A and B are among the exhibitors"."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ == "NOUN":
        node = node.head  # "as the core area and important node of"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
        node = node.head.head  # "one of the exhibitors"
    if node.dep_ == "appos":
        holder = ctx.mention_at(node.head)
        return [] if holder is None else [holder]
    if node.dep_ == "nsubj" and node.head.lemma_.lower() == "include":
        # "The organizers of the expo include A and B"
        objs = [c for c in node.head.children if c.dep_ == "dobj"]
        holder = ctx.mention_at(objs[0]) if objs else None
        return [] if holder is None else with_conjuncts(ctx, holder, ANY_AGENT)
    if node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.dep_ == "prep":
        holder = ctx.mention_at(node.head.head)  # "with A as the host"
        head = node.head.head
        if holder is None and head.pos_ == "NOUN" and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            head = head.head  # "A will give full play to its strength as a hub of X"
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
        if holder is None and head.pos_ in ("VERB", "AUX"):
            # "As a key node of X, A has ...": the clause's subject
            while not any(c.dep_ == "nsubj" for c in head.children) and head.dep_ in (
                    "xcomp", "advcl", "conj") and head.head.i != head.i:
                head = head.head
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            holder = ctx.mention_at(subj[0]) if subj else None
        return [] if holder is None else [holder]
    if node.dep_ == "pobj" and node.head.lower_ == "among" and node.tag_ == "NNS":
        node = node.head
    if node.dep_ in ("attr", "prep") and node.head.lemma_ == "be":
        subj = [c for c in node.head.children if c.dep_ == "nsubj"]
        holder = ctx.mention_at(subj[0]) if subj else None
        if holder is None and subj:  # "another region, Gansu, was the guest province"
            named = [ctx.mention_at(c) for c in subj[0].children if c.dep_ == "appos"]
            holder = next((i for i in named if i is not None), None)
        return [] if holder is None else with_conjuncts(ctx, holder, ANY_AGENT)
    return []


@relation_rule("participate-role")
def event_roles(ctx: DocContext) -> None:
    """ "A, an exhibitor at the 5th X Expo, ...", "B is one of the organizers of the forum",
    "C, host city of the 2023 Y Games": the name that holds a role at an event takes part."""
    for sent in ctx.sents:
        for noun in sent:
            lemma = noun.lemma_.lower()
            if lemma not in _ROLES and lemma not in _ROLE_PLACES:
                continue  # no role, no host place (the tests below read each child)
            # "host city", "guest country", "theme country", "country of honour"
            host_place = lemma in _ROLE_PLACES and any(
                c.dep_ in ("compound", "amod") and c.lower_ in _PLACE_ROLES
                or _of_honour(c) for c in noun.children)
            # "the guest of honour", "the guest provinces of honour": an honour at an event
            honoured = any(_of_honour(c) for c in noun.children) and (
                lemma in _ROLE_PLACES or lemma == "guest")
            # (capitalised, "the Guest Country of Honor" parses as a proper noun)
            if noun.pos_ not in ("NOUN", "PROPN") or noun.pos_ == "PROPN" and not host_place or (
                    not (lemma in _ROLES or host_place)):
                continue
            if in_quote(ctx, noun) or ctx.mention_at(noun) is not None or (
                    noun.head.lower_ == "as" and lemma not in _AS_ROLES and not host_place):
                continue  # ("with A as a partner": not said to be at the event)
            holders = [i for i in _role_holders(ctx, noun) if ctx.found[i].cls in ANY_AGENT]
            if not holders:
                continue
            event = _event_in(ctx, _prep_tokens(noun, ("at", "of", "in", "to", "for")), noun)
            if event is None and (honoured or noun.head.lower_ in ("among", "as") or (
                    noun.head.lemma_.lower() == "include") or noun.head.lower_ == "of" and (
                    noun.head.head.lower_ == "one") and not any(  # not "one of Chile's partners"
                    c.dep_ == "poss" for c in noun.children)):
                # "A and B are among the exhibitors.", "X was held, with A as the host",
                # "A is one of the exhibitors", "the organisers include A"
                named = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"]
                event = named[0] if len(named) == 1 else None if named else event_before(
                    ctx, noun)
            for holder in holders if event is not None else ():
                ctx.add(holder, "participatesIn", event, sent, "participate-role", 0.55)


@relation_rule("participate-initiative-role")
def initiative_roles(ctx: DocContext) -> None:
    """ "Laos, a member of the RCEP", "A is an important hub of the Belt and Road
    Initiative", "As a key node of the Belt and Road, B ...": the name takes part in the
    programme it has that place in."""
    for sent, noun in ctx.triggers(INITIATIVE_ROLES, {"NOUN"}):
        if in_quote(ctx, noun) or ctx.mention_at(noun) is not None:
            continue
        programmes = mentions_in(ctx, _prep_tokens(noun, ("of", "in", "to")), {"Initiative"})
        if not programmes:
            continue
        for holder in _role_holders(ctx, noun):
            if ctx.found[holder].cls in ANY_AGENT - PEOPLE:
                ctx.add(holder, "participatesIn", programmes[0], sent,
                        "participate-initiative-role", 0.5)


_JOINING = {"integration", "participation", "involvement", "accession"}


@relation_rule("participate-integration")
def integration(ctx: DocContext) -> None:
    """ "Zhenan is speeding up its integration into the Belt and Road Initiative", "A's
    participation in the 5th X Expo", "Zhenan has been deeply involved in the Y
    Initiative": the owner takes part."""
    for sent, noun in ctx.triggers(_JOINING, {"NOUN"}):
        if in_quote(ctx, noun):
            continue
        targets = mentions_in(ctx, _prep_tokens(noun, ("into", "in", "to")),
                              {"Initiative", "Event"})
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if not targets or not poss:
            continue
        owner = ctx.mention_at(poss[0])
        if owner is None and poss[0].lower_ in ("its", "their"):
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            owner, _ = agent_of(ctx, verb, ANY_AGENT - PEOPLE)
        if owner is not None and ctx.found[owner].cls in ANY_AGENT:
            for target in targets:
                ctx.add(owner, "participatesIn", target, sent, "participate-integration", 0.5)
    for sent, verb in ctx.triggers({"involve"}, {"VERB"}):
        # "A has been deeply involved in X" (the subject itself: not "those involved in X")
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        owner = ctx.mention_at(subj[0]) if subj and not in_quote(ctx, verb) else None
        if owner is None or ctx.found[owner].cls not in ANY_AGENT - PEOPLE:
            continue
        for target in targets_of(ctx, verb, {"Initiative", "Event"}):
            for agent in with_conjuncts(ctx, owner, ANY_AGENT - PEOPLE):
                ctx.add(agent, "participatesIn", target, sent, "participate-integration", 0.5)


_JOINT = {"chair", "host", "organize", "organise", "sponsor", "hold", "co-host", "cohost",
          "co-chair", "co-organize", "co-organise", "co-sponsor"}


def _jointly(verb: Token) -> bool:
    """ "co-hosted", "co - chair" (split by the tokenizer), "jointly hosted"."""
    doc = verb.doc
    split_co = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"
    return verb.lower_.startswith("co") or split_co or any(
        c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children)


@relation_rule("participate-cohost")
def cohosts(ctx: DocContext) -> None:
    """ "A will co-chair the 5th X Forum with B", "A jointly hosted the Y Expo with the Z
    Government": the partner after "with" takes part as well."""
    for sent, verb in ctx.triggers(_JOINT, {"VERB"}):
        if in_quote(ctx, verb) or not _jointly(verb):
            continue
        events = targets_of(ctx, verb, {"Event"})
        if not events:
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        partners = mentions_in(ctx, (t for h in heads for c in h.children if c.dep_ == "prep"
                                     and c.lower_ == "with" for t in c.subtree), ANY_AGENT)
        for agent in partners:
            for event in events:
                ctx.add(agent, "participatesIn", event, sent, "participate-cohost", 0.55)


@relation_rule("participate-speech-at")
def speech_at(ctx: DocContext) -> None:
    """ "A delivered a keynote speech at the opening ceremony of the 5th X Expo", "B gave a
    speech during the forum": the speaker takes part in the event named there."""
    for sent, noun in ctx.triggers(_SPEECHES, {"NOUN"}):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _DELIVER or in_quote(ctx, noun):
            continue
        where = _prep_tokens(noun, ("at", "during")) + _prep_tokens(verb, ("at", "during"))
        event = _event_in(ctx, where, noun) if where else None
        if event is None:
            continue
        speaker, _ = agent_of(ctx, verb, ANY_AGENT)
        for agent in [] if speaker is None else with_conjuncts(ctx, speaker, ANY_AGENT):
            ctx.add(agent, "participatesIn", event, sent, "participate-speech-at", 0.55)


def _group_members(ctx: DocContext, group: Token) -> list[int]:
    """Who a delegation stands for: its leader ("a delegation led by A") and where it is
    from ("the Zhenan delegation", "a delegation from B")."""
    out = mentions_in(ctx, (t for c in group.children if c.dep_ in ("compound", "amod", "nmod")
                            for t in c.subtree), ANY_AGENT - PEOPLE)
    out += mentions_in(ctx, (t for c in group.children if c.dep_ == "prep"
                             and c.lower_ in ("from", "of") for t in c.subtree), ANY_AGENT)
    for acl in (c for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in _LEAD):
        out += mentions_in(ctx, (t for c in acl.children if c.dep_ == "agent"
                                 for t in c.subtree), PEOPLE)
    # "a delegation that included A and B", "a delegation including A and B": its members
    for rel in (c for c in group.children if c.dep_ in ("relcl", "acl")
                and c.lemma_.lower() in ("include", "comprise")):
        out += mentions_in(ctx, (t for c in rel.children if c.dep_ == "dobj"
                                 for t in c.subtree), PEOPLE)
    out += mentions_in(ctx, (t for c in group.children if c.dep_ == "prep"
                             and c.lower_ == "including" for t in c.subtree), PEOPLE)
    return out


@relation_rule("participate-delegation")
def delegations(ctx: DocContext) -> None:
    """ "A led a delegation to the 5th X Expo", "The Zhenan delegation, headed by Governor A,
    attended the fair": the leader and the place or body the delegation is from take part
    in the event the delegation goes to."""
    for sent, verb in ctx.triggers(_LEAD, {"VERB"}):
        groups = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GROUP_NOUNS]
        if not groups or in_quote(ctx, verb):
            continue
        # "led a delegation to the X Expo", "led a delegation to attend the X Expo"
        to = _prep_tokens(groups[0], ("to",)) + _prep_tokens(verb, ("to",)) + [
            t for c in verb.children if c.dep_ in ("xcomp", "advcl")
            and c.lemma_.lower() in ("attend", "participate", "join") for t in c.subtree]
        events = mentions_in(ctx, to, {"Event"})
        if not events:
            continue
        leader, _ = agent_of(ctx, verb, PEOPLE)
        members = _group_members(ctx, groups[0]) + ([] if leader is None else [leader])
        for agent in dict.fromkeys(members):
            ctx.add(agent, "participatesIn", events[0], sent, "participate-delegation", 0.55)
    for hit in list(ctx.hits):
        if hit.pred != "participatesIn" or ctx.found[hit.obj].cls != "Event":
            continue
        node = ctx.found[hit.subj].span.root
        for _ in range(4):  # up to the delegation noun the name is part of
            if node.lemma_.lower() in GROUP_NOUNS and node.pos_ == "NOUN":
                break
            node = node.head
        if node.lemma_.lower() not in GROUP_NOUNS or node.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for agent in _group_members(ctx, node):
            if agent != hit.subj:
                ctx.add(agent, "participatesIn", hit.obj, hit.sent, "participate-delegation",
                        0.5)


def _speech_of(noun: Token) -> Token | None:
    """The verb a "in his speech" phrase hangs on ("A said in his speech", "In her keynote
    address, B called for ..."), for a speech noun owned by "his" / "her" / "their"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


@relation_rule("participate-speech")
def in_a_speech(ctx: DocContext) -> None:
    """ "Governor A said in his welcome speech that ...", "In her keynote address at the
    forum, B called for ...": the speaker takes part in the event the speech is given at,
    the one named in the phrase or the passage's event."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, noun in ctx.triggers(_SPEECHES, {"NOUN"}):
        verb = _speech_of(noun)
        if verb is None or in_quote(ctx, noun):
            continue
        tokens = list(noun.subtree)
        named = mentions_in(ctx, tokens, {"Event"})
        if named:
            event: int | None = named[0]
        elif any(ctx.found[i].cls == "Event"
           and ctx.found[i].cand.extractor != "back-reference"
                 for i in ctx.in_sentence(sent)):
            continue  # "In his speech, A said the Y Expo will ...": not said to be at Y
        else:
            event = event_before(ctx, noun)
        if event is None:
            continue
        speaker, _ = agent_of(ctx, verb, PEOPLE)
        if speaker is not None and ctx.found[speaker].span.sent.start == sent.start:
            ctx.add(speaker, "participatesIn", event, sent, "participate-speech", 0.5)

