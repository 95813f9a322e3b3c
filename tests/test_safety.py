"""Never lose or destroy data (issue 14): outputs never land on the store, a failed write
leaves no half file, a store that cannot be written still answers, errors are one line.

The hostile-input and runaway cases are in ``test_robustness.py``; these need no model
unless marked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from factories import corpus
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import ExportError, StoreError
from newsgraph.graph.output import check_output, open_output
from newsgraph.graph.store import Store
from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Article, DocumentFacts

ROOT = Path(__file__).resolve().parent.parent


def make_store(path: Path) -> Path:
    with KnowledgeGraph.open(path) as kg:
        kg.add_facts(corpus())
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def documents(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


# -- outputs onto the store ------------------------------------------------------------------------
@pytest.mark.parametrize("side", ["", "-wal", "-shm", ".graph"])
@pytest.mark.parametrize("command", ["render", "export"])
def test_render_or_export_onto_the_store_or_a_side_file_is_refused(
    tmp_path: Path, command: str, side: str
) -> None:
    db = make_store(tmp_path / "news.db")
    target = Path(str(db) + side)
    target.touch()
    before = digest(db)
    args = (
        ["render", "-o", str(target)]
        if command == "render"
        else ["export", str(target), "--format", "graphml"]
    )
    code, _out, err = run(*args, "--db", str(db))
    assert code == 1
    assert err.startswith("Error: refusing to write"), err
    assert len(err.strip().splitlines()) == 1
    assert digest(db) == before
    assert documents(db) == len(corpus())


@pytest.mark.parametrize("how", ["relative", "symlink", "hardlink", "dotdot"])
def test_the_store_is_recognised_by_resolved_path_and_by_inode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    db = make_store(tmp_path / "news.db")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    if how == "relative":
        target = "../news.db"
    elif how == "dotdot":
        target = str(tmp_path / "sub" / ".." / "news.db")
    elif how == "symlink":
        os.symlink(db, tmp_path / "sub" / "link.graphml")
        target = "link.graphml"
    else:
        os.link(db, tmp_path / "sub" / "hard.graphml")
        target = "hard.graphml"
    before = digest(db)
    code, _out, err = run("export", target, "--format", "graphml", "--db", str(db))
    assert code == 1
    assert "refusing to write" in err
    assert digest(db) == before


@pytest.mark.model
@pytest.mark.parametrize("option", ["--render", "--export"])
def test_ingest_refuses_to_write_its_output_onto_its_store_before_extracting(
    tmp_path: Path, option: str
) -> None:
    db = make_store(tmp_path / "s.db")
    before = digest(db)
    text = tmp_path / "a.txt"
    text.write_text("Japan and Brazil signed a defence pact in Tokyo on Monday.", encoding="utf-8")
    code, out, err = run("ingest", str(text), "--db", str(db), option, str(db), "-q")
    assert code == 1
    assert "refusing to write" in err
    assert "Added" not in out  # refused before anything was read
    assert digest(db) == before


# -- outputs checked before the work; the report printed whatever fails later ------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("option", "name", "reason"),
    [
        ("--render", "missing/graph.html", "does not exist"),
        ("--export", "missing/graph.graphml", "does not exist"),
        ("--export", "graph.png", "unknown export extension"),
        ("--render", ".", "it is a folder"),
    ],
)
def test_ingest_checks_its_output_paths_before_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, name: str, reason: str
) -> None:
    monkeypatch.chdir(tmp_path)
    text = tmp_path / "a.txt"
    text.write_text("Japan and Brazil signed a defence pact in Tokyo on Monday.", encoding="utf-8")
    code, out, err = run("ingest", str(text), "--db", "s.db", option, name, "-q")
    assert code == 1
    assert reason in err
    assert "Added" not in out
    assert documents(tmp_path / "s.db") == 0


@pytest.mark.model
def test_a_failing_render_after_the_ingest_still_prints_the_summary_and_rejections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Japan and Brazil signed a defence pact in Tokyo.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")

    def broken(self: KnowledgeGraph, path: object, **_kw: object) -> None:
        raise ExportError(f"cannot write {str(path)!r}: No space left on device")

    monkeypatch.setattr(KnowledgeGraph, "render", broken)
    db = tmp_path / "s.db"
    code, out, err = run("ingest", str(folder), "--db", str(db), "--render", str(tmp_path / "g.html"), "-q")
    assert code == 1
    assert "Added 1 document " in out
    assert f"rejected: {folder / 'empty.txt'}: empty file" in err
    assert err.strip().splitlines()[-1].startswith("Error: cannot write")
    assert documents(db) == 1


# -- writing: through a temporary file, or straight into what is not a regular file ------------------
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    target.write_bytes(b"old contents")
    os.chmod(target, 0o640)

    def fail_half_way() -> None:
        with open_output(target) as fh:
            fh.write(b"half of the new")
            raise RuntimeError("the writer failed half-way")

    with pytest.raises(RuntimeError):
        fail_half_way()
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["graph.graphml"]
    with open_output(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the mode of the file it replaced
    assert os.listdir(tmp_path) == ["graph.graphml"]


def test_a_symlinked_output_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    with open_output(link) as fh:
        fh.write(b"new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_export_into_a_pipe_writes_straight_into_it(tmp_path: Path) -> None:
    db = make_store(tmp_path / "news.db")
    fifo = tmp_path / "out.graphml"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _out, err = run("export", str(fifo), "--db", str(db))
    reader.join(timeout=30)
    assert code == 0, err
    assert received
    assert received[0].startswith(b"<?xml")
    assert b"</graphml>" in received[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe, not replaced by a file


def test_a_full_device_gives_one_error_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    db = make_store(tmp_path / "news.db")
    code, _out, err = run("export", "/dev/full", "--format", "json", "--db", str(db))
    assert code == 1
    assert err.strip() == "Error: cannot write '/dev/full': No space left on device"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_check_output_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="empty"):
        check_output("")
    with pytest.raises(ExportError, match="folder"):
        check_output(tmp_path)
    check_output(tmp_path / "fine.html", protected=[tmp_path / "news.db"])


# -- only ingest creates a store; read-only stores answer queries -------------------------------------
def test_a_query_on_an_empty_file_does_not_make_it_a_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _out, err = run("entities", "--db", str(empty))
    assert code == 1
    assert "is empty, not a newsgraph store" in err
    assert empty.stat().st_size == 0
    assert sorted(os.listdir(tmp_path)) == ["empty.db"]
    with pytest.raises(StoreError, match="only 'newsgraph ingest' creates"):
        Store.open(empty, create=False)


def test_an_empty_store_path_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("entities", "--db", "")  # typer reads "" as the folder "."
    assert code == 1
    assert "it is a folder" in err
    assert os.listdir(tmp_path) == []
    with pytest.raises(StoreError, match="store path is empty"):
        Store.open("")


def test_ingest_of_an_empty_path_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Japan and Brazil signed a defence pact.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", "", "--db", "s.db"])
    assert result.exit_code == 2
    assert "empty path" in result.stderr
    assert not (tmp_path / "s.db").exists()


def as_other_user(*args: str) -> tuple[int, str, str]:
    """The CLI in a forked child that cannot write the store's folder: the same user when
    we are not root (the folder is read-only), else the user nobody. Forked, not executed,
    because nobody may not be able to read this interpreter."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            result = CliRunner().invoke(app, list(args))
            tb = "Traceback" if result.exception and not isinstance(result.exception, SystemExit) else ""
            payload = json.dumps([result.exit_code, result.stdout, result.stderr + tb])
            with os.fdopen(write_end, "w") as fh:
                fh.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        data = fh.read()
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, data
    code, out, err = json.loads(data)
    return code, out, err


