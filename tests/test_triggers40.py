"""Event nouns of receptions, announcements and hand-overs (session 30): 招待会 (a reception), 宣布会 (a meeting where a
decision is read out) and 交接 alone (某部举行新卸任部长交接) name events where the text says they are held; 交接
before 给 stays a verb. Invented names and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        pytest.param(
            "新华社江城2031年12月18日电 江城市工商联17日晚在江城宾馆举行迎春招待会。",
            "迎春招待会", "2031-12-17", id="reception",
        ),
        pytest.param(
            "本报讯 2031年10月17日下午，江城大学领导班子调整宣布会在学校礼堂召开。",
            "江城大学领导班子调整宣布会", "2031-10-17", id="announcement",
        ),
        pytest.param(
            "本报讯 2031年2月26日，临江水利厅举行新卸任厅长交接，由副省长龚明远监交。",
            "新卸任厅长交接", "2031-02-26", id="hand-over",
        ),
    ],
)
def test_an_event_noun_held(text: str, title: str, date: str) -> None:
    assert (title, date) in {(e.title, e.date) for e in facts(text).events}


def test_the_hand_over_s_parties_attend_it() -> None:
    text = "本报讯 2031年2月26日，临江水利厅举行新卸任厅长交接。新任厅长柴思雨表示，将全力以赴。卸任厅长林晓峰致词。"
    (event,) = facts(text).events
    assert {("柴思雨", "attended"), ("林晓峰", "attended")} <= {(p.person, p.relation) for p in event.participants}


def test_a_seal_handed_over_to_someone_is_no_event() -> None:
    assert not facts("本报讯 2031年2月26日，卸任局长林晓峰将印信交接给新任局长柴思雨。").events
