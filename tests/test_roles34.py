"""Roles, lane roles34: wrong roles of unseen pages removed at their mechanism (studied sets realheld16–24, checked on
realheld13–15 and 25).

**Whose session a presidium's seat is** (``actors/sessions.py``, ``session_posts.tsv``, ``session_leads.tsv``): a
committee's plenum (市委九届三次全会, ``plenum``) has no presidium, so a seat printed after one named in passing takes
the page's congress session; a seat printed with its named sitting (开幕会执行主席, ``sitting_name``) is that sitting's
in the session; a session whose lead is printed in full before its place (中国人民政治协商会议某省第十二届委员会…) is
named from the lead, written short (政协某省…).
**任免 is one word** (``appointment_forms.tsv`` notice_title_take): 某某任免某职 (a notice's headline) appoints nobody
to a post 免某职. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

SEATS = [  # (text, person, the seat read, a seat never read)
    (
        "江城市第九届人民代表大会第二次会议今天开幕，代表们此前研读了书记报告和市委九届三次全会决议。大会执行主席龚明远主持会议。",
        "龚明远",
        "江城市第九届人民代表大会第二次会议执行主席",
        "告和市委九届三次全会执行主席",
    ),
    (
        "临江县第五届人民代表大会第三次会议开幕，会前学习了县委五届七次全会精神和省委十届四次全会精神。"
        "大会主席团常务主席柴思雨主持会议。",
        "柴思雨",
        "临江县第五届人民代表大会第三次会议主席团常务主席",
        "省委十届四次全会主席团常务主席",
    ),
    (
        "临江县第五届人民代表大会第三次会议今天上午开幕。开幕会执行主席龚明远、柴思雨宣布会议开幕。",
        "柴思雨",
        "临江县第五届人民代表大会第三次会议开幕会执行主席",
        "开幕会执行主席",
    ),
    (
        "临江县第五届人民代表大会第三次会议闭幕。闭幕会执行主席林晓峰主持会议。",
        "林晓峰",
        "临江县第五届人民代表大会第三次会议闭幕会执行主席",
        "闭幕会执行主席",
    ),
    (
        "中国人民政治协商会议临江省第七届委员会第二次会议今天在江城闭幕，大会执行主席龚明远主持闭幕会。",
        "龚明远",
        "政协临江省第七届委员会第二次会议执行主席",
        "临江省第七届委员会第二次会议执行主席",
    ),
]


def _positions(text: str, person: str) -> set[str]:
    return {r.position for r in facts(text).roles if r.person == person}


@pytest.mark.parametrize(("text", "person", "seat", "never"), SEATS)
def test_a_presidium_seat_takes_the_pages_session(text: str, person: str, seat: str, never: str) -> None:
    found = _positions(text, person)
    assert seat in found
    assert never not in found


def test_a_seat_after_plenums_only_takes_none_of_them() -> None:
    text = "代表们此前研读了书记报告和市委九届三次全会决议。大会执行主席龚明远主持会议。"
    assert not any("全会" in p for p in _positions(text, "龚明远"))


NOT_APPOINTED = [  # (text, person, a post never given)
    ("江城市市长龚明远任免市属局局长", "龚明远", "免市属局局长"),
    ("青禾国总统龚明远任免五国大使", "龚明远", "免五国大使"),
]


@pytest.mark.parametrize(("text", "person", "post"), NOT_APPOINTED)
def test_renmian_appoints_nobody(text: str, person: str, post: str) -> None:
    assert post not in _positions(text, person)


def test_an_appointment_by_ren_still_reads() -> None:
    text = "临江市委副书记、市长龚明远任中共临江市委书记。"
    assert "临江市委书记" in _positions(text, "龚明远")
