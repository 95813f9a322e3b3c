"""Normalise date expressions to ISO 8601 against the document's date.

Explicit dates keep exactly the precision the text gives: "July 20" with no known
document date is ``--07-20`` (ISO 8601 month-day), "in 1991" is ``1991``, "March
2023" is ``2023-03``. Relative expressions ("Monday", "yesterday", "this week",
"last year") need the document date and give ``None`` without it: nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .tokens import doc_span, sentence_end, sentence_start, stranded_auxiliary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
_WEEKDAY_LEAD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=\d|[a-z]{3})"
)
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


def normalize_date(text: str, anchor: str | dt.date | None = None, *, future: bool = False) -> str | None:
    """ISO 8601 form of a date expression, or None when it cannot be pinned without inventing.

    ``future``: the expression dates something to come ("will meet on Friday"), so a bare
    day name is the next one, not the last.

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
    # "Friday 3 December", "Tuesday, March 8": the weekday names the day the date gives
    dated = _WEEKDAY_LEAD.sub("", low)
    for pattern, shape in PATTERNS:
        m = pattern.match(dated) if dated != low else None
        m = m or pattern.match(low)
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
    return _relative(low, ref, future)


def _relative(low: str, ref: dt.date | None, future: bool = False) -> str | None:
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
        if words[0] == "next" or (future and len(words) == 1):
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
    if len(words) <= 2 and words and words[-1] in MONTHS and words[0] in ("last", "this", "next", words[-1]):
        # "last March", "next May", "in March" (the prefix is stripped): the month nearest the
        # anchor in the direction the word says, the past when it says none (the future when
        # it dates something to come: "will open talks in May").
        month = MONTHS[words[-1]]
        year = ref.year
        if words[0] == "next":
            year += month <= ref.month
        elif future and words[0] != "last":
            year += month < ref.month
        elif words[0] == "last" or (words[0] != "this" and month > ref.month + 1):
            year -= month >= ref.month
        return f"{year:04d}-{month:02d}"
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


# -- the date of an event ------------------------------------------------------------------------
#: Dependencies by which a date modifies a noun ("a 2003 bond deal", "the 1994 genocide"):
#: it dates that thing, not the clause's event.
NOUN_MODIFIER = frozenset({"compound", "nummod", "amod", "nmod", "poss", "quantmod"})
#: Clause links a date is inherited along: "attacked on Tuesday, killing five" dates the
#: killing too. Reported speech (ccomp) is not among them: "said on Tuesday it had attacked"
#: does not date the attack.
DATE_INHERITING = frozenset(
    {"xcomp", "conj", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "nsubj", "nsubjpass"}
)


#: Nouns of a written or spoken message: the date of "a letter on 7 March 2003" is the date
#: of the act the message carries ("warned Blair in a letter on 7 March 2003 that ...").
MESSAGES = frozenset(
    {"letter", "memo", "memorandum", "document", "note", "email", "e-mail", "statement", "speech"}
    | {"interview", "message", "telegram", "cable", "briefing", "submission", "testimony", "broadcast"}
    | {"article", "dossier", "minute", "minutes", "paper", "report", "address", "call", "telephone", "phone"}
    # occasions an act is made at: "criticised X at a meeting in London in October"
    | {"meeting", "conference", "rally", "summit", "session", "hearing", "debate", "dinner", "ceremony"}
)
MESSAGE_PREPS = frozenset({"in", "during", "by", "via", "through", "at"})


def _carried_by(noun: Token) -> Token | None:
    """The verb a message noun carries: "warned X in a letter ...", "said in an interview ..."."""
    if noun.lemma_.lower() not in MESSAGES or noun.dep_ != "pobj":
        return None
    prep = noun.head
    # (the message the act was made in, not one it is about: "referred to the report of 7 May")
    if prep.dep_ == "prep" and prep.lower_ in MESSAGE_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def date_word(tok: Token) -> bool:
    """The token is part of a calendar date written before a name, no name word itself: a
    weekday ("on Friday Tony Blair"), a month name after a day's number or before a year
    ("on 13 March Lord Goldsmith", "in March 2003 Jack Straw"), or that number. A month
    name alone stays a possible given name ("April Ashley", "June Sarpong")."""
    low = tok.lower_
    if low in WEEKDAYS:
        return True
    doc = tok.doc
    if low in MONTHS:
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return bool(
            (before is not None and _day_number(before))
            or (after is not None and after.is_digit and len(after.text) == 4)
        )
    if _day_number(tok) or (tok.is_digit and len(tok.text) == 4):
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return after is not None and after.lower_ in MONTHS
    return False


