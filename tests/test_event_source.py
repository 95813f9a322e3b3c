"""An event names the document it was read from as given, not only by its slug: "CB2-031.txt"
is the id "cb2-031", and tools that match events to their files (the CAMEO scorer matches a
file name or the sentence; a sentence with quotation marks is escaped inside the evidence
JSON) need the name. The store-streamed GraphML and the in-memory graph agree."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from newsgraph.knowledge import KnowledgeGraph

TEXT = 'Germany praised Poland on Monday, saying Warsaw had shown "great responsibility".\n'


@pytest.mark.model
def test_event_nodes_carry_their_documents_source(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "CB2-031.txt").write_text(TEXT, encoding="utf-8")
    (folder / "no-event.txt").write_text("Oil prices rose on Tuesday.\n", encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "s.db") as kg:
        kg.ingest([folder])
        kg.export(tmp_path / "streamed.graphml")
        memory = kg.graph
    streamed = nx.read_graphml(tmp_path / "streamed.graphml")
    for graph in (memory, streamed):
        events = [d for _, d in graph.nodes(data=True) if d.get("kind") == "event"]
        assert events, "the praise is an event"
        assert all(d["doc"] == "cb2-031" for d in events)
        assert all(Path(d["source"]).name == "CB2-031.txt" for d in events), events
    entities = [d for _, d in streamed.nodes(data=True) if d.get("kind") != "event"]
    assert all("source" not in d for d in entities)
