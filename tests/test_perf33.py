"""Issue 17, lane perf33: a rebuild's corpus steps measured by user and system time; the successions' test of
one spelling against another asked once per build, outputs unchanged.

* ``corpus/shortposts.spelled_in_full`` groups an article's full posts by title head and tries only the groups
  whose head ends the claim's post (``contracts`` is false for the others), and remembers ``contracts`` by the
  two spellings (``same``): a pure function of them, which many articles ask alike. The answers are
  test_perf30's reference (every claim against every post of its article) on generated invented posts.
* ``bench/steps.py`` prints each step's user and system CPU seconds and minor page faults (``split``).
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from test_perf30 import _claim, _reference
from ygraph.actors.actorlex import longest_suffix_title
from ygraph.corpus import shortposts
from ygraph.model import Provenance, RoleClaim

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("seed", range(12, 30))
@pytest.mark.parametrize("placed", [False, True])
def test_spelled_in_full_by_head_and_remembered_gives_the_reference(seed: int, placed: bool) -> None:
    rng = random.Random(seed)
    roles = [_claim(rng) for _ in range(rng.randrange(20, 300))]
    assert shortposts.spelled_in_full(roles, placed) == _reference(roles, placed)


def _counted(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    asked: Counter[tuple[str, str]] = Counter()
    real = shortposts.contracts

    def counting(short: str, long: str, head: str | None = None) -> bool:
        asked[(short, long)] += 1
        return real(short, long, head)

    monkeypatch.setattr(shortposts, "contracts", counting)
    return asked


def _role(name: str, position: str, organization: str, file: str, article: int) -> RoleClaim:
    provenance = Provenance(file, article, 0, 20, "", "titled", 0, 5)
    return RoleClaim(name, position, position, organization, "2031-04-01", "article", provenance)


# one contraction and its full post printed in many articles of many documents (invented bodies), beside a post
# of another head that no claim of the contraction's head can be short for
ARTICLE = [
    ("郑立群", "青禾县综合发展处处长", "青禾县综合发展处"),
    ("钱小禾", "综发处处长", "综发处"),
    ("孙卓然", "松岩市委书记", "松岩市委"),
]


def test_contracts_is_asked_once_per_pair_of_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``same`` each of the 40 articles asked again: 40 times the same pair."""
    asked = _counted(monkeypatch)
    roles = [_role(n, p, o, f"doc{d}.txt", a) for d in range(10) for a in range(4) for n, p, o in ARTICLE]
    out = shortposts.spelled_in_full(roles)
    assert sum(r.position == "青禾县综合发展处处长" for r in out) == 80  # the contraction read as the full post
    assert asked and max(asked.values()) == 1


def test_contracts_is_not_asked_for_a_post_of_another_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the groups by head, 综发处处长 was tried against 松岩市委书记 (a head it does not end with)."""
    asked = _counted(monkeypatch)
    shortposts.spelled_in_full([_role(n, p, o, "doc.txt", 0) for n, p, o in ARTICLE])
    assert asked
    for short, long in asked:
        assert short.endswith(longest_suffix_title(long))


def test_steps_prints_user_and_system_time_per_step(tmp_path: Path) -> None:
    import importlib.util
    import json
    import subprocess
    import sys

    corpus = ROOT / "seeds"
    if importlib.util.find_spec("ygraph") is None or not any(corpus.glob("*.txt")):
        pytest.skip("no seeds")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "steps.py"), str(corpus), str(tmp_path / "out"), "--src", str(ROOT / "src")],
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    split = json.loads(done.stdout.strip().splitlines()[-1])["split"]
    user, system, faults = split["total"]
    assert user > 0 and system >= 0 and faults >= 0
    assert {"extract", "merge", "writers"} <= set(split)
