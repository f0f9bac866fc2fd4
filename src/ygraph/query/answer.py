"""What a question returns: rows for a table, notes for a reader, and the same as one JSON document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import YgraphError


@dataclass
class Answer:
    title: str
    columns: tuple[str, ...]  # the table's and the CSV's columns, in order (keys of every row)
    rows: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)  # sentences for a reader: "last seen A on …, first seen …"
    data: dict[str, Any] = field(default_factory=dict)  # the JSON document (without rows and notes)
    brief: tuple[str, ...] = ()  # the columns a table shows (default: all)

    @property
    def found(self) -> bool:
        return bool(self.rows)

    def as_json(self) -> dict[str, Any]:
        return {**self.data, "rows": self.rows, "notes": self.notes}


class NotFound(YgraphError):
    """A name the store does not know (exit 1), with the nearest known ones."""

    exit_code = 1

    def __init__(self, kind: str, name: str, suggestions: list[str]) -> None:
        hint = f"; nearest: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no {kind} {name!r} in the store{hint}")
        self.suggestions = suggestions
