"""kg.extract.facts.dates: days written in the text, resolved against the article's date only."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from spacy.language import Language

from kg.extract import Extractor
from kg.extract.facts.dates import anchor_date, find_dates
from kg.extract.gazetteer import Gazetteer
from kg.model import Document

ANCHOR = dt.date(2024, 11, 13)  # a Wednesday


def days(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(d.first, d.last) for d in find_dates(text, [(0, len(text))], anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On November 7, the fair opened.", [("2024-11-07", "2024-11-07")]),
        ("From November 7 to 8, a conference was held.", [("2024-11-07", "2024-11-08")]),
        ("From December 9th to 18th, flights run.", [("2024-12-09", "2024-12-18")]),
        ("The mission ran from October 30 to November 2.", [("2024-10-30", "2024-11-02")]),
        ("He arrived on Sept 25 and left.", [("2024-09-25", "2024-09-25")]),
        ("The law took effect from 1 Jan, 2020.", [("2020-01-01", "2020-01-01")]),
        ("She visits the plant, April 16, 2025.", [("2025-04-16", "2025-04-16")]),
        ("Post time: 2019-10-26.", [("2019-10-26", "2019-10-26")]),
        ("The expo closed Saturday in the capital.", [("2024-11-09", "2024-11-09")]),
        ("He said on Wednesday that trade grew.", [("2024-11-13", "2024-11-13")]),
        ("They met last Wednesday.", [("2024-11-06", "2024-11-06")]),
        ("Li was in the city from Monday to Wednesday.", [("2024-11-11", "2024-11-13")]),
        # under way on the article's date (a Wednesday): this week's, from its first day
        ("Li is in the city from Tuesday to Thursday.", [("2024-11-12", "2024-11-14")]),
        ("Li will visit the city from Wednesday to Friday.", [("2024-11-13", "2024-11-15")]),
        ("Li was in the city from Friday to Monday.", [("2024-11-08", "2024-11-11")]),
        ("The forum opens today.", [("2024-11-13", "2024-11-13")]),
        ("Talks ended yesterday.", [("2024-11-12", "2024-11-12")]),
        # day-first ranges across months, and "between 5 and 7 November"
        ("The expo runs from 28 October to 2 November.", [("2024-10-28", "2024-11-02")]),
        ("From 30 December 2023 to 2 January 2024, he toured Laos.",
         [("2023-12-30", "2024-01-02")]),
        ("He visited Laos between 5 and 7 November.", [("2024-11-05", "2024-11-07")]),
        ("Visiting Hanoi on the 4th and 5th of November, he met Tran.",
         [("2024-11-04", "2024-11-05")]),
        # a day of the article's month, or of the month before when still to come
        ("On 29th, the governor met the guests.", [("2024-10-29", "2024-10-29")]),
        ("On the 5th of this month, he came.", [("2024-11-05", "2024-11-05")]),
        ("On the morning of the 5th, he came.", [("2024-11-05", "2024-11-05")]),
        # two weekdays running are one stretch; other relative days
        ("They toured Hebei Monday and Tuesday.", [("2024-11-11", "2024-11-12")]),
        ("The fair closed the day before yesterday.", [("2024-11-11", "2024-11-11")]),
        ("The governor arrived this afternoon.", [("2024-11-13", "2024-11-13")]),
        ("On the 5th of November, he came.", [("2024-11-05", "2024-11-05")]),
        ("Posted 2024/11/5 and 2024.11.06.", [("2024-11-05", "2024-11-05"),
                                              ("2024-11-06", "2024-11-06")]),
        # a day after and two after the article's; an ordinal day with a comma before its month
        ("The governor arrives tomorrow.", [("2024-11-14", "2024-11-14")]),
        # a month and day written without a space, or with commas and the year
        ("They met on Jan.19 in the capital.", [("2025-01-19", "2025-01-19")]),
        ("Photo taken September, 11, 2016.", [("2016-09-11", "2016-09-11")]),
        # a partial date's year said after it
        ("On November 20 last year, he came.", [("2023-11-20", "2023-11-20")]),
        ("From March 5 to 7 of this year, he toured.", [("2024-03-05", "2024-03-07")]),
        ("Talks open the day after tomorrow.", [("2024-11-15", "2024-11-15")]),
        # a weekday beside a written day names that day: no day of its own
        ("The fair closed on Monday, 11th, November.", [("2024-11-11", "2024-11-11")]),
        ("On June 3 (Monday), he came.", [("2024-06-03", "2024-06-03")]),
        ("He toured Laos on Wednesday, June 5, 2024.", [("2024-06-05", "2024-06-05")]),
        ("The fair closed on Friday (Nov. 8).", [("2024-11-08", "2024-11-08")]),
        # the year said after the day
        ("The next fair is set for Sept 10 to 13 in 2026.", [("2026-09-10", "2026-09-13")]),
        ("On June 3 in 2019, he came.", [("2019-06-03", "2019-06-03")]),
        # the day ranges events are written with
        ("It is slated for June 29 to July 2 in Hefei.", [("2024-06-29", "2024-07-02")]),
        ("It is to be held on 5-8th September.", [("2024-09-05", "2024-09-08")]),
        ("They stayed at Hefei Oct. 16-19.", [("2024-10-16", "2024-10-19")]),
        ("Visits run Nov 5-10 in the capital.", [("2024-11-05", "2024-11-10")]),
    ],
)
def test_days_are_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert days(text) == expected


def test_a_partial_date_takes_the_year_nearest_the_article() -> None:
    # Written on January 5: "December 28" is last year's, "January 3" this year's.
    assert days("On December 28 and on January 3 they met.", dt.date(2025, 1, 5)) == [
        ("2024-12-28", "2024-12-28"),
        ("2025-01-03", "2025-01-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On February 30, the ministry met.",  # no such day
        "On February 29, 2023, the ministry met.",  # not a leap year
        "The May 4th Movement is remembered.",
        "In September, 11 firms signed deals.",
        "The 21st Maritime Silk Road grows.",
        "In July 2023, he visited Jiangsu.",  # a month is not a day
        "The fair is held every Monday.",
        "The mission ran from January to April.",
        "China of today and today's business world.",
        "The office is on the 29th floor.",
    ],
)
def test_no_day_no_date(text: str) -> None:
    assert days(text) == []


def test_without_an_article_date_only_full_dates_resolve() -> None:
    text = "On December 13, the Secretary chaired a meeting. On May 19, 2025 he spoke."
    assert days(text, None) == [("2025-05-19", "2025-05-19")]
    assert days("He met them last Friday.", None) == []


def _doc(text: str, date: str | None = None) -> Document:
    return Document("d", "d.txt", text, "0" * 64, date=date)


def test_article_date_is_metadata_else_dateline_else_none() -> None:
    assert anchor_date(_doc("On May 3 he came.", "2024-06-01")) == dt.date(2024, 6, 1)
    dateline = "Shi visits Injet in Deyang, April 16, 2025.\nFrom April 15 to 16, she toured."
    assert anchor_date(_doc(dateline)) == dt.date(2025, 4, 16)
    # a full date later in the text is no dateline: it dates only itself
    assert anchor_date(_doc("He spoke.\nOn April 16, 2025 he left.")) is None
    assert anchor_date(_doc("CHONGQING, Jan. 11 (Xinhua) -- The city grew.")) is None


def test_extraction_dates_statements_and_fetches_nothing(
    nlp: Language, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("date resolution must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    text = (
        "Shi Xiaolin, Governor of Sichuan Province, visits Sichuan Injet Electric Co., Ltd. "
        "in Deyang City, April 16, 2025.\n"
        "On February 30, Shi Xiaolin visited Kindos Pharmaceuticals Co., Ltd. in Chengdu."
    )
    doc = _doc(text)
    ex = Extractor(nlp, gazetteer)(nlp(text), doc)
    dated = {
        (ex.mentions[r.obj].text, r.first_date)
        for r in ex.relations
        if r.pred == "visited"
    }
    assert ("Sichuan Injet Electric Co., Ltd.", "2025-04-16") in dated
    # the impossible day dates nothing, and nothing crashes
    assert all(d is None for name, d in dated if name.startswith("Kindos"))


def test_long_texts_keep_their_dates_and_figures_across_sections(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    from kg.run.sections import extract_documents

    lead = "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City, April 16, 2025."
    filler = "\n\n".join("Sichuan is opening wider to the world." for _ in range(40))
    tail = (
        "On April 20, Shi Xiaolin visited Kindos Pharmaceuticals Co., Ltd. in Chengdu. "
        "Last year, Sichuan's exports reached RMB 600 billion."
    )
    text = f"{lead}\n\n{filler}\n\n{tail}"
    doc = _doc(text)
    whole = next(extract_documents(nlp, Extractor(nlp, gazetteer), [doc], limit=10**6))
    cut = next(extract_documents(nlp, Extractor(nlp, gazetteer), [doc], limit=600))
    # the last section has no dateline of its own: it still reads the article's date
    assert [(d.text, d.first) for d in cut.dates] == [(d.text, d.first) for d in whole.dates]
    assert ("April 20", "2025-04-20") in [(d.text, d.first) for d in cut.dates]
    assert [(f.value, f.period, f.start, cut.mentions[f.area].text) for f in cut.figures] == [
        (f.value, f.period, f.start, whole.mentions[f.area].text) for f in whole.figures
    ]
    assert cut.figures and cut.figures[0].period == "2024"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a post taken up on a day is dated; a post merely held is a state
        ("On March 5, Li Ming was appointed Governor of the People's Government of Hebei "
         "Province.", True),
        ("On March 5, Li Ming, Governor of Hebei Province, visited Tangshan.", False),
    ],
)
def test_posts_are_dated_only_when_taken_up(
    nlp: Language, gazetteer: Gazetteer, text: str, dated: bool
) -> None:
    ex = Extractor(nlp, gazetteer)(nlp(text), _doc(text, "2024-07-10"))
    posts = [r for r in ex.relations if r.pred in ("holdsPositionIn", "servesIn")]
    assert posts
    assert any(r.first_date == "2024-03-05" for r in posts) is dated


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # the guests named in the next sentence: the meeting's sentence names no one met
        ("On 7 July, Governor Zhao Lei of Hubei Province met with guests attending the Wuhan "
         "Trade Fair. Mr. Carlos Mendes, Vice Minister of Commerce of Brazil, and Mr. Peter "
         "Lund attended the meeting.", False),
        ("On 7 July, H.E. Mr. Zhao Lei, Governor of Hubei Province met with guests "
         "attending the 22nd Wuhan Trade Fair. H.E. Mr. Carlos Mendes, Vice Minister of Commerce "
         "of Brazil, Mr. Tom Baker, Managing Director of UNIDO, H.E. Mme. Anna Kowalski, "
         "Ambassador of Poland to China, H.E. Mme. Ida Berg, Ambassador of Norway to China, "
         "attended the meeting.", False),
        ("On 7 July, H.E. Mr. Zhao Lei met with H.E. Mme. Anna Kowalski in Wuhan.", True),
        ("On 7 July, Governor Zhao Lei of Hubei Province met with Carlos Mendes, Vice Minister "
         "of Commerce of Brazil.", True),
        ("Premier Tom Reid and Premier Ann Cole came to Beijing. The premiers met with Vice "
         "Premier Wang Hao on July 7.", True),
        ("Mayor Sara Holm led a delegation to Fujian. On July 7, Vice Governor Li Tao met "
         "with the delegation in Fuzhou.", True),
    ],
)
def test_meetings_are_dated_only_when_their_sentence_names_both(
    nlp: Language, gazetteer: Gazetteer, text: str, dated: bool
) -> None:
    ex = Extractor(nlp, gazetteer)(nlp(text), _doc(text, "2024-07-10"))
    met = [r for r in ex.relations if r.pred == "metWith"]
    assert met
    assert any(r.first_date == "2024-07-07" for r in met) is dated


def test_a_bare_ordinal_day_counts_from_the_stretch_before_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # the trip's days, not the event a later sentence schedules
    text = (
        "Governor Tam Rovik of Norland will make a three-day visit to Hunan from Tuesday to "
        "Thursday. On the second day, Tam Rovik will visit Changsha. Following the trip, the "
        "Norland Culture Week will be held in Changsha from May 23 to 26."
    )
    ex = Extractor(nlp, gazetteer)(nlp(text), _doc(text, "2019-05-07"))
    visits = {(ex.mentions[r.obj].text, r.first_date, r.last_date)
              for r in ex.relations if r.pred == "visited"}
    assert ("Changsha", "2019-05-08", "2019-05-08") in visits
    assert ("Hunan", "2019-05-07", "2019-05-09") in visits
