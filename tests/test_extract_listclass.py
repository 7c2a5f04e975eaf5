"""A name's class from its context (kg/extract/entities/listclass.py), on invented sentences: an
unknown name the model took for a town or a person, among companies only, is a company; a mixed
list or a person's name keeps its class; a name before the province it lies in is a town; a person
right after a diplomatic mission is its official."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Haier, Lenovo, Velmora and Midea opened stores in Hefei.", "Velmora", "Enterprise"),
        ("The fair drew Volvo, Ericsson, Tarvona and Scania.", "Tarvona", "Enterprise"),
        ("Investors such as Toyota, Panasonic, Osaka Gas and Hitachi attended the fair.",
         "Osaka Gas", "Enterprise"),
        # people among companies stay people
        ("Representatives of Haier, Lenovo and Zhang Ruimin attended the fair.",
         "Zhang Ruimin", "Person"),
        ("Siemens, BASF and John Reed attended the fair.", "John Reed", "Person"),
        # a list with a known place in it is no list of companies
        ("Haier, Lenovo, Hefei and Velmora were named.", "Hefei", "City"),
    ],
)
def test_a_name_among_companies(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The friendly exchange agreement between Palacios, Santa Fe Province in Argentina, "
         "and Jiangxian county was signed.", "Palacios", "City"),
        ("Hamanaka, Shizuoka Prefecture, signed a friendship agreement with Zibo.", "Hamanaka",
         "City"),
        # a province's possessive after the comma: a post, not where a town lies
        ("Tomas Verlan, Anhui Province's trade envoy, spoke.", "Tomas Verlan", "Official"),
    ],
)
def test_a_name_before_its_province_is_a_town(extractor: Extractor, text: str, name: str,
                                              cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "person", "mission"),
    [
        ("Governor Zhao Min, Ruritanian Embassy in China Tomas Verlan and Samsung CEO Kim Ho "
         "attended the ceremony.", "Tomas Verlan", "Ruritanian Embassy in China"),
        ("The ceremony was attended by the Consulate General of Ruritania in Shanghai Anna "
         "Berg.", "Anna Berg", "Consulate General of Ruritania in Shanghai"),
    ],
)
def test_a_person_right_after_a_mission_is_its_official(extractor: Extractor, text: str,
                                                        person: str, mission: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}.get(person) == "Official"
    assert (person, mission) in pairs(ex, "holdsPositionIn")


def test_a_comma_after_the_mission_parts_it_from_the_person(extractor: Extractor) -> None:
    rules = rules_only(extractor)
    found = classes(rules, "The Ruritanian Embassy, Tomas Verlan and Anna Berg sent "
                               "greetings.")
    assert found.get("Tomas Verlan") == "Person"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("SK Hynix invested in the Wuxi National Hi-tech District.",
         "Wuxi National Hi-tech District", "Zone"),
        ("The fair opened in the West Hongqiao Business District.",
         "West Hongqiao Business District", "Zone"),
        ("He visited Qingpu District on Monday.", "Qingpu District", "City"),
        ("Exports to HongKong rose by 5 percent.", "HongKong", "Province"),
    ],
)
def test_a_districts_or_a_places_class_by_its_name(extractor: Extractor, text: str, name: str,
                                                   cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a list said to be of countries: a name that is also a city's is the country
        ("Mayors from 7 countries including Panama, Honduras, Salvador and Ecuador visited "
         "Hefei.", "Salvador", "Country"),
        ("Countries such as Chile, Peru and Columbia signed the memorandum.", "Columbia",
         "Country"),
        # no word saying countries: the city stays a city
        ("Flights link Panama, Honduras and Salvador.", "Salvador", "City"),
    ],
)
def test_a_name_in_a_list_of_countries(extractor: Extractor, text: str, name: str,
                                       cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The visitors toured the Wuhu Urban Planning Exhibition Hall.",
         "Wuhu Urban Planning Exhibition Hall"),
        ("The fair was held at the Anqing International Convention Hall.",
         "Anqing International Convention Hall"),
        ("The guests toured the Wuhu Planning Hall.", "Wuhu Planning Hall"),
        # a science city is a park, not a town
        ("The guests toured the Wuhu Scientific and Technological City.",
         "Wuhu Scientific and Technological City"),
        ("The guests toured the Anqing Science City.", "Anqing Science City"),
    ],
)
def test_an_exhibition_hall_is_a_site(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Zone"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a centre named for two countries is a bilateral body, wherever the pair stands
        ("Karl Olsen, chair of the Great Ruritania-China Centre, spoke.",
         "Great Ruritania-China Centre", "Organization"),
        ("Karl Olsen, chair of the Ruritania-China Centre, spoke.", "Ruritania-China Centre",
         "Organization"),
        # an exhibition centre is a site, bilateral or not
        ("The fair opened at the China-Ruritania Exhibition Center.",
         "China-Ruritania Exhibition Center", "Zone"),
    ],
)
def test_a_bilateral_centre_is_a_body(extractor: Extractor, text: str, name: str,
                                      cls: str) -> None:
    assert classes(extractor, text).get(name) == cls