@pytest.fixture
def read_only_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="newsgraph-ro-"))
    db = make_store(folder / "news.db")
    for side in folder.iterdir():
        if side != db:
            side.unlink()
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    yield db
    os.chmod(folder, 0o755)
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()


def test_a_store_in_a_read_only_folder_answers_queries(read_only_store: Path) -> None:
    before = digest(read_only_store)
    code, out, err = as_other_user("relations", "Putin", "--db", str(read_only_store))
    assert code == 0, err
    assert "Vladimir Putin" in out
    assert "Traceback" not in err
    code, out, err = as_other_user("entities", "--db", str(read_only_store))
    assert code == 0, err
    assert "Xi Jinping" in out
    assert digest(read_only_store) == before
    assert sorted(os.listdir(read_only_store.parent)) == ["news.db"]


def test_ingest_into_a_read_only_store_is_one_error_line(read_only_store: Path) -> None:
    before = digest(read_only_store)
    code, _out, err = as_other_user("ingest", "/dev/null", "--db", str(read_only_store), "-q")
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: store"), lines
    assert "cannot be written" in lines[0]
    assert digest(read_only_store) == before


# -- damaged and full stores ---------------------------------------------------------------------------
def test_a_store_with_corrupt_pages_gives_one_error_line(tmp_path: Path) -> None:
    db = make_store(tmp_path / "news.db")
    with sqlite3.connect(db) as con:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            root
            for name, root in con.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")
            if name not in ("newsgraph_schema", "newsgraph_state")  # read at open: damage the data
        ]
    for side in tmp_path.iterdir():  # no cache to answer from, no WAL to read the pages from
        if side != db:
            side.unlink()
    data = bytearray(db.read_bytes())
    for root in roots:  # each table's root page: the schema still reads, the rows do not
        start = (root - 1) * page_size
        data[start : start + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    for command in (["entities"], ["relations", "Putin"], ["export", str(tmp_path / "g.graphml")]):
        code, _out, err = run(*command, "--db", str(db))
        assert code == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"Error: store {str(db)!r} is damaged"), lines[0]
        assert ".recover" in lines[0]


