"""Events and participation of session 36 (invented text, invented names).

- An anniversary (结好30周年) counts years: it neither dates nor blocks the acts of its sentence, so talks told in
  a later clause keep the day of the trip they belong to.
- Talks with another partner after a semicolon are their own (甲与乙会谈…；会见丙); a bare 会谈 after them is the
  latest talks of its sentence; an event told during a trip with no day of its own leaves the trip reported.
- A name of foreign characters that no Han surname opens is read after any title (部长默尔兰等).
- Talks announced during a trip under way print no date: no event (A3).
- A continued report (上接A1) names its sitting by the standing body it prints (市人大常委会会议).
- A guess ending the clause before (外界推测，甲直升某职) is no notice.
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


def test_talks_with_another_partner_after_a_semicolon_are_their_own() -> None:
    """甲与乙进行会谈，就…作了探讨；会见丙等政要，就…进行会谈: two talks, the bare 会谈 the second's."""
    text = (
        _TRIP + "\n在比利时，龚明远与欧盟贸易总司长马丁进行会谈，就扩大贸易作了深入探讨；会见安特卫普省省长范德林等政要，"
        "就开展合作进行会谈。"
    )
    talks = {e.title: {p.person for p in e.participants} for e in facts(text, "2031-05-10").events if e.event_type == "talks"}
    assert sorted(talks.values(), key=sorted) == [{"龚明远", "范德林"}, {"龚明远", "马丁"}]


@pytest.mark.parametrize(
    ("sentence", "guest", "post"),
    [
        ("在德国，龚明远会见了巴伐州欧洲事务部长默尔兰等政要。", "默尔兰", "巴伐州欧洲事务部长"),
        ("在比利时，龚明远会见西弗兰省省长德卡罗维等政要。", "德卡罗维", "西弗兰省长"),
    ],
)
def test_a_foreign_name_no_han_surname_opens_is_read_after_a_title(sentence: str, guest: str, post: str) -> None:
    found = facts(_TRIP + "\n" + sentence, "2031-05-10")
    (talks,) = [e for e in found.events if e.event_type == "talks"]
    assert guest in {p.person for p in talks.participants}
    assert (guest, post) in {(r.person, r.position) for r in found.roles}


def test_talks_announced_during_a_trip_under_way_print_no_date_and_are_no_event() -> None:
    """此行还将同乙举行会谈: a future act with no date of its own, the trip under way (gold-conventions A3); announced
    within a trip still to come (甲明天率团访问某地。期间甲会跟乙会面) they stay, planned (tests/test_meetcall19.py)."""
    text = (
        "新华社金边11月18日电 国务院总理龚明远18日抵达金边，将出席东亚系列峰会并对海州国进行正式访问。"
        "龚明远此行还将同海州国王西哈尔、首相洪拉斯等举行会谈会见。"
    )
    assert not [e for e in facts(text, "2031-11-18").events if e.event_type == "talks"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("本报讯 （上接A1） 会议审议了有关报告。会议经表决，通过了该决定。", []),  # no body printed: no sitting named
        ("本报讯 （上接A1） 会议审议了市人大常委会的有关报告。市人大常委会副主任林晓峰出席会议。", ["市人大常委会会议"]),
        ("本报讯 江城市人大常委会昨天举行会议。会议审议了有关报告。", ["江城市人大常委会会议"]),  # told before: one
    ],
)
def test_a_continued_report_names_its_sitting_by_the_standing_body(text: str, titles: list[str]) -> None:
    assert [e.title for e in facts(text, "2031-03-24").events] == titles


def test_a_guess_governing_the_next_clause_is_no_notice() -> None:
    found = facts("2031年4月28日，江城市长柴思雨退休。外界原本推测，龚明远直升江城市长。", "2031-04-28")
    assert ("龚明远", "江城市长") not in {(r.person, r.position) for r in found.roles}


def test_an_act_word_before_a_joint_mark_is_part_of_one_name() -> None:
    """某项目签约暨招商大会: one joint event, typed by its first part (no act 签约 and meeting 暨招商大会)."""
    text = "4月3日上午，2031年江城市青禾县春季线上项目签约暨招商大会召开。县长龚明远、县政协主席柴思雨参加签约大会。"
    (event,) = facts(text, "2031-04-04").events
    assert event.title == "2031年江城市青禾县春季线上项目签约暨招商大会"
    assert event.event_type == "signing"


@pytest.mark.parametrize(
    "sentence",
    ["他上任前江城已与海州签署四项合作协定。", "江城曾与海州签署合作协议。", "他就任以来江城与多国签署经贸协定。"],
)
def test_a_signing_recalled_from_before_is_no_event(sentence: str) -> None:
    text = "新华社江城2031年5月15日电 15日，江城市长龚明远会见了海州访问团。" + sentence
    assert [e.event_type for e in facts(text, "2031-05-15").events] == ["talks"]


@pytest.mark.parametrize(
    ("text", "blocked"),
    [("由秘书长担任主持人，", True), ("委员长龚明远28日主持人大常委会第37次会议", False), ("主持人民代表大会", False)],
)
def test_a_block_row_yields_to_its_exception(text: str, blocked: bool) -> None:
    """主持人 blocks the verb 主持; !主持人大 / !主持人民 (participation_block.txt) do not: 主持 + 人大."""
    from ygraph.events.partverbs import blocked as block_read

    assert block_read(text, text.index("主持"), "主持") is blocked


def test_the_chair_of_a_standing_committee_sitting_presides() -> None:
    found = facts("新华社北京2031年10月28日电 全国人大委员长龚明远28日主持人大常委会第37次会议。", "2031-10-28")
    assert [(p.person, p.relation) for e in found.events for p in e.participants] == [("龚明远", "presided")]
