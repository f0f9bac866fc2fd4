"""A holder printed after 时任<post>的 (session 30): the name is read by the titled reader as after 担任<post>的,
whatever verb follows it (出席, 率团, 作报告 …), and the role is dated by its sentence; a two-character name
there is left to the notice form ``time_held``, which reads it only before its listed words. Invented names and
sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_LEDE = "新华社江城2031年5月9日电 "


@pytest.mark.parametrize(
    ("text", "person", "position", "date"),
    [
        pytest.param("2019年，时任临江市长的龚明远出席会议。", "龚明远", "临江市长", "2019", id="attends"),
        pytest.param("2020年5月，时任青禾县委书记的柴思雨率团访问江城。", "柴思雨", "青禾县委书记", "2020-05", id="leads-a-delegation"),
        pytest.param("会上，时任临江市副市长的林晓峰作了讲话。", "林晓峰", "临江市副市长", "2031-05-09", id="undated-sentence"),
        pytest.param("2031年3月，时任海州省长的龚明获中央任命。", "龚明", "海州省长", "2031-03", id="two-character-name-by-the-form"),
    ],
)
def test_the_holder_after_shiren(text: str, person: str, position: str, date: str) -> None:
    roles = {(r.person, r.position): r.date for r in facts(_LEDE + text).roles}
    assert roles.get((person, position)) == date



@pytest.mark.parametrize(
    "frame",
    [
        pytest.param("关怀下", id="guidance"),
        pytest.param("关心和支持下", id="two-nouns-joined"),
    ],
)
@pytest.mark.parametrize("link", ["时任", "担任"])
def test_a_frame_after_the_post_is_no_holder(frame: str, link: str) -> None:
    text = f"{_LEDE}2019年，在{link}临江市长的{frame}，项目落地。"
    assert not facts(text).people
