"""The parsing thread of :func:`newsgraph.extractors.extract_articles` (``parse_ahead``):
the same facts, the same ``nlp.pipe`` batches and the same errors as parsing in the
extracting thread; no thread left once the extraction ends, however it ends; and the
``$NEWSGRAPH_PARSE_AHEAD`` switch."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import newsgraph.extractors as ex
from newsgraph.extractors import extract_articles, parse_ahead_default
from newsgraph.model import Article

pytestmark = pytest.mark.model

TEXTS = [
    "Tony Blair met Jacques Chirac in Paris on Monday.",
    "Russia accused Georgia of shelling villages near the border.",
    "Japanese Foreign Minister Haruto Sakamoto met Brazilian President Carla Menezes in Tokyo.",
    "The Kenyan government rejected a request by Somalia for talks.",
    "Gordon Brown said the budget would help families.",
    "Germany and France signed a trade agreement in Berlin.",
    "Iran threatened to halt inspections if sanctions were imposed.",
]


def articles(n: int = len(TEXTS), prefix: str = "a") -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=TEXTS[i % len(TEXTS)] + f" (item {i})") for i in range(n)]


def parsing_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "newsgraph-parse"]


class Recording:
    """The real pipeline, recording each ``nlp.pipe`` call's texts and the thread it ran in;
    ``fail_on`` makes the call whose batch holds that text raise."""

    def __init__(self, nlp: Any, fail_on: str | None = None, delay: float = 0.0) -> None:
        self.nlp = nlp
        self.calls: list[list[str]] = []
        self.threads: set[str] = set()
        self.fail_on = fail_on
        self.delay = delay

    def pipe(self, items, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        self.calls.append([text for text, _ctx in items])
        self.threads.add(threading.current_thread().name)
        if self.fail_on is not None and any(self.fail_on in text for text, _ in items):
            raise ValueError("[E088] Text of length 1234567 exceeds maximum of 1000000.")
        deadline = time.monotonic() + self.delay
        while time.monotonic() < deadline:  # a parse that takes a while (Python code: stoppable)
            time.sleep(0.001)
        return self.nlp.pipe(items, **kwargs)


@pytest.mark.parametrize("batch_size", [1, 2, 3, 64])
def test_both_paths_give_the_same_facts_in_the_same_batches(nlp: Any, batch_size: int) -> None:
    docs = articles(11)
    threaded, plain = Recording(nlp), Recording(nlp)
    got = list(extract_articles(threaded, docs, batch_size=batch_size, parse_ahead=True))
    want = list(extract_articles(plain, docs, batch_size=batch_size, parse_ahead=False))
    assert got == want
    assert [f.article.id for f in got] == [a.id for a in docs]
    assert threaded.calls == plain.calls
    assert threaded.threads == {"newsgraph-parse"}
    assert plain.threads == {threading.current_thread().name}
    assert parsing_threads() == []


def test_a_long_article_in_pieces_and_small_batches_by_characters(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "Japan and Brazil signed a defence pact in Tokyo. Kenya condemned the attack on Somalia.\n\n"
    monkeypatch.setattr(ex, "BATCH_CHARS", 300)
    long = (paragraph * (ex.CHUNK_CHARS // len(paragraph) + 8)).strip()
    docs = [*articles(2, "b"), Article(id="long", text=long), *articles(5)]
    threaded, plain = Recording(nlp), Recording(nlp)
    got = list(extract_articles(threaded, docs, batch_size=4, parse_ahead=True))
    want = list(extract_articles(plain, docs, batch_size=4, parse_ahead=False))
    assert got == want
    assert threaded.calls == plain.calls
    assert len(plain.calls) >= 4
    assert [len(call) for call in plain.calls if sum(map(len, call)) > 300] == [1, 1]  # the two pieces
    assert got[2].article.text == long


def failing_input(n: int, at: int) -> Iterator[Article]:
    for i, article in enumerate(articles(n)):
        if i == at:
            raise OSError(f"cannot read item {i}")
        yield article


@pytest.mark.parametrize("parse_ahead", [True, False])
def test_an_input_error_comes_after_the_facts_before_it(nlp: Any, parse_ahead: bool) -> None:
    seen: list[str] = []
    results = extract_articles(nlp, failing_input(9, at=5), batch_size=2, parse_ahead=parse_ahead)
    with pytest.raises(OSError, match=r"^cannot read item 5$"):
        seen.extend(facts.article.id for facts in results)
    # batches of 2: the error comes when the batch of items 4 and 5 is read, after 0-3
    assert seen == ["a0", "a1", "a2", "a3"]
    assert parsing_threads() == []
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("parse_ahead", [True, False])
def test_a_spacy_error_is_the_same_error_after_the_same_facts(nlp: Any, parse_ahead: bool) -> None:
    docs = articles(8)
    recorder = Recording(nlp, fail_on="(item 5)")
    seen: list[str] = []
    results = extract_articles(recorder, docs, batch_size=2, parse_ahead=parse_ahead)
    with pytest.raises(ValueError, match=r"^\[E088\] Text of length 1234567 exceeds maximum of 1000000\.$"):
        seen.extend(facts.article.id for facts in results)
    assert seen == ["a0", "a1", "a2", "a3"]
    assert parsing_threads() == []


def test_an_extraction_abandoned_half_way_leaves_no_thread(nlp: Any) -> None:
    results = extract_articles(nlp, articles(20), batch_size=2, parse_ahead=True)
    next(results)
    assert len(parsing_threads()) == 1
    results.close()
    assert parsing_threads() == []
    assert gc.get_freeze_count() == 0


def test_an_error_while_storing_stops_a_parse_under_way(nlp: Any) -> None:
    # The second batch takes 30 s to parse; the extraction fails on the first document.
    slow = Recording(nlp)
    results = extract_articles(slow, articles(6), batch_size=2, parse_ahead=True)
    next(results)
    slow.delay = 30.0
    time.sleep(0.2)  # the parsing thread is in the second batch's 30 s
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="disk full"):
        results.throw(RuntimeError("disk full"))
    assert time.monotonic() - started < 5
    assert parsing_threads() == []


def test_an_extraction_read_to_the_end_leaves_no_thread(nlp: Any) -> None:
    for _facts in extract_articles(nlp, articles(5), batch_size=2, parse_ahead=True):
        pass
    assert parsing_threads() == []
    assert list(extract_articles(nlp, [], parse_ahead=True)) == []
    assert parsing_threads() == []


def test_the_input_is_read_in_the_extracting_thread(nlp: Any) -> None:
    readers: set[str] = set()

    def read() -> Iterator[Article]:
        for article in articles(5):
            readers.add(threading.current_thread().name)
            yield article

    assert len(list(extract_articles(nlp, read(), batch_size=2, parse_ahead=True))) == 5
    assert readers == {threading.current_thread().name}


def test_no_more_than_two_batches_are_in_flight(nlp: Any) -> None:
    read: list[int] = []

    def counting() -> Iterator[Article]:
        for i, article in enumerate(articles(30)):
            read.append(i)
            yield article

    results = extract_articles(nlp, counting(), batch_size=3, parse_ahead=True)
    for taken, _facts in enumerate(results, start=1):
        # two batches handed over beyond those taken back, and the one read to decide that
        assert len(read) <= taken - 1 + 2 * 3 + 1
    assert len(read) == 30


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, True), ("", True), ("1", True), ("yes", True), ("0", False), ("off", False), (" FALSE ", False)],
)
def test_the_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool) -> None:
    if value is None:
        monkeypatch.delenv(ex.PARSE_AHEAD_ENV, raising=False)
    else:
        monkeypatch.setenv(ex.PARSE_AHEAD_ENV, value)
    assert parse_ahead_default() is expected


@pytest.mark.parametrize(("value", "threaded"), [("1", True), ("0", False)])
def test_the_switch_picks_the_path(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, value: str, threaded: bool
) -> None:
    monkeypatch.setenv(ex.PARSE_AHEAD_ENV, value)
    recorder = Recording(nlp)
    assert len(list(extract_articles(recorder, articles(3)))) == 3
    assert recorder.threads == ({"newsgraph-parse"} if threaded else {threading.current_thread().name})


def test_the_extraction_adds_nothing_to_the_string_store_or_the_vocabulary(nlp: Any) -> None:
    """The review's premise: only the parsing thread writes spaCy's shared tables."""
    from newsgraph.extractors import DEFAULT_EXTRACTORS, extract_document, registry
    from newsgraph.extractors.entities import EntityExtractor

    texts = [
        *TEXTS,
        "Zorvakian envoy Quillby Marthenx said the Frobnian cabinet had snubbed the plan, calling it rash.",
        "Ministers of Kenya and Uganda met in Kampala for talks; Nairobi hit Kampala with tariffs.",
    ]
    docs = [
        (doc, Article(id=f"v{i}", text=text))
        for i, (doc, text) in enumerate(zip(nlp.pipe(texts), texts, strict=True))
    ]
    strings, lexemes = len(nlp.vocab.strings), len(nlp.vocab)
    entity_extractor = EntityExtractor()
    steps = [registry.get(name)() for name in DEFAULT_EXTRACTORS]
    for doc, article in docs:
        extract_document(doc, article, entity_extractor=entity_extractor, extractors=steps)
        list(doc.noun_chunks)
    assert (len(nlp.vocab.strings), len(nlp.vocab)) == (strings, lexemes)
