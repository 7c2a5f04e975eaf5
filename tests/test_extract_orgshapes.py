"""How news of this genre says that organisations invest and take part, on invented
sentences and invented names: investment drawn by a place, a project "invested by" a
company, a group of companies named in the next sentence (kg/extract/business/ventures.py), a plant
"of" a company or "located in" a place (kg/extract/business/facilities.py); events drawing
exhibitors, pavilions, companies acting at an event, organisers "together with" others,
the company of a speaker (kg/extract/gatherings/participants.py, organisers.py); host cities
and an event's city over its province (kg/extract/business/described.py, places.py); markets
listed after "countries, including" (kg/extract/business/routes.py); and the agent a relative
clause or an appositive gives (kg/extract/agents.py), not a dateline's place, and no place in its
own cities.
"""

from __future__ import annotations

import pytest
from extracting import named_triples, run, triples

from kg.extract import Extractor

EXPO = "The 5th Linzhou Trade Expo opened on Monday. "
EV = "5th Linzhou Trade Expo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place attracting investment, or companies to invest
        ("Linzhou attracted investment from Korvath Group and Belmira Co., Ltd. last year.",
         {("Korvath Group", "investsIn", "Linzhou"),
          ("Belmira Co., Ltd.", "investsIn", "Linzhou")}),
        ("Linzhou has attracted Korvath Group and Belmira Co., Ltd. to set up factories.",
         {("Korvath Group", "investsIn", "Linzhou"),
          ("Belmira Co., Ltd.", "investsIn", "Linzhou")}),
        ("The Linzhou Economic Development Zone has attracted more than 300 enterprises, "
         "including Korvath Group and Belmira Co., Ltd.",
         {("Korvath Group", "investsIn", "Linzhou Economic Development Zone"),
          ("Belmira Co., Ltd.", "investsIn", "Linzhou Economic Development Zone")}),
        ("Hunan has attracted Korvath Group to build a plant in Linzhou.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        # a project invested by a company, located somewhere
        ("The project, invested by Korvath Group, is located in Linzhou.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        # "one of the companies that", "which": the name the relative clause is about
        ("Korvath Group is one of the Fortune 500 companies that have invested in Linzhou.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        ("Korvath Group, which has invested in Linzhou, makes cars.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        # a plant of a company, a plant that a company opens located somewhere
        ("The Linzhou plant of Korvath Group started operation in May.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        ("Korvath Group initiated a new plant located in Linzhou.",
         {("Korvath Group", "investsIn", "Linzhou")}),
        # a group of companies invests; the next sentences name them
        ("More than 200 multinational corporations have set up regional headquarters in "
         "Linzhou. Yesterday 19 of them received certificates. The 19 companies included "
         "Korvath Group, Belmira Co., Ltd. and Zantor Corporation.",
         {("Korvath Group", "investsIn", "Linzhou"), ("Belmira Co., Ltd.", "investsIn", "Linzhou"),
          ("Zantor Corporation", "investsIn", "Linzhou")}),
        # an event drawing exhibitors from countries; delegations coming to it
        ("The Linzhou Trade Expo attracted exhibitors from 50 countries, including Peru, Chile "
         "and Kenya.",
         {("Peru", "participatesIn", "Linzhou Trade Expo"),
          ("Chile", "participatesIn", "Linzhou Trade Expo"),
          ("Kenya", "participatesIn", "Linzhou Trade Expo")}),
        ("Delegations from Peru, Chile and Kenya came to the Linzhou Trade Expo.",
         {("Peru", "participatesIn", "Linzhou Trade Expo"),
          ("Chile", "participatesIn", "Linzhou Trade Expo"),
          ("Kenya", "participatesIn", "Linzhou Trade Expo")}),
        ("The 5th Linzhou Trade Expo brought together more than 500 companies, including "
         "Korvath Group and Belmira Co., Ltd.",
         {("Korvath Group", "participatesIn", EV), ("Belmira Co., Ltd.", "participatesIn", EV)}),
        # organising it; hosts "together with" others; governments and committees of places
        ("The Ministry of Commerce and the Hunan Provincial Government jointly organized the "
         "Linzhou Trade Expo.",
         {("Ministry of Commerce", "participatesIn", "Linzhou Trade Expo"),
          ("Hunan Provincial Government", "participatesIn", "Linzhou Trade Expo")}),
        (EXPO + "It was hosted by the Linzhou Municipal Government together with the Hunan "
         "Commerce Department.",
         {("Linzhou Municipal Government", "participatesIn", EV),
          ("Hunan Commerce Department", "participatesIn", EV)}),
        (EXPO + "The expo is jointly sponsored by the governments of Hunan, Hubei and Jiangxi "
         "provinces.", {("Hunan", "participatesIn", EV), ("Jiangxi", "participatesIn", EV)}),
        # present at the event (a sentence-initial "Present" the tagger takes for a name)
        (EXPO + "Present at the event were envoys in China, the Linzhou Friendship Association "
         "and the Hunan Chamber of Commerce.",
         {("Linzhou Friendship Association", "participatesIn", EV),
          ("Hunan Chamber of Commerce", "participatesIn", EV)}),
        # acting at an event; showing at a pavilion or booth; taking part in it
        ("At the 5th Linzhou Trade Expo, Korvath Group signed contracts worth 2 billion yuan.",
         {("Korvath Group", "participatesIn", EV)}),
        ("During the 5th Linzhou Trade Expo, the Linzhou Municipal Government signed 30 "
         "projects.", {("Linzhou Municipal Government", "participatesIn", EV)}),
        ("The Hunan pavilion at the 5th Linzhou Trade Expo attracted many visitors.",
         {("Hunan", "participatesIn", EV)}),
        ("Korvath Group set up a booth at the 5th Linzhou Trade Expo.",
         {("Korvath Group", "participatesIn", EV)}),
        ("Peru confirmed its participation in the 5th Linzhou Trade Expo.",
         {("Peru", "participatesIn", EV)}),
        # markets listed after "countries, including"
        ("Korvath Group's products are sold to more than 50 countries, including Peru and "
         "Kenya.", {("Korvath Group", "tradesWith", "Peru"),
                    ("Korvath Group", "tradesWith", "Kenya")}),
        # taking part in "the event"; the host city of the passage's event
        (EXPO + "More than 300 exhibitors from Peru, Chile and Kenya are taking part in the "
         "event.", {("Peru", "participatesIn", EV), ("Kenya", "participatesIn", EV)}),
        ("The modern face of the host city of Changchun will be on display during the "
         "upcoming 5th Linzhou Trade Expo.",
         {("5th Linzhou Trade Expo", "locatedIn", "Changchun"),
          ("Changchun", "participatesIn", "5th Linzhou Trade Expo")}),
        # the zone a province develops, wherever it is
        ("Hunan has established several new zones, including the Linzhou Demonstration Zone in "
         "Changsha.", {("Hunan", "investsIn", "Linzhou Demonstration Zone")}),
        # a speaker's company takes part
        (EXPO + "At the opening ceremony, guests including Mary Stone, Sourcing Director at "
         "Korvath Group, made speeches.", {("Korvath Group", "participatesIn", EV)}),
    ],
)
def test_org_relations_of_the_genre(extractor: Extractor, text: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    assert expected <= named_triples(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # visitors drawn from a place say nothing of investing
        ("Linzhou attracted visitors from Korvath Group.",
         ("Korvath Group", "investsIn", "Linzhou")),
        # the company that invested a project is not where the project is
        ("The project, invested by Korvath Group, is located in Linzhou.",
         ("Korvath Group", "locatedIn", "Linzhou")),
        # a unit's parent does not open the unit's plant
        ("Zorvan Flow, a unit of Brellix Holdings, today opened a new plant in Chengdu.",
         ("Brellix Holdings", "investsIn", "Chengdu")),
        # a common noun's possessor is not what a relative pronoun stands for
        ("Traders bring a bustle to Linzhou's markets and hotels that take \"International\" "
         "in their names.", ("Linzhou", "participatesIn", "International")),
        # someone else's speech set at an event: the embassy only says so
        ("More than 30 Peruvian companies exhibited at the 5th Linzhou Trade Expo, said the "
         "Peruvian Embassy in China.", ("Peruvian Embassy", "participatesIn", EV)),
        # an event is in its city, not also in the city's province (ANNOTATION.md)
        ("The 10th Linzhou Trade Expo will be held in Jilin Province. The host city of "
         "Changchun is ready.", ("10th Linzhou Trade Expo", "locatedIn", "Jilin Province")),
        # a dateline's place does not act; a province does not invest in its own city
        ("CHANGSHA - Peruvian Prime Minister Juan Vela eyed more investment between China and "
         "Peru during his visit.", ("CHANGSHA", "investsIn", "Peru")),
        ("Hunan has established several new zones, including the Linzhou Demonstration Zone in "
         "Changsha.", ("Hunan", "investsIn", "Changsha")),
        # companies that invested, and a later sentence about other companies
        ("Many companies have invested in Linzhou. Its rivals include Korvath Group.",
         ("Korvath Group", "investsIn", "Linzhou")),
    ],
)
def test_what_the_genre_rules_do_not_say(extractor: Extractor, text: str,
                                         absent: tuple[str, str, str]) -> None:
    assert absent not in triples(run(extractor, text))
