"""Chinese romanisation: pinyin names, spelling variants, ethnonyms of autonomous units."""

from __future__ import annotations

import re
import unicodedata

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
