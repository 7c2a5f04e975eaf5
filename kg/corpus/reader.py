"""Corpus loading: a directory of .txt/.md/.html files -> ``Document`` records.

Metadata comes from YAML front matter (``title``, ``date``, ``source``) when present, otherwise
from what the text itself says (a leading ``date 2022-12-26 Original title: ...`` line, an
"Original article by ..., https://..." credit). Site boilerplate (ICP numbers, "Hosted by:",
"Website Operation and Maintenance") is cut from the body so it never yields entities.

Bad files raise ``KgError`` naming the file (the checks live in ``kg.corpus.validation``);
``skip_bad=True`` turns them into warnings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kg.corpus.validation import (
    check_location,
    check_name,
    check_url,
    decode,
    front_matter_date,
    front_matter_title,
    load_front_matter,
    read_bytes,
)
from kg.errors import E, KgError
from kg.model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm")

_DATE_LINE = re.compile(
    r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(?:Original title:\s*(?P<title>.+))?$", re.IGNORECASE
)
_CREDIT = re.compile(r"^\s*Original article by\b.*?(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.\- ]+(?:\s+Source:.*)?$")
# Footer lines of Chinese government sites: metadata, never content.
_BOILERPLATE = re.compile(
    r"^\s*(Hosted by:|Website Operation and Maintenance:|Website Identification Code:|"
    r".*\bICP No\.|.*Internet Security Record No\.|Copyright\b|All rights reserved)",
    re.IGNORECASE,
)


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page: drops script/style/head, keeps block breaks."""

    _SKIP = {"script", "style", "head", "noscript", "template", "svg"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and not self.title:
            self.title = data.strip() or None
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line), parser.title


def _split_front_matter(raw: str, path: Path) -> tuple[dict[str, object], str]:
    stripped = raw.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, stripped
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", stripped, re.DOTALL)
    if not match:
        raise KgError(E.E006, path, "no closing '---'")
    return load_front_matter(match.group(1), path), stripped[match.end() :]


def _iso_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.search(r"\d{4}-\d{2}-\d{2}", value)
        if m:
            try:
                return dt.date.fromisoformat(m.group(0)).isoformat()
            except ValueError:
                return None
    return None


def parse_document(raw: str, name: str, path: Path | None = None) -> Document:
    """Turn one file's decoded text into a Document (metadata + clean body)."""
    where = path or Path(name)
    meta, body = _split_front_matter(raw, where)
    title = front_matter_title(meta.get("title"), where)
    date = front_matter_date(meta.get("date"), where)
    source = meta.get("source")
    if source is not None and not isinstance(source, str):
        raise KgError(E.E006, where, f"source must be a URL, not {type(source).__name__}")
    # The front matter's source is the whole value (a credit line's is the URL in it).
    source = check_url(source.strip(), where) if source and source.strip() else None
    if name.lower().endswith((".html", ".htm")):
        body, html_title = html_to_text(body)
        title = title or html_title

    kept: list[str] = []
    for line in body.splitlines():
        m = _DATE_LINE.match(line)
        if m and not kept:
            date = date or _iso_date(m.group(1))
            if m.group("title"):
                title = title or m.group("title").strip()
            continue
        m = _CREDIT.match(line)
        if m:
            source = source or check_url(m.group("url").rstrip(".,;"), where)
            continue
        if _BOILERPLATE.match(line):
            continue
        if _BYLINE.match(line) and not kept[1:]:
            continue
        kept.append(line.rstrip())
    text = "\n".join(kept).strip()
    if not text:
        raise KgError(E.E005, where)
    if not title:
        title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
        if title and len(title) > 200:
            title = title[:197].rstrip() + "..."
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return Document(
        doc_id=digest[:16],
        path=name,
        text=text,
        sha256=digest,
        title=str(title) if title else None,
        date=date,
        source=source,
    )


def read_file(path: Path, name: str) -> Document:
    """Read, check and decode one file (``kg.corpus.validation``); every problem raises KgError."""
    check_name(name, path)
    raw = decode(read_bytes(path), path)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return parse_document(raw, name, path)


def corpus_files(directory: Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """The corpus files under ``directory``, sorted so builds are order-independent of the FS.

    Hidden files and folders are not corpus text, nor is anything in ``exclude`` (a build's
    own output folder and outputs, when --out lies inside the corpus). A folder that cannot
    be listed is an E021 like an unreadable file: raised here, or see :func:`walk_corpus`.
    """
    files, unreadable = walk_corpus(directory, exclude)
    if unreadable:
        raise unreadable[0]
    if not files:
        raise KgError(E.E002, directory)
    return files


def walk_corpus(directory: Path, exclude: Iterable[Path] = ()) -> tuple[list[Path], list[KgError]]:
    """(the corpus files under ``directory``, an E021 for each folder that cannot be read)."""
    if directory.is_file():
        raise KgError(E.E023, directory)
    if not directory.is_dir():
        raise KgError(E.E001, directory)
    skip = {os.path.abspath(p) for p in exclude} | {os.path.realpath(p) for p in exclude}
    unreadable: list[KgError] = []

    def failed(err: OSError) -> None:
        unreadable.append(KgError(E.E021, err.filename or directory, err.strerror or str(err)))

    def wanted(path: Path) -> bool:
        return not path.name.startswith(".") and not (
            os.path.abspath(path) in skip or os.path.realpath(path) in skip
        )

    files: list[Path] = []
    for root, dirs, names in os.walk(directory, onerror=failed):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if wanted(here / d))
        files += (
            here / n
            for n in names
            if Path(n).suffix.lower() in SUFFIXES and wanted(here / n) and (here / n).is_file()
        )
    return sorted(files), unreadable


def iter_corpus(
    directory: Path,
    skip_bad: bool = False,
    warn: Callable[[str], None] | None = None,
    exclude: Iterable[Path] = (),
) -> Iterator[Document]:
    """Stream documents from a directory. Duplicate contents (same hash) are yielded once.

    With ``skip_bad``, unreadable files and folders are skipped with a warning; if that leaves
    no document at all, it is still an error (a build of nothing would replace a good graph
    with an empty one).
    """
    files, unreadable = walk_corpus(directory, exclude)
    if not files and not unreadable:
        raise KgError(E.E002, directory)
    seen: set[str] = set()
    skipped = 0
    for problem in unreadable:
        if not skip_bad:
            raise problem
        skipped += 1
        if warn:
            warn(f"skipped {problem.message}")
    for path in files:
        try:
            check_location(path, directory)
            doc = read_file(path, path.relative_to(directory).as_posix())
        except KgError as err:
            if not skip_bad:
                raise
            skipped += 1
            if warn:
                warn(f"skipped {err.message}")
            continue
        if doc.doc_id in seen:
            continue
        seen.add(doc.doc_id)
        yield doc
    if not seen:
        raise KgError(
            E.E052, directory, str(skipped)
        )
