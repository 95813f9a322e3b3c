"""Reading user inputs into Articles: every format, every kind of bad input, and text/date normalisation."""

from __future__ import annotations

import io
import json
import os
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from paths import SHARED

from newsgraph.inputs import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    Notice,
    Rejected,
    collect_files,
    normalize_date,
    normalize_text,
    read_inputs,
)
from newsgraph.model import Article, content_hash

CORPUS = SHARED / "corpus" / "bbc_news_2004_2005.jsonl"
XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

BODY = (
    "Russian defence minister Sergei Shoigu arrived in Pyongyang on Wednesday for talks with "
    "North Korean officials about military cooperation between the two countries.\n\n"
    "Kim Jong Un received the delegation at a ceremony marking the seventieth anniversary of the "
    "armistice that ended the Korean War, state media reported on Thursday."
)


def read(*paths: str | Path, **kwargs: object) -> list[Article | Rejected | Notice]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only_article(items: list[Article | Rejected | Notice]) -> Article:
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 1, items
    return articles[0]


def only_rejected(items: list[Article | Rejected | Notice]) -> Rejected:
    assert len(items) == 1, items
    assert isinstance(items[0], Rejected), items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --------------------------------------------------------------------------- formats


def test_txt_first_short_line_is_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "shoigu_visit.txt", "Shoigu visits Pyongyang\r\n\r\n" + BODY + "\r\n")
    article = only_article(read(path))
    assert article == Article(
        id="shoigu-visit",
        text="Shoigu visits Pyongyang\n\n" + BODY,
        title="Shoigu visits Pyongyang",
        source=str(path),
    )


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("One line only, nothing after it.", id="single line"),
        pytest.param("x" * 200 + "\nmore text", id="first line too long"),
    ],
)
def test_txt_without_a_title(tmp_path: Path, content: str) -> None:
    article = only_article(read(write(tmp_path / "a.txt", content)))
    assert article.title is None
    assert article.text == content


def test_markdown_front_matter_is_dropped_and_read_and_heading_is_title(tmp_path: Path) -> None:
    content = (
        "---\nlayout: post\ndate: 2023-07-27T10:00:00Z\nurl: https://example.com/a\n---\n"
        "Intro line before the heading.\n\n# Shoigu visits Pyongyang\n\n" + BODY + "\n"
    )
    article = only_article(read(write(tmp_path / "notes" / "Visit Report.md", content)))
    assert article.id == "visit-report"
    assert article.title == "Shoigu visits Pyongyang"
    assert article.date == "2023-07-27"
    assert article.url == "https://example.com/a"
    assert article.text == "Intro line before the heading.\n\n# Shoigu visits Pyongyang\n\n" + BODY
    assert "layout" not in article.text


def test_markdown_front_matter_title_wins(tmp_path: Path) -> None:
    content = '+++\ntitle = "From front matter"\n+++\n# Heading\n\nBody.\n'
    article = only_article(read(write(tmp_path / "a.md", content)))
    assert article.title == "From front matter"
    assert article.text == "# Heading\n\nBody."


HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Shoigu visits Pyongyang | Example News</title>
<meta name="date" content="2023-07-27">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/news/shoigu"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sub">Subscribe now</a></li></ul></nav>
<article><h1>Shoigu visits Pyongyang</h1>
{"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) * 2))}
</article>
<footer><p>Copyright 2023 Example News. All rights reserved.</p>
<p>Privacy policy | Cookie settings</p></footer>
</body></html>"""


def test_html_main_text_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path / "shoigu.html", HTML)))
    assert article.id == "shoigu"
    assert article.title == "Shoigu visits Pyongyang"
    assert article.date == "2023-07-27"
    assert article.url == "https://example.com/news/shoigu"
    assert article.source == str(tmp_path / "shoigu.html")
    assert "Sergei Shoigu arrived in Pyongyang" in article.text
    assert "state media reported on Thursday." in article.text
    for boilerplate in ("Subscribe", "Home", "World news", "Copyright", "Privacy", "Cookie"):
        assert boilerplate not in article.text


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path / "shell.htm", "<html><head><title>App</title></head><body><div id=root></div></body></html>"
    )
    rejected = only_rejected(read(path))
    assert rejected.source == str(path)
    assert rejected.reason.startswith("no main text found in HTML")


def test_jsonl_good_lines_pass_and_bad_lines_are_rejected_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": " a-1 ", "title": "T", "date": "27 July 2023", "url": "u", "text": "First."}),
        "",
        json.dumps({"text": "No id here.", "category": "politics", "source": "BBC"}),
        '{"text": "broken", }',
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["text"]),
        json.dumps({"id": 7, "text": "Integer id.", "date": "someday"}),
        json.dumps({"text": " \n "}),
        "   ",
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    src = str(path)
    assert items == [
        Article(id="a-1", text="First.", title="T", date="2023-07-27", url="u", source=f"{src}:1"),
        Article(id="feed-3", text="No id here.", source=f"{src}:3"),
        Rejected(src, "not valid JSON (Expecting property name enclosed in double quotes), skipped", 4),
        Rejected(src, "no 'text' field, skipped", 5),
        Rejected(src, "'text' is not a string (got number), skipped", 6),
        Rejected(src, "not a JSON object (got array), skipped", 7),
        Notice(src, "date 'someday' not understood; left empty", 8),
        Article(id="7", text="Integer id.", source=f"{src}:8"),
        Rejected(src, "'text' is empty, skipped", 9),
    ]
    assert (
        str(items[2])
        == f"{src} line 4: not valid JSON (Expecting property name enclosed in double quotes), skipped"
    )


def test_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.jsonl", "".join(json.dumps({"text": f"Story {n}."}) + "\n" for n in range(1, 4))
    )
    stream = read_inputs([path])
    first = next(stream)
    assert first == Article(id="feed-1", text="Story 1.", source=f"{path}:1")
    path.write_text("")  # the rest is read lazily from the open file, never all at once
    assert [a.id for a in stream] == ["feed-2", "feed-3"]  # type: ignore[union-attr]


def test_jsonl_line_over_the_cap_is_rejected_alone(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 500})
    path = write(
        tmp_path / "f.jsonl", json.dumps({"text": "ok"}) + "\n" + big + "\n" + json.dumps({"text": "fine"})
    )
    items = read(path, max_bytes=100)
    assert items == [
        Article(id="f-1", text="ok", source=f"{path}:1"),
        Rejected(str(path), "line longer than the 100 bytes limit, skipped", 2),
        Article(id="f-3", text="fine", source=f"{path}:3"),
    ]


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present (set $NEWSGRAPH_SHARED)")
def test_bbc_corpus_reads_fully_with_unique_ids() -> None:
    items = read(CORPUS)
    assert len(items) == 2091
    assert all(isinstance(i, Article) for i in items)
    ids = [i.id for i in items]
    assert len(set(ids)) == 2091
    assert ids[0] == "business/1m-payoff-for-former-shell-boss"
    first = items[0]
    assert isinstance(first, Article)
    assert first.title == "$1m payoff for former Shell boss"
    assert first.source == f"{CORPUS}:1"
    assert all(i.text and i.text == normalize_text(i.text) for i in items)  # type: ignore[union-attr]


# --------------------------------------------------------------------------- directories and stdin


def test_directories_are_walked_recursively_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for rel in (
        "b.txt",
        "a/z.md",
        "a/c/d.html",
        "A2.TXT",
        "c.jsonl",
        "notes.docx",
        ".hidden.txt",
        ".git/x.txt",
    ):
        write(root / rel, "text")
    files = list(collect_files([root]))
    assert files == [root / rel for rel in ("A2.TXT", "a/c/d.html", "a/z.md", "b.txt", "c.jsonl")]


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.log", "Headline\nBody of the story.")
    assert list(collect_files([path])) == [path]
    assert only_article(read(path)).text == "Headline\nBody of the story."


def test_directory_without_supported_files_is_rejected(tmp_path: Path) -> None:
    write(tmp_path / "d" / "image.png", b"\x89PNG")
    rejected = only_rejected(read(tmp_path / "d"))
    assert rejected.source == str(tmp_path / "d")
    assert rejected.reason.startswith("directory has no supported files (")
    assert all(ext in rejected.reason for ext in SUPPORTED_EXTENSIONS)


def test_inputs_keep_command_line_order(tmp_path: Path) -> None:
    b = write(tmp_path / "b.txt", "Bee.")
    a = write(tmp_path / "a.txt", "Ay.")
    items = read(b, tmp_path / "missing.txt", a)
    assert [getattr(i, "id", None) or str(i) for i in items] == [
        "b",
        f"{tmp_path / 'missing.txt'}: cannot read (No such file or directory), skipped",
        "a",
    ]


def test_stdin_text_is_one_article_with_a_content_hash_id() -> None:
    item = only_article(read("-", stdin=io.StringIO("Shoigu visits Pyongyang\n" + BODY)))
    assert item.id == "stdin-" + content_hash(item.text)[:10]
    assert item.source == "<stdin>"
    assert item.title == "Shoigu visits Pyongyang"


def test_stdin_bytes_starting_with_brace_are_jsonl() -> None:
    data = b'{"id": "x", "text": "One."}\n{"text": "Two."}\n{bad\n'
    assert read("-", stdin=io.BytesIO(data)) == [
        Article(id="x", text="One.", source="<stdin>:1"),
        Article(id="stdin-2", text="Two.", source="<stdin>:2"),
        Rejected("<stdin>", "not valid JSON (Expecting property name enclosed in double quotes), skipped", 3),
    ]


def test_stdin_text_starting_with_brace_is_jsonl() -> None:
    items = read("-", stdin=io.StringIO('  {"text": "One."}\n\n{"text": "Two."}\n'))
    assert [(a.id, a.text) for a in items] == [("stdin-1", "One."), ("stdin-3", "Two.")]  # type: ignore[union-attr]


def test_stdin_bytes_in_cp1252_are_decoded_and_reported() -> None:
    text = (
        "The minister said: \u201cWe\u2019ll meet again in Z\u00fcrich\u201d, and left \u2014 5\u20ac a week."
    )
    items = read("-", stdin=io.BytesIO(text.encode("cp1252")))
    assert items[0] == Notice("<stdin>", items[0].message)  # type: ignore[union-attr]
    assert "decoded as cp1252" in items[0].message  # type: ignore[union-attr]
    assert only_article(items).text == text


def test_empty_stdin_is_rejected() -> None:
    assert only_rejected(read("-", stdin=io.StringIO("  \n\t"))).reason.startswith("empty")
    assert only_rejected(read("-", stdin=io.BytesIO(b""))).reason.startswith("empty")


# --------------------------------------------------------------------------- bad input and encodings


def test_binary_file_with_nul_bytes_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "data.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" + bytes(range(256)))
    rejected = only_rejected(read(path))
    assert str(rejected) == f"{path}: binary file (contains NUL bytes), skipped"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".dat"])
def test_random_bytes_are_rejected_as_binary(tmp_path: Path, suffix: str) -> None:
    noise = random.Random(0).randbytes(4096)
    assert only_rejected(read(write(tmp_path / f"noise{suffix}", noise))).reason.startswith("binary file")


def test_random_bytes_without_nul_are_rejected_as_binary(tmp_path: Path) -> None:
    noise = bytes(b for b in random.Random(1).randbytes(6000) if b)[:4096]
    assert b"\x00" not in noise
    assert only_rejected(read(write(tmp_path / "noise.txt", noise))).reason.startswith("binary file")


def test_mostly_control_characters_are_binary(tmp_path: Path) -> None:
    data = b"ab\x01\x02\x03\x04cd\x05\x06\x07\x08" * 100
    assert (
        only_rejected(read(write(tmp_path / "c.txt", data))).reason
        == "binary file (mostly control characters), skipped"
    )


LATIN = (
    "Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 \u00e0 Gen\u00e8ve le d\u00e9l\u00e9gu\u00e9 allemand. "
    "Les n\u00e9gociations ont dur\u00e9 toute la journ\u00e9e, \u00e0 l'h\u00f4tel pr\u00e8s du lac. "
    "M\u00fcller \u00e9tait pr\u00e9sent, et Fran\u00e7oise aussi."
)
CP1252 = "The minister said: \u201cWe\u2019ll meet again in Z\u00fcrich\u201d \u2014 prices rose 5\u20ac."


@pytest.mark.parametrize(
    ("text", "encoding", "reported"),
    [
        pytest.param(LATIN, "latin-1", "cp1252", id="latin-1"),
        pytest.param(CP1252, "cp1252", "cp1252", id="cp1252"),
        pytest.param(BODY, "utf-16", "UTF-16", id="utf-16 with BOM"),
        pytest.param(BODY, "utf-16-le", "UTF-16-LE", id="utf-16-le without BOM"),
        pytest.param(BODY, "utf-16-be", "UTF-16-BE", id="utf-16-be without BOM"),
        pytest.param(LATIN, "utf-32", "UTF-32", id="utf-32"),
    ],
)
def test_non_utf8_text_is_decoded_and_the_encoding_reported(
    tmp_path: Path, text: str, encoding: str, reported: str
) -> None:
    path = write(tmp_path / "legacy.txt", text.encode(encoding))
    notice, article = read(path)
    assert isinstance(notice, Notice)
    assert notice.source == str(path)
    assert f"not UTF-8; decoded as {reported}" in notice.message
    assert article == Article(id="legacy", text=normalize_text(text), title=_title(text), source=str(path))


def _title(text: str) -> str | None:
    first, _, rest = text.partition("\n")
    return first if rest.strip() and len(first) < 200 else None


def test_utf8_with_bom_gives_no_notice(tmp_path: Path) -> None:
    items = read(write(tmp_path / "bom.txt", "\ufeffHello world.".encode()))
    assert items == [Article(id="bom", text="Hello world.", source=str(tmp_path / "bom.txt"))]


def test_jsonl_in_utf16_is_streamed_with_a_notice(tmp_path: Path) -> None:
    path = write(
        tmp_path / "w.jsonl",
        (json.dumps({"text": "Gen\u00e8ve"}, ensure_ascii=False) + "\n").encode("utf-16"),
    )
    assert read(path) == [
        Notice(str(path), "not UTF-8; decoded as UTF-16"),
        Article("w-1", "Gen\u00e8ve", source=f"{path}:1"),
    ]


def test_jsonl_line_in_cp1252_is_decoded_with_a_notice(tmp_path: Path) -> None:
    line = json.dumps({"text": CP1252}, ensure_ascii=False).encode("cp1252")
    path = write(tmp_path / "m.jsonl", b'{"text": "ok"}\n' + line + b"\n" + line + b"\n")
    assert read(path) == [
        Article("m-1", "ok", source=f"{path}:1"),
        Notice(str(path), "not UTF-8; decoded as cp1252 (and so are later lines that are not UTF-8)", 2),
        Article("m-2", CP1252, source=f"{path}:2"),
        Article("m-3", CP1252, source=f"{path}:3"),  # same encoding: no second notice
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty file, skipped", id="empty"),
        pytest.param(b"  \n\t\r\n \xc2\xa0 \n", "empty (only whitespace), skipped", id="whitespace"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_empty_and_whitespace_files_are_rejected(
    tmp_path: Path, suffix: str, content: bytes, reason: str
) -> None:
    path = write(tmp_path / f"e{suffix}", content)
    assert only_rejected(read(path)) == Rejected(str(path), reason)


def test_empty_jsonl_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "e.jsonl", "\n \n")
    assert only_rejected(read(path)) == Rejected(str(path), "empty (no JSON lines), skipped")


def test_missing_path_is_rejected_with_the_os_reason(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert only_rejected(read(path)) == Rejected(
        str(path), "cannot read (No such file or directory), skipped"
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "text")
    path.chmod(0)
    try:
        assert only_rejected(read(path)) == Rejected(str(path), "cannot read (Permission denied), skipped")
    finally:
        path.chmod(0o644)


def test_oversize_text_is_rejected_naming_the_cap(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 300)
    assert only_rejected(read(path, max_bytes=1024)) == Rejected(
        str(path), "larger than the 1 KiB limit for one document, skipped; split it or raise the limit"
    )
    assert only_article(read(path, max_bytes=2048)).text.startswith("word word")
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_oversize_stdin_is_rejected() -> None:
    rejected = only_rejected(read("-", stdin=io.BytesIO(b"word " * 300), max_bytes=1024))
    assert rejected.reason == "larger than the 1 KiB limit for one document, skipped"


# --------------------------------------------------------------------------- normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a\x00b\x07c\x1bd\x7fe", "abcde", id="C0 and DEL removed"),
        pytest.param("a\ufffeb\uffffc", "abc", id="BMP non-characters removed"),
        pytest.param("a\ud800b", "a\ufffdb", id="lone surrogate replaced"),
        pytest.param("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour", id="CRLF and CR"),
        pytest.param(
            "Kim\u00a0Jong\u202fUn\u2003met\u3000Putin", "Kim Jong Un met Putin", id="unicode spaces"
        ),
        pytest.param("a \t  b\t\tc", "a b c", id="space and tab runs"),
        pytest.param("line  \nnext\t\n", "line\nnext", id="trailing spaces"),
        pytest.param("a\n\n\n\n\nb\n \n \n \nc", "a\n\nb\n\nc", id="blank line runs"),
        pytest.param("  \n\n text \n\n ", "text", id="stripped"),
        pytest.param("Cafe\u0301", "Caf\u00e9", id="NFC"),
        pytest.param("Pyong\u00adyang\ufeff", "Pyongyang", id="soft hyphen and stray BOM"),
        pytest.param("p1\u2029p2\u2028l", "p1\n\np2\nl", id="unicode separators"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("treaty with DPRKNorth Korean leader", "treaty with DPRK\nNorth Korean leader"),
        ("said the UNGeneva office", "said the UN\nGeneva office"),
        ("NASAGoddard", "NASA\nGoddard"),
        ("(USSRSoviet", "(USSR\nSoviet"),
    ],
)
def test_glued_acronym_is_split(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "word",
    [
        "iPhone",
        "McDonald",
        "YouTube",
        "PlayStation",
        "USA",
        "MPs",
        "CEOs",
        "UKIp",
        "BBCs",
        "iOSDevices",
        "DPRK-North",
    ],
)
def test_glued_acronym_non_cases_are_untouched(word: str) -> None:
    assert normalize_text(f"the {word} story") == f"the {word} story"


# --------------------------------------------------------------------------- normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07-27", "2023-07-27"),
        ("2023-07-27T10:00:00Z", "2023-07-27"),
        ("2023-07-27T23:30:00-05:00", "2023-07-27"),
        ("2023-07-27 10:00", "2023-07-27"),
        ("2023/7/5", "2023-07-05"),
        ("20230727", "2023-07-27"),
        ("27 July 2023", "2023-07-27"),
        ("27th July, 2023", "2023-07-27"),
        ("Thursday, 27 July 2023", "2023-07-27"),
        ("July 27, 2023", "2023-07-27"),
        ("Sept. 3, 2004", "2004-09-03"),
        ("Thu, 27 Jul 2023 10:00:00 GMT", "2023-07-27"),
        ("Thu, 27 Jul 2023 23:00:00 -0800", "2023-07-27"),
        ("27.07.2023", "2023-07-27"),
        ("2023-07", "2023-07"),
        ("July 2023", "2023-07"),
        ("2023", "2023"),
        ("  2023-07-27  ", "2023-07-27"),
        ("07/08/2023", None),
        ("2023-02-30", None),
        ("2023-13", None),
        ("31 Foo 2023", None),
        ("2023 was a long year", None),
        ("2023-07-27 and more", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20230727, None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_normalize_date_accepts_date_objects() -> None:
    import datetime as dt

    assert normalize_date(dt.datetime(2023, 7, 27, 23, 59)) == "2023-07-27"
    assert normalize_date(dt.date(2004, 2, 29)) == "2004-02-29"


# --------------------------------------------------------------------------- properties


def _xml_safe(text: str) -> None:
    assert not XML_INVALID.search(text)
    element = etree.Element("data")
    element.text = text  # lxml refuses any string that is not XML 1.0 text
    assert etree.fromstring(etree.tostring(element)).text in (text, None)


ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)


@given(ANY_TEXT)
def test_normalize_text_never_raises_and_is_xml_safe_and_idempotent(text: str) -> None:
    out = normalize_text(text)
    _xml_safe(out)
    assert out == out.strip()
    assert "\r" not in out
    assert "\n\n\n" not in out
    assert normalize_text(out) == out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT, suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".bin"]))
def test_any_file_content_reads_without_raising(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    items = read(path)
    assert items
    for item in items:
        assert isinstance(item, (Article, Rejected, Notice))
        if isinstance(item, Article):
            assert item.text
            _xml_safe(item.text)
            for field in (item.id, item.title or "", item.date or ""):
                _xml_safe(field)
