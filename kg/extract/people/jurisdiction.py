"""Where an official serves: the place of a post ("Governor of Sichuan" -> Sichuan, "Secretary
of the CPC Jilin Provincial Committee" -> Jilin, a zone's officials -> the zone), for the titles
(titles.py), lists of posts (posts.py) and foreign posts (foreign.py)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.clauses import named_after_of
from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import with_conjuncts
from kg.extract.lexicon import CHINESE_SURNAMES, ORGAN_FIELDS
from kg.extract.missions import seat_of
from kg.extract.people.officials import plural_head

# "Director of Agriculture", "head of the commerce bureau": a government department's head
DEPARTMENT_POST = re.compile(
    r"\b(?:director|head|chief|director-general|commissioner)s?\s+of\s+(?:the\s+)?(?:"
    + "|".join(sorted(ORGAN_FIELDS | {r"foreign\s+affairs"})) + r")\b", re.IGNORECASE)


def plural_post(title: str) -> bool:
    """ "deputy directors", "leaders of Jinhua and Yiwu": one post named for several."""
    return any(plural_head(w) for w in title.lower().split()[:3])


def places_in(ctx: DocContext, name: str) -> list[str]:
    """Provinces and cities named inside an organ's name ("CPC Sichuan Provincial Committee")."""
    out: list[str] = []
    for m in re.finditer(
            r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:\s+(?i:county|city|district|province))?", name):
        chunk = m.group()
        # "governor of Japan's Shizuoka prefecture": a foreign city's name before a division's
        # kind names the division (a Region), not the city
        division = _FOREIGN_DIVISION.match(name, m.end()) is not None
        # "Nandan county": the gazetteer knows "Nandan County"; "CPC Xiamen": the second word;
        # "Ningbo Fenghua District": the district, not the city it lies in
        parts = chunk.split()
        tail = [" ".join(parts[-2:])] if len(parts) == 3 else []
        for cand in (chunk, *tail, *parts):
            place = ctx.gaz.place(cand)
            if division and place is not None and place.kind == "world":
                break
            if place is not None and place.cls in ("Province", "City") and place.name not in out:
                out.append(place.name)
                break
    return out


_FOREIGN_DIVISION = re.compile(r"\s+(?i:prefecture|oblast|krai|governorate|state)\b")


def chinese_post(ctx: DocContext, title: str) -> bool:
    """ "Jiangxi's vice-director of commerce": a post of a Chinese province or city is public."""
    for name in places_in(ctx, title):
        place = ctx.gaz.place(name)
        if place is not None and (place.cls == "Province" or place.kind != "world"):
            return True
    return False


# "the CPC Linhe District Committee": the party's name before the place the organ is of
_ORGAN_LEAD = re.compile(r"^(?:the\s+)?(?:CPC\s+|Communist Party of China\s+)?")


def _named_place_first(ctx: DocContext, organ: str) -> int | None:
    """The document's City or Region mention whose name starts ``organ``'s name (after
    "CPC": "CPC Linhe District Committee" -> Linhe District)."""
    organ = _ORGAN_LEAD.sub("", organ)
    return next((j for j, g in enumerate(ctx.found) if g.cls in ("City", "Region")
                 and organ.startswith(g.text + " ")), None)


def _named_in(ctx: DocContext, where: str, sent: Span,
              classes: tuple[str, ...] = ("City",)) -> int | None:
    """The sentence's mention of one of ``classes`` whose name is in ``where`` (a post)."""
    return next((j for j in ctx.in_sentence(sent) if ctx.found[j].cls in classes and re.search(
        rf"\b{re.escape(ctx.found[j].text)}\b", where)), None)


# A post over a place it names ("Governor of Gyeonggi Province"): not the sentence's province.
_OVER_NAMED = re.compile(
    r"\b(?:of|for) (?:the )?(?!Provincial\b|Province\b|People|Municipal\b|City\b|CPC\b|"
    r"Communist\b|Party\b)[A-Z]")


# a post of "the province" the report is about: "provincial", "the province's vice governor"
_THE_PROVINCES = re.compile(r"\bprovincial\b|\bof the province\b(?! of)|\bprovince[’']s\b",
                            re.I)
# an autonomous region's: "chairman of the regional government", "the region's Party chief"
_THE_REGIONS = re.compile(r"\bregional\b|\bof the region\b(?! of)|\bregion[’']s\b", re.I)


def _autonomous(ctx: DocContext, province: str) -> bool:
    place = ctx.gaz.place(province)
    return place is not None and place.kind == "autonomous region"


