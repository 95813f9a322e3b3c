"""The graph floor: build facts into a MultiDiGraph, store them in SQLite, query and export."""

from newsgraph.graph.build import build_graph
from newsgraph.graph.export import export, write_gexf, write_graphml, write_json
from newsgraph.graph.query import (
    EntityRow,
    EventRow,
    EvidenceRow,
    GraphIndex,
    Hop,
    RelationRow,
    entities,
    events,
    find,
    paths,
    relations,
    timeline,
)
from newsgraph.graph.store import AddResult, Store

__all__ = [
    "AddResult",
    "EntityRow",
    "EventRow",
    "EvidenceRow",
    "GraphIndex",
    "Hop",
    "RelationRow",
    "Store",
    "build_graph",
    "entities",
    "events",
    "export",
    "find",
    "paths",
    "relations",
    "timeline",
    "write_gexf",
    "write_graphml",
    "write_json",
]