def test_a_full_disk_during_ingest_is_one_error_and_keeps_earlier_batches(tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    first, second = corpus()[:2]
    big = DocumentFacts(Article(id="big", text="Words of a long report. " * 5000), (), (), ())
    with KnowledgeGraph.open(db) as kg:
        kg.add_facts([first])
        pages = kg.store._db.execute("PRAGMA page_count").fetchone()[0]
        kg.store._db.execute(f"PRAGMA max_page_count = {pages}")  # what a full disk looks like to SQLite
        with pytest.raises(StoreError, match="disk is full") as caught:
            kg.add_facts([second, big])
        assert "no transaction is active" not in str(caught.value)
        assert not kg.store._db.in_transaction
    assert documents(db) == 1


@pytest.mark.model
def test_a_full_disk_during_a_cli_ingest_prints_what_was_stored_then_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Japan and Brazil signed a defence pact in Tokyo.", encoding="utf-8")
    original = Store.add

    def full(self: Store, batch: object) -> object:
        self._db.execute(f"PRAGMA max_page_count = {self._db.execute('PRAGMA page_count').fetchone()[0]}")
        self._db.execute("CREATE TABLE IF NOT EXISTS filler (x)")  # a write that needs a new page
        return original(self, batch)

    monkeypatch.setattr(Store, "add", full)
    (folder / "b.txt").write_bytes(b"")
    code, out, err = run("ingest", str(folder), "--db", str(tmp_path / "s.db"), "-q")
    assert code == 1
    assert "Added 0 documents" in out
    assert "rejected 1." in out
    lines = [line for line in err.strip().splitlines() if not line.startswith("rejected: ")]
    assert len(lines) == 1, err
    assert "disk is full" in lines[0]


# -- bad records: named and skipped, every good record stored --------------------------------------
GOOD = [
    {"id": "good-1", "text": "Japan and Brazil signed a defence pact in Tokyo on Monday."},
    {"id": "good-2", "text": "Indian Prime Minister Narendra Modi visited Russia in July."},
]
DEEP = "[" * 1500 + "]" * 1500
BAD_LINES = [
    json.dumps({"id": "url", "text": "Kenya and Ghana agreed on a trade deal.", "url": "http://x/\ud800"}),
    json.dumps(
        {"id": "ttl\udfff", "title": "T\ud800", "date": "2024\ud800", "text": "Peru recalled its envoy."}
    ),
    '{"id": "deep", "text": "Chile protested.", "x": ' + DEEP + "}",
    DEEP,
]


def feed_bytes() -> bytes:
    lines = [json.dumps(GOOD[0]), *BAD_LINES, json.dumps(GOOD[1])]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_lone_surrogates_and_deep_nesting_in_jsonl_lose_only_the_bad_line(tmp_path: Path) -> None:
    from newsgraph.inputs import Article as InputArticle
    from newsgraph.inputs import Rejected, read_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(feed_bytes())
    items = list(read_inputs([feed]))
    articles = [i for i in items if isinstance(i, InputArticle)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [a.id for a in articles] == ["good-1", "url", "ttl\ufffd", "good-2"]
    assert articles[1].url == "http://x/\ufffd"
    assert articles[2].title == "T\ufffd"
    assert [(r.line, r.reason) for r in rejected] == [
        (4, "JSON nested too deeply to read, skipped"),
        (5, "JSON nested too deeply to read, skipped"),
    ]
    with KnowledgeGraph.open(tmp_path / "s.db") as kg:  # every field storable
        kg.add_facts([DocumentFacts(a, (), (), ()) for a in articles])
        assert kg.counts()["documents"] == 4


def test_a_nul_byte_early_in_a_jsonl_file_rejects_that_line_only(tmp_path: Path) -> None:
    from newsgraph.inputs import Article as InputArticle
    from newsgraph.inputs import Rejected, read_inputs

    feed = tmp_path / "feed.jsonl"
    first = b'{"id": "nul", "text": "Raw \x00 NUL in a string."}\n'
    feed.write_bytes(first + (json.dumps(GOOD[0]) + "\n").encode())
    items = list(read_inputs([feed]))
    assert [i.id for i in items if isinstance(i, InputArticle)] == ["good-1"]
    (bad,) = [i for i in items if isinstance(i, Rejected)]
    assert bad.line == 1
    assert "not valid JSON" in bad.reason
    # A file of binary noise named .jsonl is still one rejection, not one per line.
    noise = tmp_path / "noise.jsonl"
    noise.write_bytes(bytes(range(256)) * 64)
    (only,) = list(read_inputs([noise]))
    assert isinstance(only, Rejected)
    assert "binary file" in only.reason
    # UTF-16 without a byte order mark reads line by line.
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes((json.dumps(GOOD[1]) + "\n").encode("utf-16-le"))
    assert [i.id for i in read_inputs([wide]) if isinstance(i, InputArticle)] == ["good-2"]


def test_a_file_name_that_is_not_utf8_is_stored_and_printed_escaped(tmp_path: Path) -> None:
    from newsgraph.inputs import Article as InputArticle
    from newsgraph.inputs import read_inputs

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text("Kenya and Ghana agreed on a trade deal.", encoding="utf-8")
    (folder / "good.txt").write_text(GOOD[0]["text"], encoding="utf-8")
    items = [i for i in read_inputs([folder]) if isinstance(i, InputArticle)]
    assert sorted(a.source for a in items) == sorted([f"{folder}/caf\\xe9.txt", f"{folder}/good.txt"])
    with KnowledgeGraph.open(tmp_path / "s.db") as kg:
        kg.add_facts([DocumentFacts(a, (), (), ()) for a in items])
        assert kg.counts()["documents"] == 2


def test_a_document_the_store_cannot_take_is_rejected_alone(tmp_path: Path) -> None:
    """Articles given to the library directly skip the input clean-up: the store's own
    guard names the bad one and keeps the batch."""
    bad = Article(id="bad", text="Peru recalled its envoy.", url="http://x/\ud800", source="api")
    docs = [*corpus(), DocumentFacts(bad, (), (), ())]
    with KnowledgeGraph.open(tmp_path / "s.db") as kg:
        report = kg.add_facts(docs)
        assert report.documents == len(docs) - 1
        (rejected,) = report.rejected
        assert rejected.source == "api"
        assert "could not be stored" in rejected.reason
        assert kg.counts()["documents"] == len(docs) - 1


@pytest.mark.model
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_cli_ingest_stores_every_good_line_and_names_each_bad_one(tmp_path: Path, via: str) -> None:
    db = tmp_path / "s.db"
    data = feed_bytes()
    if via == "file":
        feed = tmp_path / "feed.jsonl"
        feed.write_bytes(data)
        result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "-q"])
        where = str(feed)
    else:
        result = CliRunner().invoke(app, ["ingest", "-", "--db", str(db), "-q"], input=data)
        where = "<stdin>"
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert rejected == [
        f"rejected: {where} line 4: JSON nested too deeply to read, skipped",
        f"rejected: {where} line 5: JSON nested too deeply to read, skipped",
    ]
    assert "Added 4 documents" in result.stdout
    assert documents(db) == 4