# a post of "the city" the report is about: "the city's Party chief", "mayor of the city"
_THE_CITYS = re.compile(r"\bcity[’']s\b|\bof the city\b(?! of)|\bmunicipal\b", re.I)
# A city's organ or post that names no city: "the Municipal Party Committee", "deputy mayor"
_MUNICIPAL_ORGAN = re.compile(r"^(?:the\s+)?(?:CPC\s+)?Municipal\b", re.I)
_BARE_CITY_POST = re.compile(
    r"(?:(?:deputy\s+)?(?:party\s+)?secretary\s+and\s+)?(?:(?:executive\s+)?(?:vice|deputy)"
    r"[\s-]+)?mayor", re.I)


def _guest(ctx: DocContext, person: int) -> bool:
    """A person with no Chinese name the document names as a visiting group's leader ("It
    was led by Governor Taro Sato"): a governor of the guests' own place, not the host's."""
    if _chinese_name(ctx, person):
        return False
    key = ctx.key(person)
    return any(_led_by(ctx, i) for i, f in enumerate(ctx.found)
               if f.cls in ("Person", "Official") and ctx.key(i) == key)


def _heads_a_later_post(ctx: DocContext, person: int, idx: int) -> bool:
    """ "Governor Jack Foley and Hebei Province Department of Commerce Director Wang Tao": a
    place after the person that opens the next person's pre-posed post (only capitalised words,
    "of" and "for" up to that person's name) is the other post's place, not this one's."""
    doc, span = ctx.doc, ctx.found[idx].span
    if span.start < ctx.found[person].span.end:
        return False
    k = span.end
    while k < len(doc) and k - span.end < 12 and (doc[k].is_title and doc[k].is_alpha
                                                   or doc[k].lower_ in ("of", "for")):
        other = ctx.mention_at(doc[k])
        if other is not None and other != person and ctx.found[other].cls in (
                "Person", "Official"):
            return True
        k += 1
    return False


def _in_anothers_words(ctx: DocContext, mates: set[int], idx: int) -> bool:
    """ "Governor A met B, Party secretary of Chongqing": a place inside the words hung on
    another person's name (an apposition, a relative clause) is that person's; ``mates``
    are the person and those listed with it, whose shared place it may be ("Governor A,
    Vice Governor B and C, Xinjiang")."""
    root = ctx.found[idx].span.root
    for anc in root.ancestors:
        other = ctx.mention_at(anc)
        if other is not None and other not in mates and other != idx and (
                ctx.found[other].cls in ("Person", "Official")):
            return True
    return False


def _led_by(ctx: DocContext, person: int) -> bool:
    """ "(a delegation) led by Governor X": the person is named as a group's leader."""
    doc = ctx.doc
    i = ctx.found[person].span.start - 1
    while i > 0 and doc[i].text[:1].isupper() and doc[i].lower_ not in ("by",):
        i -= 1  # the post's words: "Vice Governor"
    return i > 0 and doc[i].lower_ == "by" and doc[i - 1].lower_ in ("led", "headed")


# A bare post over a place, and the classes of the place a group "from" it names
_BARE_LOCAL = re.compile(r"(?:(?:executive\s+)?(?:vice|deputy)[\s-]+)?(governor|mayor|speaker)",
                         re.I)
_LOCAL_PLACES = {"governor": ("Region", "Province"), "speaker": ("Region", "Province", "City"),
                 "mayor": ("City",)}


def _delegation_place(ctx: DocContext, person: int, title: str) -> int | None:
    """ "the Jeollabuk-do delegation headed by Governor X and Speaker Y": a bare governor's,
    mayor's or speaker's post leading a group named by its place is over that place."""
    m = _BARE_LOCAL.fullmatch(title.strip())
    if m is None:
        return None
    doc = ctx.doc
    i = ctx.found[person].span.start - 1
    while i > 0 and doc[i].lower_ != "by" and (doc[i].text[:1].isupper() or doc[i].lower_ in (
            "and", ",") or ctx.mention_at(doc[i]) is not None):
        i -= 1  # back over the post's words and co-leaders: "Governor A and Speaker"
    if i < 2 or doc[i].lower_ != "by" or doc[i - 1].lower_ not in ("led", "headed"):
        return None
    group = doc[i - 2] if doc[i - 2].lower_ in ("delegation", "mission") else None
    if group is None:
        return None
    places = [ctx.mention_at(c) for c in group.children if c.dep_ in ("compound", "amod", "nmod")]
    return next((j for j in places if j is not None
                 and ctx.found[j].cls in _LOCAL_PLACES[m.group(1).lower()]), None)


def _chinese_name(ctx: DocContext, person: int) -> bool:
    """A name that starts with a Chinese surname ("Li Ming"): a Chinese official."""
    return ctx.found[person].text.split()[0] in CHINESE_SURNAMES


def _home_city(ctx: DocContext, person: int) -> list[str]:
    """The Chinese city the document is about, for an official with a Chinese name (a
    municipality the document is about when it names no other city: "the municipal port
    office" in a report on Chongqing)."""
    if not _chinese_name(ctx, person):
        return []
    if ctx.focus_city is not None:
        return [ctx.focus_city]
    place = ctx.gaz.place(ctx.focus_province) if ctx.focus_province else None
    return [place.name] if place is not None and place.kind == "municipality" else []


