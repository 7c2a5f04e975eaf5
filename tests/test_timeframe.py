"""kg.extract.facts.timeframe: which written day dates which statement and which event (invented
articles, the real pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import run
from spacy.language import Language

from kg.extract import Extractor
from kg.extract.facts.dates import find_dates
from kg.extract.facts.timeframe import roles
from kg.model import Extraction

HEAD = "date 2024-06-20\n\n"  # a Thursday


def dated(ex: Extraction, pred: str) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    return {
        (ex.mentions[r.subj].text, ex.mentions[r.obj].text): (r.first_date, r.last_date)
        for r in ex.relations
        if r.pred == pred
    }


def events(ex: Extraction) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for d in ex.event_dates:
        name = ex.mentions[d.mention].text
        first, last = out.get(name, (d.first, d.last))
        out[name] = (min(first, d.first), max(last, d.last))
    return out


@pytest.mark.parametrize(
    ("text", "pred", "pair", "days"),
    [
        # the day is the event's first day, given in another sentence
        ("The 3rd Tiannan Machinery Expo opened on June 12 in Shijiazhuang and will last "
         "until June 16. On the opening day of the expo, Li Weiguo visited Dongsheng Valve "
         "Co., Ltd.", "visited", ("Li Weiguo", "Dongsheng Valve Co., Ltd."),
         ("2024-06-12", "2024-06-12")),
        # an event that opened on a day: its second day is the next, its end unknown
        ("The 3rd Tiannan Machinery Expo opened in Shijiazhuang on June 12. On the second day "
         "of the expo, Li Weiguo met with Governor Zhang Ming.", "metWith",
         ("Li Weiguo", "Zhang Ming"), ("2024-06-13", "2024-06-13")),
        # "the next day" counts from the last day written before
        ("On June 8, Li Weiguo visited Tangshan. The next day, he visited Dongsheng Valve "
         "Co., Ltd. in Baoding.", "visited", ("Li Weiguo", "Dongsheng Valve Co., Ltd."),
         ("2024-06-09", "2024-06-09")),
        ("On June 8, Li Weiguo visited Tangshan. Later that day, he visited Dongsheng Valve "
         "Co., Ltd. in Baoding.", "visited", ("Li Weiguo", "Dongsheng Valve Co., Ltd."),
         ("2024-06-08", "2024-06-08")),
        # ... or from the day written before it in its own sentence
        ("Li Weiguo visited Vietnam on June 3 and met with Prime Minister Pham Van Hung the "
         "following day.", "metWith", ("Li Weiguo", "Pham Van Hung"),
         ("2024-06-04", "2024-06-04")),
        # "the day before" counts from the article's date
        ("Li Weiguo visited Dongsheng Valve Co., Ltd. in Baoding the day before.", "visited",
         ("Li Weiguo", "Dongsheng Valve Co., Ltd."), ("2024-06-19", "2024-06-19")),
        # a day in a relative clause about something else dates only that clause
        ("On June 10, Li Weiguo visited Dongsheng Valve Co., Ltd., which opened a plant in "
         "Baoding on May 1, 2010.", "visited", ("Li Weiguo", "Dongsheng Valve Co., Ltd."),
         ("2024-06-10", "2024-06-10")),
        # an event held somewhere is held on all its days
        ("The 3rd Tiannan Machinery Expo opened on June 12 in Shijiazhuang and will last "
         "until June 16.", "locatedIn", ("3rd Tiannan Machinery Expo", "Shijiazhuang"),
         ("2024-06-12", "2024-06-16")),
    ],
)
def test_days_given_indirectly_date_the_statement(
    extractor: Extractor, text: str, pred: str, pair: tuple[str, str],
    days: tuple[str, str],
) -> None:
    assert dated(run(extractor, HEAD + text), pred).get(pair) == days


@pytest.mark.parametrize(
    "text",
    [
        "At a press conference on June 3, the Tiannan Provincial Department of Commerce "
        "announced that Dongsheng Valve Co., Ltd. invested in Vietnam.",
        "The provincial government said on Monday that Dongsheng Valve Co., Ltd. invested "
        "in Vietnam.",
    ],
)
def test_a_reporting_day_dates_no_statement(extractor: Extractor, text: str) -> None:
    investments = dated(run(extractor, HEAD + text), "investsIn")
    assert investments and all(days == (None, None) for days in investments.values())


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The ministry said on June 3 that the plant opened.", "report"),
        ("At a press conference on June 3, the ministry listed the projects.", "report"),
        ("The company released its annual report at the expo on June 3.", "statement"),
        ("BEIJING, June 3 (Xinhua) -- The company opened a plant.", "report"),
        ("The expo will last until June 3.", "until"),
        ("Li and his aides are visiting four cities and return on June 3.", "trip_end"),
        ("Li and his aides are visiting four cities and return Friday.", "trip_end"),
        # the close of a trip is its last day, not the day of the visit
        ("Li concluded a three-day visit to Laos on June 3.", "trip_end"),
        ("Li and his party left here on June 3, concluding their visit to Laos.", "trip_end"),
        ("Li left for Laos on June 3.", "statement"),
        ("The company said in a statement on June 3 that Li visited the plant.", "report"),
        ("Li visited Laos, according to a press release issued on June 3.", "report"),
        ("The plan, released on June 3, will be implemented by Hunan.", "statement"),
        ("The firm signed the deal, the company said in a statement released on June 3.",
         "report"),
        # datelines written other ways: an agency in slashes, a colon after the place
        ("NANYANG, June 3 /Newswire/ -- The company opened a plant.", "report"),
        ("Nanyang, June 3: The governor visited the plant.", "report"),
        ("Li Wei visits a valve plant in Baoding, June 3, 2024.", "statement"),
    ],
)
def test_what_a_day_may_date(nlp: Language, text: str, role: str) -> None:
    """Saying is reporting; releasing something is a happening; an end day ends."""
    doc = nlp(text)
    (day,) = find_dates(text, [(0, len(text))], dt.date(2024, 6, 20))
    assert [d.role for d in roles(doc, text, [day])] == [role]


def test_an_end_day_ends_the_event(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 3rd Tiannan Machinery Expo opened on June 12 in "
             "Shijiazhuang and will last until June 16.")
    assert events(ex) == {"3rd Tiannan Machinery Expo": ("2024-06-12", "2024-06-16")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a sentence cut at an abbreviation keeps its day
        ("On June 5, Governor Li Weiguo met with H.E. Mme. Ana Torrel, Ambassador of Chile to "
         "China, in Shijiazhuang.", "2024-06-05"),
        # "At the talks held on Tuesday, X met Y": the clause sets the whole sentence's day
        ("At the talks that were held on Tuesday evening, Governor Li Weiguo met with Ana "
         "Torrel, Ambassador of Chile to China.", "2024-06-18"),
    ],
)
def test_the_meeting_is_dated(extractor: Extractor, text: str, day: str) -> None:
    meetings = dated(run(extractor, HEAD + text), "metWith")
    assert meetings and set(meetings.values()) == {(day, day)}


def test_holding_something_else_dates_no_event(extractor: Extractor) -> None:
    """"to hold bilateral meetings": the verb's object is not the event."""
    ex = run(extractor, HEAD + "On June 12, Li Weiguo went to the 3rd Tiannan Machinery Expo "
             "to hold bilateral meetings with local enterprises.")
    assert events(ex) == {}


