"""Events, dates and roles of session 52 (invented text, invented names).

- A tour listed by its stops (到甲县、乙县、丙区，调研某工作) is placed at its first stop when its clause prints no
  place phrase (eventplaces.first_stop).
- A span of months an event's name covers (2031年下半年某集中开工仪式) is what it is about, not when it was held: it
  is dated as a name printing no date (an act at the meeting reported takes that meeting's day).
- A session named after a wire's dateline (某社某地9日电临江市政协…) starts after the dateline.
- A list of attendees opened by 包括 goes on over its semicolons (包括甲及其夫人；乙；以及丙).
- An act word right after a negation (今年不设立某区) is no act.
- A congratulatory message read out at a meeting (宣读了甲致某会的贺信) is the sender's own message event.
- The remains cremated (某某同志的遗体，18日在某公墓火化) are an event titled by the deceased, who takes part in
  nothing; without its place before the word (遗体会移送某火葬场火化) it is a step of the funeral.
- 访台 printed with the trip's days (某某本月25至28日访台) is that person's own trip.
- A surname alone at a clause start before a day or 在 (林在廿六日…) names the one person of the article with it.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _events(text: str, day: str = "2031-04-12") -> dict[str, tuple[str | None, str | None]]:
    return {e.title: (e.date, e.place) for e in facts(text, day).events}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_tour_listed_by_its_stops_is_placed_at_the_first(script: str) -> None:
    text = "本报讯 7月2日至3日，省委书记林晓峰到江城市青禾县、松岩县、湖滨区，调研产业发展、防汛备汛等工作。"
    events = facts(in_script(text, script), "2031-07-04").events
    assert [e.place for e in events if e.event_type == "inspection"] == ["江城市青禾县"]  # places are kept in Simplified


def test_a_place_phrase_still_wins_over_the_stops() -> None:
    text = "本报讯 7月2日，省委书记林晓峰在青禾县调研时强调，要到松岩县、湖滨区检查防汛工作。"
    places = {e.place for e in facts(text, "2031-07-04").events if e.event_type == "inspection"}
    assert "松岩县" not in places


@pytest.mark.parametrize("period", ["2031年下半年", "2031年第三季度"])
def test_period_in_a_name_is_no_date_of_the_event(period: str) -> None:
    text = (
        "湖滨日报 2031年8月6日\n本报讯 8月5日，全市重点工程集中开工仪式在湖滨区举行。"
        f"会前，与会人员在湖滨分会场参加了{period}全省重点工程集中开工仪式。"
    )
    assert _events(text, "2031-08-06")[f"{period}全省重点工程集中开工仪式"][0] == "2031-08-05"


def test_period_in_a_name_gives_the_page_month_without_a_meeting() -> None:
    text = "湖滨日报 2031年8月16日\n本报讯 近日，临江市举行2031年下半年全市重点工程集中开工仪式。"
    assert _events(text, "2031-08-16")["2031年下半年全市重点工程集中开工仪式"][0] == "2031-08"


@pytest.mark.parametrize("gap", ["", " "])
def test_session_named_after_a_wire_dateline_starts_after_it(gap: str) -> None:
    text = f"新华社江城2031年1月9日电{gap}临江市政协九届二次会议9日举行第三次大会。大会主席团常务主席柴思雨在主席台就座。"
    assert ("柴思雨", "临江市政协九届二次会议主席团常务主席") in {
        (r.person, r.position) for r in facts(text, "2031-01-09").roles
    }


def _parts(text: str, day: str) -> dict[str, set[tuple[str, str]]]:
    return {e.title: {(p.person, p.relation) for p in e.participants} for e in facts(text, day).events}


def test_attendee_list_goes_on_over_its_semicolons() -> None:
    text = (
        "新华社江城2031年7月1日电 今日，湖滨广场举行升旗仪式。出席的嘉宾包括市长林晓峰及其夫人；前市长柴思雨及其夫人；"
        "以及刚卸任市长的钱小禾及其丈夫等。"
    )
    people = _parts(text, "2031-07-01")["湖滨广场升旗仪式"]
    assert {("林晓峰", "attended"), ("柴思雨", "attended"), ("钱小禾", "attended")} <= people


@pytest.mark.parametrize(("word", "events"), [("不设立", 1), ("设立", 2)])
def test_negated_act_is_no_event(word: str, events: int) -> None:
    text = f"新华社江城2031年7月1日电 今日，湖滨广场举行升旗仪式。今年湖滨升旗典礼{word}观礼席。"
    assert len(facts(text, "2031-07-01").events) == events


def test_message_read_out_is_its_senders_event() -> None:
    text = (
        "新华社江城2031年9月19日电 第七届临江博览会开幕式19日下午在江城举行。"
        "开幕式上，副总理柴思雨宣读了国家主席龚明远致第七届临江博览会的贺信。"
    )
    events = {e.title: e for e in facts(text, "2031-09-19").events}
    message = events["龚明远致第七届临江博览会的贺信"]
    assert (message.event_type, message.date) == ("message", "2031-09-19")
    assert ("龚明远", "sent") in {(p.person, p.relation) for p in message.participants}
    assert "龚明远" not in {p.person for p in events["第七届临江博览会开幕式"].participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_cremation_is_titled_by_the_deceased(script: str) -> None:
    text = (
        "新华社江城2031年5月18日电 临江省原省长柴思雨同志的遗体，18日在江城革命公墓火化。"
        "临江省委书记林晓峰等前往送别，并向柴思雨同志家属致以慰问。"
    )
    people = _parts(in_script(text, script), "2031-05-18")["柴思雨同志遗体火化"]
    assert ("林晓峰", "attended") in people
    assert not any(name == "柴思雨" for name, _ in people)


def test_funeral_programme_step_is_no_cremation_event() -> None:
    text = "新华社江城2031年5月18日电 民建会昨日为已故主席柴思雨设灵，将于今日举殡，遗体会移送湖滨火葬场火化。"
    assert not any("火化" in e.title for e in facts(text, "2031-05-18").events)


def test_visit_word_holding_its_place_with_days_is_a_trip() -> None:
    text = "新华社江城2031年6月19日电 临江省长林晓峰本月25至28日访台。"
    (event,) = facts(text, "2031-06-19").events
    assert (event.title, event.date, event.date_end, event.planned) == ("林晓峰访台", "2031-06-25", "2031-06-28", True)


_ITINERARY = (
    "江城日报 2031年6月19日\n〔记者钱小禾/台北报导〕临江省台办主任林晓峰本月廿五至廿八日访台。"
    "{again}在廿六日下午四点半与海州市长柴思雨碰面。"
)


def test_surname_alone_names_the_one_person_with_it_again() -> None:
    people = _parts(_ITINERARY.format(again="林"), "2031-06-19")["林晓峰与柴思雨碰面"]
    assert {("林晓峰", "attended"), ("柴思雨", "attended")} <= people


def test_surname_two_people_share_names_nobody() -> None:
    text = _ITINERARY.format(again="海州市副市长林青禾随行。林")
    events = _parts(text, "2031-06-19")
    assert not any(("林晓峰", "attended") in people for title, people in events.items() if "碰面" in title)
