"""Very long texts are parsed and extracted in sections cut at paragraph boundaries.

spaCy refuses texts over ``nlp.max_length`` and needs memory in proportion to a text's length,
and several extraction rules compare every mention with every other one in the document: a
single 5 MB article would take hours and gigabytes. Cut into sections of at most
``SECTION_CHARS`` characters (at a blank line if there is one, else a line break, else a
sentence end, else a space), each section costs a bounded amount, so a document costs time
and memory linear in its length. The sections' extractions are merged back into one, with
offsets into the whole text: the rest of the pipeline never sees the cut. Texts up to the
limit (every news article) are extracted whole, exactly as before.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kg.model import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.extract import Extractor

SECTION_CHARS = 50_000
_CUTS = ("\n\n", "\n", ". ", " ")  # preferred first


def split_text(text: str, limit: int = SECTION_CHARS) -> list[tuple[int, str]]:
    """(offset, section) pairs whose sections, joined, are ``text`` exactly."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for sep in _CUTS:
            # the separator stays with the section before it
            cut = text.rfind(sep, start + limit // 2, end)
            if cut >= 0:
                end = cut + len(sep)
                break
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def merge(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``document`` from those of its sections (offset, extraction)."""
    mentions = []
    relations = []
    dates = []
    event_dates = []
    figures = []
    for offset, part in parts:
        base = len(mentions)
        mentions += [
            replace(
                m,
                start=m.start + offset,
                end=m.end + offset,
                sent_start=m.sent_start + offset,
                sent_end=m.sent_end + offset,
            )
            for m in part.mentions
        ]
        relations += [
            replace(
                r,
                subj=r.subj + base,
                obj=r.obj + base,
                sent_start=r.sent_start + offset,
                sent_end=r.sent_end + offset,
            )
            for r in part.relations
        ]
        dates += [
            replace(d, start=d.start + offset, end=d.end + offset,
                    sent_start=d.sent_start + offset, sent_end=d.sent_end + offset)
            for d in part.dates
        ]
        event_dates += [replace(e, mention=e.mention + base) for e in part.event_dates]
        figures += [
            replace(
                f,
                area=f.area + base,
                counterpart=None if f.counterpart is None else f.counterpart + base,
                start=f.start + offset,
                end=f.end + offset,
                sent_start=f.sent_start + offset,
                sent_end=f.sent_end + offset,
            )
            for f in part.figures
        ]
    return Extraction(document, tuple(mentions), tuple(relations), tuple(dates),
                      tuple(event_dates), tuple(figures))


class Section(NamedTuple):
    document: Document  # the whole document
    offset: int  # where the section starts in its text
    last: bool  # the document's last section


def plan_sections(
    documents: Iterable[Document], plan: deque[Section], limit: int = SECTION_CHARS
) -> Iterator[Document]:
    """The documents to parse, long ones cut into sections; for each one yielded, ``plan``
    gets its ``Section`` (whole document, offset, last section or not) first."""
    from kg.extract.facts.dates import anchor_date

    for d in documents:
        parts = split_text(d.text, limit)
        # Every section resolves partial dates against the whole article's date.
        anchor = anchor_date(d) if len(parts) > 1 else None
        date = anchor.isoformat() if anchor else None
        for i, (offset, text) in enumerate(parts):
            plan.append(Section(d, offset, i == len(parts) - 1))
            yield d if len(parts) == 1 else replace(d, text=text, date=date)


class Merger:
    """Section extractions in, whole-document extractions out (in order)."""

    def __init__(self) -> None:
        self.done: list[tuple[int, Extraction]] = []

    def add(self, section: Section, extraction: Extraction) -> Extraction | None:
        """The document's extraction once its last section is in, else None."""
        if section.last and not self.done:
            return extraction
        self.done.append((section.offset, extraction))
        if not section.last:
            return None
        whole = merge(section.document, self.done)
        self.done = []
        return whole


def extract_documents(
    nlp: Language,
    extractor: Extractor,
    documents: Iterable[Document],
    batch_size: int = 4,
    limit: int = SECTION_CHARS,
) -> Iterator[Extraction]:
    """Parse and extract ``documents`` in order, long ones section by section. Streams: only
    spaCy's current batch of sections is alive at a time."""
    from kg.extract.nlp import parse

    plan: deque[Section] = deque()
    merger = Merger()
    for section, doc in parse(nlp, plan_sections(documents, plan, limit), batch_size=batch_size):
        whole = merger.add(plan.popleft(), extractor(doc, section))
        if whole is not None:
            yield whole