# -- named pipes and devices are not read --------------------------------------------------------------
def test_a_named_pipe_in_an_ingested_folder_does_not_hang(tmp_path: Path) -> None:
    from newsgraph.inputs import Article as InputArticle
    from newsgraph.inputs import Rejected, read_inputs

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0]["text"], encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    os.mkfifo(folder / "c.jsonl")
    (folder / "d.txt").write_text(GOOD[1]["text"], encoding="utf-8")
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_inputs([folder])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    hung = reader.is_alive()
    if hung:  # let the stuck reader go before failing
        for name in ("b.txt", "c.jsonl"):
            with contextlib.suppress(OSError):
                fd = os.open(folder / name, os.O_WRONLY | os.O_NONBLOCK)
                os.close(fd)
    assert not hung, "reading a folder with a named pipe in it hung"
    assert [i.id for i in items if isinstance(i, InputArticle)] == ["a", "d"]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [Path(r.source).name for r in rejected] == ["b.txt", "c.jsonl"]
    assert all("named pipe" in r.reason for r in rejected)


# -- web pages without an article -------------------------------------------------------------------
NAV_ONLY = (
    "<html><head><title>Example News</title></head><body><nav><ul>"
    '<li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li>'
    "</ul></nav></body></html>"
)
FOOTER_ONLY = (
    "<html><body><div class='menu'><a href='/'>Home</a> | <a href='/w'>World news</a></div>"
    "<footer>Copyright 2024 Example News Ltd. All rights reserved.</footer></body></html>"
)
SHORT_ARTICLE = (
    "<html><head><title>Pact signed</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Pact signed</h1><p>Japan and Brazil signed a defence pact in Tokyo on Monday, officials said.</p>"
    "</article></body></html>"
)


