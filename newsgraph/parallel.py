"""Extraction on several cores or a Dask cluster; the caller stays the one store writer.

Both backends cut the articles into chunks (:data:`CHUNK_SIZE` articles), run the whole
extraction (``nlp.pipe`` and the extractors) on each chunk where the pipeline lives, and
give the :class:`~newsgraph.model.DocumentFacts` back in input order, so a store filled
this way is the same as one filled in a single process. At most ``max_in_flight``
chunks are out at once (read ahead, being parsed, or waiting to be written), so memory
stays flat on any input size.

* :func:`extract_in_processes`: a local process pool; each process loads the pipeline
  once (``load_pipeline`` is cached per process).
* :func:`extract_on_dask`: a ``distributed`` scheduler (``tcp://host:8786``) or a local
  cluster of single-threaded worker processes; imported only when used.

    for facts in extract_in_processes(articles, workers=2):
        store.add([facts])
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from .errors import NewsGraphError
from .extractors import extract_articles, load_pipeline
from .model import Article, DocumentFacts

__all__ = [
    "CHUNK_SIZE",
    "DASK_INSTALL_HINT",
    "MIN_CHUNK",
    "START_METHODS",
    "chunks",
    "default_start_method",
    "extract_chunk",
    "extract_in_processes",
    "extract_on_dask",
]

#: Articles sent to a worker at a time.
CHUNK_SIZE = 64
#: The smallest chunk the end of the input is cut into (see :func:`chunks`).
MIN_CHUNK = 4
DASK_INSTALL_HINT = 'pip install "newsgraph[dask]"'
#: Start methods a process pool may use. "fork" is fastest to start but copies the
#: parent's threads and locks (the progress bar, SQLite); it is offered for measuring.
START_METHODS = ("forkserver", "spawn", "fork")


def default_start_method() -> str:
    """ "forkserver" where the platform has it (Linux, macOS), else "spawn"."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def chunks(
    articles: Iterable[Article], size: int = CHUNK_SIZE, *, workers: int = 1
) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles, read lazily.

    For ``workers`` > 1 the input is read ``workers * size`` articles ahead, and once its
    end is in sight what is left is cut into shrinking chunks (a ``2 * workers``-th of it
    each, at least :data:`MIN_CHUNK`): the workers then run out of work at about the same
    time, instead of one parsing a whole last chunk while the others wait.
    """
    it = iter(articles)
    ahead: deque[Article] = deque()
    want = size * workers if workers > 1 else size
    ended = False
    while True:
        if not ended:
            ahead.extend(islice(it, want - len(ahead)))
            ended = len(ahead) < want
        if not ahead:
            return
        n = size
        if ended and workers > 1:
            n = min(size, max(MIN_CHUNK, -(-len(ahead) // (2 * workers))))
        yield [ahead.popleft() for _ in range(min(n, len(ahead)))]


def extract_chunk(
    articles: list[Article], model: str | None = None, batch_size: int = 64
) -> list[DocumentFacts]:
    """Every article's facts, with the pipeline this process has loaded (once) for ``model``.

    This runs in the worker: a pool process or a Dask worker.
    """
    return list(extract_articles(load_pipeline(model), articles, batch_size=batch_size))


#: Linux prctl option: the signal this process gets when its parent dies.
PR_SET_PDEATHSIG = 1


def die_with(parent: int) -> None:
    """Make this process end when process ``parent`` (the ingest) ends, however it ends:
    ``kill -9`` gives it no chance to stop its workers, each of which holds a model.

    Two guards: on Linux the parent-death signal (``prctl(PR_SET_PDEATHSIG)``), which fires
    when the process that forked this one dies (the forkserver, for the default start
    method); and everywhere a daemon thread that waits on ``parent`` itself (a pidfd on
    Linux, else a poll each second) and exits the process when it is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    threading.Thread(target=_watch, args=(parent,), name="newsgraph-watchdog", daemon=True).start()


def _watch(parent: int) -> None:
    try:
        fd = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd here: poll
        while _alive(parent):
            time.sleep(1.0)
        os._exit(1)
    select.select([fd], [], [])  # readable when the process has ended
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _check_workers(workers: int) -> None:
    if workers < 1:
        raise NewsGraphError(f"workers must be at least 1, got {workers}")


