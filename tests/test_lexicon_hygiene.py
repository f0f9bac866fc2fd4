"""No answers in the lexicons: a string a gold file marks as no person (``not_people``) is never an entry.

Lexicons hold generic vocabulary. A gold ``not_people`` string written into a lexicon would veto exactly
the answer the evaluation checks; the class it belongs to must be caught by a rule instead.
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted(
    [
        *(ROOT / "tests" / "data" / "gold").glob("*.json"),
        *(ROOT.parent / "shared" / "gold").glob("*.json"),
        *(ROOT / "tests" / "data").glob("real*/*.json"),
    ]
)
# Closed classes of generic vocabulary, whatever a gold file lists: a gold file may mark a bare surname or a
# country as no person (a name starts with a surname, a foreign organisation with a country).
CLOSED_CLASSES = {
    "actors/surnames.txt": "surnames: a surname alone is never a name",
    "actors/countries.txt": "countries: they start foreign organisations and titles",
}
# Generic words with another job that a gold file also lists as no person: each with its reason.
NOT_A_VETO = {
    ("actors/not_person.txt", "人大"): "the people's congress abbreviated: generic vocabulary a tokenizer may take for a "
    "name, listed long before any gold that also lists it",
    ("actors/parent_bodies.txt", "人大"): "the people's congress as the parent body of a committee printed after it "
    "(某省人大常委会), never a name or a veto",
    ("actors/committee_departments.txt", "统战部"): "a party committee's department: completes a post printed after "
    "one of that committee's (某市委常委、统战部部长), never a name or a veto",
    ("actors/level_organs.txt", "人民政府"): "a level's own government: an organ printed after a place (某区人民政府区长), "
    "never a name or a veto",
    ("events/title_prefixes.txt", "本报"): "cut from the front of an event's name (本报…工作会议)",
    ("actors/committee_departments.txt", "宣传部"): "a party committee's department: completes a post printed "
    "after one of that committee's (某区委常委、宣传部部长), never a name or a veto",
    ("actors/place_cues.txt", "中共"): "printed before a place the vocabulary may lack (中共某市委): marks "
    "where that place starts, never a veto",
    ("actors/prefix_stops.txt", "主宾省"): "a fair's guest province: a post printed after it starts there "
    "(主宾省某省长), never a veto",
    ("actors/committee_departments.txt", "政研室"): "a committee's policy research office: completes a post printed "
    "after one of that committee's (某委常委、政研室主任), never a name or a veto",
    ("actors/not_person.txt", "华人"): "ethnic Chinese people: generic vocabulary that starts with a surname "
    "character, listed long before the fresh gold that also lists it",
    ("actors/not_person.txt", "中方"): "the Chinese side in talks: generic vocabulary a tokenizer may take for a name, "
    "listed long before the fresh gold that also lists it",
    ("actors/committee_departments.txt", "政法委"): "a party committee's political-legal commission: completes a post "
    "printed after one of that committee's (某市委常委、政法委书记), never a name or a veto",
    ("actors/committee_departments.txt", "秘书处"): "a committee's office: completes a post printed after one "
    "of that committee's (某会常委、秘书处处长)",
    ("events/not_after.txt", "主席团"): "a session's presidium after its name (某大会主席团) is no act of the "
    "session, never a veto",
    ("events/not_after.txt", "监票人"): "an election's scrutineers after a session's name are no act of it",
    ("events/not_after.txt", "总监票人"): "an election's chief scrutineer after a session's name is no act of it",
    ("events/not_after.txt", "常委会"): "a standing committee after a session's name (某大会常委会) is no act of the "
    "session, listed long before the fresh gold that also lists it as no person",
    ("events/name_stops.txt", "本报讯"): "a dateline: an event's name read leftwards stops there",
    ("actors/prefix_stops.txt", "无党籍"): "a party label (non-partisan) before a post: the post starts after it; "
    "the line predates the held-out gold that lists the word as no person",
    ("actors/attendance_verbs.txt", "出席"): "a verb of attending: ties the names before it to an event",
    ("actors/attendance_verbs.txt", "列席"): "a verb of attending without a vote: ties the names before it to an event",
    ("actors/name_boundaries.txt", "出席"): "a verb that ends a name read before it, never a veto",
    ("actors/name_boundaries.txt", "列席"): "a verb that ends a name read before it, never a veto",
    ("actors/prefix_stops.txt", "出席"): "a post printed after the verb starts after it (出席的某局长)",
    ("actors/not_person.txt", "政协"): "the political consultative conference abbreviated: generic vocabulary a "
    "tokenizer may take for a name, listed long before the fresh gold that also lists it",
    ("actors/parent_bodies.txt", "政协"): "the conference as the parent body of a committee printed after it "
    "(某市政协常委会), never a name or a veto",
    ("actors/level_organs.txt", "政协"): "a level's own conference: an organ printed after a place (某县政协主席), "
    "never a name or a veto",
    ("actors/not_person.txt", "主席"): "a bare title is no person; a minutes page's header line (主席：…) lists it too",
    ("actors/committee_departments.txt", "党校"): "a party committee's school, a department printed after the "
    "committee's post (市委组织部部长、党校校长), never a name or a veto",
}


def _lexicon_lines() -> dict[tuple[str, str], int]:
    """(file, line) → line number, for every entry line (comments and blank lines left out)."""
    root = resources.files("ygraph").joinpath("lexicons", "zh")
    found: dict[tuple[str, str], int] = {}
    for folder in root.iterdir():
        for entry in folder.iterdir():
            for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip() and not line.lstrip().startswith("#"):
                    found.setdefault((f"{folder.name}/{entry.name}", line.strip()), number)
    return found


def _not_people(path: Path) -> list[str]:
    return json.loads(path.read_text(encoding="utf-8")).get("not_people", [])


def test_the_gold_files_are_found() -> None:
    assert any(path.name == "seeds.json" for path in GOLD_FILES)
    assert any(_not_people(path) for path in GOLD_FILES)


def planted(lines: dict[tuple[str, str], int], answers: set[str]) -> list[str]:
    """The lexicon lines that are answers (``file:number: line``), exceptions left out."""
    return sorted(
        f"{name}:{number}: {line}"
        for (name, line), number in lines.items()
        if line in answers and (name, line) not in NOT_A_VETO and name not in CLOSED_CLASSES
    )


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_gold_non_person_is_a_lexicon_line(gold: Path) -> None:
    found = planted(_lexicon_lines(), set(_not_people(gold)))
    assert not found, found


def test_the_exceptions_are_still_needed() -> None:
    """Each exception names a line that exists and a string some gold file lists (else drop it)."""
    lines = _lexicon_lines()
    answers = {s for path in GOLD_FILES for s in _not_people(path)}
    for name, line in NOT_A_VETO:
        assert (name, line) in lines and line in answers, (name, line)
    assert set(CLOSED_CLASSES) <= {name for name, _ in lines}


def test_the_check_finds_a_planted_answer() -> None:
    """The check itself can fail: a not_people string written as a line is found."""
    answers = set(_not_people(ROOT / "tests" / "data" / "gold" / "seeds.json"))
    answer = sorted(answers)[0]
    lines = {**_lexicon_lines(), ("actors/not_person.txt", answer): 99}
    assert planted(lines, answers) == [f"actors/not_person.txt:99: {answer}"]


# --- no vocabulary in the stage code ------------------------------------------------------------------

STAGES = ("text", "time", "actors", "events", "corpus")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def han_literals(source: str, where: str) -> list[str]:
    """String literals of ``source`` written with a Chinese character (docstrings left out): vocabulary that
    belongs in a lexicon file (punctuation lives in ``ygraph/punctuation.py`` and is no Han character)."""
    tree = ast.parse(source)
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"{where}:{node.lineno}: {ast.get_source_segment(source, node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and _HAN.search(ast.get_source_segment(source, node) or "")
    ]


def test_no_vocabulary_literal_in_the_stage_code() -> None:
    """The words the stages read are lexicon rows (issue 12): a merge that brings a word back into the code
    of a stage fails here (comments and docstrings may quote examples)."""
    found = [
        hit
        for stage in STAGES
        for path in sorted((ROOT / "src" / "ygraph" / stage).glob("*.py"))
        for hit in han_literals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, found


def test_the_literal_check_finds_a_planted_word() -> None:
    planted = '"""A module."""\n\nWORD = "召开"  # 召开 in a comment is fine\n\n\ndef f() -> str:\n    """在 a docstring."""\n    return "—"\n'
    assert han_literals(planted, "m.py") == ['m.py:3: "召开"']


def test_no_word_is_listed_both_as_a_stop_and_as_no_stop() -> None:
    """A word and its ``!`` form (prefix_stops.txt: 有关 and !有关) share one key of the stop automaton
    (actors/chains.py), so which of the two reads depended on the order a set was walked in: on the hash seed."""
    lines = _lexicon_lines()
    both = sorted(f"{name}: {word}" for name, word in lines if word.startswith("!") and (name, word[1:]) in lines)
    assert not both, both
