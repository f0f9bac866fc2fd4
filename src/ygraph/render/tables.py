"""events.csv, roles.csv, successions.csv: flat views for spreadsheets."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence

from ..model import Corpus, Provenance
from ..stages.graph import normalize_evidence, provenance_order, role_spans
from .timeline import event_order

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
    return "'" + text if unicodedata.normalize("NFKC", text[:1]).startswith(FORMULA_START) else text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def first_evidence(provenance: Iterable[Provenance]) -> str:
    ordered = sorted(provenance, key=provenance_order)
    return normalize_evidence(ordered[0].evidence) if ordered else ""


EVENT_HEADER = (
    "id", "date", "date_end", "date_precision", "date_source", "date_text", "event_type", "title", "place",
    "planned", "participants", "policies", "n_sources", "sources", "evidence",
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
        )  # fmt: skip
        for s in role_spans(corpus.roles)
    ]
    return csv_bytes(header, rows)


def successions_csv(corpus: Corpus) -> bytes:
    header = ("position", "before", "after", "before_last_seen", "after_first_seen", "sources", "evidence")
    rows = sorted(
        (
            s.position,
            s.before,
            s.after,
            s.before_last_seen,
            s.after_first_seen,
            ";".join(sorted({p.file for p in s.provenance})),
            first_evidence(s.provenance),
        )  # fmt: skip
        for s in corpus.successions
    )
    return csv_bytes(header, rows)
