"""Turn what the user names on the command line into :class:`~newsgraph.model.Article` objects.

``read_inputs(paths)`` yields, in input order, one item per document or problem:

- :class:`Article` -- a document read successfully; its text is already normalised;
- :class:`Rejected` -- an input (or one JSONL line) that was skipped, with a reason a person can act on;
- :class:`Notice` -- something worth knowing about the article that follows it from the same source,
  e.g. that the file was not UTF-8 and which encoding was used to decode it.

Nothing here raises for bad input: missing files, binary files, broken JSON lines all become
``Rejected`` so that one bad file never stops a batch. Supported formats are plain text (``.txt``),
Markdown (``.md``), HTML (``.html``, ``.htm``; main text and metadata by trafilatura) and JSON Lines
(``.jsonl``; one article per line, streamed).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Final, TextIO

from .model import Article, content_hash, slug

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "InputItem",
    "Notice",
    "Rejected",
    "collect_files",
    "normalize_date",
    "normalize_text",
    "read_inputs",
]

#: File extensions read when a directory is expanded (a file named explicitly is read whatever its name).
SUPPORTED_EXTENSIONS: Final[tuple[str, ...]] = (".htm", ".html", ".jsonl", ".md", ".txt")

#: Largest single document (a text, Markdown or HTML file, standard input, or one JSONL line) read.
DEFAULT_MAX_BYTES: Final[int] = 50 * 1024 * 1024

STDIN: Final[str] = "-"
_STDIN_SOURCE: Final[str] = "<stdin>"
_SNIFF_BYTES: Final[int] = 8192
_MAX_CONTROL_SHARE: Final[float] = 0.05  # more than 1 character in 20 a control character: not text
_MAX_TITLE_CHARS: Final[int] = 200
_JSONL_FIELDS: Final[tuple[str, ...]] = ("title", "date", "url")


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input, or one line of a JSONL file, that was skipped; ``str()`` gives the line to show."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        return _located(self.source, self.line, self.reason)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something worth reporting about the next article from ``source``; it was still read."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return _located(self.source, self.line, self.message)


def _located(source: str, line: int | None, text: str) -> str:
    """ "feed.jsonl line 17: ...", safe for a terminal: control characters in a file name
    (ESC ...) are shown as escapes."""
    where = source if line is None else f"{source} line {line}"
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in f"{where}: {text}"
    )


InputItem = Article | Rejected | Notice


class _NotText(Exception):
    """Bytes that are not a text document; the message is the reason for ``Rejected``."""


# --------------------------------------------------------------------------- text normalisation

# Characters XML 1.0 forbids (besides the C0 controls, handled with the other controls below).
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n"})
# C0 controls except tab and newline, DEL, C1 controls, the two BMP non-characters, soft hyphen and a
# stray byte-order mark: all invisible noise in prose, and the first group is invalid in XML 1.0.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\ufeff\ufffe\uffff]")
# Every Unicode space separator (category Zs: NBSP, thin space, ideographic space...) but the space.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_HSPACE_RUN = re.compile(r"[ \t]{2,}|\t")
_MANY_NEWLINES = re.compile(r"\n{3,}")
# "... treaty with DPRKNorth Korean leader": an acronym glued to the next paragraph's first word.
# (The look-behind sits after the first capital so that the scan only stops at capitals.)
_GLUED_ACRONYM = re.compile(r"([A-Z](?<![A-Za-z][A-Z])[A-Z]+)(?=[A-Z][a-z]{3,})")


def normalize_text(text: str) -> str:
    """Return ``text`` cleaned for extraction and safe to store as XML 1.0.

    NFC; CRLF, CR and other line breaks become ``\\n`` (``U+2029`` a paragraph break); control
    characters, ``U+FFFE``/``U+FFFF``, soft hyphens and stray BOMs are removed, lone surrogates become
    ``U+FFFD``; Unicode spaces become a space; runs of spaces and tabs collapse to one space;
    trailing spaces go; three or more newlines become two; the whole is stripped. An ALL-CAPS
    acronym glued to a capitalised word (``"DPRKNorth Korean"``) is split with a newline.

    >>> normalize_text("Kim\\u00a0Jong  Un\\r\\nmet\\x00 Putin.  ")
    'Kim Jong Un\\nmet Putin.'
    """
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS).replace("\u2029", "\n\n")
    text = _DROP.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _HSPACE_RUN.sub(" ", text)
    text = _GLUED_ACRONYM.sub("\\1\n", text)
    text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


# --------------------------------------------------------------------------- dates

_MONTH_NAMES = "january february march april may june july august september october november december"
_MONTHS: Final[dict[str, int]] = {
    **{name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)},
    "sept": 9,
}
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ISO = re.compile(r"(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2})(?:[t\s]\d{1,2}:\d{2}.*)?)?)?")
_DOTTED_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 27.07.2023: day first wherever dots are used
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T.*)?")
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]+)\.?,?\s+(\d{4})\b.*")
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b.*")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,?\s+(\d{4})")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 for a (possibly partial) date, or None when it is not a real calendar date."""
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """ISO 8601 date (``YYYY-MM-DD``, or ``YYYY-MM``/``YYYY`` when that is all that is known), or None.

    Reads ISO dates and timestamps, RFC 2822 (``"Thu, 27 Jul 2023 10:00:00 GMT"``), English
    ``"27 July 2023"`` and ``"July 27, 2023"``, ``"July 2023"`` and ``date``/``datetime`` objects. The
    calendar date is kept as written, without converting time zones. Anything else, including
    ambiguous numeric forms such as ``"07/08/2023"``, gives None: a date is never guessed.

    >>> normalize_date("July 27, 2023"), normalize_date("2023-07"), normalize_date("soon")
    ('2023-07-27', '2023-07', None)
    """
    if isinstance(value, dt.date):  # datetime is a subclass of date
        return _iso(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).lower()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, _, month, day = match.groups()
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    if match := _COMPACT.fullmatch(text):
        return _iso(*map(int, match.groups()))
    if match := _DOTTED_DMY.fullmatch(text):
        day, month, year = map(int, match.groups())
        return _iso(year, month, day)
    if (parsed := email.utils.parsedate_tz(value)) is not None and parsed[0] >= 1000:
        return _iso(parsed[0], parsed[1], parsed[2])
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = match.groups()
        return _iso(int(year), _MONTHS.get(month, 0), int(day))
    if match := _MONTH_DAY_YEAR.fullmatch(text):
        month, day, year = match.groups()
        return _iso(int(year), _MONTHS.get(month, 0), int(day))
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = match.groups()
        return _iso(int(year), _MONTHS.get(month, 0)) if month in _MONTHS else None
    return None


