"""Output files that never harm the store and are never left half written.

* :func:`check_output` refuses a path that is the store or one of its side files (by
  resolved path, and by inode when it exists: a hard link or a symlink is the same file),
  a folder, or a path whose folder is missing. Callers run it before any long work, so a
  mistyped ``--render`` fails in a second, not after the extraction.
* :func:`open_output` writes a regular file through a temporary file in the same folder
  and a rename: a failed write (full disk, an exception half-way) leaves the old file or
  nothing, never half a file. What is not a regular file (a pipe, ``/dev/stdout``) is
  written straight. An ``OSError`` comes out as :class:`ExportError` naming the path.

    check_output("graph.html", protected=store.protected_paths())
    with open_output("graph.html") as fh:
        fh.write(data)
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import ExportError

__all__ = ["check_output", "open_output"]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: str | os.PathLike[str], *, protected: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Raise :class:`ExportError` when ``path`` cannot be an output file: it is one of
    ``protected`` (the store and its side files), a folder, or in a folder that does not exist."""
    given = Path(path)
    if not str(path):
        raise ExportError("the output path is empty; give a file name")
    target = Path(os.path.realpath(given))
    for other in map(Path, protected):
        if target == Path(os.path.realpath(other)) or _same_file(given, other):
            raise ExportError(
                f"refusing to write {str(path)!r}: it is the store or one of its files ({str(other)!r}); "
                "give another output file name"
            )
    if given.is_dir():
        raise ExportError(f"cannot write {str(path)!r}: it is a folder; give a file name")
    if not target.parent.is_dir():
        raise ExportError(f"cannot write {str(path)!r}: folder {str(given.parent)!r} does not exist")


def _is_device_path(path: str | os.PathLike[str]) -> bool:
    """A path under /dev or /proc (``/dev/stdout``, ``/proc/self/fd/1``): written as it is."""
    return os.path.abspath(path).startswith(("/dev/", "/proc/"))


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file (0o666 less the umask)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: a temporary file renamed over ``path`` when
    the block ends without error (removed otherwise), or ``path`` itself when it exists and
    is not a regular file (a pipe, a terminal, ``/dev/stdout``). A symlink is followed: the
    file it points to is replaced, the link stays."""
    target = Path(os.path.realpath(path))
    try:
        try:
            mode: int | None = os.stat(target).st_mode
        except FileNotFoundError:
            mode = None
        # /dev/stdout is a link to whatever fd 1 is: a shell redirect's file must be written
        # through that descriptor (appended to with >>), never replaced by a new file.
        if (mode is not None and not stat.S_ISREG(mode)) or _is_device_path(path):
            with open(path, "ab" if mode is not None and stat.S_ISREG(mode) else "wb") as fh:
                yield fh
            return
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, stat.S_IMODE(mode) if mode is not None else _new_file_mode())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise ExportError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
