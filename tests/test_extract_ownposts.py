"""Posts in an organisation named only by a common noun ("X, president of the chamber", "The
chairman of the company, X"): kg/extract/people/ownposts.py, on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("The Andean-China Business Chamber of Commerce visited Taiyuan on Monday. Carlos "
         "Mendez, president of the chamber, said trade would grow.",
         "Carlos Mendez", "Andean-China Business Chamber of Commerce"),
        ("Norvale Holdings Limited will build an industrial park in Laos. The chairman of the "
         "company, Zhu Hanlin, wants to build a platform in Laos.",
         "Zhu Hanlin", "Norvale Holdings Limited"),
        ("Norvale Airlines opened a route to Haikou. Arlo Venn, board director of the company, "
         "said they hoped to fly to Seoul.", "Arlo Venn", "Norvale Airlines"),
        ("The general manager of Brightwell Holdings, Mr. Arlo Venn, said the plant would open "
         "soon.", "Arlo Venn", "Brightwell Holdings"),
        # two people, their posts "respectively"
        ("Arlo Venn and Lena Hartwig, chairman and president of Norvale Group respectively, "
         "attended.", "Arlo Venn", "Norvale Group"),
        ("Arlo Venn and Lena Hartwig, respectively chairman of Norvale Group and president of "
         "Brightwell Holdings, attended.", "Lena Hartwig", "Brightwell Holdings"),
        # the post's area in brackets before the named company
        ('"Lanzhou is my second home," said Arlo Venn, regional sales manager (Asia Pacific) '
         "of Norvale Packaging.", "Arlo Venn", "Norvale Packaging"),
    ],
)
def test_post_of_the_noun(extractor: Extractor, text: str, person: str, org: str) -> None:
    assert (person, org) in pairs(run(extractor, text), "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # "the chamber" needs a chamber: the association named before is not one
        ("The Andean Exporters Association visited Taiyuan. Carlos Mendez, president of the "
         "chamber, said trade would grow.", "Carlos Mendez", "Andean Exporters Association"),
        # a unit of the company is not the company's post ("of the company's unit")
        ("Norvale Airlines opened a route to Haikou. Arlo Venn, head of the company's cargo "
         "unit, said so.", "Arlo Venn", "Norvale Airlines"),
        # "respectively" pairs in order
        ("Arlo Venn and Lena Hartwig, respectively chairman of Norvale Group and president of "
         "Brightwell Holdings, attended.", "Arlo Venn", "Brightwell Holdings"),
        # no post words before "of": a customer of the company holds no post in it
        ("Norvale Airlines opened a route to Haikou. Arlo Venn, a customer of the company, "
         "said so.", "Arlo Venn", "Norvale Airlines"),
    ],
)
def test_no_post_of_the_noun(extractor: Extractor, text: str, person: str, org: str) -> None:
    assert (person, org) not in pairs(run(extractor, text), "holdsPositionIn")
