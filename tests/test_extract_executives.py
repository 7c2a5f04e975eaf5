"""Executives written with their company before the post ("Norvale Group Chairman X",
"Brightwell CEO X"): kg/extract/names.py cuts the run into the company and the holder,
titles.py posts the holder in it. Invented sentences and names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        ("Vice Governor Chen Lin met Norvale Group Chairman Arjun Mehtani in Hangzhou.",
         "Arjun Mehtani", "Norvale Group"),
        ("Chen Lin held talks with Tarsis Technologies CEO Kumar Manil and Brightwell Vice "
         "Chairman Ravi Ganeshan.", "Kumar Manil", "Tarsis Technologies"),
        ("Chen Lin held talks with Tarsis Technologies CEO Kumar Manil and Brightwell Vice "
         "Chairman Ravi Ganeshan.", "Ravi Ganeshan", "Brightwell"),
        ("Zhou Min met Quorvex CEO Lena Hartwig on Tuesday.", "Lena Hartwig", "Quorvex"),
    ],
)
def test_company_before_its_heads_post(extractor: Extractor, text: str, person: str,
                                       company: str) -> None:
    found = classes(extractor, text)
    assert found.get(company) == "Enterprise"
    assert found.get(person) == "Person"
    assert (person, company) in pairs(run(extractor, text), "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place or a nationality before a post is no company
        ("Hunan Vice Governor Tan Lihua met the guests.", "Hunan Vice"),
        ("Kazakh President Aidar Nurlan visited Xi'an.", "Kazakh"),
    ],
)
def test_no_company_before_a_state_post(extractor: Extractor, text: str, absent: str) -> None:
    assert not any(cls == "Enterprise" for name, cls in classes(extractor, text).items()
                   if absent.split()[0] in name)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Li Ming spoke on Monday. Brands such as Zebrano, Kalimor and Tendrix displayed "
         "their products at the expo.", ("Zebrano", "Kalimor", "Tendrix")),
        ("Li Ming spoke on Monday. Exhibitors included Zebrano, Kalimor and Tendrix Foods.",
         ("Zebrano", "Kalimor", "Tendrix Foods")),
    ],
)
def test_every_item_of_a_brand_or_exhibitor_list_is_a_company(
        extractor: Extractor, text: str, names: tuple[str, ...]) -> None:
    found = classes(extractor, text)
    assert {n: found.get(n) for n in names} == dict.fromkeys(names, "Enterprise")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's own news: "the Group" is the company it names
        ("Norvale Group opens plant. The Group’s President Karl Olsen met with Li Ming, Mayor "
         "of Kunming, on Monday. Norvale Group will invest in Kunming.",
         {("Karl Olsen", "Norvale Group")}),
        ("Brightwell Foods grew fast. The Company's Vice President Anna Berg attended.",
         {("Anna Berg", "Brightwell Foods")}),
    ],
)
def test_a_post_of_the_group_is_the_named_companys(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    ex = run(extractor, text)
    assert expected <= pairs(ex, "holdsPositionIn")
    assert all(classes(extractor, text)[p] == "Person" for p, _ in expected)


def test_a_post_of_an_unnamed_group_is_a_company_post(extractor: Extractor) -> None:
    text = "The Group’s President Karl Olsen met with Li Ming, Mayor of Kunming, on Monday."
    found = classes(extractor, text)
    assert found["Karl Olsen"] == "Person" and found["Li Ming"] == "Official"


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        # two posts joined by "and" before the name
        ("Vice Governor Chen Lin met Quorvex Machinery Co., Ltd. President and General "
         "Manager Lena Hartwig in Changsha.", "Lena Hartwig", "Quorvex Machinery Co., Ltd."),
        ("Tarsis Technologies Chairman and CEO Kumar Manil visited Baoding on Monday.",
         "Kumar Manil", "Tarsis Technologies"),
        # a lower-case business post right after the company's name
        ("Governor Zhou Min met with Norvale Group board chairman Xie Weiping and his "
         "delegation.", "Xie Weiping", "Norvale Group"),
        ("Zhou Min held talks with Brightwell Holdings president Arjun Mehtani.",
         "Arjun Mehtani", "Brightwell Holdings"),
    ],
)
def test_business_posts_joined_or_in_lower_case_after_the_company(
        extractor: Extractor, text: str, person: str, company: str) -> None:
    assert (person, company) in pairs(run(extractor, text), "holdsPositionIn")



def test_each_of_two_posts_joined_by_and_an(extractor: Extractor) -> None:
    """ "X, a board member of A and an executive vice president of B": both posts."""
    text = ("According to Zhang Xiao, a board member of the Nordic University for Peace and an "
            "executive vice president of the China Council for Multinational Corporations, the "
            "event had big goals.")
    held = pairs(run(extractor, text), "holdsPositionIn")
    assert {("Zhang Xiao", "Nordic University for Peace"),
            ("Zhang Xiao", "China Council for Multinational Corporations")} <= held


def test_a_name_with_letters_beyond_ascii_is_whole(extractor: Extractor) -> None:
    text = "Norvale CEO Martin Brudermüller said that the company will expand in China."
    assert ("Martin Brudermüller", "Norvale") in pairs(run(extractor, text), "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        # the post "of" the company right before the name, no comma between
        ("The chairman of Hasan Group Zheng Gang visited Angola.", "Zheng Gang", "Hasan Group"),
        ("The president of Norvale Group Li Weidong met Vice Governor Chen Lin.",
         "Li Weidong", "Norvale Group"),
        # a comma and an honorific: the name is a person's, not a company in a list
        ("The chairman of Hasan Group, Mr Zheng Gang, visited Angola.", "Zheng Gang",
         "Hasan Group"),
    ],
)
def test_a_post_of_a_company_before_the_name(
        extractor: Extractor, text: str, person: str, company: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}[person] == "Person"
    assert (person, company) in pairs(ex, "holdsPositionIn")


def test_a_company_name_ends_before_an_honorific(extractor: Extractor) -> None:
    found = classes(extractor, "They met the chief of Lumex Group Mr Tan Ah Kow in Penang.")
    assert found.get("Lumex Group") == "Enterprise"
    assert not any(name.endswith(" Mr") for name in found)
