"""Extraction: a parsed ``Doc`` -> an ``Extraction`` of mentions and stated relations.

Stages inside: mentions (``entities/``) -> titles and posts (``people/titles.py``,
``people/posts.py``) -> relation rules (``relations.py``, ``participation.py`` and ``backing.py``
here and the families of ``people/``, ``gatherings/`` and ``business/``, registered by name in
``grammar.py``) -> dates and figures (``facts/``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

# Rule modules register their rules as they are imported: this order is the default run order
# (``Extractor.rules``), the core families first.
# isort: off
from kg.extract import relations as _relations  # noqa: F401  (registers its rules)
from kg.extract import participation as _participation  # noqa: F401
from kg.extract import backing as _backing  # noqa: F401
from kg.extract.gatherings import events as _events  # noqa: F401
from kg.extract.gatherings import attendedby as _attendedby  # noqa: F401
from kg.extract.gatherings import comefrom as _comefrom  # noqa: F401
from kg.extract.gatherings import organisers as _organisers  # noqa: F401
from kg.extract.business import facilities as _facilities  # noqa: F401
from kg.extract.people import foreign as _foreign  # noqa: F401
from kg.extract.people import counterparts as _counterparts  # noqa: F401
from kg.extract.people import meetings as _meetings  # noqa: F401
from kg.extract.people import talks as _talks  # noqa: F401
from kg.extract.people import cochairs as _cochairs  # noqa: F401
from kg.extract.people import delegates as _delegates  # noqa: F401
from kg.extract.people import postchains as _postchains  # noqa: F401
from kg.extract.people import ownposts as _ownposts  # noqa: F401
from kg.extract.people import postlists as _postlists  # noqa: F401
from kg.extract.people import bothposts as _bothposts  # noqa: F401
from kg.extract.people import missionposts as _missionposts  # noqa: F401
from kg.extract.business import places as _places  # noqa: F401
from kg.extract.business import described as _described  # noqa: F401
from kg.extract.business import districts as _districts  # noqa: F401
from kg.extract.business import origins as _origins  # noqa: F401
from kg.extract.business import routes as _routes  # noqa: F401
from kg.extract.business import partners as _partners  # noqa: F401
from kg.extract.business import partnerlists as _partnerlists  # noqa: F401
from kg.extract.business import townplaces as _townplaces  # noqa: F401
from kg.extract.people import visits as _visits  # noqa: F401
from kg.extract.people import stopovers as _stopovers  # noqa: F401
from kg.extract.people import tours as _tours  # noqa: F401
from kg.extract.people import tripnouns as _tripnouns  # noqa: F401
from kg.extract.people import companions as _companions  # noqa: F401
from kg.extract.people import members as _members  # noqa: F401
from kg.extract.people import hosted as _hosted  # noqa: F401
from kg.extract.people import examples as _examples  # noqa: F401
from kg.extract.gatherings import presence as _presence  # noqa: F401
from kg.extract.gatherings import participants as _participants  # noqa: F401
from kg.extract.business import ventures as _ventures  # noqa: F401
from kg.extract.business import groupfirms as _groupfirms  # noqa: F401
from kg.extract.business import sources as _sources  # noqa: F401
from kg.extract.gatherings import programmes as _programmes  # noqa: F401
from kg.extract.people import sites as _sites  # noqa: F401
from kg.extract.gatherings import venues as _venues  # noqa: F401
from kg.extract.business import scenes as _scenes  # noqa: F401
from kg.extract.business import relocations as _relocations  # noqa: F401
from kg.extract.gatherings import attendance as _attendance  # noqa: F401
from kg.extract.gatherings import nounparts as _nounparts  # noqa: F401
from kg.extract.gatherings import withparts as _withparts  # noqa: F401
# isort: on
from kg.extract.business.places import city_over_province
from kg.extract.business.ties import ties_not_investment
from kg.extract.business.townplaces import town_place_not_target
from kg.extract.business.ventures import scope_not_site
from kg.extract.confidence import (
    Agreement,
    ConfidenceTable,
    packaged_table,
    statement_confidences,
)
from kg.extract.context import DocContext, Found, RelationHit
from kg.extract.entities.editions import link_editions
from kg.extract.entities.listclass import (
    countries_in_lists,
    firms_in_lists,
    mission_staff,
    towns_described,
    towns_in_lists,
    towns_of_provinces,
)
from kg.extract.entities.mentions import find_mentions
from kg.extract.entities.seats import add_seats
from kg.extract.facts.document import add_facts
from kg.extract.facts.figure_trade import EXTRACTOR as TRADE_FIGURE
from kg.extract.facts.figure_trade import trade_statements
from kg.extract.gatherings.hosts import named_host_not_place
from kg.extract.gatherings.venues import one_place_read
from kg.extract.gazetteer import Gazetteer
from kg.extract.grammar import RELATION_RULES
from kg.extract.people.incumbents import mark_incumbents
from kg.extract.people.posts import extract_posts
from kg.extract.people.stopovers import drop_own_posts
from kg.extract.people.titles import extract_titles
from kg.extract.people.visitscope import scope_visits
from kg.learn.model import RelationModel, default_relation_model
from kg.learn.people import PeopleModel, default_people_model
from kg.model import Document, Extraction, Mention, RelationMention

EXTRACTOR_VERSION = "1"


@dataclass
class Extractor:
    """Holds what extraction needs across documents: the gazetteer and its phrase matcher."""

    nlp: Language
    gazetteer: Gazetteer
    rules: Sequence[str] = field(default_factory=lambda: tuple(RELATION_RULES))
    # The learned relation classifier (kg.learn); None: the hand rules alone.
    relation_model: RelationModel | None = field(default_factory=default_relation_model)
    # The learned Official-or-Person reading of the people named (kg.learn.people); None: the
    # hand rules' classes alone.
    people_model: PeopleModel | None = field(default_factory=default_people_model)

    def __post_init__(self) -> None:
        unknown = [r for r in self.rules if r not in RELATION_RULES]
        if unknown:
            raise ValueError(
                f"unknown relation rules: {', '.join(unknown)}; "
                f"known: {', '.join(sorted(RELATION_RULES))}"
            )
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        surface = self.gazetteer.surface_forms()
        forms = sorted(surface)
        # a company's name of several words matches only with its capitals: "Shandong steel
        # output", "Vietnam electricity demand" are a place's goods, not "Shandong Steel"
        self.cased_companies = {f.casefold(): f.split() for f, cls in surface.items()
                                if cls == "Enterprise" and " " in f}
        # Tokenising only: cheap, and the patterns match the pipeline's own tokens.
        self.matcher.add("GAZ", lower_patterns(self.nlp, forms))
        # one-word brand names the gazetteer writes with a small initial and a capital
        # inside ("iFlytek"): matched when the text spells them so (not "eastern region" or
        # "southwestern China", aliases a news text uses as locators)
        self.small_initial = frozenset(f for f in forms if f[:1].islower() and " " not in f
                                       and any(ch.isupper() for ch in f))

    def __call__(self, doc: Doc, document: Document) -> Extraction:
        ctx = self.rules_context(doc, _same_text(doc, document.text), document.date)
        if self.people_model is not None:
            self.people_model.apply(ctx)
        if self.relation_model is None:
            return finish(document, ctx)
        ctx.hits = self.relation_model.apply(ctx)
        return finish(document, ctx, agreement=self.relation_model.agreement(ctx, ctx.hits))

    def rules_context(self, doc: Doc, text: str | None = None,
                      date: str | None = None) -> DocContext:
        """Mentions, titles and the hand rules' relations of one parsed document (``text``:
        ``doc.text`` if the caller has it; ``date``: the document's, ISO)."""
        spans = self.matcher(doc, as_spans=True)
        spans = [s for s in spans if (s.text[:1].isupper() or s.text[:1].isdigit()
                 or s.text in self.small_initial) and self._cased(s.text)]
        if text is None:
            text = doc.text  # rebuilt from the tokens on every access: read it once
        cands = find_mentions(doc, self.gazetteer, spans, text)
        found = []
        for c in cands:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None:
                found.append(Found(c, span, c.cls))
        ctx = DocContext(doc, found, self.gazetteer, text, date)
        firms_in_lists(ctx)
        towns_in_lists(ctx)
        countries_in_lists(ctx)
        towns_of_provinces(ctx)
        towns_described(ctx)
        mission_staff(ctx)
        for f in found:
            if f.cls == "GovernmentBody" and ctx.focus_province and _bare_provincial(f.text):
                f.scope = ctx.focus_province
        extract_titles(ctx)
        mark_incumbents(ctx)  # after the titles: a post the text states comes first
        extract_posts(ctx)
        link_editions(ctx)
        for name in self.rules:
            RELATION_RULES[name](ctx)
        ctx.add_inner_jurisdictions()
        add_seats(ctx)
        return ctx


    def _cased(self, text: str) -> bool:
        """False when ``text`` writes in lower case a word its company form capitalises."""
        words = text.split()
        form = self.cased_companies.get(" ".join(words).casefold())
        if form is None or len(form) != len(words):
            return True
        return all(not (f[:1].isupper() and t[:1].islower())
                   for f, t in zip(form, words, strict=True))