# --------------------------------------------------------------------------- decoding

_BOMS: Final[tuple[tuple[bytes, str, str], ...]] = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
_PREFERRED_SINGLE_BYTE: Final[str] = "cp1252"  # what browsers read "latin-1" as (WHATWG)
# MS-DOS (OEM) code pages. charset-normalizer often ranks one first for short Western text
# (Latin-1 "Fran\u00e7ois M\u00fcller" came out as cp775 "Fran\u0144ois M\u00b3ller"), but news is no
# longer written in them: such a guess yields to cp1252 when cp1252 reads plainly.
_OEM_CODEPAGES: Final[frozenset[str]] = frozenset(
    {"cp437", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855", "cp856", "cp857", "cp858"}
    | {"cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869"}
)
# Typographic marks common in cp1252 prose. Not the low quotes or inverted marks: those bytes are
# common letters in cp850 (0x84 \u00e4, 0x82 \u00e9, 0xA1 \u00ed).
_WESTERN_MARKS: Final[frozenset[str]] = frozenset(
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac\u00a3\u00b0\u00ab\u00bb\u00a9\u00ae\u2122\u00b7"
)


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls / len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit in every other position (ASCII-range UTF-16)."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / max(len(odd), 1)
    if nul_odd > 0.3 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.3 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def _plain_western(data: bytes) -> str | None:
    """``data`` as cp1252 when every non-ASCII character is a Latin letter or a common typographic mark."""
    try:
        text = data.decode(_PREFERRED_SINGLE_BYTE)
    except UnicodeDecodeError:
        return None
    for ch in set(text):
        if ch < "\x80" or ch in _WESTERN_MARKS:
            continue
        if not (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")):
            return None
    return text


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported on first use: it is not needed for UTF-8

    results = list(from_bytes(data))
    if not results:
        raise _NotText("binary file (not text in any known encoding), skipped")
    best = results[0]
    if best.encoding in _OEM_CODEPAGES and (western := _plain_western(data)) is not None:
        return western, _PREFERRED_SINGLE_BYTE
    # Short Western texts tie between cp1250, cp1252, cp1257...; prefer the common one on a tie, and
    # name it when it gives the very same text.
    for match in results:
        if (
            match.encoding == _PREFERRED_SINGLE_BYTE
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence - 0.01
        ):
            return str(match), match.encoding
    text = str(best)
    try:
        if data.decode(_PREFERRED_SINGLE_BYTE) == text:
            return text, _PREFERRED_SINGLE_BYTE
    except UnicodeDecodeError:
        pass
    return text, best.encoding


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM) first, then UTF-16/32 by BOM or NUL pattern, then charset-normalizer.
    Raises ``_NotText`` with the reason when the bytes are binary: NUL bytes or too many
    control characters in the first 8 KiB, or no plausible text encoding.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _NotText(
                    f"not valid {name} despite its byte order mark ({exc.reason}), skipped"
                ) from None
            return _checked(text), name
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise _NotText("binary file (contains NUL bytes), skipped")
        try:
            return _checked(data.decode(utf16)), utf16.upper()
        except UnicodeDecodeError:
            raise _NotText("binary file (contains NUL bytes), skipped") from None
    try:
        return _checked(data.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data)
    return _checked(text), encoding


def _checked(text: str) -> str:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise _NotText("binary file (mostly control characters), skipped")
    return text


def _encoding_notice(source: str, encoding: str, line: int | None = None) -> Notice | None:
    if encoding == "UTF-8":
        return None
    return Notice(
        source, f"not UTF-8; decoded as {encoding} (re-save the file as UTF-8 if the text looks wrong)", line
    )


# --------------------------------------------------------------------------- files and directories


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejected]:
    """Expand ``paths`` into the files to read, in order; problems come out as ``Rejected``.

    A directory is walked recursively in sorted order, skipping hidden files and directories and
    taking only :data:`SUPPORTED_EXTENSIONS`; symbolic links to files are read, links to
    directories are not followed. A file named explicitly is always taken. ``"-"``
    (standard input) is passed through as ``Path("-")`` for the caller; name a file called ``-``
    as ``./-``.
    """
    for given in paths:
        text = os.fspath(given)
        path = Path(text)
        if text == STDIN:
            yield path
            continue
        if not text.strip():
            yield Rejected(repr(text), "an empty path names no file, skipped")
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield Rejected(display_name(text), f"cannot read ({exc.strerror or exc}), skipped")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, text)
        else:
            yield path


