"""Actors of session 37 (invented text, invented names).

- A body named for its country's presence somewhere (某国在台协会) keeps 在 inside its name: the post is the whole
  body's (prefix_stops.txt !在台协会), in either script.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("美国在台协会主席柴思雨5日抵达。", "美国在台协会主席"),
        ("美國在台協會高雄分處長柴思雨5日出席活動。", "美国在台协会高雄分处长"),
    ],
)
def test_a_body_named_for_a_presence_keeps_its_preposition(text: str, post: str) -> None:
    assert ("柴思雨", post) in {(r.person, r.position) for r in facts(text, "2031-03-05").roles}
