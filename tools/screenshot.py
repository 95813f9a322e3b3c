"""Screenshot a rendered newsgraph page with headless Chromium, once it is drawn.

python tools/screenshot.py graph.html graph.png --width 1400 --height 900
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import BrowserError, Chromium  # tools/ is not a package: imported by path

READY = "document.body && document.body.getAttribute('data-ready') === '1'"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="HTML file written by newsgraph render")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the page to draw")
    parser.add_argument("--search", help="find and select this name before the screenshot")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        parser.error(f"no such file: {args.page}")
    try:
        with Chromium(timeout=args.timeout) as browser:
            start = time.monotonic()
            page = browser.open(args.page, width=args.width, height=args.height)
            page.wait_for(READY, timeout=args.timeout)
            loaded = time.monotonic() - start
            if args.search:
                page.evaluate(f"window.newsgraph.search({args.search!r})")
                time.sleep(0.6)  # let the focus animation finish
            page.screenshot(args.out)
    except BrowserError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    print(f"{args.out} ({args.width}x{args.height}); page ready after {loaded:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
