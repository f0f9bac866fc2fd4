"""Speech pages and receptions (ninth session, speech19; docs/events.md "Receptions, banquets and speech pages").
Invented text only (临江省, 江城市, 青禾县, 林晓峰, 龚明远, 柴思雨, 马一平).

1. The occasion a speech was given at is an event (在某酒会致辞/讲话/发言: happening.txt 在…致辞): a government speech page prints PERSON 出席 OCCASION (的)致辞(全文)
   and the occasion (…酒会, …开幕典礼, …宴会, …午宴, …庆典, …升旗典礼) is a name trigger; the speaker spoke there
   (的致辞 with no reading word before it, word_uses own_address), dated by the page.
   A speech's salutation line (甲主席、尊敬的乙主任、各位嘉宾：) names people present: attended (salutations.py).
2. A reception named after 参与 took place (参与国庆酒会): the joiner 与 ending a stop word (参与) does not join
   the name to the words before it.
3. Not events: a reception recalled or recurring (上一次出席, 每年都出席, 多次出席: past_marker); a trigger word
   inside a quoted name that goes on past it (举行「某庆典之夏音乐季」); 今次论坛 (a title prefix) is the forum named.
4. 中午宴请 / 当晚宴请: the act 宴请, never the banquets 午宴, 晚宴 (yields).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, event_people
from ygraph.model import Event

DAY = "2031-05-12"


def _by_title(text: str, day: str = DAY) -> dict[str, Event]:
    return {e.title: e for e in built_events(text, day)}


# --- 1. the occasion of a speech page ---------------------------------------------------------------------

SPEECH_PAGES = [
    (
        "江城市长出席二〇三一年江城龙舟节开幕典礼讲稿\n  以下是江城市长龚明远今日(五月十二日)上午出席"
        "二〇三一年江城龙舟节开幕典礼的致辞全文：\n柴思雨主席、各位嘉宾：\n  大家早晨！",
        "2031年江城龙舟节开幕典礼",
        "opening",
        "龚明远",
    ),
    (
        "行政長官出席「青禾茶藝文化展」開幕典禮致辭(附圖)\n  以下是行政長官柴思雨今日(五月十二日)出席"
        "「青禾茶藝文化展」開幕典禮的致辭：\n馬一平主席、各位嘉賓：",
        "青禾茶艺文化展开幕典礼",
        "opening",
        "柴思雨",
    ),
    (
        "江城市长国庆酒会讲稿\n  以下是江城市长龚明远今日(五月十二日)出席江城市政府国庆酒会致辞：\n各位市民：",
        "江城市政府国庆酒会",
        "other",
        "龚明远",
    ),
    (
        "市長講稿\n以下為江城市長林曉峰今日(五月十二日)出席江城僑界聯歡酒會致辭全文：\n龔明遠主任、各位朋友：",
        "江城侨界联欢酒会",
        "other",
        "林晓峰",
    ),
    (
        "市長在臨江商會新春酒會上講話\n  以下為江城市長馬一平今日(五月十二日)出席臨江商會新春酒會的致辭全文：",
        "临江商会新春酒会",
        "other",
        "马一平",
    ),
]


@pytest.mark.parametrize(("text", "title", "kind", "speaker"), SPEECH_PAGES)
def test_the_occasion_of_a_speech_page_is_an_event_the_speaker_spoke_at(
    text: str, title: str, kind: str, speaker: str
) -> None:
    found = built_events(text)
    assert [(e.title.replace("」", ""), e.event_type, e.date) for e in found] == [(title, kind, DAY)]
    assert (speaker, "spoke_at") in event_people(found[0])


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("新华社江城2031年5月12日电 当晚，林晓峰出席了在江城宾馆举行的临江省2031年新春宴会。", "临江省2031年新春宴会", "2031-05-12"),
        ("新華社江城2031年5月12日電 11日中午，柴思雨出席江城經貿交流午宴。", "江城经贸交流午宴", "2031-05-11"),
        ("本报讯 5月11日，临江商会成立十周年庆典在江城举行，会长龚明远致辞。", "临江商会成立十周年庆典", "2031-05-11"),
        ("本報訊 5月10日上午，青禾縣在縣府廣場舉辦青禾縣慶祝建縣60周年升旗典禮。", "青禾县庆祝建县60周年升旗典礼", "2031-05-10"),
        ("本报讯 5月11日晚，江城市政府在江城会展中心举行庆祝酒会，市长马一平致辞。", "庆祝酒会", "2031-05-11"),
    ],
)
def test_receptions_banquets_and_celebrations_reported_are_events(text: str, title: str, date: str) -> None:
    found = built_events(text)
    assert [(e.title, e.event_type, e.date) for e in found] == [(title, "other", date)]


def test_a_message_read_out_is_still_sent_by_its_author() -> None:
    """宣读了某某的致辞: a reading word before it — the author is no speaker (own_address needs no reading)."""
    text = "本报讯 5月11日，江城经贸论坛在江城开幕。论坛首日，副市长柴思雨宣读了市长龚明远的致辞。"
    (forum,) = built_events(text)
    assert ("龚明远", "spoke_at") not in event_people(forum)


@pytest.mark.parametrize(
    ("text", "title", "speaker", "guest"),
    [
        (
            "新华社江城2031年5月12日电 江城市长林晓峰在庆祝酒会致辞时表示，江城将继续发展。酒会在江城会展中心举行，"
            "副市长龚明远、市政协主席柴思雨等逾500人出席。",
            "庆祝酒会",
            "林晓峰",
            "龚明远",
        ),
        (
            "新華社江城2031年5月12日電 青禾縣長馬一平在新春酒會致辭時表示，青禾將持續發展。酒會在青禾賓館舉行，"
            "副縣長林曉峰等逾300人出席。",
            "新春酒会",
            "马一平",
            "林晓峰",
        ),
        (
            "本报讯 5月11日，临江公司董事长柴思雨在临江公司成立十周年庆典讲话时指出，公司将扩大投资。庆典在江城举行，"
            "江城市长龚明远出席。",
            "临江公司成立十周年庆典",
            "柴思雨",
            "龚明远",
        ),
    ],
)
def test_a_speech_given_at_a_named_occasion_tells_it_took_place(text: str, title: str, speaker: str, guest: str) -> None:
    """在某酒会致辞（时）: the occasion took place (happening 在…致辞); its bare name later (酒会在某地举行) is it."""
    (event,) = built_events(text)
    assert event.title == title
    assert {(speaker, "spoke_at"), (guest, "attended")} <= event_people(event)


@pytest.mark.parametrize(
    ("text", "title", "guests"),
    [
        (
            "以下是江城市长林晓峰今日(五月十二日)出席江城龙舟节开幕典礼的致辞全文：\n"
            "龚明远副主席(江城龙舟协会副主席)、各位嘉宾、各位朋友：\n大家早晨！",
            "江城龙舟节开幕典礼",
            {"龚明远"},
        ),
        (
            "以下為行政長官柴思雨今日(五月十二日)出席臨江商會新春酒會的致辭全文：\n"
            "尊敬的龔明遠主任、馬一平會長、各位嘉賓、各位朋友：\n很高興今晚與大家相聚。",
            "临江商会新春酒会",
            {"龚明远", "马一平"},
        ),
        (
            "以下是青禾县长马一平今日(五月十二日)出席青禾茶艺文化节开幕典礼的讲话：\n"
            "林晓峰主任、柴思雨会长，女士们、先生们：\n大家好！",
            "青禾茶艺文化节开幕典礼",
            {"林晓峰", "柴思雨"},
        ),
    ],
)
def test_the_people_a_speech_greets_on_its_salutation_line_attended(text: str, title: str, guests: set[str]) -> None:
    (event,) = built_events(text)
    assert event.title == title
    assert {(g, "attended") for g in guests} <= event_people(event)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 5月11日，江城经贸论坛在江城举行。会议听取了以下发言：龚明远主任、柴思雨会长先后发言。",
        "本报讯 5月11日，江城经贸论坛在江城举行。下列人员获奖：龚明远、柴思雨、各位获奖者代表。",
    ],
)
def test_a_line_that_is_no_salutation_greets_no_one(text: str) -> None:
    (event,) = built_events(text)
    assert not any(p.provenance.rule == "participation:salutation" for p in event.participants)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("以下是行政长官钱何晓峰今日(五月十二日)上午出席江城龙舟节开幕典礼的致辞全文：", "钱何晓峰"),
        ("以下是行政長官陳方明珠今日(五月十二日)出席臨江商會新春酒會的致辭：", "陈方明珠"),
        ("新华社江城2031年5月12日电 行政长官龚柴思雨今天出席江城国庆酒会并致辞。", "龚柴思雨"),
    ],
)
def test_a_married_name_after_a_title_before_the_day_of_the_report_speaks(text: str, name: str) -> None:
    """行政长官林何某某今日出席…: a married name of four characters closed by the report's day (married_name_end)."""
    (event,) = built_events(text)
    assert (name, "spoke_at") in event_people(event)


