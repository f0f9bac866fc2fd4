"""Meetings printed by their kind alone, session 19 (lane meetings29). Invented Simplified and Traditional
variants with near-misses:

* a bare meeting noun (座谈会, 见面会, 交流会, 对接会, 推进会, 调度会, 现场会) right after a word of holding it
  (召开, 主持, 主持召开, 举行, 召开的 …) during a tour, a visit, a signing or talks the article told is a
  ``meeting`` of its own, dated by its sentence (gold-conventions A8; events/baremeetings.py,
  events/bare_meetings.tsv), when the article told no meeting before it;
* not a meeting of the page: announced (将召开, 计划…召开, 拟于…召开), negated (未召开, 没有召开), recurring
  (定期召开, 每月召开), a way of working (通过召开座谈会、走访等方式), a noun with no word of holding it (在座谈会上
  with nothing held), a meeting held during no outing the article told, and a meeting the article told already,
  which the bare noun points back to.
"""

from __future__ import annotations

import pytest

from sweep13 import SCRIPTS, titled_events, wired

WIRE = "江城日报 2031年6月9日 / "


# (text, noun, date, presider or "")
HELD = [
    ("6月8日，临江省副省长林晓峰到青禾县调研林业防火工作，并召开座谈会。", "座谈会", "2031-06-08", ""),
    ("8日上午，江城市长龚明远赴松岩镇察看堤防加固，又主持召开座谈会。", "座谈会", "2031-06-08", "龚明远"),
    ("6月7日，江城市政协主席柴思雨率队视察重点工程，市政协副主席钱小禾主持座谈会。", "座谈会", "2031-06-07", "钱小禾"),
    ("6月7日至8日，临江省委常委宁可心在海州督导春耕生产，并召开了推进会。", "推进会", "2031-06-07", ""),
    ("6月8日，海州市长龚明远率代表团来江城考察，江城市长林晓峰主持了见面会。", "见面会", "2031-06-08", "林晓峰"),
    ("6月8日，青禾县长林晓峰一行到松岩县考察产业合作，并召开对接会。", "对接会", "2031-06-08", ""),
    ("6月8日下午，江城市长龚明远在北京出席项目签约仪式。签字仪式之前举行的见面会上，龚明远介绍了江城的情况。",
     "见面会", "2031-06-08", ""),
    ("6月8日，临江省副省长柴思雨到青禾县检查库区防洪工作，并主持召开了调度会。", "调度会", "2031-06-08", "柴思雨"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "noun", "date", "presider"), HELD)
def test_bare_meeting_held(text: str, noun: str, date: str, presider: str, script: str) -> None:
    events = titled_events(wired(text, script, WIRE))
    assert noun in events, events
    kind, day, people = events[noun]
    assert (kind, day) == ("meeting", date)
    if presider:
        assert (presider, "presided") in people


NOT_HELD = [
    # announced, negated, recurring: no meeting of the page
    ("6月8日，临江省副省长林晓峰到青禾县调研林业防火工作，并将召开座谈会。", "座谈会"),
    ("6月8日，临江省副省长林晓峰到青禾县调研林业防火工作，计划下周召开座谈会。", "座谈会"),
    ("6月8日，临江省副省长林晓峰到青禾县调研，当天未召开座谈会。", "座谈会"),
    ("6月8日，临江省副省长林晓峰到青禾县调研，该县没有召开座谈会。", "座谈会"),
    ("6月8日，临江省副省长林晓峰到青禾县调研，要求定期召开座谈会。", "座谈会"),
    ("6月8日，临江省副省长林晓峰到青禾县调研，要求每月召开推进会。", "推进会"),
    # a way of working in a list of kinds
    ("6月8日，江城市长龚明远到松岩镇调研，通过召开座谈会、入户走访等方式听取意见。", "座谈会"),
    # no tour, visit, signing or talks told before it
    ("6月8日，江城市长龚明远主持座谈会，听取企业家意见。", "座谈会"),
    ("6月8日，临江省副省长林晓峰召开了见面会。", "见面会"),
    # no word of holding it right before the noun
    ("6月8日，临江省副省长林晓峰到青禾县调研。在座谈会上，林晓峰听取了汇报。", "座谈会"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "noun"), NOT_HELD)
def test_bare_meeting_not_held(text: str, noun: str, script: str) -> None:
    assert noun not in titled_events(wired(text, script, WIRE))


@pytest.mark.parametrize("script", SCRIPTS)
def test_bare_meeting_points_back_to_a_told_meeting(script: str) -> None:
    """A meeting the article told already is what the bare noun refers to: no second meeting."""
    text = "6月8日，江城民营经济座谈会在江城举行。市长龚明远主持座谈会。"
    events = titled_events(wired(text, script, WIRE))
    assert "座谈会" not in events
    assert "江城民营经济座谈会" in events