def _same_text(doc: Doc, text: str) -> str | None:
    """``text`` when it is the text ``doc`` was parsed from (same length, same first and
    last token), else None."""
    if not len(doc):
        return text if not text else None
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    if end == len(text) and text.startswith(first.text, first.idx) and \
            text.startswith(last.text, last.idx):
        return text
    return None


def lower_patterns(nlp: Language, forms: Sequence[str]) -> list[list[int]]:
    """The PhraseMatcher patterns (LOWER hashes of the pipeline's tokens) of ``forms``.

    All forms are tokenised as one text, a line break between two: the tokenizer splits
    at whitespace first and reads each piece alone, so a form's tokens are those it has on
    its own (tests/test_gazetteer.py checks it on the whole gazetteer), and one Doc
    costs a fraction of one Doc per form. Forms with other whitespace are tokenised alone.
    Most forms are plain words of letters, which the tokenizer keeps whole unless a special
    case says otherwise ("Cannot"): their keys are the lower-case words' hashes, with no
    tokenizing at all.
    """
    special = getattr(nlp.tokenizer, "rules", None) or {}
    strings = nlp.vocab.strings

    def whole(word: str) -> bool:
        return word.isalpha() and word not in special

    keys: dict[str, list[int]] = {}
    plain = []
    for f in forms:
        words = f.split()
        if not f or f != " ".join(words):
            continue
        if all(whole(w) for w in words):
            keys[f] = [strings.add(w.lower()) for w in words]
        else:
            plain.append(f)
    if plain:
        lower = nlp.tokenizer("\n".join(plain)).to_array([LOWER, IS_SPACE]).tolist()
        k, current = 0, []
        for h, space in lower:
            if space:
                keys[plain[k]], k, current = current, k + 1, []
            else:
                current.append(h)
        keys[plain[k]] = current
    out = []
    for form in forms:
        key = keys.get(form)
        if key is None:
            key = nlp.tokenizer(form).to_array(LOWER).tolist()
        out.append(key)
    return out


