"""An act held at the meeting an article reports, told in a later sentence with no day of its own (会上举办了
某分论坛, 会议…举办了某圆桌论坛, 某联组会议, 会议期间举行了签约仪式), takes the meeting's day, not the article's
month; an act with a day of its own, a planned or a recalled one does not (issue 13, sub21). Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

LEAD = "本报讯 6月12日，第三届松岩江海合作大会在江城开幕，临江省省长林晓峰出席并致辞。"
LEAD_T = "本報訊 6月12日，第三屆松岩江海合作大會在江城開幕，臨江省省長林晓峰出席並致辭。"
MID = (
    "林晓峰表示，要持续深化两地产业协作，推动绿色发展迈上新台阶。"
    "与会代表围绕港口物流、文旅融合等议题深入交流。"
    "大家认为，两地合作基础扎实、前景广阔。"
)
MID_T = (
    "林晓峰表示，要持續深化兩地產業協作，推動綠色發展邁上新臺階。"
    "與會代表圍繞港口物流、文旅融合等議題深入交流。"
    "大家認為，兩地合作基礎紮實、前景廣闊。"
)


def _dates(text: str) -> dict[str, str | None]:
    doc = Source("t.txt", text, "utf-8", user_date="2031-06-14")
    return {e.title: e.date for e in process_document(doc).events}


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        ("会上，还举办了青禾数字经济分论坛。", "青禾数字经济分论坛"),
        ("會上，還舉辦了青禾數字經濟分論壇。", "青禾数字经济分论坛"),
        ("会议期间，海州与江城两市举行了港口合作签约仪式。", "海州与江城两市举行了港口合作签约仪式"),
        ("大会审议了有关事项，举办了“江海市长圆桌论坛”。", "江海市长圆桌论坛"),
        ("大會審議了有關事項，舉辦了「江海市長圓桌論壇」。", "江海市长圆桌论坛"),
        ("随后，举行了江海青年创业圆桌论坛。", "江海青年创业圆桌论坛"),
        ("同日，柴思雨出席了江海文旅推介分论坛。", "江海文旅推介分论坛"),
        ("龚明远在主持大会闭幕式时说，合作成果丰硕。", "大会闭幕式"),
        ("接着，还举行了临江港航产业集中签约仪式。", "临江港航产业集中签约仪式"),
        ("接著，還舉行了臨江港航產業集中簽約儀式。", "临江港航产业集中签约仪式"),
        ("合作大会前，主办方举行了青禾湿地保护推介会。", "青禾湿地保护推介会"),
        ("合作大會結束後，主辦方舉行了青禾濕地保護推介會。", "青禾湿地保护推介会"),
    ],
)
def test_an_act_of_the_meeting_takes_its_day(tail: str, title: str) -> None:
    lead, mid = (LEAD_T, MID_T) if "會" in tail or "舉" in tail else (LEAD, MID)
    dates = _dates(lead + mid + tail)
    found = {k: v for k, v in dates.items() if title in k or k in title}
    assert found and all(v == "2031-06-12" for v in found.values()), dates


@pytest.mark.parametrize(
    ("tail", "title", "date"),
    [
        ("次日，大会举办了青禾数字经济分论坛。", "青禾数字经济分论坛", "2031-06-13"),
        ("翌日，大會舉辦了青禾數字經濟分論壇。", "青禾数字经济分论坛", "2031-06-13"),
    ],
)
def test_an_act_of_another_day_keeps_that_day(tail: str, title: str, date: str) -> None:
    lead, mid = (LEAD_T, MID_T) if "會" in tail or "舉" in tail else (LEAD, MID)
    dates = _dates(lead + mid + tail)
    assert any(title in k and v == date for k, v in dates.items()), dates


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        ("会议确定，下届青禾数字经济分论坛将于明年在海州举办。", "青禾数字经济分论坛"),
        ("该中心曾举办江海青年创业圆桌会议。", "江海青年创业圆桌会议"),
        ("柴思雨回顾说，上届大会举行的港口合作签约仪式成效明显。", "港口合作签约仪式"),
        ("柴思雨回顧說，往屆大會舉行的港口合作簽約儀式成效明顯。", "港口合作签约仪式"),
        ("柴思雨介绍，期间将举办两场专题活动，其中江海康养产业分论坛将聚焦银发经济。", "江海康养产业分论坛"),
        ("柴思雨介紹，期間將舉辦兩場專題活動，其中江海康養產業分論壇將聚焦銀髮經濟。", "江海康养产业分论坛"),
    ],
)
def test_a_planned_or_recalled_act_is_not_of_the_meeting_day(tail: str, title: str) -> None:
    dates = _dates(LEAD + MID + tail)
    assert all(v != "2031-06-12" for k, v in dates.items() if title in k), dates


def test_an_act_of_a_meeting_of_several_days_keeps_its_range() -> None:
    lead = "本报讯 6月12日至14日，第三届松岩江海合作大会在江城举行，临江省省长林晓峰出席。"
    doc = Source(
        "t.txt", lead + MID + "会议期间，还举办了青禾数字经济分论坛。", "utf-8", user_date="2031-06-15"
    )
    forum = next(e for e in process_document(doc).events if "分论坛" in e.title)
    assert (forum.date, forum.date_end) == ("2031-06-12", "2031-06-14")


def test_an_act_told_during_a_visit_is_not_dated_as_a_meeting_part() -> None:
    lead = "本报讯 6月12日，临江省省长林晓峰率团赴海州考察访问。"
    doc = Source(
        "t.txt", lead + MID + "代表团成员还出席了江海文旅推介分论坛。", "utf-8", user_date="2031-06-15"
    )
    forum = [e for e in process_document(doc).events if "分论坛" in e.title]
    assert all(e.date != "2031-06-12" or e.date_source != "context" for e in forum)


@pytest.mark.parametrize(
    "tail",
    [
        "林晓峰前，主办方举行了青禾湿地保护推介会。",  # a person's name before 前: no meeting named again
        "合作前，主办方举行了青禾湿地保护推介会。",  # too short a piece of the meeting's name to be it
    ],
)
def test_no_meeting_named_again_is_no_link(tail: str) -> None:
    dates = _dates(LEAD + MID + tail)
    assert dates.get("青禾湿地保护推介会") != "2031-06-12", dates
