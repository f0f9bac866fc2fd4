"""Opening ``ygraph.db`` read-only, and the look-ups every question shares: names and evidence."""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from ..actors.actorlex import uses
from ..corpus.graph import normalize_evidence
from ..errors import UsageError
from ..render.sqlite import SCHEMA_VERSION, search_text
from .answer import NotFound

DEFAULT_DB = Path("output/ygraph.db")
MAX_SUGGESTIONS = 5
FTS_MIN = 3  # the trigram tokenizer matches 3 characters or more; shorter words are matched with LIKE
_SPACE = re.compile(r"\s+")


def open_store(path: Path = DEFAULT_DB) -> Store:
    """The store at ``path``, read-only; a missing or foreign file is a usage error."""
    if not path.is_file():
        raise UsageError(f"no store at {path}: build one with `ygraph build FOLDER` (or give --db)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT 1 FROM roles LIMIT 1")
    except sqlite3.DatabaseError:
        raise UsageError(f"{path} is not a ygraph store (build one with `ygraph build FOLDER`)") from None
    if version != SCHEMA_VERSION:
        conn.close()
        raise UsageError(f"{path} was written by another ygraph version; build it again")
    conn.row_factory = sqlite3.Row
    return Store(conn, path)


@cache
def _t2s():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def spellings(text: str, words: bool = False) -> list[str]:
    """What was typed, as the store may spell it: as typed, then in Simplified script (OpenCC t2s, also for
    mixed input). Names lose every space; ``words`` (text to search for) keep spaces between Latin words."""
    plain = search_text(text) if words else _SPACE.sub("", text)
    return list(dict.fromkeys([plain, _t2s().convert(plain)]))


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def rows(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, args)]

    def names(self, sql: str) -> list[str]:
        return [r[0] for r in self.conn.execute(sql)]

    @cached_property
    def positions(self) -> list[str]:
        return self.names("SELECT name FROM positions ORDER BY name")

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Every name and alias of a person → the person's name."""
        found = {}
        for name, aliases in self.conn.execute("SELECT name, aliases FROM people ORDER BY name"):
            found[name] = name
            for alias in json.loads(aliases or "[]"):
                found.setdefault(alias, name)
        return found

    def person(self, text: str) -> str:
        names = spellings(text)
        for name in names:
            if name in self.aliases:
                return self.aliases[name]
        raise NotFound("person", text, suggest(names[-1], list(self.aliases)))

    def place(self, text: str) -> str:
        places = self.names("SELECT name FROM places ORDER BY name")
        names = spellings(text)
        for name in names:
            for candidate in (name, name[:-1] if len(name) > 2 and name[-1] in uses("place_level") else ""):
                if candidate in places:
                    return candidate
        raise NotFound("place", text, suggest(names[-1], places))

    def event_type(self, text: str) -> str:
        types = self.names("SELECT DISTINCT event_type FROM events ORDER BY event_type")
        if text.strip() in types:
            return text.strip()
        raise NotFound("event type", text, suggest(text.strip(), types))

    def matching_sentences(self, text: str) -> str:
        """SQL selecting the ids of the sentences that contain ``text`` (one ``?`` parameter)."""
        if len(text) >= FTS_MIN:
            return "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"
        return "SELECT id FROM sentences WHERE search_text LIKE ? ESCAPE '\\'"

    def text_parameter(self, text: str) -> str:
        if len(text) >= FTS_MIN:
            return '"' + text.replace('"', '""') + '"'
        return like_pattern(text)

    def sentences(self, text: str) -> list[dict[str, Any]]:
        """The evidence sentences containing ``text`` (any length; Traditional input is converted)."""
        for words in spellings(text, words=True):
            sql = f"SELECT * FROM sentences WHERE id IN ({self.matching_sentences(words)}) ORDER BY id"
            found = self.rows(sql, self.text_parameter(words))
            if found:
                return found
        return []

    def evidence(self, column: str, key: Any) -> tuple[str, str]:
        """(evidence, file) of the first provenance row of a fact (``column`` names the fact's kind)."""
        row = self.conn.execute(
            f"SELECT s.text, p.file FROM provenance p JOIN sentences s ON s.id = p.sentence "
            f"WHERE p.{column} = ? ORDER BY p.id LIMIT 1",
            (key,),
        ).fetchone()
        return (normalize_evidence(row[0]), row[1]) if row else ("", "")


def like_pattern(text: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) for text containing ``text``."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def suggest(name: str, known: list[str]) -> list[str]:
    """Known names nearest to ``name``: those containing it (or contained in it) first, then by likeness."""
    near = [k for k in known if name and (name in k or k in name)]
    near.sort(key=lambda k: (abs(len(k) - len(name)), k))
    near += difflib.get_close_matches(name, known, n=MAX_SUGGESTIONS, cutoff=0.4)
    return list(dict.fromkeys(near))[:MAX_SUGGESTIONS]
