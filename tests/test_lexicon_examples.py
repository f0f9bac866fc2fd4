"""Every EXAMPLE line of every lexicon file is run (convention: tests/lexicon_examples.py, docs/decisions.md).

An example must hold with the packaged lexicons, and must stop holding when its own file is read as
empty: so each one checks something its file does, and a test of it can fail.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest

from lexicon_examples import MODEL_FILES, Example, failures, lexicon_files, model_on, read_examples, without
from ygraph.time.timerules import examples as rule_examples
from ygraph.time.timerules import extract_times

FILES = lexicon_files()


def test_every_lexicon_file_has_examples_in_the_convention() -> None:
    missing, malformed = [], []
    for name in FILES:
        found, bad = read_examples(name)
        malformed.extend(bad)
        if not found and name != "time/rules.tsv":
            missing.append(name)
    assert not missing, f"no EXAMPLE line: {missing}"
    assert not malformed, malformed


@pytest.mark.parametrize("name", [n for n in FILES if n != "time/rules.tsv"])
def test_the_examples_hold_and_need_their_file(name: str, tmp_path: Path) -> None:
    found, _ = read_examples(name)
    with model_on(tmp_path) if name in MODEL_FILES else nullcontext():
        wrong = {str(e): failures(e) for e in found}
    assert not any(wrong.values()), {e: f for e, f in wrong.items() if f}
    with without(name, tmp_path):
        idle = [str(e) for e in found if not failures(e)]
    assert not idle, f"these examples hold without {name}: {idle}"


def _rule_example_failures(example) -> list[str]:
    """The whole text is one expression, found by that rule, with the expected underspecified value."""
    got = [(t.text, t.rule, t.underspecified) for t in extract_times(example.text)]
    return [] if got == [(example.text, example.rule_id, example.expected)] else [f"{example}: {got}"]


def test_the_time_rule_examples_hold_and_need_rules_tsv(tmp_path: Path) -> None:
    """rules.tsv keeps its own EXAMPLE rows: rule id, text, the underspecified value that rule gives."""
    found = rule_examples()
    assert found
    wrong = [f for e in found for f in _rule_example_failures(e)]
    assert not wrong, wrong
    with without("time/rules.tsv", tmp_path):
        assert all(_rule_example_failures(e) for e in rule_examples() or found)


def test_a_wrong_example_fails() -> None:
    """The checker is not blind: a false fact and a false negation both fail."""
    wrong = Example("actors/titles.tsv", 0, "临江市委书记龚明远出席会议。", ("person 柴思雨", "no person 龚明远"))
    assert failures(wrong) == ["person 柴思雨", "no person 龚明远"]
