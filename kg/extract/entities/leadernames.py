"""A leader's name the model missed ("Putin" alone, "talks between Xi and Modi" with neither
word tagged): a name or alias of the hand-kept leaders list (``kg/data/leaders.csv``), outside
any entity of the model's, with no capitalised word on either side that would make it part of
a longer name ("Xi Jinping Thought", "Marcos Silva") unless that word is a post or a form of
address ("President Xi"). A weak cue: it only fills a gap no other reading claims. Whether the
person is an Official is settled by the document's date (``people/incumbents.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import HONORIFICS, TITLE_HEADS, TITLE_PREFIX
from kg.extract.names import Candidate
from kg.extract.people.incumbents import name_key, terms_by_name

_LONGEST = 6  # tokens in the longest name looked for


def _caps_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha


def _post_word(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in TITLE_HEADS or low in TITLE_PREFIX or low in HONORIFICS


def leader_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    names = terms_by_name()
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.ent_type_ or not tok.text[:1].isupper():
            i += 1
            continue
        found = None
        for j in range(min(n, i + _LONGEST), i, -1):
            span = doc[i:j]
            if any(t.ent_type_ or t.is_space for t in span) or not span[-1].text[:1].isalpha():
                continue
            if name_key(span.text) in names:
                found = span
                break
        if found is None:
            i += 1
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[found.end] if found.end < n else None
        longer = (after is not None and _caps_word(after)) or (
            before is not None and not tok.is_sent_start and _caps_word(before)
            and not _post_word(before))
        if not longer and gaz.place(found.text) is None and gaz.known(found.text) is None:
            yield Candidate(found.start_char, found.end_char, found.text, "Person",
                            "leader-name", 0.55, 3)
        i = found.end