def _walk(root: Path, given: str) -> Iterator[Path | Rejected]:
    found: list[Path] = []
    problems: list[Rejected] = []

    def onerror(exc: OSError) -> None:
        problems.append(
            Rejected(
                display_name(exc.filename or given), f"cannot read directory ({exc.strerror or exc}), skipped"
            )
        )

    for directory, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
        base = Path(directory)
        found.extend(
            base / name
            for name in filenames
            if not _is_hidden(name) and Path(name).suffix.lower() in SUPPORTED_EXTENSIONS
        )
    yield from problems
    if not found and not problems:
        extensions = ", ".join(SUPPORTED_EXTENSIONS)
        yield Rejected(display_name(given), f"directory has no supported files ({extensions}), skipped")
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


# --------------------------------------------------------------------------- reading


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[InputItem]:
    """Yield an :class:`Article`, :class:`Rejected` or :class:`Notice` for every document in ``paths``.

    ``paths`` may name files, directories (see :func:`collect_files`) and ``"-"`` for ``stdin``
    (``sys.stdin`` when not given). A ``Notice`` comes just before the article it is about. No
    input problem raises; only a caller's bug would.

    Single documents larger than ``max_bytes`` are rejected (``.jsonl`` files are streamed line by
    line and have no size limit; each line is a single document).
    """
    for given in paths:
        if os.fspath(given) == STDIN:
            yield from _read_stdin(stdin if stdin is not None else _system_stdin(), max_bytes)
            continue
        for item in collect_files([given]):
            if isinstance(item, Rejected):
                yield item
            else:
                yield from _read_file(item, max_bytes)


