"""Drive headless Chromium over the DevTools protocol with the standard library only.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol messages from file
descriptor 3 and writes replies to descriptor 4, each message one JSON document followed by
a NUL byte. No websocket client and no browser-automation package is needed.

Used by ``tools/screenshot.py`` and ``tests/test_browser.py``::

    with Chromium() as browser:
        page = browser.open(Path("graph.html"), width=1400, height=900)
        page.wait_for("document.body.getAttribute('data-ready') === '1'")
        print(page.evaluate("window.newsgraph.nodes.length"))
        page.screenshot(Path("graph.png"))
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--hide-scrollbars",
)


class BrowserError(RuntimeError):
    """Chromium failed, timed out, or a page script threw."""


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary, from ``$CHROMIUM`` or the ``PATH``; ``None`` if absent."""
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """One headless Chromium process with its own throw-away profile."""

    def __init__(self, binary: str | None = None, *, timeout: float = 30.0) -> None:
        found = binary or find_chromium()
        if not found:
            raise BrowserError(
                "no Chromium binary found; install it (apt-get install chromium) or set $CHROMIUM"
            )
        self.binary = found
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._buffer = b""
        self._proc: subprocess.Popen[bytes] | None = None
        self._profile: str | None = None

    # -- process ------------------------------------------------------------------------

    def __enter__(self) -> Chromium:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self._profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
        to_chrome_r, self._write_fd = os.pipe()
        self._read_fd, from_chrome_w = os.pipe()
        args = [
            self.binary,
            *FLAGS,
            f"--user-data-dir={self._profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # The shell moves our pipes to fds 3 and 4, where --remote-debugging-pipe expects them.
        self._proc = subprocess.Popen(
            ["sh", "-c", 'exec "$@" 3<&0 4>&1 </dev/null >/dev/null', "sh", *args],
            stdin=to_chrome_r,
            stdout=from_chrome_w,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.call("Browser.getVersion")

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                self._send("Browser.close")
                proc.wait(timeout=5)
            except (OSError, BrowserError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(timeout=5)
            for fd in (self._read_fd, self._write_fd):
                with contextlib.suppress(OSError):
                    os.close(fd)
        if self._profile:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None

    # -- protocol -----------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._write_fd, data) :]
        return self._next_id

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._read_fd], [], [], left)
            if ready:
                chunk = os.read(self._read_fd, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium exited")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile go to ``events``."""
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error'].get('message')}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def open(
        self, path_or_url: Path | str, *, width: int = 1400, height: int = 900, offline: bool = True
    ) -> Page:
        """Open a page in a new tab; with ``offline`` the network is switched off first."""
        url = path_or_url.resolve().as_uri() if isinstance(path_or_url, Path) else path_or_url
        target = self.call("Target.createTarget", {"url": "about:blank"})
        attached = self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
        page = Page(self, attached["sessionId"])
        for domain in ("Page", "Runtime", "Network"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        if offline:
            page.call(
                "Network.emulateNetworkConditions",
                {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
            )
        page.call("Page.navigate", {"url": url})
        return page


class Page:
    """One tab, addressed through its flattened DevTools session."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session

    def call(
        self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None
    ) -> dict[str, Any]:
        return self.browser.call(method, params, self.session, timeout)

    def evaluate(self, expression: str, *, timeout: float | None = None) -> Any:
        """Value of a JavaScript expression (promises awaited); raises if it throws."""
        reply = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"script error: {text}")
        return reply.get("result", {}).get("value")

    def wait_for(self, expression: str, *, timeout: float = 30.0, interval: float = 0.05) -> float:
        """Poll until ``expression`` is truthy; returns the seconds it took."""
        start = time.monotonic()
        while True:
            try:
                if self.evaluate(expression):
                    return time.monotonic() - start
            except BrowserError:
                pass  # the document may not exist yet
            if time.monotonic() - start > timeout:
                errors = self.errors()
                raise BrowserError(
                    f"timed out after {timeout:.0f}s waiting for {expression!r}; page errors: {errors}"
                )
            time.sleep(interval)

    def _events(self, method: str) -> list[dict[str, Any]]:
        return [
            e["params"]
            for e in self.browser.events
            if e.get("sessionId") == self.session and e["method"] == method
        ]

    def errors(self) -> list[str]:
        """Uncaught exceptions and console errors reported so far."""
        out = [
            (
                e["exceptionDetails"].get("exception", {}).get("description")
                or e["exceptionDetails"].get("text", "")
            )
            for e in self._events("Runtime.exceptionThrown")
        ]
        out += [
            " ".join(str(a.get("value", a.get("description", ""))) for a in e.get("args", []))
            for e in self._events("Runtime.consoleAPICalled")
            if e.get("type") in {"error", "assert"}
        ]
        return out

    def requests(self) -> list[str]:
        """URLs of every request the page made."""
        return [e["request"]["url"] for e in self._events("Network.requestWillBeSent")]

    def screenshot(self, path: Path) -> Path:
        """Write a PNG of the viewport."""
        reply = self.call("Page.captureScreenshot", {"format": "png"})
        path.write_bytes(base64.b64decode(reply["data"]))
        return path