# "mayor of the northern port city", "governor of the central China province": a post of the
# place the report is about, described rather than named
_DESCRIBED_PLACE = re.compile(
    r"\bof the (?:(?:[a-z][\w-]*|China|Chinese)\s+){1,4}(city|province|municipality)\b"
    r"(?!\s+of\b)")


def _municipal_lead(ctx: DocContext, person: int) -> bool:
    """ "municipal government Secretary-General Han Dong": a lower-case "municipal" in the
    words right before the name (back to a comma or a joining word), outside the title read."""
    doc = ctx.doc
    i = ctx.found[person].span.start - 1
    while i >= 0 and i > ctx.found[person].span.start - 8 and not doc[i].is_punct or (
            i >= 0 and doc[i].text == "-"):
        if doc[i].lower_ in ("and", "with", "by", "as", "of", "from"):
            return False
        if doc[i].text == "municipal":
            return True
        i -= 1
    return False


def _described_place(ctx: DocContext, person: int, title: str) -> list[str]:
    """The document's province or city for a Chinese official's post over a place described
    in lower-case words ("vice mayor of the coastal city")."""
    m = _DESCRIBED_PLACE.search(title)
    if m is None:
        return []
    if m.group(1) == "province":
        return [ctx.focus_province] if ctx.focus_province and _chinese_name(ctx, person) else []
    return _home_city(ctx, person)


_MISSION = re.compile(r"\b(?:Embassy|Consulate)\b")
_OF_PLACES = frozenset({"City", "Province", "Region"})


