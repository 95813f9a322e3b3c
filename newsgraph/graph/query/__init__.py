"""Small named questions over the knowledge graph. Each returns dataclasses; the CLI formats them.

Two implementations answer them alike (:class:`~.rows.Queries`): :class:`~.sql.SqlQueries`
reads what a question needs from the store through its indexes, :class:`~.memory.MemoryQueries`
walks a NetworkX graph. The functions re-exported here answer on a graph::

    node = find(graph, "putin")
    for row in relations(graph, node): ...
    for hops in paths(graph, node, find(graph, "Kim Jong Un")): ...
"""

from newsgraph.graph.query.memory import (
    GraphIndex,
    MemoryQueries,
    ego_nodes,
    entities,
    events,
    events_page,
    find,
    index_of,
    induced,
    paths,
    relations,
    relations_page,
    shortest_paths,
    timeline,
    timeline_page,
)
from newsgraph.graph.query.rows import (
    EntityRow,
    EventRow,
    EvidenceRow,
    Hop,
    Page,
    Queries,
    RelationRow,
    normalize,
)

__all__ = [
    "EntityRow",
    "EventRow",
    "EvidenceRow",
    "GraphIndex",
    "Hop",
    "MemoryQueries",
    "Page",
    "Queries",
    "RelationRow",
    "ego_nodes",
    "entities",
    "events",
    "events_page",
    "find",
    "index_of",
    "induced",
    "normalize",
    "paths",
    "relations",
    "relations_page",
    "shortest_paths",
    "timeline",
    "timeline_page",
]
