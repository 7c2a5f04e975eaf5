"""A bare shared post before a name ("President Sato") is the post the document states in full
for that person (kg/extract/people/bareposts.py), on invented sentences."""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor


def test_a_bare_president_of_a_private_body_is_a_person(extractor: Extractor) -> None:
    found = {m.text: m.cls for m in run(extractor, (
        "On May 2, Li Wen, Director-General of the Department of Commerce of Hubei Province, "
        "met with Kenji Sato, the president of Japan-Korea Economic Relations and Trade "
        "Center, in Wuhan. President Sato agreed to the proposal and said the center would "
        "support the fair.")).mentions}
    assert found["Kenji Sato"] == "Person"
    assert found["Sato"] == "Person"
    assert found["Li Wen"] == "Official"


def test_another_persons_private_post_leaves_the_bare_post_alone(extractor: Extractor) -> None:
    found = {m.text: m.cls for m in run(extractor, (
        "Kenji Sato, the president of Japan-Korea Economic Relations and Trade Center, met "
        "Li Wen. President Li said Hubei welcomed investors.")).mentions}
    assert found["Kenji Sato"] == "Person"
    assert found["Li"] == "Official"
