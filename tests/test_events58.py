"""Events and people of session 48 (invented text, invented names).

- A visiting group named as the subject of a later act (甲与考察团会见某省领导; 考察团明天将出席某交流会; the sentence's
  subject before 其后并一同出席…) is the group's act: the people of the group's visit attend it
  (groupmembers.group_acts).
- A phrase naming the gathering and a moment around it (大会开始前, 论坛期间, a caption's 这是开幕式前) opens a side
  act as 会前 does (patterns.tsv side_phrase, sides._side_phrase).
- The year printed after a series' name and a dash (某平台-2031年首长会议; Taiwan's 一二〇年 in the Republic's
  calendar) completes a day printed without a month (setdate._series_year); a day printed in brackets after a quoted
  name (「某会议」(十二)日) is a day (numerals._bracketed_day).
- A name's part of the day and hour in words (某日下午2时30分某大会) are no part of the name (namewalk._after_daypart).
- 由 before a name and its title after an organisation's word (大会由甲校长主持) leads the name; no name starts with
  it (posttitled._item).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _events(text: str, day: str, script: str = "simplified"):
    return facts(in_script(text, script), day).events


def _took_part(event) -> set[str]:
    return {p.person for p in event.participants if p.relation == "attended"}


_TOUR = (
    "新华社江城2031年11月21日电 临江市长龚明远今日率领代表团前往海州，进行为期三日的考察。"
    "其他参加的官员包括临江市商务局局长柴思雨、临江市文化局局长钱小禾。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("later", "title"),
    [
        ("市长与考察团傍晚会见海州省领导。", "会见"),
        ("考察团明天将出席海州临江经贸交流会。", "海州临江经贸交流会"),
        ("市长与考察团傍晚会见海州省领导，其后并一同出席海州省政府的欢迎晚宴。", "晚宴"),
    ],
)
def test_group_subject_takes_the_visit_people(script: str, later: str, title: str) -> None:
    events = _events(_TOUR + later, "2031-11-21", script)
    act = next(e for e in events if title in e.title)
    assert {"柴思雨", "钱小禾"} <= _took_part(act)
    assert any(p.provenance.rule == "participation:group_subject" for p in act.participants)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_group_as_object_gives_nothing(script: str) -> None:
    """市长会见了考察团: the group is the act's object, not its subject; the host's act is not the group's."""
    text = _TOUR + "海州市长宁可心傍晚会见了考察团，随后出席海州某协会年会。"
    events = _events(text, "2031-11-21", script)
    annual = next(e for e in events if "年会" in e.title)
    assert not {"柴思雨", "钱小禾"} & _took_part(annual)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("moment", ["大会开始前", "这是大会开幕前", "论坛期间", "开幕式前"])
def test_side_phrase_opens_talks_of_their_own(script: str, moment: str) -> None:
    text = f"新华社江城2031年6月15日电 15日，第三届江海论坛大会在江城举行。{moment}，林晓峰会见了海州市长柴思雨。"
    events = _events(text, "2031-06-15", script)
    talks = [e for e in events if e.event_type == "talks"]
    assert len(talks) == 1 and talks[0].date == "2031-06-15"
    assert talks[0].provenance[0].rule.startswith("event:side:")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_word_before_the_talks_is_no_side_phrase(script: str) -> None:
    """会议强调前…: no gathering's moment opens the clause; talks in another month stay undated by the meeting."""
    text = "新华社江城2031年6月15日电 15日，第三届江海论坛大会在江城举行。据悉，林晓峰今年3月曾会见海州市长柴思雨。"
    talks = [e for e in _events(text, "2031-06-15", script) if e.event_type == "talks"]
    assert all(e.date != "2031-06-15" for e in talks)


@pytest.mark.parametrize(
    ("name", "year"),
    [("中部城市合作平台-一二〇年首长会议", "2031"), ("中部城市合作平台-2031年首长会议", "2031"), ("中部城市合作平台-一九年首长会议", None)],
)
@pytest.mark.parametrize("day", ["(十二)日", "（12）日", "十二日"])
def test_series_year_dates_an_undated_page(name: str, year: str | None, day: str) -> None:
    text = in_script(f"「{name}」{day}在江城市政府礼堂举行，会议由江城市长林晓峰主持。", "traditional")
    meeting = next(e for e in facts(text, "").events if "首长会议" in e.title)
    assert meeting.date == year


def test_bracketed_heading_number_is_no_day() -> None:
    """(十)日常管理: a heading's number before a word starting with 日 stays no day, quote or not."""
    found = facts("江城市政府工作规则\n(十)日常管理由办公厅负责。", "2031-05-01")
    assert not found.unresolved_times


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("hour", ["下午2时30分", "下午", "上午9时", "晚上七时三十分"])
def test_daypart_and_hour_are_no_part_of_the_name(script: str, hour: str) -> None:
    text = f"2031年3月9日{hour}江城大学干部大会在学校礼堂召开。"
    (meeting,) = _events(text, "2031-03-10", script)
    assert meeting.title == "江城大学干部大会" and meeting.date == "2031-03-09"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("title", ["校长", "院长", "局长"])
def test_you_leads_a_name_before_its_title(script: str, title: str) -> None:
    found = facts(in_script(f"2031年3月9日，大会由林晓峰{title}主持。", script), "2031-03-09")
    names = {p.name for p in found.people}
    assert "林晓峰" in {in_script(n, "simplified") for n in names}
    assert not any(n.startswith("由") for n in names)


