"""The companies and organisations an event's participants come from take part in it:
"Those who registered to participate in the event ... And they mainly come from BASF, Siemens
and Pfizer" (not the countries they come from). The event is the passage's
(``events.event_before``).
"""

from __future__ import annotations

from kg.extract.context import DocContext, mentions_in
from kg.extract.gatherings.events import event_before
from kg.extract.grammar import relation_rule

_PARTICIPATION_WORDS = {"participate", "attend", "register", "exhibit", "join", "participant",
                        "exhibitor", "attendee", "guest", "delegate"}
_GROUP_SUBJECTS = {"they", "these", "most", "many", "participants", "exhibitors", "guests",
                   "attendees", "delegates", "visitors", "buyers"}


@relation_rule("participate-origin")
def where_participants_come_from(ctx: DocContext) -> None:
    """ "Those who registered to participate in the event ... And they mainly come from BASF,
    Siemens and Pfizer": companies and organisations whose people take part take part (not
    the countries they come from)."""
    for sent, verb in ctx.triggers({"come", "hail"}, {"VERB"}):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ not in _GROUP_SUBJECTS:
            continue
        si = ctx.sentence_of(verb)
        window = ctx.sents[max(0, si - 2) : si + 1]
        if not any(t.lemma_.lower() in _PARTICIPATION_WORDS for s in window for t in s):
            continue
        event = event_before(ctx, verb)
        if event is None:
            continue
        orgs = mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep"
                                 and c.lower_ == "from" for t in c.subtree),
                           {"Enterprise", "Organization"})
        for org in orgs:
            ctx.add(org, "participatesIn", event, sent, "participate-origin", 0.55)