def _day_number(tok: Token) -> bool:
    """ "13", "1st", "23rd": a day of the month."""
    return re.fullmatch(r"(?:[12]?[0-9]|3[01])(?:st|nd|rd|th)?", tok.lower_) is not None


def date_anchor(ent: Span) -> Token | None:
    """The token a DATE entity dates: the verb of its clause, or the noun it is a time of
    ("Tuesday's attack", "the attack on Tuesday"); None when the date modifies a noun as
    one of its attributes ("a 2003 bond deal"). A message's date is the date of the act it
    carries ("warned X in a letter on 7 March 2003", "in a memo dated 12 May 2004, X urged")."""
    at = _date_anchor(ent)
    if at is None:
        return None
    if at.pos_ in ("VERB", "AUX") and at.dep_ == "acl" and at.lemma_.lower() in ("date", "write", "send"):
        at = at.head  # "a letter dated 12 May 2004"
    return _carried_by(at) or at


def _date_anchor(ent: Span) -> Token | None:
    tok = ent.root
    node = tok
    if (
        tok.dep_ in ("compound", "nmod", "nummod")
        and tok.head.ent_type_ == "PERSON"
        and ent.end <= tok.head.i
    ):
        # "on 13 March Lord Goldsmith met ...": the parse hangs the date on the name that
        # follows it; a person has no date of their own, the clause the name is in has
        node = tok.head
    elif (
        tok.dep_ in NOUN_MODIFIER
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i not in range(ent.start, ent.end)
    ):
        return tok.head if tok.dep_ == "poss" else None
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return node
        if head.pos_ in ("VERB", "AUX"):
            return head
        if node.dep_ == "prep" and head.pos_ == "PROPN" and head.dep_ == "pobj":
            # "resigned the whip in the European Parliament in October", "at a meeting in London
            # in May": a place or body named has no time; the phrase it is in has
            node = head
            continue
        if node.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN"):
            return head  # "the attack on Tuesday": the noun's own time
        node = head
    return node


#: Verbs of what an act did ("the 1984 bombing killed five"): the act, their subject, is the
#: event, and a year of its own dates it.
EFFECTS = frozenset({"kill", "wound", "injure", "maim", "destroy", "damage", "devastate", "claim", "leave"})
#: Prepositions of an act told as following another: "after the death of X in 1994 he ...".
AFTER = frozenset({"after", "following"})


#: Marks that open and close an aside: dashes and brackets.
ASIDE_MARKS = {"-": "-", "–": "–", "—": "—", "(": ")", "[": "]"}


def _aside_without(ent: Span, trigger: Token) -> bool:
    """The date is in an aside set off by dashes or brackets that the trigger is outside of:
    "The announcement from Mr Leslie - who was elected in 1997 - prompted calls for ...": the
    year is the election's, whatever the parse makes of the clauses, not the calls'."""
    doc = ent.doc
    # (``ent.sent``: its first token's sentence, from the document's sentence table)
    sent = doc_span(doc, sentence_start(doc, ent.start), sentence_end(doc, ent.start))
    opening = None
    for i in range(ent.start - 1, sent.start - 1, -1):
        if doc[i].text in ASIDE_MARKS and _mark(doc, i):
            opening = i
            break
    if opening is None:
        return False
    closing = _closed_after(doc, ent.end, sent.end, ASIDE_MARKS[doc[opening].text])
    return closing is not None and (trigger.i < opening or trigger.i > closing)


def _closed_after(doc: Doc, start: int, end: int, mark: str) -> int | None:
    """The index of the first ``mark`` from ``start`` to ``end``, or None."""
    return next((i for i in range(start, end) if doc[i].text == mark and _mark(doc, i)), None)


def _mark(doc: Doc, i: int) -> bool:
    """A bracket, or a dash with space on both sides (not the hyphen of "pro-EU")."""
    return doc[i].text in "()[]" or (i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_))