def test_a_page_with_no_article_text_is_rejected_with_a_reason(tmp_path: Path) -> None:
    from newsgraph.inputs import Article as InputArticle
    from newsgraph.inputs import Rejected, read_inputs

    (tmp_path / "nav.html").write_text(NAV_ONLY, encoding="utf-8")
    (tmp_path / "footer.html").write_text(FOOTER_ONLY, encoding="utf-8")
    (tmp_path / "short.html").write_text(SHORT_ARTICLE, encoding="utf-8")
    with KnowledgeGraph.open(":memory:") as kg:
        kg.add_facts(corpus())
        kg.render(tmp_path / "newsgraph-page.html")
    items = {Path(i.source).name: i for i in read_inputs([tmp_path]) if not hasattr(i, "message")}
    for name in ("nav.html", "footer.html", "newsgraph-page.html"):
        assert isinstance(items[name], Rejected), (name, items[name])
        assert "no article text in HTML" in items[name].reason
    assert "'Home / World / Sport / Contact us'" in items["nav.html"].reason
    assert isinstance(items["short.html"], InputArticle)
    assert "defence pact" in items["short.html"].text


# -- workers die with their ingest --------------------------------------------------------------------
def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = children_of(todo.pop())
        found += kids
        todo += kids
    return found


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_a_parallel_ingest_ends_its_workers(tmp_path: Path, sig: signal.Signals) -> None:
    from test_robustness import corpus_records, write_jsonl

    feed = write_jsonl(tmp_path / "feed.jsonl", corpus_records(0, 600, max_chars=2000))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsgraph",
            "ingest",
            str(feed),
            "--db",
            str(tmp_path / "s.db"),
            "--workers",
            "2",
            "-q",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    started: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            started = descendants(proc.pid)
            if len(started) >= 3:  # the forkserver (or the tracker) and two workers
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the ingest ended before it could be killed; give it more input"
        assert len(started) >= 3, started
        time.sleep(1.0)
        started = descendants(proc.pid)
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(running(p) for p in started):
            time.sleep(0.2)
        left = [p for p in started if running(p)]
        assert left == [], f"still running after the ingest was killed: {left}"
    finally:
        for pid in descendants(proc.pid) + started:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


