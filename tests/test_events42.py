"""Event classes of session 32 (invented text, invented names).

- Places of one level listed with 、 and counted at the front of a meeting's name (召开甲、乙两市八县某座谈会): the
  name is kept whole, and the meeting is held (events/patterns.tsv counted_places, namewalk.name_start).
- A word of a name holding a stop character (意向书, 导向, 方向: 向) lets the name walk on (word_uses.tsv name_word).
- A QR-code prompt around a headline (扫描二维码访问某网移动版) is page furniture (text/furniture.tsv), no visit.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_WIRE = "新华社江城2031年2月4日电 2月3日，"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("副省长林嘉禾赴青禾县调研，并召开江城、临江两市八县脱贫攻坚座谈会。", "江城、临江两市八县脱贫攻坚座谈会"),
        ("副省长林嘉禾召开江城、临江、青禾三市脱贫攻坚座谈会。", "江城、临江、青禾三市脱贫攻坚座谈会"),
        ("副省長林嘉禾召開江城、臨江兩省交流合作座談會。", "江城、临江两省交流合作座谈会"),
    ],
    ids=["two_cities", "three_cities", "traditional"],
)
def test_counted_places_listed_in_a_name_keep_it_whole(text: str, title: str) -> None:
    found = {e.title: e for e in facts(_WIRE + text).events}
    assert title in found and found[title].date == "2031-02-03"
    assert ("林嘉禾", "presided") in {(p.person, p.relation) for p in found[title].participants}


def test_two_meetings_listed_stay_two() -> None:
    titles = {e.title for e in facts(_WIRE + "副省长林嘉禾出席了江城座谈会、临江两市联席会议。").events}
    assert "江城座谈会、临江两市联席会议" not in titles


@pytest.mark.parametrize(
    "text",
    ["江城县政府20日举行江城地方创生合作意向书签署仪式。", "江城縣政府20日舉行江城地方創生合作意向書簽署儀式。"],
)
def test_a_letter_of_intent_holds_no_stop_of_a_name(text: str) -> None:
    found = facts("新华社江城2031年3月21日电 " + text).events
    assert [(e.title, e.date) for e in found] == [("江城地方创生合作意向书签署仪式", "2031-03-20")]


def test_a_qr_code_prompt_is_no_visit() -> None:
    text = (
        "【打 印】 \n掃描二維碼訪問江城網移動版 發改委:進一步構建區域發展格局 掃描二維碼訪問江城社微信\n"
        "http://www.jiangcheng.com   2031-02-10 00:28:06\n\n\n發改委地區司司長林嘉禾(江城社 周立新攝)\n"
        "  江城社北京2月10日電(記者 周立新)發改委地區司司長林嘉禾昨日在國新辦舉辦的發布會上回答記者提問時表示，"
        "規劃綱要將全面實施。\n\n  以下是問答實錄："
    )
    assert not any("访问" in e.title for e in facts(text, None).events)
