"""The people-typing model (kg.learn.people): a person the text gives a post the rules do not
read becomes an Official, a company's people stay Persons, and retyping keeps the statements
consistent with the classes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, SHARED
from extracting import classes

from kg.errors import KgError
from kg.extract import Extractor
from kg.learn.people import MODEL_FILE, PeopleModel, default_people_model

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rules_people(extractor: Extractor) -> Extractor:
    """The extractor without the people model: the hand rules' classes."""
    return Extractor(extractor.nlp, extractor.gazetteer, people_model=None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post written after the name, lower case and inverted
        ("The state wants closer ties with China, said minister president of the state, "
         "Stefan Weil, during his visit.", "Stefan Weil"),
        # no post at all, but what the person does is what officials do
        ("Speaking as the local host, Gao Aihua welcomed the consuls general of five "
         "countries to the provincial capital.", "Gao Aihua"),
    ],
)
def test_a_post_the_rules_miss_makes_an_official(
    extractor: Extractor, rules_people: Extractor, text: str, name: str
) -> None:
    assert classes(rules_people, text)[name] == "Person"  # what the model is there for
    assert classes(extractor, text)[name] == "Official"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamara Lindqvist, chief executive of the Nordic Paper Group, said the company would "
         "open a plant in Jiangsu.", "Tamara Lindqvist"),
        ("Anna Kowalski, the company's sales director, said demand in Sichuan was strong.",
         "Anna Kowalski"),
    ],
)
def test_company_people_stay_persons(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text)[name] == "Person"


def test_a_demoted_official_serves_nowhere(extractor: Extractor) -> None:
    """Retyping an Official as a Person drops the statements only an Official can make
    (servesIn) and keeps the others; people the rules read a title for are left alone."""
    text = "Hubei Governor Li Ming visited Wuhan on Monday."
    rules = Extractor(extractor.nlp, extractor.gazetteer, people_model=None)
    never = PeopleModel(weights={}, bias=-30.0, calibration=((0.0, 0.0), (1.0, 1.0)))

    def context():  # type: ignore[no-untyped-def]
        return rules.rules_context(extractor.nlp(text))

    def said(ctx) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
        return {(ctx.found[h.subj].text, h.pred, ctx.found[h.obj].text) for h in ctx.hits}

    titled = context()
    assert never.apply(titled) == 0  # "Governor": the rules' decision stands
    assert ("Li Ming", "servesIn", "Hubei") in said(titled)
    untitled = context()
    for f in untitled.found:
        f.titles.clear()  # as if the rules had read no post: their Official is a default
    assert never.apply(untitled) == 1
    assert {f.text: f.cls for f in untitled.found}["Li Ming"] == "Person"
    assert not {t for t in said(untitled) if t[1] == "servesIn"}
    assert ("Li Ming", "visited", "Wuhan") in said(untitled)


def test_shipped_people_model_loads_and_round_trips() -> None:
    shipped = ROOT / "kg" / "data" / MODEL_FILE
    model = default_people_model()
    assert model is not None
    assert model.to_json() == shipped.read_text(encoding="utf-8")
    assert 0.0 < model.demote < 0.5 < model.promote < 1.0
    # calibrated: the curve's probabilities never fall as the score rises
    probs = [p for _, p in model.calibration]
    assert probs == sorted(probs) and 0.0 <= probs[0] and probs[-1] <= 1.0
    assert (model.meta or {}).get("people", 0) > 1000


@pytest.mark.parametrize("bad", ["{", '{"format": 9}', '{"format": 1, "weights": {}}'])
def test_a_bad_people_model_file_is_one_clear_error(bad: str) -> None:
    with pytest.raises(KgError) as err:
        PeopleModel.from_json(bad, "people_model.json")
    assert "E030" in str(err.value) and "people_model.json" in str(err.value)
    assert "not a people model" in str(err.value)


def test_the_model_file_is_plain_numbers() -> None:
    data = json.loads((ROOT / "kg" / "data" / MODEL_FILE).read_text(encoding="utf-8"))
    assert set(data) == {"format", "meta", "promote", "demote", "bias", "calibration",
                         "weights"}
    assert all(isinstance(v, float) for v in data["weights"].values())


def test_train_cli_writes_a_people_model(tmp_path: Path) -> None:
    """`kg train --people-out FILE` alone trains the people model from the gold and writes a
    file the extractor loads; the relation model is not written."""
    out = tmp_path / "people.json"
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.run([str(kg), "train", "--corpus", str(SHARED / "seeds"), "--gold",
                           str(GOLD), "--people-out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {out} (5 documents, ")
    model = PeopleModel.from_json(out.read_text(encoding="utf-8"))
    assert model.weights and (model.meta or {})["documents"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.json"]