def finish(
    document: Document,
    ctx: DocContext,
    hits: list[RelationHit] | None = None,
    table: ConfidenceTable | None = None,
    agreement: Agreement | None = None,
) -> Extraction:
    """The Extraction of ``ctx``'s mentions and relations (``hits``: default the context's;
    ``table``: the confidence table, default the shipped one; ``agreement``: the relation
    model's reading of the rule statements' pairs, ``RelationModel.agreement``)."""
    hits = one_place_read(ctx, ctx.hits if hits is None else hits)
    hits = city_over_province(ctx, hits)
    hits = scope_not_site(ctx, hits)
    hits = ties_not_investment(ctx, hits)
    hits = town_place_not_target(ctx, hits)
    hits = drop_own_posts(ctx, hits)
    hits = scope_visits(ctx, hits)
    hits = named_host_not_place(ctx, hits)
    # "US$4.72 billion" names the country (the gold counts it) but says nothing about it:
    # no relation is read off a currency sign.
    text = ctx.text
    # "980 million US dollars" likewise.
    currency = {i for i, f in enumerate(ctx.found) if text[f.cand.end : f.cand.end + 1] == "$"
                or text[f.cand.end : f.cand.end + 8].lower().startswith(" dollar")}
    if currency:
        hits = [h for h in hits if h.subj not in currency and h.obj not in currency]
    extraction = add_facts(_to_extraction(document, ctx, hits, table, agreement), ctx)
    table = packaged_table() if table is None else table
    return trade_statements(extraction, table.get(TRADE_FIGURE, "tradesWith"))


def _bare_provincial(name: str) -> bool:
    """ "Provincial Department of Commerce" with no province named: the document's own."""
    words = name.replace("the ", "").split()
    return (
        bool(words) and words[0] in ("Provincial", "Province") or name.startswith("CPC Provincial")
    )


def _to_extraction(
    document: Document,
    ctx: DocContext,
    hits: list[RelationHit],
    table: ConfidenceTable | None,
    agreement: Agreement | None,
) -> Extraction:
    mentions = tuple(
        Mention(
            text=f.text,
            cls=f.cls,
            start=f.cand.start,
            end=f.cand.end,
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            extractor=f.cand.extractor,
            confidence=f.cand.confidence,
            titles=tuple(f.titles),
            scope=f.scope,
            aliases=tuple(f.aliases),
            refers_to=f.cand.refers_to,
        )
        for f in ctx.found
        for sent in (ctx.sentence(f.span),)
    )
    seen: set[tuple[int, str, int, int]] = set()
    relations: list[RelationMention] = []
    # A rule statement's confidence is the statement model's estimate for it, or the rule's
    # measured precision (kg/data/confidence.json); the relation model's statements carry
    # their own calibrated probability (kg/extract/confidence.py).
    confidences = statement_confidences(ctx, hits, table, agreement)
    for hit, conf in zip(hits, confidences, strict=True):
        key = (hit.subj, hit.pred, hit.obj, hit.sent.start_char)
        if key in seen:
            continue
        seen.add(key)
        relations.append(
            RelationMention(
                hit.subj,
                hit.pred,
                hit.obj,
                hit.sent.start_char,
                hit.sent.end_char,
                hit.extractor,
                conf,
            )
        )
    return Extraction(document, mentions, tuple(relations))