def serve_in(
    ctx: DocContext, person: int, org: int | None, title: str, sent: Span, confidence: float
) -> None:
    """servesIn: the place in the organ's name, the Zone itself, or the focus province."""
    if org is None and plural_post(title):
        return  # "A and B, leaders of X and Y": posts.py pairs them
    names: list[str] = []
    if org is not None:
        org_f = ctx.found[org]
        if _MISSION.search(org_f.text):
            return  # a post in an embassy or consulate: diplomats serve nowhere (ANNOTATION.md)
        if org_f.cls == "Zone":
            ctx.add(person, "servesIn", org, sent, "title-jurisdiction", confidence)
            return
        names = places_in(ctx, org_f.text)
        own = None if names else _named_place_first(ctx, org_f.text)
        if own is not None:
            # "Secretary of the Quang Ninh Provincial Party Committee": a place the gazetteer
            # lacks but the document names (a foreign province) heads the organ's name
            ctx.add(person, "servesIn", own, sent, "title-jurisdiction", confidence)
            return
        if not names and re.search(r"\bprovincial\b|\bprovince\b", org_f.text, re.I):
            names = [ctx.focus_province] if ctx.focus_province else []
        if not names and _MUNICIPAL_ORGAN.search(org_f.text):
            names = _home_city(ctx, person)
        before = title[: title.find(org_f.text)] if org_f.text in title else ""
        if not names and before:
            # "Vice Chairman of Hubei Provincial committee of the CPPCC": the post's own words
            # before the body name its place ("provincial": the report's province)
            names = places_in(ctx, before) or (
                [ctx.focus_province] if ctx.focus_province and re.search(
                    r"\bprovincial\b", before, re.I) else [])
            if not names and re.search(r"\bthe city[’']s\s*$", before):
                # "Secretary of the city's Party Committee": the city the report is about
                names = _home_city(ctx, person)
        rest = title[title.find(org_f.text) + len(org_f.text):] if org_f.text in title else ""
        if not names and re.match(r"\s+of\s+[A-Z]", rest):
            # "Director of the Department of Commerce of Yunlan Province": the organ's
            # mention stops before its place, the post goes on to name it
            names = places_in(ctx, rest)
        first = re.sub(r"^the\s+", "", org_f.text, flags=re.I).split(" ", 1)[0]
        if not names and first in demonyms() and org_f.cls == "GovernmentBody":
            names = [demonyms()[first]]  # "Speaker of the Canadian Senate": the state's
    else:
        names = places_in(ctx, title) or _described_place(ctx, person, title)
        # "Governor Kim Dae-won of Gyeonggi Province visited ...": the place named by "of"
        # right after a titled name, before any other place the sentence names
        of_place = None if names else named_after_of(ctx, person, _OF_PLACES)
        if of_place is not None:
            ctx.add(person, "servesIn", of_place, sent, "title-jurisdiction", confidence)
            return
        named = None if names else _named_in(ctx, title, sent, ("City", "Region"))
        if named is not None:  # "Governor of the South Moravian Region": not the sentence's
            ctx.add(person, "servesIn", named, sent, "title-jurisdiction", confidence)
            return
        # (a foreign name's "provincial" post is its own province's: "MEC for Provincial
        # Treasury X" of a South African province, not the report's)
        if not names and ctx.focus_province and (
                _THE_PROVINCES.search(title) and _chinese_name(ctx, person)
                or DEPARTMENT_POST.search(title)
                or _THE_REGIONS.search(title) and _chinese_name(ctx, person)
                and _autonomous(ctx, ctx.focus_province)):
            # "the provincial vice-governor", "Director of Agriculture" in a province's report
            names = [ctx.focus_province]
        if not names and (_BARE_CITY_POST.fullmatch(title.strip())
                          or _THE_CITYS.search(title) or _municipal_lead(ctx, person)):
            # "An Wei, deputy secretary and mayor," in a report about one city; "the city's
            # deputy mayor", "director of the municipal commerce bureau"
            names = _home_city(ctx, person)
        home = _delegation_place(ctx, person, title)
        if home is not None:  # "the Jeollabuk-do delegation headed by Governor X"
            ctx.add(person, "servesIn", home, sent, "title-jurisdiction", confidence)
            return
        if not names and re.search(r"\bgovernor\b|\bparty secretary\b", title, re.I) and (
                not _OVER_NAMED.search(title)) and not _guest(ctx, person):
            # "Vice Governor Ni Qiang" in a sentence about Hainan's government.
            paired = False  # another's post names its place: "A and Hebei ... Director B"
            mates = set(with_conjuncts(ctx, person, {"Person", "Official"}))
            for idx in ctx.in_sentence(sent):
                f = ctx.found[idx]
                if _heads_a_later_post(ctx, person, idx) or _in_anothers_words(ctx, mates, idx):
                    paired = True
                    continue
                place = ctx.gaz.place(f.text) if f.cls == "Province" else None
                if place is not None and place.kind != "special administrative region":
                    # (a special administrative region has no governor or party secretary)
                    names = [place.name]
                    break
                # an office named with its seat abroad ("the Liaison Office in Hong Kong")
                # sits there; it is no organ of the place the governor serves
                inner = places_in(ctx, f.text) if (
                    f.cls == "GovernmentBody" and seat_of(f.text, ctx.gaz) is None) else []
                if inner:
                    names = inner[:1]
                    break
            if not names and ctx.focus_province and re.search(r"party secretary", title, re.I):
                # "Party Secretary Lou Qinjian stressed ..." in an article about Jiangsu (a
                # foreign "Governor" could be anyone's, a CPC post is the province's)
                names = [ctx.focus_province]
            foreign = paired or any(ctx.found[i].cls == "Country" and ctx.found[i].text != "China"
                                    for i in ctx.in_sentence(sent))
            # a Chinese name is the province's own official, unless "of" a place follows
            after = ctx.found[person].span.end
            own = not foreign or _chinese_name(ctx, person) and not (
                after < len(ctx.doc) and ctx.doc[after].lower_ == "of")
            if not names and ctx.focus_province and own and re.fullmatch(
                    r"(?:(?:executive\s+)?(?:vice|deputy)[\s-]+)?governor", title, re.I):
                # "Governor Xu Kunlin presided over the signing" with no foreign country in
                # sight: the document's province
                names = [ctx.focus_province]
    if not names:
        # a place the gazetteer does not hold but the text names ("Kitakyushu Mayor X",
        # "Speaker of the Kitakyushu City Council"): the City mention whose name is in the post
        named = _named_in(ctx, title if org is None else ctx.found[org].text, sent)
        if named is not None:
            ctx.add(person, "servesIn", named, sent, "title-jurisdiction", confidence)
            return
    for name in names[:1]:
        target = ctx.place_index(name, sent)
        holder = org if org is not None else _organ_naming(ctx, name, sent)
        if target is not None:
            ctx.add(person, "servesIn", target, sent, "title-jurisdiction", confidence)
        elif holder is not None:
            ctx.inner_jurisdictions.append((person, name, holder, sent))


def _organ_naming(ctx: DocContext, name: str, sent: Span) -> int | None:
    """The government organ mention nearest ``sent`` whose name holds the place ``name`` as a
    word, for a place the document names only inside its organs' names ("The Hebei Provincial
    People's Government held ... Vice Governor Li Wenkai attended": Hebei). (Not a zone's or
    a company's name: "the Suzhou Industrial Park" says nothing of whose mayor is meant.)"""
    best: tuple[int, int] | None = None
    for idx, f in enumerate(ctx.found):
        if f.cls == "GovernmentBody" and any(
                (p := ctx.gaz.place(t.text)) is not None and p.name == name for t in f.span):
            dist = abs(f.span.start - sent.start)
            if best is None or dist < best[0]:
                best = (dist, idx)
    return None if best is None else best[1]