def extract_in_processes(
    articles: Iterable[Article],
    *,
    workers: int,
    model: str | None = None,
    batch_size: int = 64,
    chunk_size: int = CHUNK_SIZE,
    max_in_flight: int | None = None,
    start_method: str | None = None,
) -> Iterator[DocumentFacts]:
    """Extract in ``workers`` processes; yields facts in input order.

    ``max_in_flight`` (default ``4 * workers``) bounds the chunks submitted and not yet
    yielded: enough that a slow chunk at the head of the line does not leave the other
    workers idle. ``start_method`` is one of :data:`START_METHODS` (default
    :func:`default_start_method`).
    """
    _check_workers(workers)
    method = start_method or default_start_method()
    if method not in START_METHODS or method not in multiprocessing.get_all_start_methods():
        available = [m for m in START_METHODS if m in multiprocessing.get_all_start_methods()]
        raise NewsGraphError(f"unknown start method {method!r}; use one of: {', '.join(available)}")
    limit = max(1, max_in_flight or 4 * workers)
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=die_with, initargs=(os.getpid(),)
    )
    queue: deque[Future[list[DocumentFacts]]] = deque()
    try:
        for chunk in chunks(articles, chunk_size, workers=workers):
            queue.append(pool.submit(extract_chunk, chunk, model, batch_size))
            if len(queue) >= limit:
                yield from queue.popleft().result()
        while queue:
            yield from queue.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _distributed() -> Any:
    """The ``distributed`` module, or a NewsGraphError naming the install command."""
    try:
        import distributed
    except ImportError as exc:
        raise NewsGraphError(
            f"the Dask backend (--scheduler, --dask-local) needs dask.distributed, which is not "
            f"installed; install it with: {DASK_INSTALL_HINT}"
        ) from exc
    return distributed


def extract_on_dask(
    articles: Iterable[Article],
    *,
    scheduler: str | None = None,
    local_workers: int | None = None,
    model: str | None = None,
    batch_size: int = 64,
    chunk_size: int = CHUNK_SIZE,
    max_in_flight: int | None = None,
) -> Iterator[DocumentFacts]:
    """Extract on a Dask cluster; yields facts in input order.

    Give ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``) or ``local_workers``
    (a ``distributed.LocalCluster`` of that many single-threaded worker processes, shut
    down afterwards). Chunks are gathered as they complete; ``max_in_flight`` (default
    four times the cluster's threads) bounds those not yet yielded.
    """
    if (scheduler is None) == (local_workers is None):
        raise NewsGraphError("give either a Dask scheduler address or a number of local Dask workers")
    if local_workers is not None:
        _check_workers(local_workers)
    distributed = _distributed()
    with contextlib.ExitStack() as stack:
        if scheduler is not None:
            try:
                client = stack.enter_context(distributed.Client(scheduler, timeout="30s"))
            except (OSError, TimeoutError, ValueError) as exc:
                raise NewsGraphError(
                    f"cannot reach the Dask scheduler {scheduler!r} ({exc}); start one with "
                    "'dask scheduler' and give its address, e.g. tcp://10.0.0.5:8786"
                ) from exc
        else:
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=local_workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
        threads = sum(client.nthreads().values()) or 1
        yield from _gather_in_order(
            client,
            distributed,
            chunks(articles, chunk_size, workers=threads),
            model,
            batch_size,
            max_in_flight or 4 * threads,
        )


def _gather_in_order(
    client: Any,
    distributed: Any,
    parts: Iterator[list[Article]],
    model: str | None,
    batch_size: int,
    limit: int,
) -> Iterator[DocumentFacts]:
    """Submit chunks, gather them as they complete, yield them in submission order."""
    done: dict[int, list[DocumentFacts]] = {}
    index: dict[Any, int] = {}
    live: dict[Any, Any] = {}
    submitted = emitted = 0
    pending = distributed.as_completed()

    def submit_more() -> None:
        nonlocal submitted
        while submitted - emitted < limit:
            chunk = next(parts, None)
            if chunk is None:
                return
            future = client.submit(extract_chunk, chunk, model, batch_size, pure=False)
            index[future.key] = submitted
            live[future.key] = future
            pending.add(future)
            submitted += 1

    try:
        submit_more()
        for future in pending:
            done[index.pop(future.key)] = future.result()
            del live[future.key]
            future.release()
            while emitted in done:
                yield from done.pop(emitted)
                emitted += 1
            submit_more()
    finally:
        if live:
            with contextlib.suppress(Exception):
                client.cancel(list(live.values()))
