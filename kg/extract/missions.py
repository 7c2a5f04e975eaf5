"""A state's office abroad named with its seat: "the Korean Embassy in Ruritania",
"Consulate General of Ruritania in Chengdu", "Liaison Office of the Central People's
Government in the Macao SAR", "the Ruritanian Chamber of Commerce in China". The
capitalised run stops at "in"; the name (its fullest form, ANNOTATION.md) runs on over
"in <place>" when its head is a mission's (``kg/data/words/mission_heads.txt``) and a place
the gazetteer knows, or a special administrative region, follows. Read by
kg/extract/names.py.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import MISSION_HEADS

_HEADS = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+")
                  for h in sorted(MISSION_HEADS, key=len, reverse=True))
_OPENS = re.compile(rf"(?i:(?:the[ \t]+)?(?:{_HEADS}))\b")
_ENDS = re.compile(rf"(?i:{_HEADS})$")
# the seat: up to four capitalised words ("HK SAR", "Macao Special Administrative Region")
_SEAT = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3})")
_SAR = re.compile(r"[ \t]+(?:Special[ \t]+Administrative[ \t]+Region|SAR)\b")


def mission_end(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where the name of a state's office that spans ``text[start:end]`` ends, its seat
    included ("... Embassy" + " in Ruritania"); ``end`` when it is no mission's or no place
    follows."""
    name = text[start:end]
    if not (_OPENS.match(name) or _ENDS.search(name)):
        return end
    m = _SEAT.match(text, end)
    if m is None:
        return end
    sar = _SAR.search(m.group(1))
    if sar is not None:  # "in the HK SAR", "in the Macao Special Administrative Region"
        return m.start(1) + sar.end()
    ends = [w.end() for w in re.finditer(r"\S+", m.group(1))]
    for cut in reversed(ends):  # the longest run of the words that is a place
        if gaz.place(m.group(1)[:cut]) is not None:
            return m.start(1) + cut
    return end


_SEAT_IN = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def seat_of(name: str, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """A mission's name with its seat ("Ruritanian Embassy in China") -> the name without it
    ("Ruritanian Embassy"), and where in ``name`` the seat's place is written ("China");
    None for other names."""
    for m in reversed(list(_SEAT_IN.finditer(name))):
        short = name[: m.start()]
        if mission_end(name, 0, len(short), gaz) == len(name):
            seat = name[m.end() :]
            sar = _SAR.search(seat)
            return short, m.end(), m.end() + (sar.start() if sar is not None else len(seat))
    return None
