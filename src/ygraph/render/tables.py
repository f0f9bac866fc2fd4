"""events.csv, roles.csv, successions.csv: flat views for spreadsheets.

UTF-8 with a byte-order mark: Excel on Windows reads a CSV without one in the local code page and garbles
Chinese; pandas (``encoding="utf-8-sig"``) and Python's csv module read it as well. Dates of mixed precision
(``2020``, ``2020-08``, ``2020-08-20``) are text of different types to a spreadsheet, so each table also has
``start``/``end`` columns: the first and last day covered, always ``YYYY-MM-DD``, which sort.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from ..corpus.graph import normalize_evidence, provenance_order, role_spans
from ..model import Corpus, Provenance
from .spans import iso_span
from .timeline import event_order
from .vocabulary import display_evidence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str | int:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe (it stays data).

    A formula starter in any width counts (full-width ＝＋－＠, small ﹦﹢﹣﹫: spreadsheets and input
    methods fold them to ASCII), as NFKC folds them.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    text = "" if value is None else str(value)
    return "'" + text if _formula_start(text[:1]) else text


@cache
def _formula_start(first: str) -> bool:
    """Whether a cell starting with ``first`` (one character or none) would run as a formula, remembered
    per character (a table has hundreds of thousands of cells and a few thousand first characters)."""
    return unicodedata.normalize("NFKC", first).startswith(FORMULA_START)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def first_evidence(provenance: Iterable[Provenance]) -> str:
    first = min(provenance, key=provenance_order, default=None)  # the first of the sorted order
    return display_evidence(normalize_evidence(first.evidence)) if first is not None else ""


EVENT_HEADER = (
    "id", "date", "date_end", "date_precision", "date_source", "date_text", "event_type", "title", "place",
    "planned", "participants", "policies", "n_sources", "sources", "evidence", "start", "end",
)  # fmt: skip


def events_csv(corpus: Corpus) -> bytes:
    rows = []
    for e in sorted(corpus.events, key=event_order):
        participants = ";".join(sorted({f"{p.person}:{p.relation}" for p in e.participants}))
        policies = ";".join(sorted({f"{p.title}:{p.relation}" for p in e.policies}))
        rows.append(
            (
                e.id,
                e.date,
                e.date_end,
                e.precision,
                e.date_source,
                e.date_text,
                e.event_type,
                e.title,
                e.place,
                e.planned,
                participants,
                policies,
                len(e.sources),
                ";".join(e.sources),
                first_evidence(e.provenance),
                *iso_span(e.date, e.date_end),
            )  # fmt: skip
        )
    return csv_bytes(EVENT_HEADER, rows)


def roles_csv(corpus: Corpus) -> bytes:
    """One row per person and position: the span it was observed over, per person in time order."""
    header = (
        "person",
        "position",
        "organization",
        "first_seen",
        "last_seen",
        "n_sources",
        "evidence",
        "sources",
        "start",
        "end",
    )
    rows = [
        (
            s.person,
            s.position,
            s.organization,
            s.first_seen,
            s.last_seen,
            s.n_sources,
            first_evidence(s.provenance),
            ";".join(s.sources),
            iso_span(s.first_seen)[0],
            iso_span(s.last_seen)[1],
        )  # fmt: skip
        for s in role_spans(corpus.roles)
    ]
    return csv_bytes(header, rows)


def successions_csv(corpus: Corpus) -> bytes:
    header = (
        "position", "before", "after", "before_last_seen", "after_first_seen", "sources", "evidence", "start", "end",
    )  # fmt: skip
    rows = sorted(
        (
            s.position,
            s.before,
            s.after,
            s.before_last_seen,
            s.after_first_seen,
            ";".join(sorted({p.file for p in s.provenance})),
            first_evidence(s.provenance),
            iso_span(s.before_last_seen)[0],  # the change happened between these two days
            iso_span(s.after_first_seen)[1],
        )  # fmt: skip
        for s in corpus.successions
    )
    return csv_bytes(header, rows)
