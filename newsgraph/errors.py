"""Errors the user can act on. The CLI prints these as ``Error: ...`` without a traceback."""

from __future__ import annotations


class NewsGraphError(Exception):
    """Root of every error newsgraph raises on purpose."""


class ModelNotFoundError(NewsGraphError):
    """No spaCy pipeline of the requested name is installed."""


class UnknownEntityError(NewsGraphError):
    """A name matched no entity in the graph."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = suggestions or []
        message = f"unknown entity {name!r}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions) + "?"
        else:
            message += "; list known names with 'newsgraph entities'"
        super().__init__(message)


class InputError(NewsGraphError):
    """An input file or record could not be read as an article."""


class StoreError(NewsGraphError):
    """The store file is missing, locked or not a newsgraph store."""


class RecordError(StoreError):
    """One document of a batch cannot be stored; the rest of the batch can."""


class ExportError(NewsGraphError):
    """An export format or destination is not usable."""


class AmbiguousEntityError(NewsGraphError):
    """A name that several entities hold, none of them by its label."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(
            f"{name!r} names several entities: {', '.join(candidates)}; give the full name or the node id"
        )


class GoldError(NewsGraphError):
    """A gold file (for ``newsgraph eval``) cannot be read or does not follow the gold format."""
