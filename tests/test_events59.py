"""Events and people of session 49 (invented text, invented names).

- The one province an article names with its own organ (某省委常委) is the province of its bare organs' departments
  (省委组织部副部长甲); two provinces named leave them bare (provincepick.organ_province).
- A session's short name and its full name on days that agree are one event (the corpus merge blocks them by the
  session's numbers), and a headline naming the body's meeting short and without numbers is that session
  (register.headline_body).
- A bare title the page's place completes, before a name the article printed earlier with that post in full, is
  that earlier post (noticebare.own_posts), not the place of the chain printed last.
- 假 before a place (Hong Kong and Macau usage) gives an event's place; 期间 after it (暑假期间) is no place.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts
from sweep13 import in_script
from ygraph.corpus import merge
from ygraph.model import DocumentFacts, Source
from ygraph.pipeline import process_document


def _merged(text: str, day: str, script: str = "simplified"):
    return merge.merge([facts(in_script(text, script), day)], ()).events


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_one_province_completes_its_organs_departments(script: str) -> None:
    text = in_script("中央批准，龚明远任浙江省委常委。省委组织部副部长柴思雨宣读决定。", script)
    posts = {p for name, p in claims(text) if name == "柴思雨"}
    assert posts == {"浙江省委组织部副部长"}


def test_two_provinces_leave_the_department_bare() -> None:
    text = "龚明远任浙江省委常委，钱小禾任江西省委常委。省委组织部副部长柴思雨宣读决定。"
    assert ("柴思雨", "省委组织部副部长") in claims(text)
    assert not {p for name, p in claims(text) if name == "柴思雨" and p.startswith(("浙江", "江西"))}


_SESSION = (
    "2031年01月31日\n\n委员参加江城政协会议\n\n"
    "本报消息 中国人民政治协商会议第九届江城市委员会第二次会议，本月十至十三日在江城市会议中心举行。"
    "开幕式上，中共江城市委书记龚明远出席。\n\n"
    "十三日上午，江城市政协九届二次会议举行换届选举，王大树当选为市政协主席。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_session_short_and_full_names_and_its_headline_are_one_event(script: str) -> None:
    events = _merged(_SESSION, "2031-01-31", script)
    meetings = [e for e in events if e.event_type == "meeting"]
    assert len(meetings) == 1
    assert (meetings[0].date, meetings[0].date_end) == ("2031-01-10", "2031-01-13")
    assert "龚明远" in {p.person for p in meetings[0].participants}


def test_other_sessions_stay_apart() -> None:
    """Another session of the body (九届三次) on a day inside the range is no short name of this one."""
    text = _SESSION.replace("江城市政协九届二次会议", "江城市政协九届三次会议")
    titles = {e.title for e in _merged(text, "2031-01-31") if e.event_type == "meeting"}
    assert "江城市政协九届三次会议" in titles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_bare_title_takes_the_names_earlier_post(script: str) -> None:
    text = (
        "8日，文化节在台南开幕，邀请文化部长钱小禾、台南市长龚明远、新竹市长柴思雨等贵宾共同见证。展区还有新竹馆。\n"
        "市长龚明远以地主身份欢迎大家。"
    )
    posts = {p for name, p in claims(in_script(text, script)) if name == "龚明远"}
    assert posts == {"台南市长"}


def test_a_name_with_two_earlier_posts_of_that_head_stays_with_the_page() -> None:
    """Printed earlier as mayor of two cities: no telling which; the bare title keeps what the page gives it."""
    text = "江城市长龚明远出席。海州市长龚明远也出席。市长龚明远致辞。"
    assert ("龚明远", "海州市长") in claims(text)


@pytest.mark.parametrize("words", ["暑假期间举行", "假如期举行"])
def test_a_holiday_is_no_place(words: str) -> None:
    events = facts(f"新华社江城2031年6月8日电 临江市民营经济座谈会{words}。", "2031-06-08").events
    assert [e.place for e in events] == ["江城"]


def _page(path: str, text: str) -> DocumentFacts:
    """One page of a corpus, under its own file name (one document's events the corpus never second-guesses)."""
    return process_document(Source(path, text, "utf-8", user_date="2031-01-31"))


def test_two_pages_name_one_session_short_and_in_full() -> None:
    """Two documents: the full name over a range of days, the short name on a day inside it (the corpus merge)."""
    full = _page("a.txt", "本报讯 中国人民政治协商会议第九届江城市委员会第二次会议本月十至十三日在江城举行。")
    short = _page("b.txt", "本报讯 十三日上午，江城市政协九届二次会议举行换届选举。")
    meetings = [e for e in merge.merge([full, short], ()).events if e.event_type == "meeting"]
    assert len(meetings) == 1


_TRIP = (
    "江城联合会会长龚明远日前(1月4日-5日)率领一行7人考察团前赴临江省海州市，就建立会场进行考察。\n\n"
    "晚上，海州市钱小禾市长与考察团会面，双方就近期的合作成果交流，随后考察团出席了由海州市孙大川副市长备设的晚宴。\n\n"
    "翌日上午，临江省周小海副省长会见考察团。\n"
    "考察团随后出席海州市商务局吴小山副局长备设的午宴，并于1月5日下午结束行程离开海州。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_meal_of_the_trip(script: str) -> None:
    """近期的 describes the trade it precedes (no vague time of the dinner); the group's own clause attends the dinner,
    not the mayor of the talks before; 随后 puts the lunch on the day of the talks before it."""
    events = {e.title: e for e in facts(in_script(_TRIP, script), "2013-01-06").events}
    dinner, lunch = events["孙大川备设的晚宴"], events["吴小山备设的午宴"]
    assert dinner.date == "2013-01-04"
    assert {p.person for p in dinner.participants} == {"孙大川", "龚明远"}
    assert lunch.date == "2013-01-05" and lunch.date_end is None


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_surname_and_title_after_a_name_printed_before_its_title(script: str) -> None:
    """临江省周小海副省长 … 周副省长对…表示欢迎: the reference is the one name printed before that title."""
    text = "5日上午，临江省周小海副省长会见考察团。会上，周副省长对联合会在海州建立会场表示欢迎。"
    talks = facts(in_script(text, script), "2013-01-06").events[0]
    assert ("周小海", "spoke_at") in {(p.person, p.relation) for p in talks.participants}


def test_two_names_before_the_title_leave_the_reference_open() -> None:
    text = "5日上午，临江省周小海副省长、周大江副省长会见考察团。会上，周副省长对联合会在海州建立会场表示欢迎。"
    talks = facts(text, "2013-01-06").events[0]
    assert not {p.person for p in talks.participants if p.relation == "spoke_at"}


@pytest.mark.parametrize("roster", ["港方代表团成员包括", "港方代表团成员包括："])
@pytest.mark.parametrize("led", ["率港方代表团", "率团"])
def test_members_attend_the_meeting_their_group_was_led_to(roster: str, led: str) -> None:
    """Another official's trip is told first; the delegation led to chair a meeting has no visit of its own: its
    members attend that meeting, never the other official's trip."""
    text = (
        "新华社香港2031年1月29日电 行政长官龚明远明日前赴江城拜访江城主要领导。随同行政长官出访的有政制及内地事务局局长周大海。\n"
        f"政务司司长柴思雨会于明日下午{led}前往海州，与海州市市长孙大川共同主持港海合作会议。\n"
        f"{roster}运输及房屋局局长钱小禾、民政事务局局长吴小山。"
    )
    events = {e.event_type: e for e in facts(text, "2031-01-29").events}
    assert {"钱小禾", "吴小山"} <= {p.person for p in events["meeting"].participants}
    assert not {"钱小禾", "吴小山"} & {p.person for p in events["visit"].participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_state_visit_told_after_a_regular_meeting(script: str) -> None:
    """定期会晤 names a regular meeting, no habit; the visit told with its country after 对…进行 is the person's."""
    text = (
        "新华社里加11月6日电 国务院总理龚明远当地时间6日乘专机抵达松岩，"
        "出席江海总理第21次定期会晤并对海州国进行正式访问。"
    )
    visits = [e for e in facts(in_script(text, script), "2031-11-07").events if e.event_type == "visit"]
    assert [(e.title, e.date) for e in visits] == [("龚明远访问海州国", "2031-11-06")]