def _system_stdin() -> TextIO | BinaryIO:
    """The process's standard input as bytes when possible, so that its encoding is detected."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else sys.stdin


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are not
    UTF-8 (read by Python as lone surrogates) are shown as ``\\xNN`` escapes."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading when it is a regular file. A named pipe, a socket or a
    device raises ``_NotRegular``: reading one could wait for ever or never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _NotRegular(_file_type(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _NotRegular(Exception):
    """A path that is not a regular file; the message says what it is."""


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _read_file(path: Path, max_bytes: int) -> Iterator[InputItem]:
    source = display_name(path)
    try:
        if path.suffix.lower() == ".jsonl":
            with _open_regular(path) as stream:
                yield from _read_jsonl(stream, source, slug(source_stem(path)), max_bytes)
            return
        data = _read_capped(path, max_bytes)
    except _NotRegular as exc:
        yield Rejected(
            source, f"not a regular file ({exc}); pipe it into 'newsgraph ingest -' instead, skipped"
        )
        return
    except OSError as exc:
        yield Rejected(source, f"cannot read ({exc.strerror or exc}), skipped")
        return
    if data is None:
        yield Rejected(
            source,
            f"larger than the {_size(max_bytes)} limit for one document, skipped; "
            "split it or raise the limit",
        )
        return
    yield from _document(data, source, slug(source_stem(path)), path.suffix.lower())


def source_stem(path: Path) -> str:
    return display_name(path.stem)


def _size(n: int) -> str:
    """``52428800`` -> ``"50 MiB"``."""
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            break
    return f"{value:.4g} {unit}"


def _read_capped(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it holds more than ``max_bytes`` (checked without reading it all)."""
    with _open_regular(path) as stream:
        if os.fstat(stream.fileno()).st_size > max_bytes:
            return None
        data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _document(data: bytes, source: str, doc_id: str, suffix: str) -> Iterator[InputItem]:
    """One whole-file document (text, Markdown, HTML, or anything named explicitly)."""
    if not data:
        yield Rejected(source, "empty file, skipped")
        return
    try:
        raw, encoding = _decode_bytes(data)
    except _NotText as exc:
        yield Rejected(source, str(exc))
        return
    if not raw.strip():
        yield _empty(source)
        return
    if notice := _encoding_notice(source, encoding):
        yield notice
    if suffix in (".html", ".htm"):
        yield _html_article(raw, source, doc_id)
    elif suffix == ".md":
        yield _markdown_article(raw, source, doc_id)
    else:
        yield _text_article(raw, source, doc_id)


def _empty(source: str) -> Rejected:
    return Rejected(source, "empty (only whitespace), skipped")


