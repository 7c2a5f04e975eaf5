"""Corpus loading: metadata, boilerplate, HTML, content-hash ids and one-line file errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import CORPUS, EXTRA

from kg.corpus.reader import corpus_files, iter_corpus, read_file
from kg.errors import E, KgError
from kg.model import Document

BODY = "Shi Xiaolin visited Sichuan Injet Electric Co., Ltd. in Deyang City."


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_one(tmp_path: Path, name: str, content: str | bytes) -> Document:
    path = write(tmp_path, name, content)
    return read_file(path, name)


def load_dir(directory: Path, **kwargs: object) -> list[Document]:
    return list(iter_corpus(directory, **kwargs))  # type: ignore[arg-type]


# --- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date_yaml", "iso"),
    [
        ("2024-11-13", "2024-11-13"),  # YAML date
        ('"2024-11-13"', "2024-11-13"),  # quoted string
        ("2024-11-13 08:30:00", "2024-11-13"),  # YAML timestamp
        ('"13 Nov 2024"', None),  # not ISO: left unknown, never guessed
    ],
)
def test_front_matter_title_date_source(tmp_path: Path, date_yaml: str, iso: str | None) -> None:
    doc = load_one(
        tmp_path,
        "a.txt",
        f'---\ntitle: "Conference held in Chengdu"\ndate: {date_yaml}\n'
        f"source: https://swt.sc.gov.cn/news/1.shtml\n---\n{BODY}\n",
    )
    assert doc.title == "Conference held in Chengdu"
    assert doc.date == iso
    assert doc.source == "https://swt.sc.gov.cn/news/1.shtml"
    assert doc.text == BODY  # the front matter is not part of the body
    assert "title:" not in doc.text


def test_front_matter_like_shared_example(tmp_path: Path) -> None:
    extra = EXTRA / "x002.txt"
    if not extra.is_file():
        pytest.skip(f"{extra} not present")
    doc = read_file(extra, extra.name)
    assert doc.date == "2024-11-13"
    assert doc.title and doc.title.startswith("From November 7 to 8")
    assert doc.source and doc.source.startswith("https://swt.sc.gov.cn/")
    assert not doc.text.startswith("---")


@pytest.mark.parametrize(
    "front_matter",
    [
        '---\ntitle: "unclosed\ndate: 2024-01-01\n---\n',  # unterminated string
        "---\ntitle: [a, b\n---\n",  # unterminated list
        "---\n- just\n- a list\n---\n",  # not a mapping
        "---\ntitle: no closing line\n",  # no closing ---
    ],
)
def test_bad_front_matter_is_e006_naming_the_file(tmp_path: Path, front_matter: str) -> None:
    path = write(tmp_path, "bad.txt", front_matter + BODY + "\n")
    with pytest.raises(KgError) as info:
        read_file(path, "bad.txt")
    assert info.value.code is E.E006
    assert str(path) in info.value.message


def test_leading_date_line_gives_date_and_title(tmp_path: Path) -> None:
    doc = load_one(
        tmp_path,
        "a.txt",
        " date 2022-12-26 Original title: The boom in going overseas continues\n\n" + BODY,
    )
    assert doc.date == "2022-12-26"
    assert doc.title == "The boom in going overseas continues"
    assert doc.text == BODY
    assert "Original title" not in doc.text


def test_date_line_of_real_seed() -> None:
    path = next(CORPUS.glob("002_*.txt"))
    doc = read_file(path, path.name)
    assert doc.date == "2022-12-26"
    assert doc.title and doc.title.startswith("The boom in going overseas continues")
    assert not doc.text.lstrip().startswith("date")


def test_date_line_only_counts_at_the_top(tmp_path: Path) -> None:
    text = f"{BODY}\ndate 2022-12-26 Original title: Not the title\n"
    doc = load_one(tmp_path, "a.txt", text)
    assert doc.date is None
    assert doc.title == BODY  # first line of the body stands in for a missing title


def test_credit_line_gives_source_and_is_removed(tmp_path: Path) -> None:
    credit = (
        "Original article by NenPower, If reposted, please credit the source: "
        "https://nenpower.com/blog/jiangsu-officials/"
    )
    doc = load_one(tmp_path, "a.txt", f"{BODY}\n{credit}\nMore text about Jiangsu.\n")
    assert doc.source == "https://nenpower.com/blog/jiangsu-officials/"
    assert "Original article" not in doc.text
    assert "nenpower" not in doc.text
    assert doc.text == f"{BODY}\nMore text about Jiangsu."


def test_credit_line_of_real_seed() -> None:
    path = next(CORPUS.glob("000_*.txt"))
    doc = read_file(path, path.name)
    assert doc.source == (
        "https://nenpower.com/blog/"
        "jiangsu-officials-enhance-practical-skills-for-entrepreneurship-in-an-open-environment/"
    )
    assert "Original article by" not in doc.text


@pytest.mark.parametrize(
    "footer",
    [
        "Hosted by: General Office of the People's Government of Sichuan Province",
        "Website Operation and Maintenance: China Telecom Sichuan Branch",
        "Website Identification Code: 5100000062 Sichuan ICP No. 13001288",
        "Sichuan Computer Information Network and Internet Security Record No. 510104020005076755",
    ],
)
def test_footer_boilerplate_removed(tmp_path: Path, footer: str) -> None:
    doc = load_one(tmp_path, "a.txt", f"{BODY}\n{footer}\n")
    assert doc.text == BODY


def test_footer_of_real_seed_removed() -> None:
    path = next(CORPUS.glob("004_*.txt"))
    doc = read_file(path, path.name)
    for marker in ("Hosted by", "Website Operation", "ICP No.", "Internet Security Record"):
        assert marker not in doc.text
    assert doc.text.rstrip().endswith("participated in the inspection or symposium.")


def test_html_visible_text_only(tmp_path: Path) -> None:
    html = """<!doctype html>
