"""Event classes of session 32 (invented text, invented names).

- Places of one level listed with 、 and counted at the front of a meeting's name (召开甲、乙两市八县某座谈会): the
  name is kept whole, and the meeting is held (events/patterns.tsv counted_places, namewalk.name_start).
- A word of a name holding a stop character (意向书, 导向, 方向: 向) lets the name walk on (word_uses.tsv name_word).
- A QR-code prompt around a headline (扫描二维码访问某网移动版) is page furniture (text/furniture.tsv), no visit.
- A banquet named by its meal (设晚宴招待某团, 以晚宴招待远方友人, 以午宴款待) is the host's act (triggers.tsv); an event
  recalled in speech (甲表示，去年3月某团曾来参访) is not the one the next acts are at (events._recalled_in_speech), and
  与会人士 is a noun, no attending (participation_block.txt).
- A meeting deciding when another opens (甲会议决定乙会议明年某日召开) is held on its own day: the plan and the date
  after the other name are the other's (eventparts.plan_after, governing). HTML tags, browser advice and a page's ISO
  date before a name (furniture.tsv, patterns.tsv inner_day) enter no name; a headline field line (原标题：…) keeps its
  break, so a deck line after it is not glued to the name (breaks.tsv field_line).
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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("当晚，林嘉禾设晚宴招待周立新一行。", "林嘉禾设晚宴招待"),
        ("林嘉禾并以晚宴招待远方友人。", "林嘉禾以晚宴招待"),
        ("新華社江城2031年10月18日電 江城市長林嘉禾17日會見了臨江市長周立新一行。林嘉禾並以午宴款待遠方友人。", "林嘉禾以午宴款待"),
    ],
    ids=["set_dinner", "with_dinner", "traditional_lunch"],
)
def test_a_banquet_named_by_its_meal_is_the_hosts_act(text: str, title: str) -> None:
    wire = "新华社江城2031年10月18日电 江城市长林嘉禾17日会见了临江市长周立新一行。"
    found = {e.title: e for e in facts(text if text.startswith("新華社") else wire + text).events}
    assert title in found and found[title].date == "2031-10-17"
    assert ("林嘉禾", "attended") in {(p.person, p.relation) for p in found[title].participants}


def test_an_event_recalled_in_speech_is_not_where_the_next_acts_happen() -> None:
    text = (
        "新华社江城2031年10月18日电 临江市长周立新一行17日参访江城市，一行于市政府进行座谈，周立新表示，"
        "去年3月江城市代表团前往临江市参访，深表感谢。江城市长林嘉禾表示，去年市政府曾组团前往临江。"
        "林嘉禾并以晚宴招待远方友人。"
    )
    found = {e.title: e for e in facts(text).events}
    assert found["林嘉禾以晚宴招待"].date == "2031-10-17"
    assert found["林嘉禾以晚宴招待"].place is None  # not the recalled visit's


def test_a_meeting_deciding_when_another_opens_is_held_on_its_own_day() -> None:
    text = (
        "新华社江城2031年12月16日电 市人大常委会第六次会议决定市人大二次会议明年1月18日召开\n"
        "江城网讯 昨天下午，市人大常委会举行第六次会议。市人大常委会主任林嘉禾主持会议。"
    )
    found = {e.title: (e.date, e.planned) for e in facts(text, "2031-12-16").events}
    assert found["市人大常委会第六次会议"] == ("2031-12-15", False)
    assert found["市人大二次会议"] == ("2032-01-18", True)


@pytest.mark.parametrize(
    "text",
    [
        '<style type="text/css">\n</style>\n<div id="new_message_id">\n<p style="margin: 0px 3px 15px; text-align: '
        'justify" align="justify">第三届江城论坛乡镇交流活动，10日至12日在江城举行，11日中午，乡镇代表在江城举行联谊餐会。</p>',
        "如不能正常浏览请选用IE浏览器\n\n市人大常委会第六次会议决定\n市人大二次会议明年1月18日召开\n林嘉禾主持\n"
        "江城网讯:昨天下午,市人大常委会举行第六次会议。市人大常委会主任林嘉禾主持会议。",
    ],
    ids=["html_tags", "browser_advice"],
)
def test_page_markup_and_browser_advice_enter_no_name(text: str) -> None:
    titles = {e.title for e in facts(text, "2031-06-15").events}
    assert titles and not any("=" in t or "浏览" in t for t in titles)


def test_a_page_iso_date_before_a_name_is_no_part_of_it() -> None:
    text = "江城旅游网 date 2031-12-19 论坛开幕仪式于上午举行，副市长林嘉禾出席。"
    assert not any(t.startswith("2031") for t in (e.title for e in facts(text, "2031-12-19").events))


def test_a_deck_line_after_a_headline_field_is_no_part_of_the_name() -> None:
    # a page glossed with pinyin (the glosses are dropped with offsets kept): the deck lines are long only with them
    text = (
        "原標(biāo)題:林嘉禾主持召開市政府常務(wù)會議\n"
        "會議討論并通過《江城市2031年重點工作分(fēn)工方案》《江城市港口發(fā)展行動方案(2031-2035年)》\n"
        "聽取江城市公共服(fú)務(wù)改革舉措匯報\n審議通過《江城市碼頭管理?xiàng)l例(修訂草案)》\n"
        "新華社江城3月12日電 3月12日,江城市長林嘉禾主持召開了市政府常務(wù)會議。"
    )
    found = {(e.title, e.date) for e in facts(text, "2031-03-12").events}
    assert found == {("市政府常务会议", "2031-03-12")}