def _cleft(verb: Token) -> bool:
    """The verb's clause is the "that" clause of a cleft: "It was in 1982 that X invaded Y"."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_ == "be"
        and head.i < verb.i
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    )


def _within_dated(
    verb: Token, dates: list[Span], anchors: dict[int, list[Span]], anchor: str | None, future: bool
) -> str | None:
    """The year of an act the verb's clause opens as following or taking place during: "After
    the death of leader John Smith in 1994 he stood aside", "after the 1997 election, X met Y",
    "During the 1999 war, Nato bombed Serbia" (for "during" any date: "during talks on Tuesday";
    for "after" a year only: not "after talks on Tuesday"; nor "since")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFTER | {"during"} or prep.i > verb.i:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            own = [
                e for e in dates if e.root.head.i == obj.i and e.root.dep_ in ("compound", "nummod", "amod")
            ]
            for ent in [*anchors.get(obj.i, ()), *own]:
                value = normalize_date(ent.text, anchor, future=future)
                if value and (prep.lower_ == "during" or len(value) == 4):
                    return value
    return None


def event_date(
    trigger: Token, anchor: str | None, *, future: bool = False, dates: list[Span] | None = None
) -> str | None:
    """The date of the event ``trigger`` stands for: the time expression attached to its
    own clause ("on Tuesday", "last March", "in 1988"), else to a clause it is part of,
    resolved against ``anchor`` (the document date). A year that modifies a noun does not
    date the event, and neither does the date of a clause that reports it."""
    if dates is None:  # the DATE entities of the trigger's sentence (callers may pass them)
        dates = [e for e in trigger.sent.ents if e.label_ == "DATE"]
    if not dates:
        return None
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "the 1974 bombings", "the 2003 summit": a year modifying the event's own noun dates it
        for ent in dates:
            if ent.root.head.i == trigger.i and ent.root.dep_ in NOUN_MODIFIER and ent.root.dep_ != "poss":
                value = normalize_date(ent.text, anchor, future=future)
                if value:
                    return value
    anchors: dict[int, list[Span]] = {}
    for ent in dates:
        if _aside_without(ent, trigger):
            continue
        at = date_anchor(ent)
        while at is not None and at.pos_ == "PROPN" and at.head.i != at.i:
            at = at.head  # "sued Morgan Stanley on Tuesday": a name has no time, its clause has
        if at is not None:
            anchors.setdefault(at.i, []).append(ent)
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in EFFECTS:
        # "The 1984 bombing of the hotel killed five", "Russia's 1999 assault on Grozny killed
        # thousands", "the bombing in 1974 killed 21": the act that killed is dated by its year
        for subj in (c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            for ent in dates:
                own_year = (
                    ent.root.head.i == subj.i and ent.root.dep_ in NOUN_MODIFIER and ent.root.dep_ != "poss"
                )
                if own_year or (ent in anchors.get(subj.i, ())):
                    value = normalize_date(ent.text, anchor, future=future)
                    if value:
                        return value
    node, came = trigger, ""
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            value = _within_dated(node, dates, anchors, anchor, future)
            if value:
                return value
        own = [node, *(c for c in node.children if c.dep_ in ("dobj", "attr") and node.pos_ != "NOUN")]
        if node.i == trigger.i and node.pos_ == "VERB" and (stranded := stranded_auxiliary(node)) is not None:
            own.append(stranded)  # "how Tony Blair had in 1997 complained": the cut auxiliary's time
        if came in ("nsubj", "nsubjpass"):
            # "The talks are due to take place next week": the subject's predicate dates it.
            own += [
                t for t in node.subtree if t.dep_ in ("xcomp", "acomp") and t.head.i in {o.i for o in own}
            ]
            own += [t for t in node.subtree if t.dep_ == "xcomp" and t.head.dep_ in ("xcomp", "acomp")]
        for tok in own:
            for ent in anchors.get(tok.i, ()):
                value = normalize_date(ent.text, anchor, future=future)
                if value:
                    return value
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.pos_ == "VERB":
            # "was jailed for life for murdering Fred Barras, in 1999": a past year or month
            # after the gerund's own phrase, on the verb whose charge it is, dates the act
            # charged (not a day: "was jailed for murdering X on Tuesday" dates the jailing)
            for ent in anchors.get(node.head.head.i, ()):
                value = normalize_date(ent.text, anchor, future=future) if ent.start > node.i else None
                if value and len(value) <= 7 and not (anchor and value >= anchor[: len(value)]):
                    return value
        if _cleft(node):
            # "It was in 1982 that Argentina invaded the Falklands": the time the cleft puts first
            for ent in anchors.get(node.head.i, ()):
                value = normalize_date(ent.text, anchor, future=future)
                if value:
                    return value
        if node.head.i == node.i or node.dep_ not in DATE_INHERITING:
            return None
        came, node = node.dep_, node.head
    return None
