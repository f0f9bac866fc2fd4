"""ygraph who / person / events: answers from the store, never a tenure the observations do not give."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from invented_corpus import mini_corpus
from ygraph.cli import app
from ygraph.corpus.graph import normalize_evidence
from ygraph.query import EventFilters, NotFound, events, open_store, person, who
from ygraph.render.sqlite import write_sqlite

runner = CliRunner()
# the invented corpus: 临江市委书记 林晓峰 (seen 2021-03-15), then 欧阳明远 (seen 2022-05-20)
SECRETARY = "临江市委书记"


@pytest.fixture
def mini_db(tmp_path: Path) -> Path:
    path = tmp_path / "ygraph.db"
    write_sqlite(mini_corpus(), path)
    return path


def ask(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def test_who_on_a_date_within_a_holders_observations(mini_db: Path) -> None:
    answer = who(open_store(mini_db), SECRETARY, "2021-03-15")
    assert answer.data["status"] == "held"
    assert {r["person"] for r in answer.rows} == {"林晓峰"}
    assert answer.rows[0]["file"] == "linjiang_daily.txt" and "林晓峰" in answer.rows[0]["evidence"]


def test_who_between_two_holders_gives_both_observations(mini_db: Path) -> None:
    answer = who(open_store(mini_db), SECRETARY, "2021-12")
    assert answer.data["status"] == "between"
    assert answer.notes == [
        f"no observation of {SECRETARY} on 2021-12: last seen 林晓峰 on 2021-03-15, first seen 欧阳明远 on 2022-05-20"
    ]
    assert [(r["person"], r["seen"], r["date"]) for r in answer.rows] == [
        ("林晓峰", "last seen", "2021-03-15"),
        ("欧阳明远", "first seen", "2022-05-20"),
    ]
    assert all(r["evidence"] and r["file"] for r in answer.rows)


def test_who_before_the_first_and_after_the_last_observation(mini_db: Path) -> None:
    store = open_store(mini_db)
    before = who(store, SECRETARY, "2020")
    assert before.data["status"] == "before_first" and [r["person"] for r in before.rows] == ["林晓峰"]
    after = who(store, SECRETARY, "2030-01-01")
    assert after.data["status"] == "after_last" and [r["person"] for r in after.rows] == ["欧阳明远"]
    assert "no later observation" in after.notes[0]


def test_who_month_precision_counts_as_the_whole_month(mini_db: Path) -> None:
    store = open_store(mini_db)
    assert who(store, SECRETARY, "2021-03").data["status"] == "held"
    assert who(store, SECRETARY, "2022").data["status"] == "held"  # 2022 holds 2022-05-20


def test_who_accepts_party_prefix_and_traditional_script(mini_db: Path) -> None:
    store = open_store(mini_db)
    plain = who(store, SECRETARY, "2021-12")
    for typed in ("中共临江市委书记", "臨江市委書記", "中共臨江市委書記", " 临江市委 书记 "):
        assert who(store, typed, "2021-12").rows == plain.rows, typed


def test_who_accepts_an_organisation_alias(tmp_path: Path) -> None:
    """actors/org_aliases.tsv, as the build uses it: 国家发改委 is 国家发展改革委 (invented holder)."""
    from dataclasses import replace

    corpus = mini_corpus()
    claim = replace(corpus.roles[2], position="国家发展改革委主任", organization="国家发展改革委")
    write_sqlite(replace(corpus, roles=(*corpus.roles, claim)), tmp_path / "ygraph.db")
    answer = who(open_store(tmp_path / "ygraph.db"), "国家發改委主任", "2019")
    assert answer.data == {"position": "国家发展改革委主任", "on": "2019", "status": "held"}
    assert [r["person"] for r in answer.rows] == ["苏婉清"]


def test_who_without_a_date_lists_every_holder_in_order(mini_db: Path) -> None:
    answer = who(open_store(mini_db), SECRETARY)
    assert [(r["person"], r["seen"]) for r in answer.rows] == [("林晓峰", "seen"), ("欧阳明远", "seen")]


def test_unknown_position_suggests_the_nearest(mini_db: Path) -> None:
    with pytest.raises(NotFound) as caught:
        who(open_store(mini_db), "临江市委记")
    assert caught.value.suggestions[0] == SECRETARY
    code, output = ask(mini_db, "who", "临江市委记")
    assert code == 1 and f"nearest: {SECRETARY}" in output


def test_who_cli_exit_codes_and_formats(mini_db: Path) -> None:
    code, output = ask(mini_db, "who", SECRETARY, "--on", "2021-12")
    assert code == 0 and "last seen 林晓峰 on 2021-03-15, first seen 欧阳明远 on 2022-05-20" in output
    code, output = ask(mini_db, "who", SECRETARY, "--on", "2021-12", "--json")
    data = json.loads(output)
    assert code == 0 and data["status"] == "between" and len(data["rows"]) == 2
    code, output = ask(mini_db, "who", SECRETARY, "--csv")
    rows = list(csv.DictReader(io.StringIO(output)))
    assert code == 0 and [r["person"] for r in rows] == ["林晓峰", "欧阳明远"] and "evidence" in rows[0]


def test_who_on_the_seeds_answers_a_succession_with_its_evidence(seed_build) -> None:
    _, out = seed_build
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    store = open_store(out / "ygraph.db")
    succession = facts["successions"][0]
    position, before, after = succession["position"], succession["before"], succession["after"]
    last, first = succession["before_last_seen"], succession["after_first_seen"]
    held = who(store, position, last)
    assert held.data["status"] == "held" and before in {r["person"] for r in held.rows}
    claims = [r for r in facts["roles"] if r["person"] == before and r["position"] == position]
    evidence = {(normalize_evidence(c["provenance"]["evidence"]), c["provenance"]["file"]) for c in claims}
    assert all((r["evidence"], r["file"]) in evidence for r in held.rows if r["person"] == before)
    middle = _day_between(last, first)
    between = who(store, position, middle)
    assert between.data["status"] == "between"
    assert between.notes == [
        f"no observation of {position} on {middle}: last seen {before} on {last}, first seen {after} on {first}"
    ]


def _day_between(a: str, b: str) -> str:
    start, end = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
    assert (end - start).days >= 2
    return (start + (end - start) / 2).isoformat()


def test_person_lists_positions_and_events_in_date_order(mini_db: Path) -> None:
    answer = person(open_store(mini_db), "歐陽明遠")  # Traditional input
    assert answer.data["person"] == "欧阳明远"
    assert [(r["date"], r["kind"], r["what"]) for r in answer.rows] == [
        ("2020-08", "attended", "欧阳明远考察港口建设"),
        ("2021-03-15", "position", "临江市市长"),
        ("2021-03-15", "spoke_at", "临江湾区发展座谈会"),
        ("2022-05-20", "position", "临江市委书记"),
        ("2022-05-20", "attended", "临江论坛"),
    ]
    assert all(r["evidence"] and r["file"] for r in answer.rows)


def test_person_cli_unknown_name_and_formats(mini_db: Path) -> None:
    code, output = ask(mini_db, "person", "欧阳明")
    assert code == 1 and "nearest: 欧阳明远" in output
    code, output = ask(mini_db, "person", "林晓峰", "--json")
    assert code == 0 and [r["kind"] for r in json.loads(output)["rows"]] == [
        "position",
        "presided",
        "attended",
    ]


def titles(db: Path, **filters: str) -> list[str]:
    return [r["title"] for r in events(open_store(db), EventFilters(**filters)).rows]


def test_events_in_date_order_undated_last(mini_db: Path) -> None:
    assert titles(mini_db) == ["欧阳明远考察港口建设", "临江湾区发展座谈会", "临江论坛", "林晓峰江北调研"]


def test_events_date_filters_use_each_dates_own_span(mini_db: Path) -> None:
    assert titles(mini_db, date_from="2021", date_to="2021") == ["临江湾区发展座谈会"]
    assert titles(mini_db, date_from="2020-08-31", date_to="2020-08-31") == ["欧阳明远考察港口建设"]
    assert titles(mini_db, date_from="2022-05-21") == []
    assert titles(mini_db, date_to="2020-12") == ["欧阳明远考察港口建设"]  # undated events are left out


def test_events_type_person_place_and_text_filters(mini_db: Path) -> None:
    assert titles(mini_db, event_type="forum") == ["临江论坛"]
    assert titles(mini_db, person="林晓峰") == ["临江湾区发展座谈会", "林晓峰江北调研"]
    assert titles(mini_db, place="江北") == ["欧阳明远考察港口建设", "林晓峰江北调研"]
    assert titles(mini_db, place="江北市") == titles(mini_db, place="江北")
    assert titles(mini_db, text="港口") == ["欧阳明远考察港口建设"]  # two characters
    assert titles(mini_db, text="主持召开") == ["临江湾区发展座谈会"]  # in the report, not the title
    assert titles(mini_db, text="調研") == ["林晓峰江北调研"]  # Traditional
    assert titles(mini_db, person="欧阳明远", event_type="inspection", date_from="2020") == [
        "欧阳明远考察港口建设"
    ]


def test_events_unknown_names_suggest(mini_db: Path) -> None:
    for filters, nearest in (({"event_type": "forun"}, "forum"), ({"place": "江"}, "江北")):
        with pytest.raises(NotFound) as caught:
            events(open_store(mini_db), EventFilters(**filters))
        assert nearest in caught.value.suggestions


def test_events_cli_exit_codes_and_csv(mini_db: Path) -> None:
    code, output = ask(mini_db, "events", "--from", "2021", "--csv")
    rows = list(csv.DictReader(io.StringIO(output)))
    assert code == 0 and [r["title"] for r in rows] == ["临江湾区发展座谈会", "临江论坛"]
    assert rows[0]["participants"] == "林晓峰:presided; 欧阳明远:spoke_at"
    code, output = ask(mini_db, "events", "--from", "2030")
    assert code == 1 and "nothing found" in output
    code, output = ask(mini_db, "events", "--from", "2030", "--json")
    assert code == 1 and json.loads(output)["rows"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["who", SECRETARY, "--on", "2021-02-30"], "--on '2021-02-30' is not a date"),
        (["who", SECRETARY, "--on", "2021-13"], "--on '2021-13' is not a date"),
        (["events", "--from", "yesterday"], "--from 'yesterday' is not a date"),
        (["events", "--from", "2022", "--to", "2021"], "--from 2022 is after --to 2021"),
        (["events", "--text", ""], "--text is empty"),
        (["who", SECRETARY, "--json", "--csv"], "--json and --csv exclude each other"),
        (["who", " "], "the position is empty"),
        (["person", ""], "the name is empty"),
    ],
)
def test_query_usage_errors(mini_db: Path, args: list[str], message: str) -> None:
    code, output = ask(mini_db, *args)
    lines = output.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith(f"ygraph: error: {message}")


def test_missing_or_foreign_store_is_a_usage_error(tmp_path: Path) -> None:
    code, output = ask(tmp_path / "none.db", "who", SECRETARY)
    assert code == 2 and "no store at" in output and "ygraph build" in output
    other = tmp_path / "other.db"
    other.write_bytes(b"not a database at all" * 100)
    code, output = ask(other, "person", "林晓峰")
    assert code == 2 and "is not a ygraph store" in output