def _first_line_title(text: str) -> str | None:
    """The first line, when it is short and more text follows it."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if first and len(first) < _MAX_TITLE_CHARS and rest.strip():
        return first
    return None


def _text_article(raw: str, source: str, doc_id: str) -> Article | Rejected:
    text = normalize_text(raw)
    if not text:
        return _empty(source)
    return Article(id=doc_id, text=text, title=_first_line_title(text), source=source)


_FRONT_MATTER = re.compile(
    r"\A(?:---[ \t]*\n(.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL
)
_FRONT_FIELD = re.compile(r"""^(\w+)[ \t]*[:=][ \t]*["']?(.*?)["']?[ \t]*$""", re.MULTILINE)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def _markdown_article(raw: str, source: str, doc_id: str) -> Article | Rejected:
    """Markdown kept as text; front matter (YAML ``---`` or TOML ``+++``) dropped but read for metadata."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    if match := _FRONT_MATTER.match(raw):
        block = match.group(1) if match.group(1) is not None else match.group(2)
        meta = {key.lower(): value for key, value in _FRONT_FIELD.findall(block)}
        raw = raw[match.end() :]
    text = normalize_text(raw)
    if not text:
        return _empty(source)
    title = normalize_text(meta.get("title", "")) or None
    if title is None and (heading := _HEADING.search(text)):
        title = heading.group(1).strip()
    if title is None:
        title = _first_line_title(text)
    return Article(
        id=doc_id,
        text=text,
        title=title,
        date=normalize_date(meta.get("date")),
        url=_clean_field(meta.get("url") or "") or None,
        source=source,
    )


#: What the main text of a web page must hold to be an article: this many words in all,
#: and one line of :data:`_MIN_SENTENCE_WORDS` words or more ending like a sentence. A
#: menu ("Home / World / Sport"), a footer line or a script-built page's placeholder
#: has neither.
_MIN_PAGE_WORDS: Final[int] = 10
_MIN_SENTENCE_WORDS: Final[int] = 5
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")


def _has_prose(text: str) -> bool:
    if len(text.split()) < _MIN_PAGE_WORDS:
        return False
    for line in text.split("\n"):
        words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
        if len(words) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(line.rstrip()):
            return True
    return False


def _preview(text: str, limit: int = 60) -> str:
    flat = " / ".join(line.strip() for line in text.split("\n") if line.strip())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "\u2026")


def _html_article(raw: str, source: str, doc_id: str) -> Article | Rejected:
    import trafilatura  # imported on first use: slow to import and only needed for HTML

    try:
        doc = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            # Only dates the page states (meta tags, markup), never a guess from its text.
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": dt.date.today().isoformat(),
            },
        )
    except Exception as exc:  # trafilatura and lxml raise many types on malformed pages
        return Rejected(source, f"could not parse HTML ({type(exc).__name__}: {exc}), skipped")
    text = normalize_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text:
        return Rejected(
            source, "no main text found in HTML (an index page or a page built by script?), skipped"
        )
    if not _has_prose(text):
        return Rejected(
            source,
            f"no article text in HTML, only {len(text.split())} words of menus or captions "
            f"({_preview(text)}); an index page, a page built by script or not an article?, skipped",
        )
    title = getattr(doc, "title", None)
    return Article(
        id=doc_id,
        text=text,
        title=(normalize_text(title) or None) if isinstance(title, str) else None,
        date=normalize_date(getattr(doc, "date", None)),
        url=_clean_field(str(getattr(doc, "url", None) or "")) or None,
        source=source,
    )


# --------------------------------------------------------------------------- JSON Lines


def _read_jsonl(stream: IO[bytes], source: str, stem: str, max_bytes: int) -> Iterator[InputItem]:
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(stream, "peek") else b""
    for bom, codec, name in _BOMS[1:]:  # UTF-16/32: decode the whole stream, still line by line
        if head.startswith(bom):
            yield Notice(source, f"not UTF-8; decoded as {name}")
            text_stream = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="")
            lines = ((n, line) for n, line in enumerate(text_stream, start=1))
            yield from _jsonl_records(lines, source, stem, max_bytes)
            return
    if b"\x00" in head:
        # UTF-16 without a byte order mark, else binary when control bytes are common; else
        # a stray NUL in one line, which rejects that line only (JSON forbids it raw).
        utf16 = _utf16_without_bom(head)
        if utf16 is not None:
            yield Notice(source, f"not UTF-8; decoded as {utf16.upper()}")
            text_stream = io.TextIOWrapper(stream, encoding=utf16, errors="replace", newline="")
            yield from _jsonl_records(enumerate(text_stream, start=1), source, stem, max_bytes)
            return
        if _control_share(head.decode("latin-1")) > _MAX_CONTROL_SHARE:
            yield Rejected(source, "binary file (contains NUL bytes), skipped")
            return
    yield from _jsonl_records(_byte_lines(stream, source, max_bytes), source, stem, max_bytes)


def _byte_lines(
    stream: IO[bytes], source: str, max_bytes: int, first: bytes = b""
) -> Iterator[tuple[int, str | InputItem]]:
    """``(line number, decoded line)``, or a ``Rejected``/``Notice`` in place of or before a line.

    Lines are UTF-8; a line that is not is decoded by detection, and the encoding found is then
    tried first for later such lines (one ``Notice`` each time it changes, not one per line).
    ``first`` is a line already read from ``stream`` (standard input sniffed for ``{``).
    """
    number = 0
    fallback: str | None = None
    while raw := first or stream.readline(max_bytes + 1):
        first = b""
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, Rejected(source, f"line longer than the {_size(max_bytes)} limit, skipped", number)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded = _decode_line(raw, fallback)
            if decoded is None:
                yield number, Rejected(source, "not valid UTF-8 text, skipped", number)
                continue
            text, encoding = decoded
            if encoding != fallback:
                message = f"not UTF-8; decoded as {encoding} (and so are later lines that are not UTF-8)"
                yield number, Notice(source, message, number)
                fallback = encoding
        yield number, text


def _decode_line(raw: bytes, fallback: str | None) -> tuple[str, str] | None:
    if fallback is not None:
        try:
            return _checked(raw.decode(fallback)), fallback
        except (UnicodeDecodeError, LookupError, _NotText):
            pass
    try:
        return _decode_bytes(raw)
    except _NotText:
        return None


def _jsonl_records(
    lines: Iterable[tuple[int, str | InputItem]], source: str, stem: str, max_bytes: int
) -> Iterator[InputItem]:
    seen_any = False
    for number, line in lines:
        if not isinstance(line, str):
            seen_any = True
            yield line
            continue
        if not line.strip():
            continue
        seen_any = True
        if len(line) > max_bytes:
            yield Rejected(source, f"line longer than the {_size(max_bytes)} limit, skipped", number)
            continue
        yield from _jsonl_record(line, number, source, stem)
    if not seen_any:
        yield Rejected(source, "empty (no JSON lines), skipped")


def _clean_field(value: str) -> str:
    """A metadata field on one line, storable: lone surrogates become U+FFFD, control
    characters go, surrounding spaces are stripped."""
    return " ".join(_DROP.sub("", _SURROGATE.sub("\ufffd", value)).split())


def _kind(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _jsonl_record(line: str, number: int, source: str, stem: str) -> Iterator[InputItem]:
    try:
        record: Any = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, or a number too large to convert
        yield Rejected(source, f"not valid JSON ({getattr(exc, 'msg', exc)}), skipped", number)
        return
    except RecursionError:
        yield Rejected(source, "JSON nested too deeply to read, skipped", number)
        return
    if not isinstance(record, dict):
        yield Rejected(source, f"not a JSON object (got {_kind(record)}), skipped", number)
        return
    if "text" not in record:
        yield Rejected(source, "no 'text' field, skipped", number)
        return
    if not isinstance(record["text"], str):
        yield Rejected(source, f"'text' is not a string (got {_kind(record['text'])}), skipped", number)
        return
    text = normalize_text(record["text"])
    if not text:
        yield Rejected(source, "'text' is empty, skipped", number)
        return
    fields: dict[str, str | None] = {}
    for name in _JSONL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            yield Notice(source, f"'{name}' is not a string (got {_kind(value)}); ignored", number)
            value = None
        fields[name] = (_clean_field(value) or None) if value is not None else None
    date = normalize_date(fields["date"])
    if fields["date"] is not None and date is None:
        yield Notice(source, f"date {fields['date']!r} not understood; left empty", number)
    raw_id = record.get("id")
    doc_id = ""
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        doc_id = normalize_text(str(raw_id))
    elif raw_id is not None:
        yield Notice(source, f"'id' is not a string or integer (got {_kind(raw_id)}); ignored", number)
    yield Article(
        id=doc_id or f"{stem}-{number}",
        text=text,
        title=normalize_text(fields["title"] or "") or None,
        date=date,
        url=fields["url"],
        source=f"{source}:{number}",
    )


# --------------------------------------------------------------------------- standard input


def _read_stdin(stream: TextIO | BinaryIO, max_bytes: int) -> Iterator[InputItem]:
    """Standard input: JSON Lines when its first line starts with ``{``, else one document.

    A binary stream goes through the same decoding as a file; a text stream is taken as decoded.
    """
    try:
        first = stream.readline(max_bytes + 1)
        if isinstance(first, bytes):
            # A stream that reads bytes is binary; mypy narrows `first`, not `stream` (hence the ignore).
            yield from _read_stdin_bytes(first, stream, max_bytes)  # type: ignore[arg-type]
            return
        if first.lstrip("\ufeff \t\r\n").startswith("{"):
            lines = _text_lines(first, stream)
            yield from _jsonl_records(lines, _STDIN_SOURCE, "stdin", max_bytes)
            return
        text = first + (str(stream.read(max_bytes + 1 - len(first))) if len(first) <= max_bytes else "")
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(_STDIN_SOURCE, f"cannot read ({exc}), skipped")
        return
    if len(text) > max_bytes:
        yield _too_big_stdin(max_bytes)
        return
    yield from _stdin_text(text)


def _read_stdin_bytes(first: bytes, stream: BinaryIO, max_bytes: int) -> Iterator[InputItem]:
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        lines = _byte_lines(stream, _STDIN_SOURCE, max_bytes, first=first)
        yield from _jsonl_records(lines, _STDIN_SOURCE, "stdin", max_bytes)
        return
    data = first + (stream.read(max_bytes + 1 - len(first)) if len(first) <= max_bytes else b"")
    if len(data) > max_bytes:
        yield _too_big_stdin(max_bytes)
        return
    yield from _stdin_document(data)


def _too_big_stdin(max_bytes: int) -> Rejected:
    return Rejected(_STDIN_SOURCE, f"larger than the {_size(max_bytes)} limit for one document, skipped")


def _text_lines(first: str, stream: TextIO | BinaryIO) -> Iterator[tuple[int, str]]:
    yield 1, first
    for number, line in enumerate(stream, start=2):
        yield number, str(line)


def _stdin_document(data: bytes) -> Iterator[InputItem]:
    if not data:
        yield Rejected(_STDIN_SOURCE, "empty input, skipped")
        return
    try:
        raw, encoding = _decode_bytes(data)
    except _NotText as exc:
        yield Rejected(_STDIN_SOURCE, str(exc))
        return
    if notice := _encoding_notice(_STDIN_SOURCE, encoding):
        yield notice
    yield from _stdin_text(raw)


def _stdin_text(raw: str) -> Iterator[InputItem]:
    text = normalize_text(raw)
    if not text:
        yield _empty(_STDIN_SOURCE)
        return
    yield Article(
        id=f"stdin-{content_hash(text)[:10]}", text=text, title=_first_line_title(text), source=_STDIN_SOURCE
    )