# --- 2. 参与 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月12日电 昨天，林晓峰先在江城广场观看升旗，之后到会展中心参与国庆酒会。",
        "新華社江城2031年5月12日電 昨天，柴思雨在青禾廣場看完升旗，再赴青禾賓館參與國慶酒會。",
        "新华社江城2031年5月12日电 昨天，龚明远出席升旗仪式，随后到江城宾馆参与国庆酒会。",
    ],
)
def test_a_reception_named_after_canyu_took_place_on_the_day_printed(text: str) -> None:
    found = _by_title(text)
    assert found["国庆酒会"].date == "2031-05-11"


# --- 3. not events ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月12日电 林晓峰说，我上一次出席江城商会酒会已经是十年前。",
        "新华社江城2031年5月12日电 龚明远每年都出席江城商会新春酒会。",
        "新華社江城2031年5月12日電 柴思雨多次出席江城經貿論壇。",
        "新华社江城2031年5月12日电 马一平说，上次参加青禾县庆典时，他还是县长。",
    ],
)
def test_a_reception_recalled_or_recurring_is_no_event(text: str) -> None:
    assert built_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 5月11日，青禾市长林晓峰表示，明年3月2日将举行「青禾古城‧庆典之夏音乐季」，欢迎各界参加。",
        "本報訊 5月11日，江城商會表示，去年曾出席「江城家居博覽會‧青禾站」期間到青禾參觀。",
        "本报讯 5月11日，柴思雨说，下月将举办“临江论坛之夜”音乐会。",
    ],
)
def test_a_trigger_inside_a_quoted_name_that_goes_on_is_no_event(text: str) -> None:
    assert built_events(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城2031年5月12日电 江城经贸论坛12日在江城举行。参与今次论坛的代表约800人。", "江城经贸论坛"),
        ("新華社江城2031年5月12日電 青禾發展論壇12日在江城舉行。今次論壇以創新為主題。", "青禾发展论坛"),
    ],
)
def test_jinci_names_the_event_reported(text: str, title: str) -> None:
    assert [e.title for e in built_events(text)] == [title]


# --- 4. 中午宴请 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城2031年5月12日电 12日，江城市长林晓峰中午宴请了来访的青禾客商。", "林晓峰中午宴请来访的青禾客商"),
        ("新華社江城2031年5月12日電 12日，市長柴思雨當晚宴請臨江代表團。", "柴思雨宴请临江代表团"),
        ("新华社江城2031年5月12日电 12日，江城市长龚明远晚宴请青禾县县长马一平。", "龚明远晚宴请青禾县县长马一平"),
    ],
)
def test_a_banquet_word_gives_way_to_the_act_of_hosting(text: str, title: str) -> None:
    found = built_events(text)
    assert [(e.title, e.event_type) for e in found] == [(title, "talks")]
