"""Where the project's shared files are: ``shared/`` beside the checkout (as in CI)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CANDIDATES = (ROOT.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
