"""Review of the seventh session's actors/ changes: defects found on invented text, one class per test.

1. A chain printing two gazetteer places of one level (某省某市某县级市市委书记甲，副市长乙) gives the later
   (innermost) one to the bare title after it, the same under every hash seed (outputs are byte-identical for
   the same input; a set's order changes with PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline_probe import claims

_SRC = str(Path(__file__).resolve().parents[1] / "src")
_TESTS = str(Path(__file__).resolve().parent)

_NESTED = [
    ("江苏省苏州市昆山市市委书记林晓峰出席，副市长龚明远讲话。", "龚明远", "昆山市副市长"),
    ("江蘇省蘇州市常熟市市委書記柴思雨出席，市長林曉峰講話。", "林晓峰", "常熟市长"),
    ("浙江省宁波市余姚市市委副书记龚明远主持，常务副市长柴思雨作报告。", "柴思雨", "余姚市常务副市长"),
    ("浙江省寧波市慈溪市市委書記錢小禾出席，副市長龔明遠講話。", "龚明远", "慈溪市副市长"),
]


def _claims_under(seed: str, text: str) -> str:
    code = "import sys; from pipeline_probe import claims; print(sorted(claims(sys.argv[1])))"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join((_SRC, _TESTS))}
    done = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.parametrize(("text", "person", "position"), _NESTED)
def test_the_innermost_printed_place_completes_the_title_after_it(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


def test_a_chain_of_nested_places_reads_the_same_under_every_hash_seed() -> None:
    text = "".join(t for t, _, _ in _NESTED)
    assert _claims_under("1", text) == _claims_under("3", text) == _claims_under("5", text)
