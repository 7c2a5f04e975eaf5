"""Taking part in the passage's event said with no event word (kg/extract/gatherings/attendance.py):
"were present", exhibitors showing goods. Invented sentences and names."""

from __future__ import annotations

import pytest
from extracting import confident, pairs, rules_only, run

from kg.extract import Extractor

_EXPO = "The 8th Silk Valley Expo kicked off in Lanzhou on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_EXPO + "Vice Premier Hu Ming and Governor Tang Wei were present.",
         {("Hu Ming", "8th Silk Valley Expo"), ("Tang Wei", "8th Silk Valley Expo")}),
        (_EXPO + "Representatives from Egypt and Iran were also present.",
         {("Egypt", "8th Silk Valley Expo"), ("Iran", "8th Silk Valley Expo")}),
        (_EXPO + "Borwick Motors showcased its newest electric car, while Halvard Electronics "
         "displayed a smart home system.",
         {("Borwick Motors", "8th Silk Valley Expo"),
          ("Halvard Electronics", "8th Silk Valley Expo")}),
        (_EXPO + "During the event, 32 projects were signed. Tarvik Energy signed a solar "
         "project with the Lanzhou government.", {("Tarvik Energy", "8th Silk Valley Expo")}),
        (_EXPO + "As the host, Gansu Province signed 198 projects worth 170 billion yuan.",
         {("Gansu Province", "8th Silk Valley Expo")}),
    ],
)
def test_taking_part_in_the_passage_event(extractor: Extractor, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "participatesIn")


@pytest.mark.parametrize(
    "text",
    [
        # no event in the document
        "Vice Premier Hu Ming and Governor Tang Wei were present.",
        "Borwick Motors showcased its newest electric car in Lanzhou.",
        # attending something else
        _EXPO + "Hu Ming attended Lanzhou University in the 1990s.",
        # present at something named is not bare presence, and "present" as a verb
        _EXPO + "Borwick Motors will present a report to the Gansu government.",
        # signing before any event is named; signing in a passage about a meeting
        "Borwick Motors signed a contract in Lanzhou. The 8th Silk Valley Expo opens in May.",
        "The 3rd Lanzhou Business Meeting was held on Monday. Borwick Motors signed a deal.",
        # the place companies come from is not the signer
        _EXPO + "Moreover, 25 companies from Linhai signed 29 agreements with foreign firms.",
    ],
)
def test_no_passage_event_taken(extractor: Extractor, text: str) -> None:
    """The rules take no one into the passage's event here; whatever the learned model adds
    (a person of a document with one event) stays below the confidence users filter on."""
    names = ("Hu Ming", "Tang Wei", "Borwick Motors", "Linhai")
    found = pairs(run(rules_only(extractor), text), "participatesIn")
    assert not {p for p in found if p[0] in names}
    assert not {p for p in confident(run(extractor, text), "participatesIn") if p[0] in names}


def test_meeting_an_events_guests_is_not_taking_part(extractor: Extractor) -> None:
    """"X met with guests attending the fair": the guests attend it, X does not; a name in
    the noun's own phrase still does ("Delegates from Laos attending the fair")."""
    text = ("On July 7, Governor Zhao Lei of Hubei met with guests attending the 22nd Wuhan "
            "Trade Fair. Delegates from Laos attending the 22nd Wuhan Trade Fair visited Hubei.")
    found = pairs(run(extractor, text), "participatesIn")
    assert ("Zhao Lei", "22nd Wuhan Trade Fair") not in found
    assert ("Laos", "22nd Wuhan Trade Fair") in found


_FAIR = ("On the 16th, the 12th Lorvan International Trade Fair signing ceremony was held in "
         "Harbin. ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_FAIR + "Hu Ming, Secretary of the Lorvan Provincial Party Committee, and Tang Wei, "
         "Governor of Lorvan Province, witnessed the signing.",
         {("Hu Ming", "12th Lorvan International Trade Fair"),
          ("Tang Wei", "12th Lorvan International Trade Fair")}),
        (_FAIR + "\n\nProvincial leaders Li Gang, Wang Dao and Zhou Lin witnessed the signing "
         "together.", {("Li Gang", "12th Lorvan International Trade Fair"),
                       ("Zhou Lin", "12th Lorvan International Trade Fair")}),
        # "at the fair" points back to it
        ("The 12th Lorvan International Trade Fair was held in Harbin. Governor Hu Ming "
         "witnessed the signing of 30 deals at the fair.",
         {("Hu Ming", "12th Lorvan International Trade Fair")}),
    ],
)
def test_witnessing_the_signing_at_a_fair(extractor: Extractor, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(rules_only(extractor), text), "participatesIn")


def test_witnessing_a_signing_with_no_event_is_nothing(extractor: Extractor) -> None:
    text = ("Minister Hu Ming and party boss Tang Wei on Monday witnessed the signing of a pact "
            "between Lorvan and Gansu.")
    assert not pairs(run(rules_only(extractor), text), "participatesIn")
