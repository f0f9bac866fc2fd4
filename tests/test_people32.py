"""People, lane people32: a name right after a title whose right edge no follower word decides is read when the
article prints it again with another word after it (``nameends.recurs``, rule ``titled:recurs``; docs/actors.md,
"Twenty-second session: the people never read, by why"). Invented text, Simplified and Traditional; each row
fails on the code before the lane."""

from __future__ import annotations

import pytest

from pipeline_probe import people

# --- the open right boundary decided by the article's other mentions of the name -------------------------------

RECURRING = [  # text, person (a follower no row lists after the titled mention; the name printed again)
    ("江城市副市長柴思宇恭喜新任鄉長就任。柴思宇卸任後返鄉。", "柴思宇"),
    ("新任部长说，一定会在临江交通部前部长龚明远打下的基础上推进工作。龚明远过去两年成绩显著。", "龚明远"),
    ("代表团抵达后，由江城驻海州大使柴岩迎候。柴岩随后介绍了行程。", "柴岩"),  # two characters: 柴岩迎 printed once (迎接 is listed since session 48)
]


@pytest.mark.parametrize(("text", "person"), RECURRING)
def test_a_titled_name_printed_again_ends_where_its_mentions_agree(text: str, person: str) -> None:
    found = people(text)
    assert "titled:recurs" in found.get(person, set())
    assert not any(p.startswith(person) and p != person for p in found)  # no reading runs into the next word


NOT_DECIDED = [  # the article never prints the reading with another word after it: nothing is read
    "江城市副市長柴思宇恭喜新任鄉長就任。",
    "江城县县长韩定坚恭喜大家。韩定坚恭喜各位。",
]


@pytest.mark.parametrize("text", NOT_DECIDED)
def test_a_reading_never_printed_with_another_word_after_it_stays_unread(text: str) -> None:
    assert not any(rule == "titled:recurs" for rules in people(text).values() for rule in rules)
