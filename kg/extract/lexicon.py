"""Word lists the extractors share, one file per concept in ``kg/data/words/``.

These are facts about English naming and reporting conventions, not about any document:
an organisation whose name ends in "Co., Ltd." is a company, one ending in "Bureau" is a
state organ, "inspected" reports a visit. Each file says in its header what its words are
for; this module is their only reader. A file holds one entry per line (``#`` starts a
comment); ``name_keywords.txt`` groups its words under ``[Class]`` headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources


def entries(name: str) -> tuple[str, ...]:
    """The entries of ``kg/data/words/<name>.txt`` in file order (comments and blanks out)."""
    path = resources.files("kg").joinpath("data", "words", f"{name}.txt")
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return tuple(line for line in lines if line)


def words(name: str) -> frozenset[str]:
    return frozenset(entries(name))


def classes(name: str) -> dict[str, str]:
    """``[Class]`` headings over their words -> {word: class}."""
    out: dict[str, str] = {}
    cls = ""
    for entry in entries(name):
        if entry.startswith("[") and entry.endswith("]"):
            cls = entry[1:-1]
        elif not cls:
            raise ValueError(f"kg/data/words/{name}.txt: {entry!r} before any [Class] heading")
        else:
            out[entry] = cls
    return out


NAME_KEYWORDS = classes("name_keywords")
# Keywords whose class depends on their neighbours ("Research Center", "Exhibition Center").
RESEARCH_CENTER_WORDS = words("research_center_words")
ZONE_CENTER_WORDS = words("zone_center_words")
LOWER_ZONE_HEADS = words("lower_zone_heads")
CUSTOMS_COMPOUNDS = words("customs_compounds")
MISSION_HEADS = entries("mission_heads")
PARTY_NON_NAMES = words("party_non_names")
NAME_DESCRIPTORS = words("name_descriptors")
SECTOR_NAMES = words("sector_names")
FIRM_FIELDS = words("firm_fields")
LEADING_NON_NAME = words("leading_non_names")
HEADLINE_VERBS = words("headline_verbs")
GENERIC_WORDS = words("generic_words")
NUMBER_WORDS = words("number_words")
INITIATIVE_CUES = words("initiative_cues")
HOLIDAYS = words("holidays")
CHINESE_SURNAMES = words("chinese_surnames")
PINYIN_SYLLABLES = words("pinyin_syllables")

# Companies.
COMPANY_NOUNS = words("company_nouns")
BUSINESS_PEOPLE = words("business_people")
NOT_COMPANY_WORDS = words("not_company_words")
# A company name's legal form, stripped to find its short name ("Siemens AG" is "Siemens").
LEGAL_SUFFIX = r",?\s+(" + "|".join(entries("legal_forms")) + r")$"

# Organs of state.
ORGAN_FIELDS = words("organ_fields")
# Words no person's or brand's name starts with: an organ's field or another word of its name.
ORGAN_WORDS = ORGAN_FIELDS | words("organ_name_words")
STATE_ORGS = entries("state_org_patterns")
INTERGOVERNMENTAL = entries("intergovernmental_orgs")

# Posts and titles.
TITLE_HEADS = words("title_heads")
TITLE_PREFIX = words("title_prefixes")
TITLE_MODIFIERS = words("title_modifiers")
TITLE_STOPS = words("title_stops")
HONORIFICS = words("honorifics")
STATE_ADDRESSES = words("state_addresses")
NAME_PARTICLES = words("name_particles")
LEVEL_WORDS = words("level_words")
OFFICIAL_WORDS = words("official_words")


def post_words(tokens: Iterable[str]) -> set[str]:
    """A post's words in lower case, each two-word compound also as the word lists write it
    ("Director General" -> director-general, as "Director-General" tokenises)."""
    low = [w.lower() for w in tokens]
    return set(low) | {f"{a}-{b}" for a, b in zip(low, low[1:], strict=False)}


BUSINESS_POSTS = words("business_posts")
PRIVATE_POSTS = words("private_posts")
POST_FIELDS = words("post_fields")
CHUNK_TITLES = words("chunk_titles")


def starts_post(word: str) -> bool:
    """Does a line starting with ``word`` state a post ("Governor of ...", "Standing Committee
    Member of ...")? Signatures and author lines are told by it."""
    word = word.lower()
    return word in TITLE_HEADS or word in TITLE_PREFIX or word in ("standing", "member")

# Relation triggers of the organisation-centred families.
PARTICIPANT_NOUNS = words("participant_nouns")
ORGANISER_NOUNS = words("organiser_nouns")
INITIATIVE_ROLES = words("initiative_roles")
OPERATION_NOUNS = words("operation_nouns")
DEAL_NOUNS = words("deal_nouns")
FACILITY_NOUNS = words("facility_nouns")
INVESTOR_NOUNS = words("investor_nouns")
TRIP_NOUNS = words("trip_nouns")
# "went to", "stopped by": (verb lemma, preposition) pairs that take a visited site
SITE_MOVES = frozenset(tuple(e.split()) for e in entries("site_moves"))
GROUP_NOUNS = words("group_nouns")
PROGRAMME_FRAMES = words("programme_frames")
CITY_PROVINCES = words("city_provinces")


# "the PM": the one whose post reads "Prime Minister"
_ABBREVIATED = {e.split()[0]: " ".join(e.split()[1:]) for e in entries("title_abbreviations")}


def title_pattern(word: str) -> re.Pattern[str]:
    """A post's words (or the post a short form stands for) as a whole-word pattern."""
    forms = "|".join(re.escape(w) for w in (word, _ABBREVIATED.get(word, word)))
    return re.compile(rf"\b(?:{forms})\b", re.I)
