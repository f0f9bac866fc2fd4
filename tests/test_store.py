"""ygraph.db: the same facts as facts.json, real foreign keys, full-text search that works for Chinese."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from invented_corpus import MINI, mini_corpus
from ygraph.query import open_store
from ygraph.render.sqlite import write_sqlite


@pytest.fixture
def mini_db(tmp_path: Path) -> Path:
    path = tmp_path / "ygraph.db"
    write_sqlite(mini_corpus(), path)
    return path


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def test_seed_store_has_the_facts_of_facts_json(seed_build) -> None:
    _, out = seed_build
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(out / "ygraph.db")
    events = facts["events"]
    named = {p["name"] for p in facts["people"]} | {r["person"] for r in facts["roles"]}
    named |= {p["person"] for e in events for p in e["participants"]}
    named |= {s["before"] for s in facts["successions"]} | {s["after"] for s in facts["successions"]}
    expected = {
        "documents": len(report["documents"]),
        "articles": sum(len(d["articles"]) for d in report["documents"]),
        "events": len(events),
        "people": len(named),
        "observations": len(facts["roles"]),
        "roles": len({(r["person"], r["position"]) for r in facts["roles"]}),
        "positions": len(
            {r["position"] for r in facts["roles"]} | {s["position"] for s in facts["successions"]}
        ),
        "participation": len(
            {(e["id"], p["person"], p["relation"]) for e in events for p in e["participants"]}
        ),
        "policies": len({(e["id"], p["title"], p["relation"]) for e in events for p in e["policies"]}),
        "successions": len(facts["successions"]),
        "conflicts": len(facts["conflicts"]),
        "warnings": report["counts"]["warnings"],
    }
    assert {table: count(conn, table) for table in expected} == expected
    assert expected["events"] > 0 and expected["observations"] > expected["roles"] > 0
    assert {r[0] for r in conn.execute("SELECT id FROM events")} == {e["id"] for e in events}
    assert {r[0] for r in conn.execute("SELECT name FROM people")} == named


def test_seed_store_provenance_is_every_provenance_of_facts_json(seed_build, seeds_dir: Path) -> None:
    _, out = seed_build
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    wanted = _provenance_count(facts)
    conn = sqlite3.connect(out / "ygraph.db")
    assert count(conn, "provenance") == wanted
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds_dir.iterdir()}
    for file, start, end, text in conn.execute("SELECT file, start_offset, end_offset, text FROM sentences"):
        assert texts[file][start:end] == text
    # every provenance row names exactly one fact, and its sentence's offsets
    for row in conn.execute(
        "SELECT (event IS NOT NULL) + (participation IS NOT NULL) + (policy IS NOT NULL) + (observation IS NOT "
        "NULL) + (succession IS NOT NULL) + (conflict IS NOT NULL) + (person IS NOT NULL), p.start_offset = "
        "s.start_offset AND p.end_offset = s.end_offset AND p.file = s.file FROM provenance p JOIN sentences s "
        "ON s.id = p.sentence"
    ):
        assert row == (1, 1)


def _provenance_count(facts: dict) -> int:
    n = sum(len(p["provenance"]) for p in facts["people"]) + len(facts["roles"])
    for e in facts["events"]:
        n += len(e["provenance"]) + len(e["mentioned_in"]) + len(e["participants"]) + len(e["policies"])
    n += sum(len(s["provenance"]) for s in facts["successions"])
    return n + sum(len(c["provenance"]) for c in facts["conflicts"])


def test_seed_two_character_word_finds_its_sentences(seed_build) -> None:
    _, out = seed_build
    conn = sqlite3.connect(out / "ygraph.db")
    texts = [t for (t,) in conn.execute("SELECT search_text FROM sentences ORDER BY id")]
    word = next(m.group() for t in texts for m in [re.search(r"[\u4e00-\u9fff]{2}", t)] if m)
    store = open_store(out / "ygraph.db")
    found = [s["search_text"] for s in store.sentences(word)]
    assert found == [t for t in texts if word in t]
    assert len(word) == 2 and found


def test_fts_short_and_long_queries_on_invented_text(mini_db: Path) -> None:
    store = open_store(mini_db)
    two = store.sentences("港口")  # two characters: below the trigram tokenizer's reach
    assert [s["text"] for s in two] == ["2020年8月，欧阳明远在江北考察港口建设。"]
    assert [s["file"] for s in store.sentences("港")] == ["jiangbei_notes.txt"]
    long = store.sentences("湾区发展座谈会")
    assert len(long) == 1 and "\n" in long[0]["text"]
    across = store.sentences("座谈会，市长")  # the line break inside the sentence is not in the index
    assert [s["id"] for s in across] == [long[0]["id"]]
    assert store.sentences("臨江湾區") == store.sentences("临江湾区") != []  # Traditional input
    assert store.sentences("50%_") == [] and store.sentences('"') == []  # LIKE and MATCH syntax stay text


def test_fts_index_is_trigram_and_datasette_finds_it(mini_db: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(mini_db)
    assert db["sentences"].detect_fts() == "sentences_fts"
    assert "trigram" in db["sentences_fts"].schema
    conn = sqlite3.connect(mini_db)
    rows = conn.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH '\"考察港口\"'").fetchall()
    assert len(rows) == 1


@pytest.mark.skipif(not shutil.which("sqlite3"), reason="no sqlite3 shell (Debian package sqlite3)")
def test_the_sqlite3_shell_opens_it_as_it_is(mini_db: Path) -> None:
    query = "SELECT person FROM roles WHERE position = '临江市委书记' ORDER BY first_seen;"
    result = subprocess.run(["sqlite3", str(mini_db), query], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["林晓峰", "欧阳明远"]


def test_foreign_keys_and_indexes_are_declared(mini_db: Path) -> None:
    conn = sqlite3.connect(mini_db)
    fks = {(table, r[3], r[2]) for table in ("roles", "provenance", "participation")
           for r in conn.execute(f"PRAGMA foreign_key_list({table})")}  # fmt: skip
    assert {("roles", "person", "people"), ("roles", "position", "positions"),
            ("provenance", "sentence", "sentences"), ("provenance", "event", "events"),
            ("participation", "person", "people")} <= fks  # fmt: skip
    indexed = {r[2] for r in conn.execute("SELECT * FROM sqlite_master WHERE type = 'index'")}
    assert {"events", "roles", "provenance", "participation", "observations"} <= indexed
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_same_corpus_gives_the_same_bytes(tmp_path: Path) -> None:
    from dataclasses import replace

    corpus = mini_corpus()
    shuffled = replace(
        corpus, events=corpus.events[::-1], roles=corpus.roles[::-1], people=corpus.people[::-1]
    )
    paths = [tmp_path / f"{i}.db" for i in range(3)]
    for path, c in zip(paths, (corpus, corpus, shuffled), strict=True):
        write_sqlite(c, path)
    first = paths[0].read_bytes()
    assert paths[1].read_bytes() == first and paths[2].read_bytes() == first
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".db"]  # no journal left beside it


def test_schema_doc_example_queries_run(mini_db: Path) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    block = doc[doc.index("```sql", doc.index("## ygraph.db")) + 6 :]
    queries = [q for q in block[: block.index("```")].split(";") if q.strip()]
    conn = sqlite3.connect(mini_db)
    assert len(queries) == 3
    for query in queries:
        assert conn.execute(query).fetchall(), query


def test_mini_documents_are_the_invented_ones(mini_db: Path) -> None:
    conn = sqlite3.connect(mini_db)
    assert sorted(p for (p,) in conn.execute("SELECT path FROM documents")) == sorted(
        p.name for p in MINI.iterdir()
    )
