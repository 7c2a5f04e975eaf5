"""Visits told as travel (kg/extract/people/visits.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming arrived in Chengdu on Monday for a three-day visit.", ("Li Ming", "Chengdu")),
        ("Wang Hao went to Suzhou to investigate foreign trade enterprises.",
         ("Wang Hao", "Suzhou")),
        ("Chen Gang carried out an inspection tour in Wuxi.", ("Chen Gang", "Wuxi")),
        ("Zhou Bin traveled to Germany and met business leaders.", ("Zhou Bin", "Germany")),
        ("Liu Yang came to Hefei for research on Monday.", ("Liu Yang", "Hefei")),
        ("Governor Wang Hao paid a visit to Huawei on Monday.", ("Wang Hao", "Huawei")),
        ("A delegation led by Mayor Zhou Bin visited Osaka and Kobe.", ("Zhou Bin", "Kobe")),
    ],
)
def test_travel_that_is_a_visit(extractor: Extractor, text: str,
                                expected: tuple[str, str]) -> None:
    assert expected in visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # coming somewhere and speaking is no visit unless the sentence says so
        "Liu Yang came to Hefei on Monday and said trade grew.",
        "Exports went to Germany and France.",
    ],
)
def test_movement_alone_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not visits(extractor, text)


def test_coming_home_after_a_trip_visits_only_the_trip(extractor: Extractor) -> None:
    found = visits(extractor, "Wang Lin, Governor of Gansu Province, returned to Lanzhou on "
                              "Friday after leading a delegation on a visit to Mongolia.")
    assert ("Wang Lin", "Mongolia") in found
    assert ("Wang Lin", "Lanzhou") not in found


def test_who_accompanies_the_visit_visits_what_its_leader_visited(
        extractor: Extractor) -> None:
    found = visits(extractor, "Guo Ping led a delegation to Japan. The delegation visited "
                              "Tokyo and Osaka. Vice Mayor Sun Jie accompanied the visit.")
    assert {("Sun Jie", "Tokyo"), ("Sun Jie", "Osaka")} <= found


def test_accompanying_with_two_visitors_is_no_ones_visit(extractor: Extractor) -> None:
    found = visits(extractor, "Guo Ping visited Wuxi. Tang Yu visited Suzhou. Sun Jie "
                              "accompanied the visit.")
    assert not {v for v in found if v[0] == "Sun Jie"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Tom Baker, who is on a four-day official visit to Peru, has arrived at "
         "Lima airport this morning.", {("Tom Baker", "Peru")}),
        ("French Prime Minister Tom Baker eyed more investment between Peru and France during "
         "his visit to Cusco on Monday.", {("Tom Baker", "Cusco")}),
        ("Governor Mary Lutz is on an 11-day trade mission to Japan and Peru.",
         {("Mary Lutz", "Japan"), ("Mary Lutz", "Peru")}),
        # the traveller after "of"
        ("The ambassador followed up on what was agreed during the visit of Governor Li Ming "
         "to Qatar in 2019.", {("Li Ming", "Qatar")}),
        # the agent of the passive verb the trip is told with
        ("The agreement was signed by Zhang Wei, Governor of Hubei, during a visit to Siemens "
         "headquarters in Munich.", {("Zhang Wei", "Siemens"), ("Zhang Wei", "Munich")}),
    ],
)
def test_the_one_on_a_trip_visits_its_places(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "visited")


def test_someone_elses_trip_is_not_the_speakers(extractor: Extractor) -> None:
    ex = run(extractor, "Mary Lutz said his visit to Peru was a success.")
    assert ("Mary Lutz", "Peru") not in pairs(ex, "visited")
    # the visit of a group is not the visit of the one who praises it
    ex = run(extractor, "Mary Lutz praised the visit of the Peru delegation to Wuhan.")
    assert ("Mary Lutz", "Wuhan") not in pairs(ex, "visited")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Kovar, Governor of Ohio, led a trade mission to China.", {("Ann Kovar", "China")}),
        ("Premier Tom Brandt brought a delegation of businesses to China in May.",
         {("Tom Brandt", "China")}),
        ("A trade mission to Japan led by Zhou Bin signed deals.", {("Zhou Bin", "Japan")}),
        ("In the final days of her trade mission to Japan and Norway, Gov. Ann Kovar met "
         "investors.", {("Ann Kovar", "Japan"), ("Ann Kovar", "Norway")}),
    ],
)
def test_who_leads_a_mission_visits_its_destination(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Bin sent a delegation to Japan.",  # sending is not going
        "Tom Brandt was brought to Hefei by a delegation.",
    ],
)
def test_sending_a_mission_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liu Yang, Governor of Anhui Province, arrived in Hefei on Monday.\nThe governor later "
         "inspected Norland Electric Co., Ltd.", ("Liu Yang", "Norland Electric Co., Ltd.")),
        ("Governor Ann Kovar arrived in Beijing on Monday.\nAfter traveling to Shanghai, the "
         "governor and her delegation rode the train.", ("Ann Kovar", "Shanghai")),
        ("Premier Tom Brandt brought a delegation of businesses to China in May. The mission "
         "visited places including Hefei, Wuhu and Huainan.", ("Tom Brandt", "Huainan")),
    ],
)
def test_the_governor_and_the_mission_point_back_to_one_person(
        extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in visits(extractor, text)


def test_the_governor_with_two_governors_before_is_no_one(extractor: Extractor) -> None:
    found = visits(extractor, "Governor Ann Kovar and Governor Liu Yang arrived in Beijing.\n"
                              "The governor later inspected Norland Electric Co., Ltd.")
    assert not {v for v in found if v[1] == "Norland Electric Co., Ltd."}


def test_a_mission_with_two_leaders_gives_its_visits_to_no_one(extractor: Extractor) -> None:
    found = visits(extractor, "Tom Brandt led a delegation to Japan. Ann Kovar led a mission "
                              "to Norway. The mission visited Hefei.")
    assert not {v for v in found if v[1] == "Hefei"}


def test_a_named_possessors_visit_is_theirs(extractor: Extractor) -> None:
    ex = run(extractor, "In Lima, Tom Baker toured the eco-city planned during President Mary "
                        "Lutz's state visit to Peru in 2014.")
    visited = pairs(ex, "visited")
    assert ("Mary Lutz", "Peru") in visited
    assert ("Tom Baker", "Peru") not in visited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mary Lutz came to Fjordline Foods to learn about its cold chain.",
         {("Mary Lutz", "Fjordline Foods")}),
        ("Tom Baker spent two days in Cusco.", {("Tom Baker", "Cusco")}),
        ("Tom Baker, who is visiting Peru, said trade grew.", {("Tom Baker", "Peru")}),
    ],
)
def test_trips_said_by_their_purpose_or_stay(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker spent two million dollars in Cusco.",
        "Tom Baker came to Cusco in 2009 and has lived there since.",
        "Hotels in Cusco that take visitors from Peru were full.",
    ],
)
def test_no_trip_without_purpose_or_stay(extractor: Extractor, text: str) -> None:
    assert not pairs(run(extractor, text), "visited")


def test_everyone_of_a_list_of_three_visits(extractor: Extractor) -> None:
    visited = pairs(run(extractor, "Tom Baker, Mary Lutz and Anna Berg visited Fjordline Foods."),
                    "visited")
    assert visited == {("Tom Baker", "Fjordline Foods"), ("Mary Lutz", "Fjordline Foods"),
                       ("Anna Berg", "Fjordline Foods")}


def test_the_place_of_an_investigation_conducted(extractor: Extractor) -> None:
    ex = run(extractor, "Mary Lutz conducted an investigation in Cusco on Tuesday.")
    assert ("Mary Lutz", "Cusco") in pairs(ex, "visited")


def test_a_delegation_arriving_is_a_visit(extractor: Extractor) -> None:
    ex = run(extractor, "Mary Lutz's delegation arrived in Cusco on Monday.")
    assert ("Mary Lutz", "Cusco") in pairs(ex, "visited")


@pytest.mark.parametrize("move", ["travelled to Stuttgart", "arrived in Stuttgart"])
def test_where_the_delegation_goes_its_one_leader_visits(extractor: Extractor,
                                                         move: str) -> None:
    found = visits(extractor, "A trade delegation led by Chen Ming, Vice Governor of Zhejiang "
                              f"Province, visited Germany in June. The delegation then {move} "
                              "for talks with carmakers.")
    assert {("Chen Ming", "Germany"), ("Chen Ming", "Stuttgart")} <= found


# kg/extract/people/stopovers.py: the stops of a trip and what "it" / "they" (the delegation) visit
_TRIP = "Chen Hua, Vice Governor of Hebei Province, led a delegation to Norway. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TRIP + "In Oslo, Chen met with Karl Olsen, Mayor of Oslo.", ("Chen", "Oslo")),
        (_TRIP + "In Bergen, Chen held talks with Anna Berg, Governor of Vestland.",
         ("Chen", "Bergen")),
        (_TRIP + "In Oslo, the delegation visited Nordic Steel Group.", ("Chen Hua", "Oslo")),
        ("Chen Hua, Vice Governor of Hebei Province, visited Norway from June 3 to 9. During "
         "his stay in Oslo, Chen met with Karl Olsen.", ("Chen", "Oslo")),
        ("Karl Olsen led a delegation to Hebei. During their three-day stay in Tangshan, the "
         "delegation visited Hebei Iron Company.", ("Karl Olsen", "Tangshan")),
    ],
)
def test_where_a_traveller_is_said_to_be_is_a_stop_of_the_trip(
        extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the host is at home: Shijiazhuang is in the province he serves
        ("Karl Olsen led a delegation to Hebei. In Shijiazhuang, Li Ming, Governor of Hebei "
         "Province, met with Karl Olsen.", ("Li Ming", "Shijiazhuang")),
        # he visited a company, but Shijiazhuang is still in his own province
        ("Li Ming, Governor of Hebei Province, visited Hebei Iron Company on Monday. In "
         "Shijiazhuang, Li Ming met with Karl Olsen.", ("Li Ming", "Shijiazhuang")),
        # no trip told of: where someone meets a guest is no visit
        ("In Oslo, Anna Berg met with Karl Olsen on Monday.", ("Anna Berg", "Oslo")),
    ],
)
def test_a_place_at_home_or_with_no_trip_is_no_stop(
        extractor: Extractor, text: str, place: tuple[str, str]) -> None:
    assert place not in visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TRIP + "The delegation then travelled to Bergen, where it visited Nordic Steel Group "
         "and Fjord Fisheries Co.", {("Chen Hua", "Nordic Steel Group"),
                                      ("Chen Hua", "Fjord Fisheries Co.")}),
        ("Karl Olsen led a delegation to Hebei. During their stay, they paid visits to Hebei "
         "Iron Company and Tangshan Port Group.", {("Karl Olsen", "Hebei Iron Company"),
                                                   ("Karl Olsen", "Tangshan Port Group")}),
    ],
)
def test_it_or_they_after_the_delegation_is_the_delegation(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


def test_they_with_no_delegation_is_no_one(extractor: Extractor) -> None:
    text = ("Karl Olsen and Anna Berg are partners. They paid visits to Hebei Iron Company "
            "and Tangshan Port Group.")
    assert not {o for _, o in visits(extractor, text)} & {"Hebei Iron Company"}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Li Ming visited Fjord Logistics Co., Ltd., a Tianjin-based company, in Oslo.",
        "Karl Olsen led a delegation to Norway. The delegation visited the Oslo warehouse of "
        "Fjord Logistics Co., Ltd., a Tianjin-based firm.",
    ],
)
def test_a_place_before_based_only_describes_the_firm(extractor: Extractor, text: str) -> None:
    visited = visits(extractor, text)
    assert any(o == "Fjord Logistics Co., Ltd." for _, o in visited)
    assert not any(o == "Tianjin" for _, o in visited)


def test_the_delegation_of_a_leader_named_in_apposition_visits(extractor: Extractor) -> None:
    text = ("Karl Olsen, the leader of the delegation, said the trip was fruitful. The "
            "delegation also visited Hebei Iron Company and Tangshan Port Group.")
    assert {("Karl Olsen", "Hebei Iron Company"),
            ("Karl Olsen", "Tangshan Port Group")} <= visits(extractor, text)


def test_where_a_visitor_comes_from_is_not_visited(extractor: Extractor) -> None:
    text = "A delegation headed by Karl Olsen arrived on a one-day visit from Oslo."
    assert ("Karl Olsen", "Oslo") not in visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is a pleasure to welcome you to this beautiful city of Tangshan. During his visit "
         "here in 2017, President Li Ming praised Tangshan as a garden city.",
         ("Li Ming", "Tangshan")),
        ("OSLO, June 3 (Xinhua) -- Li Ming, Governor of Hebei Province, arrived here on Monday "
         "for a three-day visit.", ("Li Ming", "OSLO")),
    ],
)
def test_a_visit_here_is_to_the_place_written_from(extractor: Extractor, text: str,
                                                   expected: tuple[str, str]) -> None:
    assert expected in visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, June 3 (Xinhua) -- Karl Olsen, Mayor of Oslo, said here on Monday that trade grew.",
        "OSLO, June 3 -- Karl Olsen, Mayor of Oslo, works here and met Li Ming on Monday.",
    ],
)
def test_here_without_a_visit_is_no_visit(extractor: Extractor,
                                                       text: str) -> None:
    assert not any(o.lower() == "oslo" for _, o in visits(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming stopped at Hebei Iron Company to learn about its production.",
         ("Li Ming", "Hebei Iron Company")),
        ("Li Ming went deep into Hebei Iron Company and Tangshan Port Group for research.",
         ("Li Ming", "Tangshan Port Group")),
        # a stop of a trip told of before
        ("Li Ming visited Tangshan on Monday. At Hebei Iron Company, Li Ming learned about its "
         "production.", ("Li Ming", "Hebei Iron Company")),
    ],
)
def test_stops_and_going_into_a_company(extractor: Extractor, text: str,
                                        expected: tuple[str, str]) -> None:
    assert expected in visits(extractor, text)


def test_at_a_company_with_no_trip_is_no_visit(extractor: Extractor) -> None:
    assert not visits(extractor, "At Hebei Iron Company, Li Ming learned about its production.")


def test_an_official_does_not_visit_the_place_or_body_of_his_post(extractor: Extractor) -> None:
    text = ("Karl Olsen, President of Nordic Steel Group, led a delegation to visit Hunan and "
            "paid a courtesy visit to Xu Wei, Deputy Secretary of Hunan Provincial Party "
            "Committee and Governor of Hunan Province.")
    assert not {v for v in visits(extractor, text) if v[0] == "Xu Wei"}


def test_an_official_visits_places_inside_his_province(extractor: Extractor) -> None:
    text = "Li Ming, Governor of Hebei Province, visited Tangshan and Hebei Iron Company."
    assert {("Li Ming", "Tangshan"), ("Li Ming", "Hebei Iron Company")} <= visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming met with the visiting Norwegian Minister Karl Olsen in Shijiazhuang on Monday.",
         {("Karl Olsen", "Shijiazhuang")}),
        ("Visiting Mayor Karl Olsen of Oslo held talks with Li Ming in Tangshan.",
         {("Karl Olsen", "Tangshan")}),
        # no one said to be visiting: the place of a meeting is no one's visit
        ("Li Ming met with Karl Olsen in Shijiazhuang on Monday.", set()),
    ],
)
def test_the_visiting_guest_visits_the_place_of_the_meeting(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert visits(extractor, text) == expected


def test_a_place_that_only_locates_the_destination_is_not_visited(
        extractor: Extractor) -> None:
    text = ("A delegation led by Zhou Bin paid a visit on Monday to the cities of Kobe and "
            "Osaka, located in western Japan, to seek deals.")
    found = visits(extractor, text)
    assert ("Zhou Bin", "Kobe") in found
    assert ("Zhou Bin", "Japan") not in found


def test_being_somewhere_on_a_trip_and_meeting_there(extractor: Extractor) -> None:
    found = visits(extractor, "Premier Mark Cole is in China this week on a trade mission, and "
                              "he met Party Secretary Li Ming in Hangzhou on Tuesday.")
    assert {("Mark Cole", "China"), ("Mark Cole", "Hangzhou")} <= found


def test_being_somewhere_for_something_else_is_no_visit(extractor: Extractor) -> None:
    assert not visits(extractor, "Karl Olsen was in Oslo for the signing of the agreement.")


def test_the_traveller_by_his_surname_meets_someone_on_the_trip(extractor: Extractor) -> None:
    found = visits(extractor, "Lt. Governor Mike Foley traveled to China for a trade mission. "
                              "On Monday, Foley met with Governor Li Ming in Xi'an.")
    assert {s for s, o in found if o == "Xi'an"} & {"Foley", "Mike Foley"}


def test_a_site_visited_by_someone(extractor: Extractor) -> None:
    found = visits(extractor, "Hanfeng Motors Co., Ltd. in Xiamen was visited by Governor Li Ming "
                              "on Monday.")
    assert ("Li Ming", "Hanfeng Motors Co., Ltd.") in found
    assert ("Li Ming", "Xiamen") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # setting off on a trip: the one who sets off visits its places
        ("Gov. Dana Whitfield departs Friday on a trade mission to Vietnam.",
         {("Dana Whitfield", "Vietnam")}),
        ("Mayor Karl Olsen set off on Monday on a five-day visit to Japan.",
         {("Karl Olsen", "Japan")}),
    ],
)
def test_setting_off_on_a_trip(extractor: Extractor, text: str,
                               expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "visited") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trip is the subject, the travellers its object, the stops after "to"
        ("A delegation led by Marco Bellini, Mayor of Turin, visited Jiangsu from May 2 to 6. "
         "The five-day visit took the delegation to the cities of Nanjing, Suzhou and Wuxi.",
         {("Marco Bellini", "Jiangsu"), ("Marco Bellini", "Nanjing"),
          ("Marco Bellini", "Suzhou"), ("Marco Bellini", "Wuxi")}),
        ("The trip also took Governor Liu Qiang to Hamburg and Bremen.",
         {("Liu Qiang", "Hamburg"), ("Liu Qiang", "Bremen")}),
        # no traveller the text names: no visit
        ("The tour took them to Hamburg.", set()),
        ("The visit took place in Hamburg.", set()),
    ],
)
def test_a_trip_that_took_its_travellers_somewhere(extractor: Extractor, text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert visits(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Arlo Venn, who is on a four-day official visit to China, has arrived at "
        "Linzhou International Airport this morning. He is accompanied by State Minister Lena "
        "Hartwig.",
        "Governor Chen Lin arrived at Linzhou Railway Station on Monday for a two-day visit.",
    ],
)
def test_arriving_at_an_airport_is_not_visiting_it(extractor: Extractor, text: str) -> None:
    visited = pairs(run(extractor, text), "visited")
    assert not any(place.endswith(("Airport", "Station")) for _, place in visited)


def test_inspecting_an_airport_is_visiting_it(extractor: Extractor) -> None:
    text = "Governor Chen Lin inspected Linzhou International Airport on Monday."
    assert ("Chen Lin", "Linzhou International Airport") in pairs(run(extractor, text),
                                                                  "visited")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes the first name a modifier of the second's
        ("Consul General Sardar Ahmed and Counsellor Imran Khalid visited Hainan on Sunday.",
         {("Sardar Ahmed", "Hainan"), ("Imran Khalid", "Hainan")}),
        ("Consul General Sardar Ahmed along with Counsellor Imran Khalid paid a two-day visit "
         "to Hainan on Sunday.", {("Sardar Ahmed", "Hainan"), ("Imran Khalid", "Hainan")}),
    ],
)
def test_everyone_of_a_joined_subject_visits(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "visited")


def test_a_country_that_locates_the_place_is_not_visited(extractor: Extractor) -> None:
    text = ("Consul General Sardar Ahmed paid a three-day visit to Guangxi Zhuang Autonomous "
            "Region of China and attended the fair.")
    assert visits(extractor, text) == {("Sardar Ahmed", "Guangxi Zhuang Autonomous Region")}


@pytest.mark.parametrize(
    "text",
    [
        "The chairperson Ms. Wang Li was also extended an invitation to visit Pakistan.",
        "Governor Li Ming invited Karl Olsen to visit Norway next year.",
        "Karl Olsen plans to visit Hubei next year.",
        # "hoped" read by its written form (the small pipeline's lemma is "hop")
        "Governor Li Ming hoped to visit Kazakhstan next year.",
    ],
)
def test_a_visit_only_proposed_is_no_visit(extractor: Extractor, text: str) -> None:
    assert visits(extractor, text) == set()


def test_a_name_before_a_comma_is_no_fellow_visitor(extractor: Extractor) -> None:
    text = "After meeting Karl Olsen, Li Ming visited Wuhan."
    assert visits(extractor, text) == {("Li Ming", "Wuhan")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Upon his arrival in Wuhan, Prime Minister Karl Olsen met with Zhou Ping.",
         {("Karl Olsen", "Wuhan")}),
        ("After Karl Olsen's arrival in Kunming, the talks began.", {("Karl Olsen", "Kunming")}),
        # where a journey ends is no visit
        ("Upon his arrival at Wuhan Tianhe International Airport, Karl Olsen met Zhou Ping.",
         set()),
        # an arrival that is not the subject's
        ("Zhou Ping welcomed the arrival of the goods in Wuhan.", set()),
    ],
)
def test_an_arrival_in_a_place_is_a_visit(extractor: Extractor, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "visited") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("German Chancellor Karl Brandt arrived in Lanzhou on Monday.",
         {("Karl Brandt", "Lanzhou")}),
        ("Danish Ambassador Karl Brandt, who arrived in Lanzhou on Monday, said trade was "
         "growing.", {("Karl Brandt", "Lanzhou")}),
        # arriving in one's own province is coming home
        ("Gansu Governor Zhou Minghui arrived in Lanzhou on Monday.", set()),
        ("Lanzhou Mayor Zhou Minghui arrived in Lanzhou on Monday.", set()),
    ],
)
def test_arriving_in_a_place_is_a_visit_unless_home(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert visits(extractor, text) == expected

