"""An :class:`Answer` as a rich table (with its notes), as JSON or as CSV, on stdout.

JSON and CSV carry every column in full; the table shows the answer's ``brief`` columns, shortened to read
in a terminal (evidence cut, a date range in one cell, participants by name).
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from ..render.tables import csv_bytes
from .answer import Answer

FORMATS = ("table", "json", "csv")
EVIDENCE_CHARS = 60
NAMES_SHOWN = 6
NO_WRAP = {"date", "until", "seen", "person", "kind", "type"}


def show(answer: Answer, fmt: str = "table", out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        rows = [[row.get(c) for c in answer.columns] for row in answer.rows]
        out.write(csv_bytes(answer.columns, rows).decode("utf-8-sig"))  # no byte-order mark on a terminal
    else:
        _table(answer, Console(file=out, highlight=False))


def _table(answer: Answer, console: Console) -> None:
    if answer.rows:
        columns = answer.brief or answer.columns
        console.print(answer.title, markup=False)
        table = Table()
        for column in columns:
            table.add_column(column, overflow="fold", no_wrap=column in NO_WRAP, min_width=4)
        for row in answer.rows:
            table.add_row(*(cell(column, row) for column in columns))
        console.print(table)
    else:
        console.print(f"{answer.title}: nothing found", markup=False, soft_wrap=True)
    for note in answer.notes:
        console.print(note, markup=False, soft_wrap=True)


def cell(column: str, row: dict[str, Any]) -> str:
    """A table cell: shortened for reading (JSON and CSV keep the full value)."""
    value = row.get(column)
    if value is None:
        return ""
    if column == "evidence" and len(value) > EVIDENCE_CHARS:
        return value[: EVIDENCE_CHARS - 1] + "…"
    if column == "date" and row.get("date_end") and row["date_end"] != value:
        end = row["date_end"]
        return f"{value}…{end[5:] if end[:5] == value[:5] and len(end) > 5 else end}"
    if column == "participants" and value:
        names = list(dict.fromkeys(p.rsplit(":", 1)[0] for p in value.split("; ")))
        more = f" +{len(names) - NAMES_SHOWN}" if len(names) > NAMES_SHOWN else ""
        return "、".join(names[:NAMES_SHOWN]) + more
    return str(value)
