"""Where names start and end (kg/extract/entities/written.py, names.py, missions.py, seats.py,
givennames.py, namejoins.py), on invented sentences: a city's or province's zone or customs
office with its head in lower case ("the Qinzhou port", "Ningbo customs"), a city's organ
named by its field after the city's possessive ("Wuxi's Commerce Bureau"), a state's office
abroad with its seat ("the Ruritanian Embassy in China"), a Chinese name the model cut after
the surname, a company by its line of business and a name after "and", the organ after
"Post Name of"."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Trade through the Qinzhou port rose by 8 percent in May.", "Qinzhou port", "Zone"),
        ("The Fujian free trade zone attracted 30 new firms last year.",
         "Fujian free trade zone", "Zone"),
        ("The Zhejiang free-trade zone has four areas.", "Zhejiang free-trade zone", "Zone"),
        ("The Guangxi pilot FTZ has three sub-areas.", "Guangxi pilot FTZ", "Zone"),
        ("Border trade in the Heihe sub-area rose by 12 percent.", "Heihe sub-area", "Zone"),
        ("The Yunnan pilot free trade zone opened in 2019.",
         "Yunnan pilot free trade zone", "Zone"),
        ("Lin Hao, Secretary of Gansu provincial Party Committee, spoke.",
         "Gansu provincial Party Committee", "GovernmentBody"),
        ("Exports rose by 12 percent, according to Ningbo customs.", "Ningbo customs",
         "GovernmentBody"),
        ("Data from Harbin customs in the provincial capital showed a rise.", "Harbin customs",
         "GovernmentBody"),
        ("Ma Li, Director of Wuxi's Commerce Bureau, said the city drew 40 projects.",
         "Wuxi's Commerce Bureau", "GovernmentBody"),
        ("Li Ming, head of Hunan’s Foreign Affairs Office, spoke first.",
         "Hunan’s Foreign Affairs Office", "GovernmentBody"),
        ("The Ruritanian Embassy in China hosted a reception for Zhejiang companies.",
         "Ruritanian Embassy in China", "GovernmentBody"),
        ("Mr. Kato Ren, Consul General of the Consulate-General of Ruritania in Chengdu, "
         "visited Deyang.", "Consulate-General of Ruritania in Chengdu", "GovernmentBody"),
        ("Wang Li, deputy director of the Liaison Office of the Central People's Government "
         "in the HK SAR, attended.",
         "Liaison Office of the Central People's Government in the HK SAR", "GovernmentBody"),
        ("Members of the Ruritanian Chamber of Commerce in China visited Hefei.",
         "Ruritanian Chamber of Commerce in China", "Organization"),
        # (a provincial government's post: a state post)
        ("Deputy Secretary-General of the provincial government Zhao Lei accompanied the "
         "delegation.", "Zhao Lei", "Official"),
        ("The delegation visited Brightwell Electronics and Qinzhou Port.",
         "Brightwell Electronics", "Enterprise"),
        ("The delegation visited Brightwell Electronics and Qinzhou Port.", "Qinzhou Port",
         "Zone"),
        ("Mr. Tom Reed met Governor Xu Min of Hunan Provincial Government on Monday.",
         "Hunan Provincial Government", "GovernmentBody"),
        ("The Velora Electronics and Information Industry Park opened.",
         "Velora Electronics and Information Industry Park", "Zone"),
    ],
)
def test_placed_name(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a procedure, no office; a port city is a city; a name that only starts like a zone
        ("Ningbo customs clearance took two days.", "Ningbo customs"),
        ("Qinzhou port city drew visitors.", "Qinzhou port"),
        # a named zone after a possessive stays its own name
        ("Henan's Wolong Airport Industrial Park opened.",
         "Henan's Wolong Airport Industrial Park"),
        # "in May" is no seat
        ("The Ruritanian Embassy in May held a seminar.", "Ruritanian Embassy in May"),
    ],
)
def test_not_placed(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in classes(extractor, text)


def test_the_organ_after_a_post_and_name_is_where_the_post_is(extractor: Extractor) -> None:
    text = "Mr. Tom Reed met Governor Xu Min of Hunan Provincial Government on Monday."
    assert ("Xu Min", "Hunan Provincial Government") in pairs(run(extractor, text),
                                                              "holdsPositionIn")


def test_an_officer_holds_a_post_in_the_office_with_its_seat(extractor: Extractor) -> None:
    text = ("Ms. Ana Torrel, Counsellor of the Embassy of Ruritania in Beijing, met Vice "
            "Governor Lin Hao on Monday.")
    assert ("Ana Torrel", "Embassy of Ruritania in Beijing") in pairs(
        run(extractor, text), "holdsPositionIn")


def test_an_office_with_its_seat_is_located_there_and_called_without_it(
        extractor: Extractor) -> None:
    ex = run(extractor, "The Ruritanian Embassy in China hosted a reception for Zhejiang firms.")
    assert ("Ruritanian Embassy in China", "China") in pairs(ex, "locatedIn")
    office = next(m for m in ex.mentions if m.text == "Ruritanian Embassy in China")
    assert "Ruritanian Embassy" in office.aliases


def test_a_foreign_province_keeps_its_written_form(extractor: Extractor) -> None:
    ex = run(extractor, "Governor Lin Hao met a delegation from Velmoor Province on Monday.")
    region = next(m for m in ex.mentions if m.text == "Velmoor")
    assert region.cls == "Region"
    assert "Velmoor Province" in region.aliases


@pytest.mark.parametrize("region", ["West Africa", "Central America", "Greater China",
                                    "South Caucasus"])
def test_a_world_region_is_a_region(extractor: Extractor, region: str) -> None:
    text = f"Exports from Velmoor Trading to {region} rose by 12 percent last year."
    assert classes(extractor, text).get(region) == "Region"
