"""Delegation trips and official tours (ninth session, lane trip19: the trips missed on realrecall and realheld10,
counted across all sets). Invented names, places and dates only; Simplified and Traditional variants of each class.

1. A trip announced with a day (某某将于5月2日率领某代表团访问某地; 将于21日启程前往某地) is a planned ``visit`` on
   that day (docs/gold-conventions.md A3), not an act left to its report; with no day printed, no event.
2. Setting off (启程前往/启程往/启程赴 a place) is the trip of the person before the verb: a ``visit`` even with no
   group named, titled by who sets off and where to; announced with a day, a planned one.
3. A leg moving on (转往/转赴 某地访问) on a day of its own after the article's visit is a visit of its own; told
   without a day (随后转往某国访问) it stays the visit told.
4. A verb of going (前往, 抵达) names no person's visit by itself: never a visit titled <person>前往 with no place.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events as build
from pipeline_probe import event_people, of_type

PAGE = "新华社江城2031年4月20日电 "

# --- 1. a trip announced with a day is a planned visit ------------------------------------------------------------

ANNOUNCED = [
    (PAGE + "临江省长龚明远将于4月26日至27日率领本地工商界代表团访问海州。", "2031-04-26", "海州"),
    (PAGE + "江城市副市長林曉峰將於五月九日上午率領江城經貿團前往青禾，與青禾市市長柴思雨一同出席簽約儀式。", "2031-05-09", "青禾"),
    (PAGE + "江城市委书记柴思雨拟于5月8日率党政代表团赴海州市考察交流。", "2031-05-08", "海州"),
    # session 60: a person's visit word announced with its day is the person's planned trip too (A3)
    (PAGE + "临江省长龚明远将于4月26日访问海州。", "2031-04-26", "海州"),
]


@pytest.mark.parametrize("text, day, place", ANNOUNCED, ids=["simplified_range", "traditional_afternoon", "tour_of_a_group", "person_alone"])
def test_a_trip_announced_with_a_day_is_a_planned_visit(text: str, day: str, place: str) -> None:
    visits = of_type(build(text), "visit")
    assert len(visits) == 1
    assert visits[0].planned and visits[0].date == day
    assert place in (visits[0].place or "")


NOT_ANNOUNCED = [
    PAGE + "临江省长龚明远将在适当时候率领本地工商界代表团访问海州。",  # no day: a plan, no event (A1)
    PAGE + "臨江省長龔明遠將於近期率團訪問海州，具體行程另行公佈。",  # no day printed
    PAGE + "临江省长龚明远将于4月26日赴海州出席论坛。",  # going to attend a meeting: the meeting's participant
]


@pytest.mark.parametrize("text", NOT_ANNOUNCED, ids=["no_day", "traditional_soon", "going_to_a_meeting"])
def test_a_trip_without_a_day_or_a_group_is_no_event(text: str) -> None:
    assert not of_type(build(text), "visit")


def test_the_trip_told_again_is_the_announced_visit() -> None:
    text = (
        PAGE + "临江省长龚明远将于4月26日至27日率领本地工商界代表团访问海州。翌日，龚明远一行将参观海州新区。"
        "龚明远将于4月26日上午启程前往海州，4月27日晚上返抵江城。"
    )
    visits = of_type(build(text), "visit")
    assert len(visits) == 1 and visits[0].planned


# --- 2. setting off is a visit --------------------------------------------------------------------------------------

DEPARTURES = [
    (PAGE + "江城市长龚明远今晚从江城启程前往青禾，此行为期五天。", "龚明远", "青禾", False),
    (PAGE + "行政長官林曉峰將於本月26日啟程前往海州，與海州市領導會面。", "林晓峰", "海州", True),
    (PAGE + "临江省长柴思雨20日率领临江经贸团启程往海州，参加第三届海州农业博览会。", "柴思雨", "海州", False),
]


@pytest.mark.parametrize("text, person, place, planned", DEPARTURES, ids=["tonight", "traditional_announced", "group_to_a_fair"])
def test_setting_off_is_a_visit(text: str, person: str, place: str, planned: bool) -> None:
    visits = of_type(build(text), "visit")
    assert len(visits) == 1
    assert visits[0].place == place and visits[0].planned == planned
    assert (person, "attended") in event_people(visits[0])


def test_a_trip_set_off_to_a_fair_keeps_the_fair_apart() -> None:
    found = build(DEPARTURES[2][0])
    assert len(of_type(found, "visit")) == 1
    assert "博览会" not in of_type(found, "visit")[0].title
    assert any("博览会" in e.title for e in found if e.event_type != "visit")


def test_setting_off_with_no_place_is_no_visit() -> None:
    assert not of_type(build(PAGE + "江城市长龚明远今晚启程前往，展开访问行程。"), "visit")


# --- 3. a leg moving on, on a day of its own ------------------------------------------------------------------------

LEGS = [
    "新华社江城2031年4月22日电 临江省长柴思雨20日率领临江经贸代表团启程往海州，参加海州农业博览会。21日上午，代表团转往青禾访问。",
    "新華社江城2031年4月22日電 臨江省長柴思雨20日率領臨江經貿代表團啟程往海州，參加海州農業博覽會。21日上午，代表團轉赴青禾訪問。",
]


@pytest.mark.parametrize("text", LEGS, ids=["simplified", "traditional"])
def test_a_leg_moving_on_a_later_day_is_a_visit_of_its_own(text: str) -> None:
    visits = of_type(build(text), "visit")
    assert len(visits) == 2
    assert sorted(v.date for v in visits) == ["2031-04-20", "2031-04-21"]


def test_a_leg_moving_on_without_a_day_is_the_visit_told() -> None:
    text = PAGE + "20日，临江省长柴思雨率领省政府代表团访问海州。随后，代表团转往青禾访问。"
    assert len(of_type(build(text), "visit")) == 1


# --- 4. a verb of going names no person's visit by itself ---------------------------------------------------------

GOING = [
    "林晓峰副省长赴江城、青禾检查春耕备耕工作\n按照省政府部署，4月12日至13日，林晓峰副省长前往江城市、青禾市调研春耕备耕。",
    "林曉峰副省長前往江城調研\n4月12日，林曉峰副省長前往江城市調研春耕備耕。",
    "4月12日，龔明遠會見海州客商。龔明遠隨後前往青禾港調研。",
]


@pytest.mark.parametrize("text", GOING, ids=["headline_tour", "traditional_headline", "traditional_after_talks"])
def test_a_verb_of_going_names_no_persons_visit(text: str) -> None:
    assert any(e.event_type == "inspection" for e in build(text, "2031-04-25"))
    assert not [e for e in build(text) if e.event_type == "visit" and e.title.endswith(("前往", "抵达"))]  # 某某前往


# --- 5. a group's arrival in Taiwan names its trip; a trip made on invitation is done --------------------------------

ARRIVALS = [
    ("新华社江城2031年4月20日电 由海州省委书记柴思雨率领的文化交流团17日抵台，将展开为期5天的参访行程。", "柴思雨"),
    ("新華社江城2031年4月20日電 由海州省委書記柴思雨率領的文化交流團17日抵臺，將展開為期5天的參訪行程。", "柴思雨"),
    ("新华社江城2031年4月20日电 海州省交流团17日抵台，展开为期一周的参访行程。", ""),
]


@pytest.mark.parametrize("text, leader", ARRIVALS, ids=["simplified", "traditional", "no_leader"])
def test_a_groups_arrival_in_taiwan_is_its_visit(text: str, leader: str) -> None:
    visits = of_type(build(text), "visit")
    assert len(visits) == 1
    assert visits[0].date == "2031-04-17" and visits[0].place == "台湾"
    assert "行程" not in visits[0].title  # the trip as a noun names no visit of its own
    assert not leader or (leader, "attended") in event_people(visits[0])


INVITED = [
    "新华社江城2031年4月28日电 临江青年代表团一行80人，受海州市政府邀请于4月26日抵达海州开展交流演出。",
    "新華社江城2031年4月28日電 臨江青年代表團一行300人，應海州市政府邀請於4月26日抵達海州訪問。",
]


@pytest.mark.parametrize("text", INVITED, ids=["simplified", "traditional"])
def test_a_trip_made_on_invitation_is_a_visit_done(text: str) -> None:
    visits = of_type(build(text), "visit")
    assert len(visits) == 1
    assert visits[0].date == "2031-04-26" and not visits[0].planned


# --- 6. a day or a month right before 来 and a place is a date and a motion, not a duration ------------------------

COMING = [
    ("新华社江城2031年5月20日电 临江省省长林晓峰19日来江城考察调研。", "2031-05-19", "江城"),
    ("新華社江城2031年5月20日電 臨江省省長林曉峰19日來港考察調研。", "2031-05-19", "香港"),
    ("新华社江城2031年5月20日电 海州市委书记柴思雨一行18日来闽考察调研。", "2031-05-18", "福建"),
]


@pytest.mark.parametrize("text, day, place", COMING, ids=["day", "traditional_hong_kong", "party_to_fujian"])
def test_coming_to_a_place_on_a_day_is_dated_by_it(text: str, day: str, place: str) -> None:
    tours = of_type(build(text), "inspection")
    assert len(tours) == 1
    assert tours[0].date == day and tours[0].place == place


@pytest.mark.parametrize("words", ["近10日来", "10日来，", "3个月来", "5月以来", "过去5日来"])
def test_spans_before_lai_stay_durations(words: str) -> None:
    from ygraph.time.timerules import extract_times

    found = extract_times(words + "全市累计接待游客120万人次。", 0)
    assert [t.kind for t in found] == ["duration"]


# --- 7. an inspection act printing no date of its own, after a dated tour of the same person, is a stop of it -------

STOPS = [
    "新华社江城2031年5月11日电 江城县长林晓峰10日下午分别前往青禾镇与海州乡会勘三处排水工程。"
    "林晓峰先到青禾镇柳河村会勘排水沟渠。之后，林晓峰一行前往海州乡会勘雨水泵站。",
    "新華社江城2031年5月11日電 江城縣長林曉峰10日下午分別前往青禾鎮與海州鄉會勘三處排水工程。"
    "林曉峰先到青禾鎮柳河村會勘排水溝渠。之後，林曉峰一行前往海州鄉會勘雨水泵站。",
    "新华社江城2031年5月11日电 4月12日至13日，龚明远副省长前往江城市、青禾市调研园区建设。"
    "龚明远先后到江城港、青禾物流园等项目现场调研。",
]


@pytest.mark.parametrize("text", STOPS, ids=["simplified", "traditional", "site_visits"])
def test_an_undated_inspection_after_a_dated_tour_is_a_stop(text: str) -> None:
    tours = of_type(build(text), "inspection")
    assert len(tours) == 1 and tours[0].date is not None


def test_an_inspection_dated_on_its_own_stays_a_tour_of_its_own() -> None:
    text = (
        "新华社江城2031年5月11日电 4月12日，龚明远副省长前往江城市调研园区建设。"
        "5月8日，龚明远前往青禾市调研春耕生产。"
    )
    assert len(of_type(build(text), "inspection")) == 2


# --- 8. a visit led by another named leader is another trip, not the visit told again -----------------------------

TWO_LEADERS = [
    "新华社江城2031年5月10日电 临江局局长林晓峰将于六月三日至五日率临江经贸团访问海州；"
    "临江局副局长柴思雨于六月六日至九日率团访问青禾。",
    "新華社江城2031年5月10日電 臨江局局長林曉峰將於六月三日至五日率臨江經貿團訪問海州；"
    "臨江局副局長柴思雨於六月六日至九日率團訪問青禾。",
]


@pytest.mark.parametrize("text", TWO_LEADERS, ids=["simplified", "traditional"])
def test_a_visit_led_by_another_leader_is_another_trip(text: str) -> None:
    visits = sorted(of_type(build(text), "visit"), key=lambda v: v.date or "")
    assert [(v.date, v.place) for v in visits] == [("2031-06-03", "海州"), ("2031-06-06", "青禾")]
    assert ("柴思雨", "attended") not in event_people(visits[0])


def test_the_same_leader_on_a_later_day_is_the_visit_told() -> None:
    text = (
        "新华社江城2031年5月20日电 5月12日至15日，临江市长林晓峰率领代表团访问海州。"
        "13日，林晓峰率领代表团访问海州港。"
    )
    assert len(of_type(build(text), "visit")) == 1
