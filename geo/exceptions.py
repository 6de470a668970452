"""The exceptions geo raises. The CLI turns each into a one-line message."""

from __future__ import annotations

from pathlib import Path


class GeoError(Exception):
    """Base class of every error geo reports to its user."""


class InputError(GeoError, ValueError):
    """Bad user input: a document, events table or option geo cannot use (also a
    ``ValueError``, so code that catches those catches it).

    ``str()`` gives ``file:line: column: problem``, leaving out what is unknown.
    """

    def __init__(
        self,
        problem: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        where = self.path or ""
        if line is not None:
            where += f":{line}"
        if column:
            where += f": column {column!r}"
        super().__init__(f"{where}: {problem}" if where else problem)


class DocumentError(InputError):
    """A document cannot be read (missing, undecodable, bad front matter)."""


class EventsTableError(InputError):
    """A user's events table has a bad header or a bad row."""


class GazetteerError(GeoError, RuntimeError):
    """The gazetteer data cannot be loaded or built."""


class OnlineError(GeoError):
    """An opt-in online service (a geocoder, a download) failed or refused."""
