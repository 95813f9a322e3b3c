#!/usr/bin/env python3
"""Regenerate the README's transcripts from real runs.

    python tools/readme_transcript.py            # print them as the README shows them
    python tools/readme_transcript.py --write    # and put them into README.md in place

For each ```console block of README.md (the session under "## A session", the ``eval``
example), it reads the commands (the ``$ `` lines) and runs them, in order and in one shell, in
a fresh temporary folder holding a copy of ``examples/``, of ``tests/data/`` and ``x.bin`` (a
binary file, for the rejection example; ``missing.txt`` is absent on purpose). ``newsgraph``
there is this checkout, run by this Python interpreter. Each command is printed with its
output, stdout and stderr interleaved as on a terminal, and a blank line before the next
command (none before ``echo $?``, which shows the previous exit status). Read the result as a
reader would before committing it: it is the tool's real output, right or wrong.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
#: A console block: its opening fence, its lines, its closing fence.
BLOCK = re.compile(r"(^```console\n)(.*?)(^```$)", re.DOTALL | re.MULTILINE)
#: Printed after each command's output (with its exit status kept for a following ``echo $?``).
MARK = "\x1eend-of-command\x1e"


def commands(readme: str) -> list[list[str]]:
    """The commands of each console block."""
    blocks = [
        [line[2:] for line in m.group(2).splitlines() if line.startswith("$ ")]
        for m in BLOCK.finditer(readme)
    ]
    if not blocks:
        sys.exit("README.md has no ```console block")
    return blocks


def script(lines: list[str]) -> str:
    """One bash script running ``lines`` in order, each output ended by :data:`MARK`."""
    python, root = shlex.quote(sys.executable), shlex.quote(str(ROOT))
    out = [f'newsgraph() {{ PYTHONPATH={root}${{PYTHONPATH:+:$PYTHONPATH}} {python} -m newsgraph "$@"; }}']
    for line in lines:
        out.append(f"{line} 2>&1; __status=$?; printf '%s\\n' {shlex.quote(MARK)}; (exit $__status)")
    return "\n".join(out) + "\n"


def run(lines: list[str]) -> str:
    """The transcript: each command after ``$ `` and its real output."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-transcript-") as tmp:
        folder = Path(tmp)
        shutil.copytree(ROOT / "examples", folder / "examples")
        shutil.copytree(ROOT / "tests" / "data", folder / "tests" / "data")
        (folder / "x.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        env = {k: v for k, v in os.environ.items() if k not in {"NEWSGRAPH_DB", "COLUMNS", "LINES"}}
        done = subprocess.run(
            ["bash", "-c", script(lines)],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    outputs = done.stdout.split(MARK + "\n")
    if len(outputs) != len(lines) + 1:
        sys.exit(f"the transcript did not run to its end:\n{done.stdout}{done.stderr}")
    parts = []
    for n, (line, output) in enumerate(zip(lines, outputs, strict=False)):
        if n and not line.startswith("echo "):
            parts.append("")
        parts.append(f"$ {line}")
        parts.extend(output.rstrip("\n").splitlines())
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="put the transcript into README.md")
    args = parser.parse_args()
    readme = README.read_text(encoding="utf-8")
    transcripts = [run(lines) for lines in commands(readme)]
    sys.stdout.write("\n".join(f"```console\n{t}```\n" for t in transcripts))
    if args.write:
        parts, last = [], 0
        for match, transcript in zip(BLOCK.finditer(readme), transcripts, strict=True):
            parts += [readme[last : match.start(2)], transcript]
            last = match.end(2)
        README.write_text("".join(parts) + readme[last:], encoding="utf-8")
        print(f"wrote {len(transcripts)} transcripts into {README}", file=sys.stderr)


if __name__ == "__main__":
    main()