<html><head><title>Sichuan opens up</title>
<style>p { color: red; }</style>
<script>var secret = "Xi Jinping visited Mars";</script>
</head>
<body><h1>Headline</h1><p>Shi Xiaolin visited <b>Deyang</b> &amp; Chengdu.</p>
<script type="text/javascript">trackVisit("Hunan");</script>
<noscript>Enable JavaScript</noscript><p>Second paragraph.</p></body></html>
"""
    doc = load_one(tmp_path, "page.html", html)
    assert doc.title == "Sichuan opens up"
    assert doc.text.splitlines() == [
        "Headline",
        "Shi Xiaolin visited Deyang & Chengdu.",
        "Second paragraph.",
    ]
    for hidden in ("color", "secret", "Mars", "trackVisit", "Enable JavaScript", "<"):
        assert hidden not in doc.text


def test_markdown_and_htm_are_corpus_files(tmp_path: Path) -> None:
    write(tmp_path, "a.md", f"# Notes\n{BODY}\n")
    write(tmp_path, "b.htm", f"<p>{BODY} Second.</p>")
    write(tmp_path, "c.json", "{}")
    write(tmp_path, ".hidden.txt", BODY)
    assert [p.name for p in corpus_files(tmp_path)] == ["a.md", "b.htm"]


# --- ids -----------------------------------------------------------------------------------


def test_doc_id_is_content_hash(tmp_path: Path) -> None:
    a = load_one(tmp_path, "a.txt", BODY)
    renamed = load_one(tmp_path / "other", "renamed.txt", BODY)
    changed = load_one(tmp_path, "c.txt", BODY + " More.")
    assert a.doc_id == renamed.doc_id
    assert a.sha256.startswith(a.doc_id)
    assert len(a.doc_id) == 16
    assert changed.doc_id != a.doc_id


def test_duplicate_content_is_one_document(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "copy.txt", BODY)
    write(tmp_path, "other.txt", BODY + " More.")
    docs = load_dir(tmp_path)
    assert [d.path for d in docs] == ["a.txt", "other.txt"]
    assert len({d.doc_id for d in docs}) == 2


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"S\x00i\x00", E.E004),  # UTF-16 without a byte-order mark: NUL bytes, binary
        ("Café in Chengdu".encode("latin-1"), E.E003),
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00", E.E004),
        (b"", E.E005),
        (b"  \n\t\n  ", E.E005),
        (b"---\ntitle: Only metadata\n---\n\n", E.E005),
    ],
    ids=["utf16", "latin1", "gif", "empty", "whitespace", "front-matter-only"],
)
def test_bad_file_errors_name_the_file(tmp_path: Path, content: bytes, code: E) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(KgError) as info:
        load_dir(tmp_path)
    assert info.value.code is code
    assert info.value.message.startswith(f"{code.name}: ")
    assert str(path) in info.value.message


def test_missing_directory_is_e001(tmp_path: Path) -> None:
    with pytest.raises(KgError) as info:
        load_dir(tmp_path / "nope")
    assert info.value.code is E.E001
    assert str(tmp_path / "nope") in info.value.message


def test_file_instead_of_directory_is_e021(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    with pytest.raises(KgError) as info:
        load_dir(path)
    assert info.value.code is E.E023  # not "directory not found": it is there, as a file


def test_directory_without_documents_is_e002(tmp_path: Path) -> None:
    write(tmp_path, "data.json", "{}")
    write(tmp_path, "report.pdf", b"%PDF-1.4")
    with pytest.raises(KgError) as info:
        load_dir(tmp_path)
    assert info.value.code is E.E002
    assert str(tmp_path) in info.value.message


def test_skip_bad_warns_and_keeps_the_rest(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", b"\x00\x01\x02")
    write(tmp_path, "c.txt", "")
    write(tmp_path, "d.txt", BODY + " More.")
    warnings: list[str] = []
    docs = load_dir(tmp_path, skip_bad=True, warn=warnings.append)
    assert [d.path for d in docs] == ["a.txt", "d.txt"]
    assert len(warnings) == 2
    assert "E004" in warnings[0] and "b.txt" in warnings[0]
    assert "E005" in warnings[1] and "c.txt" in warnings[1]


def test_skip_bad_with_nothing_left_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"\x00\x01")
    write(tmp_path, "b.txt", "")
    warnings: list[str] = []
    with pytest.raises(KgError) as info:
        load_dir(tmp_path, skip_bad=True, warn=warnings.append)
    assert "no readable documents" in info.value.message
    assert str(tmp_path) in info.value.message
    assert len(warnings) == 2


def test_without_skip_bad_the_first_bad_file_stops(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", b"\x00\x01\x02")
    with pytest.raises(KgError, match="b.txt"):
        load_dir(tmp_path)


def test_files_come_in_sorted_order(tmp_path: Path) -> None:
    names = ["b.txt", "a.md", "sub/c.txt", "A.txt", "10.txt", "2.txt"]
    for i, name in enumerate(names):
        write(tmp_path, name, f"{BODY} Number {i}.")
    paths = [d.path for d in load_dir(tmp_path)]
    assert paths == sorted(paths)
    assert set(paths) == set(names)  # nested files are found, named relative to the corpus


def test_crlf_line_endings_are_normalised(tmp_path: Path) -> None:
    doc = load_one(tmp_path, "a.txt", f"---\r\ntitle: T\r\n---\r\n{BODY}\r\nSecond.\r\n")
    assert doc.title == "T"
    assert doc.text == f"{BODY}\nSecond."


# --- real corpora --------------------------------------------------------------------------


def test_seed_corpus_loads() -> None:
    docs = load_dir(CORPUS)
    assert len(docs) == len(corpus_files(CORPUS))
    assert all(d.title and d.text for d in docs)


EXTRA_FILES = sorted(EXTRA.glob("*.txt")) if EXTRA.is_dir() else []


@pytest.mark.skipif(not EXTRA_FILES, reason=f"{EXTRA} not present")
@pytest.mark.parametrize("path", EXTRA_FILES, ids=[p.name for p in EXTRA_FILES])
def test_extra_corpus_file_loads_with_title_and_date(path: Path) -> None:
    doc = read_file(path, path.name)
    assert doc.text and doc.title
    assert not doc.text.startswith("---")
    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
    if "date" in meta:
        assert doc.date == str(meta["date"])[:10]
    else:
        # A few articles state no date anywhere (front matter or text); none is invented.
        assert doc.date is None
    assert doc.source == meta.get("source")
