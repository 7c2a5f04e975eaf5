"""Which posts are party or state posts: by the body they name, their words, or their
shape ("leaders of the province", "Special Representative"); read by ``titles.py``."""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.lexicon import (
    INTERGOVERNMENTAL,
    OFFICIAL_WORDS,
    PRIVATE_POSTS,
    STATE_ORGS,
    post_words,
)
from kg.extract.people.jurisdiction import DEPARTMENT_POST
from kg.extract.people.officials import business_post, formerly, sar_head

# heads and envoys of an organisation only states have ("Director-General of the FAO")
_ENVOY_HEADS = {"director-general", "ambassador", "envoy", "consul", "consul-general",
                "minister", "governor", "mayor", "commissioner"}
# the heads of a body (of an intergovernmental one: Officials)
_HEADS = {"secretary-general", "director-general", "president", "chairman", "chairperson",
          "chairwoman", "head", "chief"}
# "leaders of the province", "the city's leaders", "heads of the two counties"
_LEADERS_OF = re.compile(r"\b(?:leaders?|heads?|chiefs?|officials?)\s+of\s+(?:the\s+)?(?:two\s+)?"
                         r"(?:province|city|county|district|municipality|prefecture|region|"
                         r"government)s?\b|\b(?:province|city|county|district|municipality|"
                         r"prefecture)['’]s\s+(?:leaders?|heads?|chiefs?)\b|\b(?:city|provincial|"
                         r"municipal|county|district|prefectural)\s+leaders?\b", re.IGNORECASE)
# names only a state organ ends in
ORGAN_NAME = re.compile(r"\b(?:(?:Prefectural|Provincial|Municipal|Legislative|National|State|"
                        r"People['’]s)\s+(?:Assembly|Congress|Government)|Parliament|Senate|"
                        r"Party\s+Committee)$")
_SPECIAL_ENVOY = re.compile(r"\b(?:special|trade)\s+(?:representative|envoy)\b", re.IGNORECASE)


def is_state_post(ctx: DocContext, title: str, org_cls: str | None) -> bool:
    """Is ``title`` (naming a body of class ``org_cls``, or None) a party or state post?"""
    if org_cls == "GovernmentBody" and not formerly(title):
        return True  # "Vice-President of the X People's Political Consultative Conference"
    if business_post(ctx, title):
        return False
    if sar_head(ctx, title):
        return True  # "the Chief Executive, Mr X" in a report on Hong Kong or Macao
    lowered = post_words(re.findall(r"[a-z\-]+", title.lower()))
    if DEPARTMENT_POST.search(title) or _LEADERS_OF.search(title) or _SPECIAL_ENVOY.search(title):
        return True  # "Director of Agriculture", "leaders of the province"
    if org_cls in ("GovernmentBody", "Zone"):
        return True
    if org_cls == "Organization" and lowered & _HEADS and any(
            re.search(p, title, re.I) for p in INTERGOVERNMENTAL):
        return True  # "Secretary-General of the ASEAN-China Centre"
    if org_cls in ("Enterprise", "Organization"):
        # a state organisation's post, or an intergovernmental body's head or envoy
        return org_cls == "Organization" and (bool(
            any(re.search(p, title, re.I) for p in STATE_ORGS)) or bool(
            lowered & _ENVOY_HEADS and not lowered & PRIVATE_POSTS))
    return bool(lowered & OFFICIAL_WORDS)
