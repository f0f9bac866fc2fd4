"""Events and participation of session 36 (invented text, invented names).

- An anniversary (结好30周年) counts years: it neither dates nor blocks the acts of its sentence, so talks told in
  a later clause keep the day of the trip they belong to.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_TRIP = "本报江城讯 副省长龚明远应邀于5月3日至9日率省政府代表团对法国、比利时进行了访问。"


@pytest.mark.parametrize(
    "sentence",
    [
        "在法国，龚明远出席庆祝两省结好30周年有关活动，会见了大区国际事务部长杜邦等政要。",
        "在法国，龚明远出席庆祝两省结好三十周年活动，会见了大区国际事务部长杜邦。",
    ],
)
def test_an_anniversary_does_not_block_the_talks_of_a_trip(sentence: str) -> None:
    talks = [e for e in facts(_TRIP + "\n" + sentence, "2031-05-10").events if e.event_type == "talks"]
    assert [e.date for e in talks] == ["2031-05-03"]
    assert {"龚明远", "杜邦"} <= {p.person for p in talks[0].participants}
