"""Review of the seventh session's events changes: invented-text regressions, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

HEAD = "新华社江城2030年6月8日电 8日，临江市召开会议。"
HEAD_T = "新華社江城2030年6月8日電 8日，臨江市召開會議。"


def _titles(text: str) -> set[str]:
    return {e.title for e in facts(text, "2030-06-08").events}


RECALLED = [  # a discussion or banquet recalled (曾), planned (下次), a series (N批) or a practice (…的做法)
    HEAD + "龚明远表示，下次将与江城市代表团进行座谈。",
    HEAD + "林晓峰说，去年他曾与青禾县代表团座谈，收获很大。",
    HEAD + "柴思雨回忆，她曾经与海州考察团一行座谈。",
    HEAD_T + "龔明遠表示，下次將與江城市代表團進行座談。",
    HEAD_T + "林曉峰說，去年他曾與青禾縣代表團座談，收穫很大。",
    HEAD + "会议指出，去年市委设宴欢迎外商的做法值得总结。",
    HEAD + "据介绍，江城市今年已设宴欢迎外地考察团30余批。",
    HEAD + "据了解，青禾县已设宴款待海外客商十余次。",
    HEAD_T + "會議指出，去年市委設宴歡迎外商的做法值得總結。",
    HEAD_T + "據介紹，江城市今年已設宴歡迎外地考察團30餘批。",
]


@pytest.mark.parametrize("text", RECALLED)
def test_recalled_planned_or_series_discussion_is_no_event(text: str) -> None:
    assert len(_titles(text)) == 1  # the meeting reported only


DONE = [  # the same acts done on a day of their own stay events
    HEAD + "9日，临江市代表团与江城市代表团进行座谈。",
    HEAD + "9日，临江市委设宴欢迎海州省考察团一行。",
    HEAD_T + "9日，臨江市委設宴歡迎海州省考察團一行。",
]


@pytest.mark.parametrize("text", DONE)
def test_discussion_or_banquet_done_stays(text: str) -> None:
    assert len(_titles(text)) == 2


TWO_CEREMONIES = [  # two hand-over ceremonies of different posts on one day: two events
    "上午，青禾縣舉行縣長交接典禮，由臨江省長林曉峰監交。下午，縣警察局舉行新舊局長交接典禮，由縣長龔明遠監交。",
    "上午，青禾县举行县长交接典礼，由临江省长林晓峰监交。下午，县消防局举行局长交接典礼，由县长龚明远监交。",
    "上午，江城市举行市长交接仪式，由临江省长柴思雨监交。下午，市税务局举行新旧局长交接仪式，由市长林晓峰监交。",
]


@pytest.mark.parametrize("text", TWO_CEREMONIES)
def test_ceremonies_of_different_posts_stay_apart(text: str) -> None:
    ceremonies = {t for t in _titles(HEAD + text) if t.endswith(("交接典礼", "交接仪式"))}
    assert len(ceremonies) == 2


def test_one_post_named_twice_is_one_ceremony() -> None:
    text = HEAD + "上午，青禾县举行第8届县长交接典礼，由临江省长林晓峰监交。新任县长龚明远在县长就职典礼上致辞。"
    assert len(_titles(text)) == 2  # the meeting and the one ceremony


RELAYED = [  # a visit relayed as the occasion of words studied at a dated meeting: no visit of that day
    "9日，市委书记龚明远主持召开常委会议，传达学习林晓峰视察江城重要讲话精神。",
    "9日，龚明远主持召开市委常委会议，传达学习林晓峰同志视察临江时的重要讲话精神。",
    "9日，市委書記龔明遠主持召開常委會議，傳達學習林曉峰視察江城重要講話精神。",
    "5月9日上午，青禾县委书记柴思雨主持召开县委常委会议，学习贯彻林晓峰考察青禾重要指示精神。",
]


@pytest.mark.parametrize("text", RELAYED)
def test_relayed_visit_is_no_event_whatever_the_times(text: str) -> None:
    events = facts(HEAD + text, "2030-06-08").events
    assert len(events) == 2  # the page's meeting and the dated one
    assert not any(e.event_type in ("inspection", "visit") for e in events)