def test_an_event_held_in_a_sentence_cut_at_an_abbreviation_gets_its_day(
    extractor: Extractor,
) -> None:
    """The day before the cut ("H.E. Mme.") dates the event held after it."""
    ex = run(extractor, HEAD + "On 3 June 2024, Tiannan Trade Centre Secretary-General H.E. "
             "Mme. Ana Torrel attended the opening ceremony of the 5th Tiannan Machinery Expo "
             "held in Shijiazhuang.")
    assert events(ex) == {"5th Tiannan Machinery Expo": ("2024-06-03", "2024-06-03")}


def test_an_end_day_in_a_later_sentence_ends_the_event(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 3rd Tiannan Machinery Expo opened on Tuesday in "
             "Shijiazhuang. This year's expo, which will last until June 23, covers an area of "
             "50,000 square meters.")
    assert events(ex) == {"3rd Tiannan Machinery Expo": ("2024-06-18", "2024-06-23")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" is what the sentence before gave days to
        ("The 3rd Tiannan Machinery Expo kicked off in Shijiazhuang on June 12. It will last "
         "until June 16.", {"3rd Tiannan Machinery Expo": ("2024-06-12", "2024-06-16")}),
        # ... and nothing when that was no event
        ("Li Weiguo visited Shijiazhuang on June 12. It will last until June 16.", {}),
    ],
)
def test_it_in_a_later_sentence_ends_the_event_before(
    extractor: Extractor, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert events(run(extractor, HEAD + text)) == expected


def test_an_end_day_ends_no_event_whose_start_is_not_given(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 3rd Tiannan Machinery Expo is held in Shijiazhuang. The "
             "expo will last until June 23.")
    assert events(ex) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event is the subject of its verb, whatever else the parse hangs on it
        ("The 9th Tiannan Machinery Expo closed Tuesday in Shijiazhuang, recording increased "
         "trade volume growth between firms from China and Laos.",
         {"9th Tiannan Machinery Expo": ("2024-06-18", "2024-06-18")}),
        # two events closing together are both dated
        ("The 5th Tiannan Machinery Expo and the concurrent Tiannan Investment Summit "
         "concluded Monday in Shijiazhuang.",
         {"5th Tiannan Machinery Expo": ("2024-06-17", "2024-06-17"),
          "Tiannan Investment Summit": ("2024-06-17", "2024-06-17")}),
        ("The 5th Tiannan Machinery Expo got underway on Monday in Shijiazhuang.",
         {"5th Tiannan Machinery Expo": ("2024-06-17", "2024-06-17")}),
        ("The 5th Tiannan Machinery Expo drew to a close on Monday in Shijiazhuang.",
         {"5th Tiannan Machinery Expo": ("2024-06-17", "2024-06-17")}),
        # an edition scheduled for its days
        ("The 6th Tiannan Machinery Expo is scheduled for Sept. 10 to 13 in Shijiazhuang.",
         {"6th Tiannan Machinery Expo": ("2024-09-10", "2024-09-13")}),
        # the infinitive of a future edition ("will take place")
        ("The 6th Tiannan Machinery Expo will take place in Shijiazhuang from Sept. 10 to 13.",
         {"6th Tiannan Machinery Expo": ("2024-09-10", "2024-09-13")}),
        # something else began or ended on the day
        ("The visit ended on June 5, a week before the 5th Tiannan Machinery Expo.", {}),
        ("Talks began on June 12 ahead of the 5th Tiannan Machinery Expo.", {}),
        # a clause of time about the event gives it no day from outside it
        ("Li Weiguo met Nguyen Van Hai on June 3, a day after the 5th Tiannan Machinery Expo "
         "opened in Hanoi.", {}),
        ("Li Weiguo visited Baoding on June 13, after the 5th Tiannan Machinery Expo closed.",
         {}),
        ("When the 5th Tiannan Machinery Expo opened on June 12, Li Weiguo visited it.",
         {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12")}),
        # an event opened by someone, or held by a province
        ("Governor Li Weiguo opened the 5th Tiannan Machinery Expo on June 12.",
         {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12")}),
        ("Held on June 12, the 5th Tiannan Machinery Expo drew 900 exhibitors.",
         {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12")}),
        # a press conference held after the closing ceremony is no day of the expo
        ("As of 4 p.m. Tuesday, deals at the Tiannan Machinery Expo reached 1.2 billion U.S. "
         "dollars, Li Weiguo said at a press conference held after the closing ceremony.", {}),
    ],
)
def test_which_events_a_sentence_dates(
    extractor: Extractor, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert events(run(extractor, HEAD + text)) == expected


@pytest.mark.parametrize(
    ("text", "pred", "pair"),
    [
        # a day that bounds a time dates nothing
        ("Since June 3, Li Weiguo has visited Dongsheng Valve Co., Ltd. twice.", "visited",
         ("Li Weiguo", "Dongsheng Valve Co., Ltd.")),
        ("By June 3, Dongsheng Valve Co., Ltd. had invested in Vietnam.", "investsIn",
         ("Dongsheng Valve Co., Ltd.", "Vietnam")),
        ("Before June 3, Li Weiguo visited Vietnam.", "visited", ("Li Weiguo", "Vietnam")),
        # a day hung on a verb of its own dates only what that verb says
        ("Li Weiguo met Nguyen Van Hai in Baoding, and the two sides agreed to hold the 5th "
         "Tiannan Machinery Expo on September 25.", "metWith", ("Li Weiguo", "Nguyen Van Hai")),
        ("Dongsheng Valve Co., Ltd. invested in Vietnam in 2019 and Li Weiguo visited its plant "
         "there on June 3.", "investsIn", ("Dongsheng Valve Co., Ltd.", "Vietnam")),
        ("Li Weiguo will visit Vietnam until June 5 and attend the 5th Tiannan Machinery Expo "
         "on June 12.", "visited", ("Li Weiguo", "Vietnam")),
    ],
)
def test_a_day_outside_the_statement_dates_nothing(
    extractor: Extractor, text: str, pred: str, pair: tuple[str, str]
) -> None:
    found = dated(run(extractor, HEAD + text), pred)
    assert found.get(pair) == (None, None)


@pytest.mark.parametrize(
    ("text", "pred", "pair", "day"),
    [
        # a meeting something was said at is dated by the day of the saying
        ("Governor Li Weiguo in a meeting with Nguyen Van Hai, ambassador of Vietnam, here on "
         "Wednesday said Tiannan welcomes investors.", "metWith",
         ("Li Weiguo", "Nguyen Van Hai"), "2024-06-19"),
        ("Speaking at a meeting with Nguyen Van Hai on Wednesday, Governor Li Weiguo said "
         "Tiannan welcomes investors.", "metWith", ("Li Weiguo", "Nguyen Van Hai"),
         "2024-06-19"),
        # a clause opening the sentence on arriving is the sentence's day
        ("Upon arriving in Hanoi on June 3, Li Weiguo met with Prime Minister Pham Van Hung.",
         "metWith", ("Li Weiguo", "Pham Van Hung"), "2024-06-03"),
        # the day of a verb that carries the statement's name still dates it
        ("Li Weiguo led a delegation to visit Vietnam on June 3.", "visited",
         ("Li Weiguo", "Vietnam"), "2024-06-03"),
        ("Li Weiguo visited Vietnam on June 3 and Laos on June 5.", "visited",
         ("Li Weiguo", "Laos"), "2024-06-05"),
        # a day is not taken across an "and" from another conjunct's own day
        ("Li Weiguo visited Hanoi and Haiphong on June 3 and Vientiane on June 5.", "visited",
         ("Li Weiguo", "Vientiane"), "2024-06-05"),
        ("Li Weiguo visited Hanoi and Haiphong on June 3 and Vientiane on June 5.", "visited",
         ("Li Weiguo", "Haiphong"), "2024-06-03"),
        ("On June 3, Li Weiguo and Zhang Ming visited Hanoi, and on June 5 they visited "
         "Vientiane.", "visited", ("Li Weiguo", "Hanoi"), "2024-06-03"),
        # a hyphenated verb the tokenizer cut ("co-chair") is one verb: its day dates it
        ("In Baoding, Li Weiguo will co-chair the annual Tiannan-Vietnam Trade Council today "
         "with the city's mayor Zhang Ming.", "metWith", ("Li Weiguo", "Zhang Ming"),
         "2024-06-20"),
        # a day before an inverted "..., the company said" is the said thing's day, even
        # when the parser hangs it on "said"
        ("Li Weiguo, accompanied by Wang Dehai, visited Dongsheng Valve Co., Ltd. on June 3, "
         "the company said in a statement on June 5.", "visited",
         ("Li Weiguo", "Dongsheng Valve Co., Ltd."), "2024-06-03"),
    ],
)
def test_the_day_of_the_statement_dates_it(
    extractor: Extractor, text: str, pred: str, pair: tuple[str, str], day: str
) -> None:
    assert dated(run(extractor, HEAD + text), pred).get(pair) == (day, day)


def test_a_reporting_day_of_a_meeting_dates_nothing_said_there(extractor: Extractor) -> None:
    """The meeting's day is no day of what was said at it."""
    ex = run(extractor, HEAD + "Governor Li Weiguo in a meeting with Nguyen Van Hai here on "
             "Wednesday said Dongsheng Valve Co., Ltd. had invested in Vietnam.")
    investments = dated(ex, "investsIn")
    assert investments and set(investments.values()) == {(None, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event named by its kind alone is the document's event
        ("The 5th Tiannan Machinery Expo opened in Shijiazhuang on June 12. The five-day expo "
         "closed on Sunday.", {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-16")}),
        ("The 5th Tiannan Machinery Fair opened in Shijiazhuang on June 12. The fair, which "
         "closed on Sunday, drew 900 exhibitors.",
         {"5th Tiannan Machinery Fair": ("2024-06-12", "2024-06-16")}),
        # another edition of the kind is not the document's event
        ("The 5th Tiannan Machinery Expo opened in Shijiazhuang on June 12. The next expo "
         "opens on June 25.", {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12")}),
        # "until Sunday" ends the event on the Sunday after its start
        ("The 5th Tiannan Machinery Expo kicked off in Shijiazhuang on Wednesday. The event "
         "runs until Sunday.", {"5th Tiannan Machinery Expo": ("2024-06-19", "2024-06-23")}),
        # the kind may come after the end day
        ("The 5th Tiannan Machinery Expo opened in Shijiazhuang today. Running until June 24, "
         "this annual event draws buyers from 30 countries.",
         {"5th Tiannan Machinery Expo": ("2024-06-20", "2024-06-24")}),
        # the kind, after a length, that the parser reads as no noun: the document's event
        ("Many people came to the 7th annual Tiannan Trade & Commodities Fair in Shijiazhuang. "
         "The 10-day fair with over 600 booths opened on Monday.",
         {"7th annual Tiannan Trade & Commodities Fair": ("2024-06-17", "2024-06-17")}),
        # a name before the kind: some other fair
        ("Many people came to the 7th annual Tiannan Trade & Commodities Fair in Shijiazhuang. "
         "The Harbour fair with over 600 booths opened on Monday.", {}),
        ("Loudi signed eight projects with investors at an investment promotion conference "
         "held on June 12. The 2024 Loudi Investment Promotion Conference was hosted by the "
         "Loudi municipal government in Shenzhen.",
         {"2024 Loudi Investment Promotion Conference": ("2024-06-12", "2024-06-12")}),
        # a description the name does not bear out is some other event
        ("Loudi signed eight projects at a trade fair held on June 12. The 2024 Loudi "
         "Investment Promotion Conference was hosted by the Loudi municipal government.", {}),
    ],
)
def test_the_days_of_an_event_named_by_its_kind(
    extractor: Extractor, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert events(run(extractor, HEAD + text)) == expected


def test_a_day_hung_on_a_purpose_dates_the_visit(extractor: Extractor) -> None:
    """The parser may hang a sentence's last day on the purpose ("to see ..."): the day is
    still the visit's."""
    ex = run(extractor, HEAD + "A delegation of consuls, led by Wang Dehai, visited Baoding to "
             "see the city's new markets firsthand on June 12.")
    assert dated(ex, "visited").get(("Wang Dehai", "Baoding")) == ("2024-06-12", "2024-06-12")


def test_an_event_of_its_own_name_is_not_the_documents_event(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 5th Tiannan Machinery Expo opened in Shijiazhuang on June "
             "12. The \"Baoding Day\" event will take place between June 14 and 15.")
    # the expo keeps its one day; the quoted event is an event of its own, with its own days
    assert events(ex) == {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12"),
                          "Baoding Day": ("2024-06-14", "2024-06-15")}


def test_an_end_day_of_another_clause_ends_nothing_here(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 5th Tiannan Machinery Expo opened in Shijiazhuang on June "
             "12, while the Baoding Trade Fair will run until June 30.")
    assert events(ex) == {"5th Tiannan Machinery Expo": ("2024-06-12", "2024-06-12")}
    assert dated(ex, "locatedIn").get(("5th Tiannan Machinery Expo", "Shijiazhuang")) == (
        "2024-06-12", "2024-06-12")


def test_an_event_only_agreed_on_takes_no_day_of_the_agreement(extractor: Extractor) -> None:
    """ "On Tuesday, ... agreed to hold the forum in X next year": Tuesday is no day of the
    forum, nor of its being held in X."""
    ex = run(extractor, HEAD + "On Tuesday, Li Weiguo met with Nguyen Van Hai, and the two "
             "sides agreed to hold the 4th Tiannan Economic Forum in Baoding next year.")
    assert events(ex) == {}
    assert dated(ex, "locatedIn").get(("4th Tiannan Economic Forum", "Baoding")) == (None, None)
    assert dated(ex, "metWith").get(("Li Weiguo", "Nguyen Van Hai")) == (
        "2024-06-18", "2024-06-18")


def test_the_same_day_counts_from_no_reporting_day(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "Dongsheng Valve Co., Ltd. signed a deal with the Hanoi "
             "government on Wednesday, the company said in a statement released on Thursday. "
             "Li Weiguo also visited Vietnam the same day.")
    assert dated(ex, "visited").get(("Li Weiguo", "Vietnam")) == ("2024-06-19", "2024-06-19")


def test_that_afternoon_is_the_day_written_before(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "Nguyen Van Hai arrived in Kunming on June 17. He met with "
             "Governor Li Weiguo that afternoon.")
    assert dated(ex, "metWith").get(("Li Weiguo", "Nguyen Van Hai"),
                                    dated(ex, "metWith").get(("Nguyen Van Hai", "Li Weiguo"))
                                    ) == ("2024-06-17", "2024-06-17")


def test_the_close_of_a_visit_ends_no_event(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "The 3rd Tiannan Economic Forum opened in Hanoi on Tuesday. "
             "Li Weiguo concluded a four-day visit to Vietnam on Thursday, during which he "
             "attended the 3rd Tiannan Economic Forum.")
    assert events(ex) == {"3rd Tiannan Economic Forum": ("2024-06-18", "2024-06-18")}


@pytest.mark.parametrize(
    ("text", "pred", "pair", "days"),
    [
        # a trip's stretch of days is no day of a meeting or an attendance on it
        ("During his visit to Vietnam from June 3 to 6, Li Weiguo met with Nguyen Van Hai.",
         "metWith", ("Li Weiguo", "Nguyen Van Hai"), (None, None)),
        ("During his visit to Vietnam from June 3 to 6, Li Weiguo attended the 5th Tiannan "
         "Machinery Expo.", "participatesIn", ("Li Weiguo", "5th Tiannan Machinery Expo"),
         (None, None)),
        ("Li Weiguo visited Vietnam from June 3 to 6 and met with Nguyen Van Hai.", "metWith",
         ("Li Weiguo", "Nguyen Van Hai"), (None, None)),
        # the trip itself keeps them; talks held over days keep theirs
        ("During his visit to Vietnam from June 3 to 6, Li Weiguo met with Nguyen Van Hai.",
         "visited", ("Li Weiguo", "Vietnam"), ("2024-06-03", "2024-06-06")),
        ("From June 3 to 5, Li Weiguo held talks with Nguyen Van Hai in Hanoi.", "metWith",
         ("Li Weiguo", "Nguyen Van Hai"), ("2024-06-03", "2024-06-05")),
        ("Li Weiguo met with Nguyen Van Hai on June 4 during his visit to Vietnam from June 3 "
         "to 6.", "metWith", ("Li Weiguo", "Nguyen Van Hai"), ("2024-06-04", "2024-06-04")),
    ],
)
def test_a_trips_days_and_a_meetings_day(
    extractor: Extractor, text: str, pred: str, pair: tuple[str, str],
    days: tuple[str | None, str | None],
) -> None:
    assert dated(run(extractor, HEAD + text), pred).get(pair) == days


def test_a_clause_of_time_takes_no_day_from_outside_it(extractor: Extractor) -> None:
    ex = run(extractor, HEAD + "Li Weiguo met Nguyen Van Hai on June 3, a day after the 5th "
             "Tiannan Machinery Expo opened in Hanoi.")
    assert dated(ex, "locatedIn").get(("5th Tiannan Machinery Expo", "Hanoi")) == (None, None)
    assert dated(ex, "metWith").get(("Li Weiguo", "Nguyen Van Hai")) == (
        "2024-06-03", "2024-06-03")


@pytest.mark.parametrize(
    "text",
    [
        # the one day an event opened on is not its closing day, nor the day it closed on
        # its opening day
        "The 3rd Tiannan Machinery Expo opened in Shijiazhuang on June 12. On the closing day "
        "of the expo, Li Weiguo met with Governor Zhang Ming.",
        "The 3rd Tiannan Machinery Expo closed in Shijiazhuang on June 16. On the opening day "
        "of the expo, Li Weiguo met with Governor Zhang Ming.",
    ],
)
def test_a_day_of_an_event_needs_that_end_of_it_given(extractor: Extractor, text: str) -> None:
    assert dated(run(extractor, HEAD + text), "metWith").get(("Li Weiguo", "Zhang Ming")) == (
        None, None)