_LEADERS = "2031年3月9日下午，江城大学干部大会在学校礼堂召开。出席大会的领导有"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "items",
    [
        "教育部林晓峰副部长，江城市委常委、市委教育工委柴思雨书记，教育部人事司钱小禾副司长。",
        "教育部副部长林晓峰，江城市委常委、市委教育工委书记柴思雨，教育部人事司副司长钱小禾。",
        "教育部林晓峰副部长，江城市委教育工委宁岩副书记，江城市委常委、市委教育工委柴思雨书记，教育部人事司钱小禾副司长。",
    ],
)
def test_comma_items_after_a_listing_verb_all_attend(script: str, items: str) -> None:
    (meeting,) = _events(_LEADERS + items, "2031-03-10", script)
    assert {"林晓峰", "柴思雨", "钱小禾"} <= {in_script(n, "simplified") for n in _took_part(meeting)}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_comma_list_ends_at_a_clause_of_its_own(script: str) -> None:
    """出席大会的领导有甲，会上乙宣读了决定: the clause after the comma is no item of the list."""
    text = _LEADERS + "教育部副部长林晓峰，会上江城大学党委书记柴思雨宣读了任免决定。"
    (meeting,) = _events(text, "2031-03-10", script)
    assert "柴思雨" not in {in_script(n, "simplified") for n in _took_part(meeting)}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("subject", "roster"), [("代表团部分成员", False), ("代表团成员", True)])
def test_part_of_the_group_is_not_its_roster(script: str, subject: str, roster: bool) -> None:
    """代表团部分成员出席…: a part of the group acts, not the group's whole roster (word_uses.tsv group_part)."""
    text = _TOUR + f"21日晚，{subject}出席海州论坛欢迎酒会。"
    reception = next(e for e in _events(text, "2031-11-21", script) if "酒会" in e.title)
    assert ("柴思雨" in {in_script(n, "simplified") for n in _took_part(reception)}) is roster


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("name", ["林晓峰", "柴明"])
def test_will_after_a_name_is_no_part_of_it(script: str, name: str) -> None:
    """某司长甲会于明日前往…: 会 (will) ends the name; no 峰会 is read across 林晓峰会于."""
    found = facts(in_script(f"特区政府公布，政务司司长{name}会于明日前往江城。", script), "2031-02-22")
    assert {in_script(p.name, "simplified") for p in found.people} == {name}
    assert not found.events


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("chain", "title"),
    [
        ("省委副书记、省长", "省政府常务会议"),
        ("临江市委副书记、市长", "临江市政府常务会议"),
        ("临江市委常委、秘书长", "临江市委常委会会议"),
    ],
)
def test_a_chain_before_the_presiding_person_titles_no_meeting(script: str, chain: str, title: str) -> None:
    organ = "市委常委会会议" if "秘书长" in chain else ("省政府常务会议" if chain.startswith("省") else "市政府常务会议")
    (meeting,) = _events(f"本报讯 2031年8月21日，{chain}林晓峰主持召开{organ}。", "2031-08-22", script)
    assert in_script(meeting.title, "simplified") == title


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_members_listed_after_a_colon_attend_their_group_visit(script: str) -> None:
    text = (
        "新华社江城2031年7月1日电 临江省委书记林晓峰今日率经贸代表团来江城访问。"
        "代表团成员包括：临江省副省长钱小禾、省委秘书长宁可心，以及多位市长。"
    )
    visit = next(e for e in _events(text, "2031-07-01", script) if e.event_type == "visit")
    assert {"钱小禾", "宁可心"} <= {in_script(n, "simplified") for n in _took_part(visit)}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_roster_after_a_colon_joins_its_group_visit_not_another_persons(script: str) -> None:
    """成员包括：… after another person's trip (特首明日到访某市): the members join the delegation's own visit only."""
    text = (
        "【本报讯】行政长官林晓峰将于明日到访江城，陪同出访的包括局长柴思雨。"
        "政务司司长龚明远会于明日下午率领特区代表团前往海州，与海州副省长马一平共同主持海港合作会议。"
        "代表团成员包括：环境局局长钱小禾、民政事务局副局长宁可心。"
    )
    for visit in (e for e in _events(text, "2031-02-22", script) if e.event_type == "visit"):
        members = {"钱小禾", "宁可心"} <= {in_script(n, "simplified") for n in _took_part(visit)}
        assert members is ("代表团" in in_script(visit.title, "simplified"))



@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("leg", ["下午，他与青禾县的基层干部进行座谈，听取县委工作汇报。", "他来到青禾镇政府，向镇村干部问好，与他们座谈交流。"])
def test_a_discussion_naming_no_one_on_a_tour_is_a_leg(script: str, leg: str) -> None:
    text = "本报讯 2031年2月26日，省委书记林晓峰赴青禾县调研。" + leg
    events = _events(text, "2031-02-27", script)
    assert [e.event_type for e in events] == ["inspection"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_discussion_with_named_people_on_a_tour_stays(script: str) -> None:
    text = "本报讯 2031年2月26日，省委书记林晓峰赴青禾县调研。下午，林晓峰与青禾县委书记柴思雨等进行座谈。"
    assert len(_events(text, "2031-02-27", script)) == 2