# -- runaway input: punctuation runs and huge documents --------------------------------------------------
class RecordingPipeline:
    """The real pipeline, recording the texts of each ``nlp.pipe`` call."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp
        self.calls: list[list[str]] = []

    def pipe(self, items, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        self.calls.append([text for text, _ctx in items] if kwargs.get("as_tuples") else list(items))
        return self.nlp.pipe(items, **kwargs)


def test_mask_punctuation_runs_keeps_the_length_and_short_runs() -> None:
    from newsgraph.extractors import MAX_PUNCT_RUN, mask_punctuation_runs

    for text in ["(" * 20_000, "&" * 999 + "x", "a" + "()" * 300 + "b", "___" * 50, "$!'" * 40]:
        masked = mask_punctuation_runs(text)
        assert len(masked) == len(text)
        assert max((len(r) for r in re.findall(r"[^\w\s]+|_+", masked)), default=0) <= MAX_PUNCT_RUN
    prose = 'He said: "Wait...!?" (really) -- 5% & $3; e-mail: a.b@c.org ***'
    assert mask_punctuation_runs(prose) == prose


@pytest.mark.model
def test_long_punctuation_runs_never_reach_the_tokenizer_and_offsets_index_the_stored_text(nlp) -> None:
    from newsgraph.extractors import MAX_PUNCT_RUN, extract_articles

    text = (
        "(" * 20_000
        + " Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
        + "&" * 20_000
        + "\n\nGerman Chancellor Olaf Scholz(((((((((((((((((((((((( warned Ukraine on Monday."
    )
    recorder = RecordingPipeline(nlp)
    (facts,) = list(extract_articles(recorder, [Article(id="runs", text=text)]))
    seen = [t for call in recorder.calls for t in call]
    assert sum(map(len, seen)) == len(text)  # masked, not shortened: offsets stay put
    assert max(len(r) for t in seen for r in re.findall(r"[^\w\s]+", t)) <= MAX_PUNCT_RUN
    assert facts.article.text == text
    mentions = [m for e in facts.entities for m in e.mentions]
    assert mentions
    assert all(text[m.start : m.end] == m.text for m in mentions)
    for fact in (*facts.relations, *facts.events):
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(text)
    keys = {e.key for e in facts.entities}
    assert {"person:vladimir-putin", "person:xi-jinping", "person:olaf-scholz"} <= keys


@pytest.mark.model
def test_a_huge_document_is_parsed_a_few_pieces_at_a_time(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.extractors as ex

    paragraph = (
        "Japanese Foreign Minister Haruto Sakamoto met Brazilian President Carla Menezes in Tokyo. "
        "They signed a trade pact and discussed the war in Ukraine with officials from Kenya.\n\n"
    )
    text = (paragraph * (5 * ex.CHUNK_CHARS // len(paragraph) + 1)).strip()
    monkeypatch.setattr(ex, "BATCH_CHARS", 2 * ex.CHUNK_CHARS)
    recorder = RecordingPipeline(nlp)
    (facts,) = list(ex.extract_articles(recorder, [Article(id="huge", text=text)], batch_size=64))
    assert len(recorder.calls) >= 3
    for call in recorder.calls:
        assert all(len(t) <= ex.CHUNK_CHARS for t in call)
        assert sum(map(len, call)) <= 2 * ex.CHUNK_CHARS
    assert sum(len(t) for call in recorder.calls for t in call) == len(text)
    mentions = [m for e in facts.entities for m in e.mentions]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert max(m.start for m in mentions) > 4 * ex.CHUNK_CHARS


@pytest.mark.parametrize("name", ["../../etc", "/tmp", "no_such_model_xyz", "a.b.c"])
def test_a_model_name_that_is_no_pipeline_is_one_error_line(tmp_path: Path, name: str) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Japan and Brazil signed a defence pact in Tokyo.", encoding="utf-8")
    code, out, err = run("ingest", str(text), "--db", str(tmp_path / "s.db"), "--model", name, "-q")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: "), lines
    assert "spaCy pipeline" in lines[0]
    assert out == ""


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_device_at_the_cache_path_does_not_hang_a_query(tmp_path: Path, kind: str) -> None:
    db = make_store(tmp_path / "news.db")
    cache = Path(str(db) + ".graph")  # where older versions kept a graph cache
    cache.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(cache)
    else:
        cache.symlink_to("/dev/zero")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(run("entities", "--db", str(db))), daemon=True)
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive() and kind == "fifo":  # free the stuck reader before failing
        with contextlib.suppress(OSError):
            os.close(os.open(cache, os.O_WRONLY | os.O_NONBLOCK))
    assert not worker.is_alive(), "the query hung on the cache path"
    code, out, err = result[0]
    assert code == 0, err
    assert "Vladimir Putin" in out


def test_export_to_dev_stdout_writes_into_a_redirected_file_and_never_replaces_it(tmp_path: Path) -> None:
    db = make_store(tmp_path / "news.db")
    out = tmp_path / "out.json"
    out.write_text("first line\n", encoding="utf-8")
    inode = out.stat().st_ino
    with out.open("ab") as fh:  # as a shell's >> would give it
        done = subprocess.run(
            [sys.executable, "-m", "newsgraph", "export", "/dev/stdout", "--format", "json", "--db", str(db)],
            stdout=fh,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_ino == inode
    text = out.read_text(encoding="utf-8")
    assert text.startswith('first line\n{\n "directed": true')
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


@pytest.mark.parametrize("step", [1, 2, 3, 7, 64])
def test_count_words_in_steps_equals_split(step: int) -> None:
    from newsgraph.knowledge import count_words

    texts = ["", " ", "one", "two words", "  lead and trail  ", "a\nb\tc  d", "long" * 40 + " x " + "y" * 33]
    for text in texts:
        assert count_words(text, step) == len(text.split()), (text, step)


def test_a_named_pipe_or_device_named_on_the_command_line_is_rejected_not_read(tmp_path: Path) -> None:
    from newsgraph.inputs import Rejected, read_inputs

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_inputs([fifo, "/dev/zero"])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert not reader.is_alive(), "reading a named pipe hung"
    assert [type(i) for i in items] == [Rejected, Rejected]
    assert "named pipe" in items[0].reason
    assert "newsgraph ingest -" in items[0].reason
    assert "a device" in items[1].reason
