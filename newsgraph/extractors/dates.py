"""Normalise date expressions to ISO 8601 against the document's date.

Explicit dates keep exactly the precision the text gives: "July 20" with no known
document date is ``--07-20`` (ISO 8601 month-day), "in 1991" is ``1991``, "March
2023" is ``2023-03``. Relative expressions ("Monday", "yesterday", "this week",
"last year") need the document date and give ``None`` without it: nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:1[5-9]|20)\d\d)"
PATTERNS = [
    (re.compile(rf"^{_YEAR}-(\d\d)-(\d\d)$"), "ymd"),
    (re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"), "mdy"),
    (re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$"), "dmy"),
    (re.compile(rf"^{_MONTH}\s+{_DAY}$"), "md"),
    (re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}$"), "dm"),
    (re.compile(rf"^{_MONTH},?\s+{_YEAR}$"), "my"),
    (re.compile(rf"^(?:in\s+|the\s+year\s+)?{_YEAR}$"), "y"),
]
_STRIP = re.compile(r"^(?:on|in|since|by|from|until|early|late|mid|the)\s+", re.I)


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ymd(year: int | None, month: int, day: int | None) -> str | None:
    try:
        if year is not None and day is not None:
            return dt.date(year, month, day).isoformat()
        if day is not None:
            dt.date(2000, month, day)  # validates; 2000 is a leap year, so Feb 29 passes
            return f"--{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}" if year is not None else None
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """The year of a month-day said in an article dated ``anchor`` (the nearest past-ish one)."""
    candidate = dt.date(anchor.year, month, min(day, 28))
    return anchor.year - 1 if (candidate - anchor).days > 60 else anchor.year


def normalize_date(text: str, anchor: str | dt.date | None = None) -> str | None:
    """ISO 8601 form of a date expression, or None when it cannot be pinned without inventing.

    >>> normalize_date("July 20")
    '--07-20'
    >>> normalize_date("July 20", "2023-07-27")
    '2023-07-20'
    >>> normalize_date("Monday", "2023-07-27")
    '2023-07-24'
    """
    ref = anchor if isinstance(anchor, dt.date) else parse_iso(anchor)
    raw = " ".join(text.replace("’", "'").split()).strip(" ,.")
    low = raw.lower()
    while True:
        stripped = _STRIP.sub("", low)
        if stripped == low:
            break
        low = stripped
    for pattern, shape in PATTERNS:
        m = pattern.match(low)
        if not m:
            continue
        g = m.groups()
        if shape == "ymd":
            return _ymd(int(g[0]), int(g[1]), int(g[2]))
        if shape == "mdy":
            return _ymd(int(g[2]), MONTHS[g[0]], int(g[1]))
        if shape == "dmy":
            return _ymd(int(g[2]), MONTHS[g[1]], int(g[0]))
        if shape in ("md", "dm"):
            month, day = (MONTHS[g[0]], int(g[1])) if shape == "md" else (MONTHS[g[1]], int(g[0]))
            return _ymd(_year_for(month, day, ref) if ref else None, month, day)
        if shape == "my":
            return _ymd(int(g[1]), MONTHS[g[0]], None)
        if shape == "y":
            return g[0]
    return _relative(low, ref)


def _relative(low: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    if low in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref.isoformat()
    if low in ("yesterday", "last night"):
        return (ref - dt.timedelta(days=1)).isoformat()
    if low == "tomorrow":
        return (ref + dt.timedelta(days=1)).isoformat()
    words = low.split()
    if words and words[-1] in WEEKDAYS and len(words) <= 2:
        target = WEEKDAYS[words[-1]]
        back = (ref.weekday() - target) % 7
        if words[0] == "next":
            return (ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)).isoformat()
        if words[0] == "last" and back == 0:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat()
    weeks = {"this week": 0, "last week": -1, "next week": 1}
    if low in weeks:
        # The month of that week's Monday: a week number ("2024-W11") is valid ISO 8601 but
        # reads badly and sorts apart from every other date, so the date is kept to the month.
        day = ref + dt.timedelta(weeks=weeks[low])
        monday = day - dt.timedelta(days=day.weekday())
        return f"{monday.year:04d}-{monday.month:02d}"
    months = {"this month": 0, "last month": -1, "next month": 1}
    if low in months:
        index = ref.year * 12 + ref.month - 1 + months[low]
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    years = {"this year": 0, "last year": -1, "next year": 1}
    if low in years:
        return f"{ref.year + years[low]:04d}"
    return None


_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,40},\s+(?:[A-Z][a-z]+\s+)?"  # "JAKARTA, " or "Tokyo, Japan, "
    rf"({_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})",
    re.IGNORECASE | re.MULTILINE,
)


def dateline_date(text: str) -> str | None:
    """The full date of a wire dateline near the top ("JAKARTA, April 2, 2024 (Wire) - ..."), if any."""
    m = _DATELINE.search(text[:600])
    return normalize_date(m.group(1)) if m else None
