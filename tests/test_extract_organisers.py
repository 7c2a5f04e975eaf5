"""Hosts, organisers and sponsors take part in the event ("was jointly hosted by A and B",
"co-organized by", "the event, which is co-sponsored by"), the people "along with" an
attendee, and companies that settled in a zone invest in it (kg/extract/gatherings/organisers.py,
kg/extract/gatherings/events.py,
kg/extract/business/facilities.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


def _resolved(extractor: Extractor, text: str, pred: str) -> set[tuple[str, str]]:
    """(subject, object) pairs, an event noun read as the event it stands for."""
    ex = run(extractor, text)
    names = {m.text: (m.refers_to or m.text) for m in ex.mentions}
    return {(names.get(s, s), names.get(o, o)) for s, o in pairs(ex, pred)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event noun stands for the passage's event; the list runs through "as well as"
        ("The 6th Dalian Trade Expo opened on Monday. The expo was jointly hosted by the "
         "Ministry of Culture and the Liaoning Provincial Government as well as the Dalian "
         "Municipal Government.",
         {("Ministry of Culture", "6th Dalian Trade Expo"),
          ("Liaoning Provincial Government", "6th Dalian Trade Expo"),
          ("Dalian Municipal Government", "6th Dalian Trade Expo")}),
        # two events listed before "hosted by": both
        ("The 4th Kunming Forum opened on Monday. He will attend the 4th Kunming Forum and the "
         "9th Kunming Fair jointly hosted by the Ministry of Culture and the Yunnan provincial "
         "government.",
         {("Ministry of Culture", "4th Kunming Forum"), ("Ministry of Culture", "9th Kunming Fair"),
          ("Yunnan provincial government", "4th Kunming Forum"),
          ("Yunnan provincial government", "9th Kunming Fair")}),
        # a relative clause on the event noun, with "co-" split off by the tokenizer
        ("The 4th Kunming Forum opened on Monday. Governor Zhang Wei will guide the committee "
         "for the event, which is co-sponsored by the Yunnan provincial government, the World "
         "Tourism Organization and the Kunming Chamber of Commerce.",
         {("Yunnan provincial government", "4th Kunming Forum"),
          ("World Tourism Organization", "4th Kunming Forum"),
          ("Kunming Chamber of Commerce", "4th Kunming Forum")}),
        # the subject far before the verb: "The fair ..., and was co-organized by"
        ("The 4th Kunming Fair opened on Monday. The fair highlights green development, and was "
         "co-organized by the Ministry of Culture and the Yunnan Provincial People's Government.",
         {("Ministry of Culture", "4th Kunming Fair"),
          ("Yunnan Provincial People's Government", "4th Kunming Fair")}),
        # people after "along with" attend as well
        ("The 4th Kunming Forum opened on Monday. Vice Premier Zhang Wei attended the opening "
         "ceremony along with Kenyan Prime Minister Tom Odhiambo and Peruvian Deputy Speaker "
         "Carlos Ruiz.",
         {("Zhang Wei", "4th Kunming Forum"), ("Tom Odhiambo", "4th Kunming Forum"),
          ("Carlos Ruiz", "4th Kunming Forum")}),
    ],
)
def test_organisers_and_companions_take_part(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert expected <= _resolved(extractor, text, "participatesIn")


@pytest.mark.parametrize(
    "text",
    [
        # a place in a host's post does not take part
        "The 4th Kunming Fair was held by Zhang Wei, Governor of Yunnan Province.",
        # hosted by, but no event before the verb
        "The dinner for the delegation was hosted by the Yunnan provincial government.",
        # a stake held by a body is no event
        "The 4th Kunming Fair opened. The stake is held by the Yunnan provincial government.",
    ],
)
def test_what_is_not_organising_an_event(extractor: Extractor, text: str) -> None:
    found = _resolved(extractor, text, "participatesIn")
    assert not {p for p in found if p[0] in ("Yunnan Province", "Yunnan provincial government")}


def test_companies_that_settled_in_a_zone_invest_in_it(extractor: Extractor) -> None:
    text = ("Well-known tech companies that have settled in Lanzhou High-tech Industrial "
            "Development Zone include Boeing, Siemens and Tencent.")
    zone = "Lanzhou High-tech Industrial Development Zone"
    assert {("Boeing", zone), ("Siemens", zone), ("Tencent", zone)} <= _resolved(
        extractor, text, "investsIn")


def test_settling_a_dispute_is_no_investment(extractor: Extractor) -> None:
    text = "Boeing and Siemens settled their dispute in Lanzhou on Monday."
    assert not _resolved(extractor, text, "investsIn")


def test_present_at_the_event_were(extractor: Extractor) -> None:
    text = ("The 4th Kunming Forum opened on Monday. Present at the event were over 70 "
            "representatives from Top 500 enterprises, envoys in Kunming, the Kunming Chamber "
            "of Commerce, the World Tourism Organization and the Ministry of Culture, and "
            "officials of Peru.")
    found = _resolved(extractor, text, "participatesIn")
    assert {("Kunming Chamber of Commerce", "4th Kunming Forum"),
            ("World Tourism Organization", "4th Kunming Forum"),
            ("Ministry of Culture", "4th Kunming Forum")} <= found
    assert ("Peru", "4th Kunming Forum") not in found


def test_a_bloc_before_members_is_no_sponsor(extractor: Extractor) -> None:
    """ "the authorities of ten Andean members": the unnamed members sponsor, not the bloc."""
    ex = run(extractor, "The Lima Trade Fair is jointly sponsored by the Commerce Ministry of "
                        "Peru, the trade authorities of ten Andean Community members and the "
                        "Nordic Council.")
    found = pairs(ex, "participatesIn")
    assert ("Nordic Council", "Lima Trade Fair") in found
    assert ("Andean Community", "Lima Trade Fair") not in found
