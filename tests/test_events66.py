"""Events, roles and people of session 56 (invented text, invented names).

- A schedule told twice (将于4月26日启程…5月3日返回; then 26日启程…29日上午…): a bare day the schedule printed with its
  month is that day, and the days after it go on in its month, not in the month of the last date printed.
"""

from __future__ import annotations

import pytest

from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events
from ygraph.time.numerals import normalize_date_numerals

SCHEDULE = (
    "某省代表团公布行程\n2031年04月20日10:11\n"
    "青禾社4月20日电 某省代表团秘书长王立新今日宣布了代表团的行程。王立新宣布，代表团团长张明远将于4月26日启程访问"
    "海州等地，5月3日上午返回。\n王立新指出，张明远26日启程前往海州，28日转赴东港，29日上午出席东港经贸洽谈会，"
    "当天下午会见东港市市长李华生，30日转赴南岭。"
)


def test_a_schedule_told_twice_keeps_its_days_in_their_month() -> None:
    found = _events(SCHEDULE, "2031-04-20")
    assert found["东港经贸洽谈会"][0] == "2031-04-29"
    assert found["张明远会见东港市市长李华生"][0] == "2031-04-29"


def test_a_schedule_told_once_goes_on_in_its_month() -> None:
    """The older reading stands: a bare day after the last date printed ahead of the page follows it."""
    text = (
        "青禾社6月28日电 某省代表团团长张明远将于7月3日搭机前往海州。4日上午出席海州经贸洽谈会，"
        "5日会见海州市市长李华生。"
    )
    found = _events(text, "2031-06-28")
    assert found["海州经贸洽谈会"][0] == "2031-07-04"


def test_a_site_seen_during_a_state_visit_is_a_leg_of_it() -> None:
    text = (
        "新华社海州2031年11月6日电 国务院总理柴思远6日抵达海州，对临海国进行正式访问。"
        "当地时间6日晚，柴思远在临海国总理林晓峰陪同下参观海州美术馆。"
    )
    found = _events(text)
    assert not any("参观" in title for title in found)
    alone = "新华社海州2031年11月6日电 国务院总理柴思远6日在海州参观海州美术馆。"
    assert [date for title, (date, _) in _events(alone).items() if "参观" in title] == ["2031-11-06"]


def test_a_site_of_an_announced_trip_is_no_event_and_the_next_call_keeps_its_day() -> None:
    text = (
        "特首明访江城海州\n2031年02月22日 10:54:52\n"
        "【本报讯】行政长官柴思远将于明日到访江城及海州，期间将与两市主要领导会面。柴思远离港期间，政务司司长周启航将署理"
        "行政长官职务。\n柴思远明日先会到江城拜访江城市委书记林晓峰，并参观江城大学附属医院；之后会到海州拜访海州市委书记"
        "王立新。\n陪同柴思远出访的包括某事务局局长谢文涛和特首办主任唐雨辰。"
    )
    found = _events(text)
    assert not any("参观" in title for title in found)
    assert found["柴思远会拜访海州市委书记王立新"][0] == "2031-02-23"
    assert ("柴思远会拜访海州市委书记王立新", "王立新", "attended") in _parts(text)


TOUR = (
    "柴思远到访江城港控制中心 与政府官员座谈交流\n来源：江城日报 2031-02-23 09:39\n"
    "【本报讯】临江省省长柴思远昨日(22日)抵达江城，展开7日考察调研行程。\n上午，柴思远在市长林晓峰陪同下，"
    "到访江城港控制中心。\n下午，柴思远与林晓峰率领的市政府主要官员进行了座谈交流。\n柴思远明日(23日)继续考察调研行程。"
)


def test_a_trip_length_is_no_day_and_the_tour_goes_on() -> None:
    found = _events(TOUR)
    tours = {title: date for title, (date, _) in found.items() if "考察调研" in title}
    assert list(tours.values()) == ["2031-02-22"]
    assert "柴思远与政府官员座谈交流" in found


def test_approvals_of_an_executive_council_are_dated_events() -> None:
    text = (
        "中央社江城2031年10月6日电 江城自由港区五月二十日经行政院核定筹设。"
        "江城港申办自由贸易港营业执照八月十二日核定通过。"
    )
    assert sorted(date for date, _ in _events(text).values()) == ["2031-05-20", "2031-08-12"]


@pytest.mark.parametrize(
    ("printed", "read"),
    [("营业执照八月十二日核定", "营业执照8月12日核定"), ("可九月", "可九月"), ("正月十五", "正月十五")],
)
def test_a_month_after_a_han_character_needs_its_day(printed: str, read: str) -> None:
    assert normalize_date_numerals(printed)[0] == read


def test_an_opening_by_agents_after_a_day_word_is_titled_by_what_opens() -> None:
    text = "（海州社记者钱小禾江城六日电）江城物流公司江城港自由港区事业，今天由行政院长柴思远与董事长林晓峰揭牌。"
    assert list(_events(text, "2031-10-06")) == ["江城物流公司江城港自由港区事业揭牌"]
    assert ("林晓峰", "行政董事长") not in _roles(text, "2031-10-06")


def test_a_sitting_held_in_a_city_printed_by_its_stem_keeps_its_body() -> None:
    text = "本报讯 28日，临江省人大常委会第九次会议在莆田举行第一次全体会议。"
    assert list(_events(text, "2031-05-29")) == ["临江省人大常委会第九次会议第一次全体会议"]


def test_names_and_posts_of_session_56() -> None:
    text = (
        "江城日报 2031年5月28日 / 28日，临江省人大常委会会议举行。副省长许瑞文，省监委负责人，省法院院长邓立新列席会议。"
        "出席开幕式的还有日本前首相松田由美子等。主任谢立新说，副省长柴思远担任临江省委常委。"
    )
    roles = _roles(text)
    assert ("邓立新", "省监委负责人") not in roles
    assert ("松田由美子", "日本前首相") in roles
    assert ("柴思远", "临江省委常委") in roles


def test_a_name_owning_a_report_noun_does_not_speak() -> None:
    text = (
        "江城日报 2031年7月21日 / 江城党21日召开党代表大会。主席林晓峰致词时表示，感谢大家。"
        "他还说，行政院长韩立泰的施政报告很完整。"
    )
    speakers = {person for _, person, relation in _parts(text) if relation == "spoke_at"}
    assert speakers == {"林晓峰"}
