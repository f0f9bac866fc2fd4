"""ygraph.db: the corpus as a SQLite database (written with sqlite-utils) for sqlite3, pandas and Datasette.

Tables, foreign keys and indexes are in :data:`TABLES` and documented in ``docs/schema.md``. Evidence sentences
are stored once (``sentences``) with a full-text index (``sentences_fts``, FTS5 trigram tokenizer, so Chinese
needs no word segmentation); ``provenance`` ties every fact to its sentence, file, offsets and rule.

Same input, same bytes: rows are inserted in one fixed order with ids numbered in that order, every statement
runs in the same sequence, and nothing records a time or a random value.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus.graph import collapse_spaces, provenance_order, role_spans
from ..model import Corpus, Provenance, RoleClaim, precision_of
from ..text.clean import to_simplified
from .timeline import event_order

SCHEMA_VERSION = 1  # PRAGMA user_version of the file

Row = dict[str, Any]


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, type]
    pk: str
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()


TABLES: tuple[Table, ...] = (
    Table("documents", {"path": str, "encoding": str, "n_chars": int, "date": str, "date_precision": str,
                        "date_source": str, "n_articles": int}, "path"),
    Table("places", {"name": str}, "name"),
    Table("articles", {"id": int, "document": str, "article": int, "title": str, "place": str, "date": str,
                       "date_precision": str, "date_source": str, "start_offset": int, "end_offset": int}, "id",
          (("document", "documents", "path"), ("place", "places", "name")), unique=(("document", "article"),)),
    Table("organisations", {"name": str}, "name"),
    Table("positions", {"name": str, "organisation": str}, "name",
          (("organisation", "organisations", "name"),), (("organisation",),)),
    Table("people", {"name": str, "aliases": str}, "name"),
    Table("events", {"id": str, "date": str, "date_end": str, "date_precision": str, "date_source": str,
                     "date_text": str, "event_type": str, "title": str, "place": str, "planned": int,
                     "n_sources": int, "sources": str}, "id",
          (("place", "places", "name"),), (("date",), ("event_type",), ("place",))),
    Table("participation", {"id": int, "event": str, "person": str, "relation": str}, "id",
          (("event", "events", "id"), ("person", "people", "name")), (("person",),),
          unique=(("event", "person", "relation"),)),
    Table("policies", {"id": int, "event": str, "title": str, "relation": str}, "id",
          (("event", "events", "id"),), (("event",), ("title",))),
    Table("roles", {"id": int, "person": str, "position": str, "organisation": str, "first_seen": str,
                    "last_seen": str, "first_precision": str, "last_precision": str, "n_observations": int,
                    "n_sources": int}, "id",
          (("person", "people", "name"), ("position", "positions", "name"),
           ("organisation", "organisations", "name")),
          (("position", "first_seen"),), unique=(("person", "position"),)),
    Table("observations", {"id": int, "role": int, "date": str, "date_precision": str, "date_source": str,
                           "position_text": str}, "id", (("role", "roles", "id"),), (("role", "date"),)),
    Table("successions", {"id": int, "position": str, "before": str, "after": str, "before_last_seen": str,
                          "after_first_seen": str}, "id",
          (("position", "positions", "name"), ("before", "people", "name"), ("after", "people", "name")),
          (("position",),)),
    Table("conflicts", {"id": int, "kind": str, "what": str, "variants": str}, "id"),
    Table("sentences", {"id": int, "file": str, "article": int, "start_offset": int, "end_offset": int,
                        "text": str, "search_text": str}, "id",
          (("file", "documents", "path"),), unique=(("file", "start_offset", "end_offset"),)),
    Table("provenance", {"id": int, "fact": str, "event": str, "participation": int, "policy": int,
                         "observation": int, "succession": int, "conflict": int, "person": str,
                         "sentence": int, "file": str, "article": int, "start_offset": int,
                         "end_offset": int, "span_start": int, "span_end": int, "rule": str}, "id",
          (("event", "events", "id"), ("participation", "participation", "id"), ("policy", "policies", "id"),
           ("observation", "observations", "id"), ("succession", "successions", "id"),
           ("conflict", "conflicts", "id"), ("person", "people", "name"), ("sentence", "sentences", "id"),
           ("file", "documents", "path")),
          (("event",), ("participation",), ("policy",), ("observation",), ("succession",), ("conflict",),
           ("person",), ("sentence",))),
    Table("warnings", {"id": int, "code": str, "message": str, "file": str}, "id", (), (("code",),)),
)  # fmt: skip
FACT_COLUMNS = (
    "event",
    "participation",
    "policy",
    "observation",
    "succession",
    "conflict",
    "person",
)  # in order


def search_text(evidence: str) -> str:
    """What the full-text index holds: line breaks inside Chinese removed, spaces collapsed, Simplified."""
    return to_simplified(collapse_spaces(evidence))


def write_sqlite(corpus: Corpus, path: Path) -> None:
    """Write ``corpus`` into a new SQLite file at ``path`` (an empty or missing file)."""
    import sqlite_utils

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a staged temporary file: no journal beside it
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: index builds without spilling
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db = sqlite_utils.Database(conn)
        for table, rows in zip(TABLES, _rows(corpus), strict=True):
            db[table.name].create(table.columns, pk=table.pk, foreign_keys=list(table.foreign_keys))
            _insert(conn, table, rows)
        for table in TABLES:  # indexes after the rows: one sort each instead of upkeep on every insert
            _index(db, table)
        db["sentences"].enable_fts(["search_text"], tokenize="trigram")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:  # pragma: no cover - a writer bug, never user input
            raise AssertionError(f"ygraph.db: foreign key violations {problems[:5]}")
    finally:
        conn.close()


def _insert(conn: sqlite3.Connection, table: Table, rows: Iterable[Row | tuple]) -> None:
    """Rows (dicts with every column, or tuples in column order) in one transaction."""
    columns = tuple(table.columns)
    values = operator.itemgetter(*columns) if len(columns) > 1 else lambda r: (r[columns[0]],)
    sql = _insert_sql(table)
    conn.execute("BEGIN")  # one statement over all rows (sqlite3 reads them as it binds them)
    conn.executemany(sql, (r if isinstance(r, tuple) else values(r) for r in rows))
    conn.execute("COMMIT")


def _index(db: Any, table: Table) -> None:
    for columns in table.indexes:
        db[table.name].create_index(list(columns))
    for columns in table.unique:
        db[table.name].create_index(list(columns), unique=True)


def _insert_sql(table: Table) -> str:
    columns = ", ".join(f"[{c}]" for c in table.columns)
    return f"INSERT INTO [{table.name}] ({columns}) VALUES ({', '.join('?' * len(table.columns))})"


def _rows(corpus: Corpus) -> list[Iterable[Row]]:
    """Rows of every table, in the order of :data:`TABLES` (parents before children)."""
    facts = _Facts(corpus)
    return [
        _documents(corpus),
        ({"name": name} for name in facts.places),
        _articles(corpus),
        ({"name": name} for name in facts.organisations),
        ({"name": name, "organisation": org or None} for name, org in facts.positions.items()),
        ({"name": name, "aliases": json.dumps(facts.aliases.get(name, []), ensure_ascii=False)}
         for name in facts.people),
        _events(facts),
        facts.participation,
        facts.policies,
        facts.roles,
        facts.observations,
        facts.successions,
        facts.conflicts,
        facts.sentence_rows(),
        facts.provenance,
        ({"id": i, "code": w.code, "message": w.message, "file": w.file or None}
         for i, w in enumerate(corpus.warnings, 1)),
    ]  # fmt: skip


def _documents(corpus: Corpus) -> Iterator[Row]:
    for d in sorted(corpus.documents, key=lambda d: d.path):
        yield {"path": d.path, "encoding": d.encoding, "n_chars": d.n_chars, "date": d.date,
               "date_precision": precision_of(d.date), "date_source": d.date_source, "n_articles": len(d.articles)}  # fmt: skip


def _articles(corpus: Corpus) -> Iterator[Row]:
    n = 0
    for d in sorted(corpus.documents, key=lambda d: d.path):
        for a in d.articles:
            n += 1
            yield {"id": n, "document": d.path, "article": a.index, "title": a.title, "place": a.place,
                   "date": a.date, "date_precision": precision_of(a.date), "date_source": a.date_source,
                   "start_offset": a.start, "end_offset": a.end}  # fmt: skip


def _events(facts: _Facts) -> Iterator[Row]:
    for e in facts.events:
        yield {"id": e.id, "date": e.date, "date_end": e.date_end, "date_precision": e.precision,
               "date_source": e.date_source, "date_text": e.date_text, "event_type": e.event_type,
               "title": e.title, "place": e.place, "planned": int(e.planned), "n_sources": len(e.sources),
               "sources": ";".join(e.sources)}  # fmt: skip


class _Facts:
    """Every fact numbered once, in a fixed order, with its provenance rows collected as it goes."""

    def __init__(self, corpus: Corpus) -> None:
        self.events = sorted(corpus.events, key=event_order)
        self.sentences: dict[tuple[str, int, int], tuple[int, int, str]] = {}
        self.provenance: list[tuple] = []  # in the column order of the provenance table
        self.participation: list[Row] = []
        self.policies: list[Row] = []
        self.roles: list[Row] = []
        self.observations: list[Row] = []
        self.successions: list[Row] = []
        self.conflicts: list[Row] = []
        self._names(corpus)
        for person in sorted(corpus.people, key=lambda p: p.name):
            self._cite("person", person.name, person.provenance)
        self._event_facts()
        self._role_facts(corpus.roles)
        self._other_facts(corpus)

    def _names(self, corpus: Corpus) -> None:
        claims = corpus.roles
        people = {p.name for p in corpus.people} | {c.person for c in claims}
        people |= {p.person for e in corpus.events for p in e.participants}
        people |= {s.before for s in corpus.successions} | {s.after for s in corpus.successions}
        self.people = sorted(people)
        self.aliases = {p.name: sorted(p.aliases) for p in corpus.people if p.aliases}
        places = {e.place for e in corpus.events} | {a.place for d in corpus.documents for a in d.articles}
        self.places = sorted(p for p in places if p)
        organisations: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            organisations[c.position].add(c.organization)
        for s in corpus.successions:
            organisations.setdefault(s.position, set())
        self.positions = {
            pos: min((o for o in orgs if o), default="") for pos, orgs in sorted(organisations.items())
        }
        self.organisations = sorted({o for orgs in organisations.values() for o in orgs if o})

    def _event_facts(self) -> None:
        for e in self.events:
            self._cite("event", e.id, e.provenance)
            self._cite("announcement", e.id, e.mentioned_in, column="event")
            people = [((p.person, p.relation), p.provenance) for p in e.participants]
            self._linked(self.participation, "participation", ("person", "relation"), e.id, people)
            links = [((link.title, link.relation), link.provenance) for link in e.policies]
            self._linked(self.policies, "policy", ("title", "relation"), e.id, links)

    def _linked(
        self,
        rows: list[Row],
        kind: str,
        fields: tuple[str, str],
        event: str,
        items: list[tuple[tuple[str, str], Provenance]],
    ) -> None:
        """One row per (first, second) pair of an event's links, cited by every provenance of the pair."""
        by_key: dict[tuple[str, str], list[Provenance]] = defaultdict(list)
        for key, provenance in items:
            by_key[key].append(provenance)
        for key, provenance in sorted(by_key.items()):
            n = len(rows) + 1
            rows.append({"id": n, "event": event, fields[0]: key[0], fields[1]: key[1]})
            self._cite(kind, n, provenance)

    def _role_facts(self, claims: tuple[RoleClaim, ...]) -> None:
        grouped: dict[tuple[str, str], list[RoleClaim]] = defaultdict(list)
        for claim in claims:
            grouped[(claim.person, claim.position)].append(claim)
        for span in role_spans(claims):
            n = len(self.roles) + 1
            self.roles.append({"id": n, "person": span.person, "position": span.position,
                               "organisation": span.organization or None, "first_seen": span.first_seen or None,
                               "last_seen": span.last_seen or None, "first_precision": precision_of(span.first_seen),
                               "last_precision": precision_of(span.last_seen),
                               "n_observations": len(grouped[(span.person, span.position)]),
                               "n_sources": len(span.sources)})  # fmt: skip
            ordered = sorted(grouped[(span.person, span.position)], key=_claim_order)
            for claim in ordered:
                m = len(self.observations) + 1
                self.observations.append({"id": m, "role": n, "date": claim.date,
                                          "date_precision": precision_of(claim.date),
                                          "date_source": claim.date_source, "position_text": claim.position_text})  # fmt: skip
                self._cite("observation", m, (claim.provenance,))

    def _other_facts(self, corpus: Corpus) -> None:
        for s in sorted(
            corpus.successions, key=lambda s: (s.position, s.after_first_seen, s.before, s.after)
        ):
            n = len(self.successions) + 1
            self.successions.append({"id": n, "position": s.position, "before": s.before, "after": s.after,
                                     "before_last_seen": s.before_last_seen, "after_first_seen": s.after_first_seen})  # fmt: skip
            self._cite("succession", n, s.provenance)
        for c in sorted(corpus.conflicts, key=lambda c: (c.kind, c.what, c.variants)):
            n = len(self.conflicts) + 1
            variants = json.dumps(list(c.variants), ensure_ascii=False)
            self.conflicts.append({"id": n, "kind": c.kind, "what": c.what, "variants": variants})
            self._cite("conflict", n, c.provenance)

    def _cite(self, fact: str, key: str | int, provenance: Sequence[Provenance], column: str = "") -> None:
        facts: list[str | int | None] = [None] * len(FACT_COLUMNS)
        facts[FACT_COLUMNS.index(column or fact)] = key
        head = (fact, *facts)  # the same for every provenance of the fact
        sentences, rows = self.sentences, self.provenance
        for p in sorted(provenance, key=provenance_order) if len(provenance) > 1 else provenance:
            sentence = sentences.get((p.file, p.start, p.end))
            if sentence is None:
                sentence = sentences[(p.file, p.start, p.end)] = (len(sentences) + 1, p.article, p.evidence)
            rows.append((len(rows) + 1, *head, sentence[0], p.file, p.article, p.start, p.end,
                         p.span_start, p.span_end, p.rule))  # fmt: skip

    def sentence_rows(self) -> Iterator[Row]:
        for (file, start, end), (n, article, evidence) in self.sentences.items():
            yield {"id": n, "file": file, "article": article, "start_offset": start, "end_offset": end,
                   "text": evidence, "search_text": search_text(evidence)}  # fmt: skip


def _claim_order(claim: RoleClaim) -> tuple:
    return (claim.date or "\uffff", provenance_order(claim.provenance))
