"""Where the tests' data are.

``DATA`` is inside the repository: the seed articles with their gold file, and the GraphML
schema. ``SHARED`` holds the project's large shared files, which are not part of the
repository (the BBC corpus): ``$NEWSGRAPH_SHARED``, else ``shared/`` beside the checkout, as in
CI. The tests that need it skip, saying so, when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GRAPHML_XSD = DATA / "graphml-schema" / "graphml.xsd"
SEEDS = DATA / "seeds"
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared")
