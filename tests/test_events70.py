"""Events, roles, dates and people of session 60 (invented text, invented names).

- A receptions list joined by a comma and a joiner (分别接见甲所率领的某团，及乙及顾问丙等访宾) is one talks per item,
  its first guest owning it, the others coming with that guest.
- The page stamp printing the lede's own day dates the article, whichever stamp is the earliest.
- A dateline printed on the headline's line (a page saved as one line) starts the article.
- List readings: a name-shaped first item after a title, a joiner before a lead word (和老同志), a gazetteer place
  before 市长 is no name, a split name (陈副主委某某) read before the title chain glues the surname.
- Acts: a word inside a quoted name, a speaker's 来到这里, a meeting named after the spirit it studies, a person's
  visit announced with its day (A3).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events

DAY = "2031-05-06"


def _people(text: str, day: str | None = DAY) -> set[str]:
    return {p.name for p in facts(text, day).people}


def test_each_guest_of_a_respective_reception_has_talks_of_their_own() -> None:
    text = (
        "總統龔明遠上午分別接見友邦馬拉維參議院議長姆巴拉(H. E. John Mbala)率領的議員訪問團，"
        "及賴索托外交部長莫卡西拉(Mokasila)及總統經濟顧問柯莫雷(Komore)等訪賓。"
    )
    titles = set(_events(text, DAY))
    assert "龚明远接见赖索托外交部长莫卡西拉" in titles
    assert any(t.startswith("龚明远接见") and t.endswith("姆巴拉") for t in titles)
    parts = _parts(text, DAY)
    assert ("龚明远接见赖索托外交部长莫卡西拉", "柯莫雷", "attended") in parts
    assert not any(person == "柯莫雷" and title.endswith("姆巴拉") for title, person, _ in parts)


def test_a_reception_list_without_a_comma_joiner_stays_one_talks() -> None:
    text = "總統龔明遠今天上午接見賴索托外交部長莫卡西拉及總統經濟顧問柯莫雷等訪賓。"
    assert len(_events(text, DAY)) == 1


def test_the_stamp_printing_the_ledes_day_dates_the_article() -> None:
    text = (
        "当前位置 :江城市气象局 >> 政务公开 >> 工作动态\n林晓峰出席江城市气象局干部大会\n"
        "时间:2031-02-01    来源:2029-06-25   作者:     【字体:      \n\n"
        "2月1日,省气象局局长林晓峰出席江城市气象局干部大会。"
    )
    assert _events(text, None)["江城市气象局干部大会"][0] == "2031-02-01"


def test_the_earliest_stamp_stands_when_no_stamp_prints_the_ledes_day() -> None:
    text = (
        "林晓峰出席江城市气象局干部大会\n时间:2031-03-09    来源:2029-06-25\n\n"
        "2月1日,省气象局局长林晓峰出席江城市气象局干部大会。"
    )
    assert _events(text, None)["江城市气象局干部大会"][0] == "2029-02-01"


def test_a_dateline_on_the_headlines_line_opens_the_article() -> None:
    text = "临江海州合作会议举行 深化两地合作 本报海州1月11日电 (记者钱小禾)临江海州合作联席会议今天在江城举行。"
    assert "临江海州合作联席会议" in _events(text, "2031-01-12")
    assert not any("记者" in title for title in _events(text, "2031-01-12"))


def test_a_name_shaped_first_item_after_a_title_opens_the_list() -> None:
    text = "3月8日，江城县人大常委会主任许文澜主持会议。县人大常委会副主任经可心、林晓峰、宁可心出席会议。"
    roles = _roles(text, "2031-03-08")
    assert ("经可心", "江城县人大常委会副主任") in roles
    assert ("宁可心", "江城县人大常委会副主任") in roles


def test_a_name_shaped_item_alone_after_a_title_stays_unread() -> None:
    text = "3月8日，县人大常委会副主任经可心出席会议。"
    assert "经可心" not in _people(text, "2031-03-08")


def test_a_joiner_before_a_lead_word_separates_two_items() -> None:
    text = "临江省委书记许文澜在会上致辞。林晓峰、钱小禾、宁可心和老同志龚明远、柴思远等出席。"
    assert {"林晓峰", "钱小禾", "宁可心", "龚明远", "柴思远"} <= _people(text)


def test_a_city_before_its_mayor_is_no_name() -> None:
    text = "客商林晓峰，武夷山市长许文澜、青禾区副区长钱小禾等陪同考察。"
    people = _people(text)
    assert "武夷山" not in people
    assert "许文澜" in people


def test_a_split_name_after_a_body_keeps_its_surname() -> None:
    text = "局長林曉峰從海州科學委員會陳副主委宗達手中接下聘書及印信。"
    people = _people(text)
    assert "陈宗达" in people
    assert "宗达" not in people


def test_a_word_inside_a_quoted_name_is_no_act() -> None:
    text = "总统龚明远今天偕同副总统柴思远出席「市政厅二楼开放参观展区启用记者会」，并致词。"
    titles = set(_events(text, DAY))
    assert titles == {"市政厅二楼开放参观展区启用记者会"}


def test_a_meeting_named_after_the_spirit_it_studies_is_held() -> None:
    text = "本报讯 今天上午，临江省学习贯彻党的十八大精神座谈会在江城举行。省委常委林明出席会议并讲话。"
    assert any(title.endswith("精神座谈会") for title in _events(text, DAY))


def test_a_spirit_studied_at_a_meeting_stays_a_reference() -> None:
    text = "本报讯 今天上午，临江省委召开常委会会议，学习贯彻全国两会精神。省委书记林明主持会议。"
    assert not any("两会" in title for title in _events(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "行政长官龚明远将于12月21日至24日访问北京。",
        "行政长官龚明远将于12月21日赴北京访问。",
    ],
)
def test_a_persons_visit_announced_with_its_day_is_planned(text: str) -> None:
    found = facts(text, "2031-12-20").events
    assert [(e.title, e.planned, e.date) for e in found] == [("龚明远访问北京", True, "2031-12-21")]


def test_a_persons_visit_told_without_its_day_is_no_event() -> None:
    text = "国家主席龚明远此次访问临江期间，会见了柴思远。"
    assert [e.event_type for e in facts(text, DAY).events] == ["talks"]


def test_the_leaders_of_a_group_led_in_person_attend_its_call() -> None:
    text = "江城日报 2031年10月20日 / 青禾考察团组团来江城观摩，昨日在乡长林晓峰、主席柴思雨带领下前抵江城县议会拜会。"
    assert ("青禾考察团组团来江城观摩", "柴思雨", "attended") in _parts(text, None)


def test_a_leadership_in_the_abstract_ties_nobody_to_the_event() -> None:
    text = "江城日报 2031年10月20日 / 青禾县召开经济工作会议。在县委书记林晓峰带领下，全县经济稳步增长。"
    assert not any(person == "林晓峰" for _, person, _ in _parts(text, None))
