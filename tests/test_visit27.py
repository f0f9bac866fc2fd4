"""Visits, delegations and signings (lane visit27). Invented Simplified and Traditional variants with near-misses,
for the classes a fresh sample of these pages (scored by the strict scorer) and the judges' first runs showed:

* one host meeting a list of guests in turn (分别会见/先后会见/分别拜会 甲、乙和丙) holds one talks per guest,
  whether a place (在某地) or an adverb (还, 将) stands before the adverb and whether the last guest is joined
  by 和/及 (events/respective.py, events word_uses.tsv ``respective`` 先后); a joiner inside a title
  (海州欧洲和外交部长) splits nothing, and a list with no such adverb stays one talks;
* a group's trip told by 出访 or 造访 is a visit (events triggers.tsv); a phone follow-up (电话回访), a
  reference (出访期间), the trip as a noun (此次出访意义重大: word_uses.tsv act_modifier) names none;
* a departure (启程前往某地) followed in its clause by the visit it sets off on (进行访问) is that trip, and its
  traveller may stand in an earlier clause of the sentence (甲将于24日傍晚，启程前往某地) (events/acts.py);
* a government release names its official once and then by the title alone (行政长官随后与乙会晤, 行政长官还将
  先后拜会乙及丙): the talks are the one holder's (events/titleholder.py, word_uses.tsv ``holder_title``,
  ``holder_adverb``); with two people printed with that title, or none, nobody holds them;
* a trip announced with its range (将于6月3日至8日访问) on a page stamped before it keeps the page's year, and a
  Macau stamp line printing the day first with slashes (21/04/2031) dates the page (time/temporal.py,
  time document_date.tsv ``stamp_line_dmy_slash``); a site clock after a dash stays no date;
* the hyphenation point of Big5 pages (‧) is the middle dot of a foreign name (text lookalikes.tsv), and a
  foreign name printed whole and then by its last part is one holder: no succession between the two
  (corpus/people.successions).
"""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, built_events, event_people, facts, handed_on, of_type, role_overlaps
from sweep13 import traditional

SCRIPTS = ("simplified", "traditional")
PAGE = "江城日报2031年4月8日讯 "


def _script(text: str, script: str) -> str:
    return text if script == "simplified" else traditional(text)


def _talks(text: str, script: str) -> list[tuple[str, set[str]]]:
    found = of_type(built_events(_script(text, script), "2031-04-08"), "talks")
    return sorted((e.title, {p for p, _ in event_people(e)}) for e in found)


# --- 1. a list of guests met in turn ----------------------------------------------------------------------------

IN_TURN = [
    (PAGE + "江城外长林晓峰7日在海州分别会见了临江外长龚明远、松岩外长柴思雨和青禾外长宁可心。", ["龚明远", "柴思雨", "宁可心"]),
    (PAGE + "江城外长林晓峰7日在海州先后会见了临江外长龚明远、松岩外长柴思雨。", ["龚明远", "柴思雨"]),
    (PAGE + "临江省长林晓峰7日分别会见了江城集团董事长龚明远、松岩集团总经理柴思雨。", ["龚明远", "柴思雨"]),
    (PAGE + "江城省长林晓峰6日抵达临江。7日，林晓峰还分别会见了临江总理龚明远、临江前总统柴思雨。", ["龚明远", "柴思雨"]),
    (PAGE + "海州市长钱小禾7日在松岩先后会见松岩州长龚明远及松岩议长柴思雨。", ["龚明远", "柴思雨"]),
    (PAGE + "海州市长钱小禾7日分别会晤了松岩州长龚明远和青禾县长宁可心。", ["龚明远", "宁可心"]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, guests", IN_TURN, ids=["place_and", "one_after_another", "companies", "still", "and_or", "meets"])
def test_guests_met_in_turn_hold_one_talks_each(text: str, guests: list[str], script: str) -> None:
    found = _talks(text, script)
    assert len(found) == len(guests)
    for guest in guests:  # each talks names its own guest and no other
        assert sum(guest in people for _, people in found) == 1
        assert any(guest in title for title, _ in found)


def test_calls_announced_in_turn_are_planned_one_each() -> None:
    text = PAGE + "海州行政长官林晓峰将于5月1日至5日访问临江。访问期间，林晓峰将分别拜会临江总统龚明远和总理柴思雨。"
    for script in SCRIPTS:
        found = of_type(built_events(_script(text, script), "2031-04-08"), "talks")
        assert len(found) == 2 and all(e.planned for e in found)
        assert {g for e in found for g, _ in event_people(e)} == {"林晓峰", "龚明远", "柴思雨"}


NOT_IN_TURN = [
    (PAGE + "江城外长林晓峰7日会见了临江外长龚明远、松岩外长柴思雨和青禾外长宁可心。", 1),  # no adverb: one talks
    (PAGE + "江城外长林晓峰7日分别会见了海州欧洲和外交部长龚明远。", 1),  # 和 inside a title: one guest
    (PAGE + "江城外长林晓峰7日分别会见了临江代表团。", 1),  # a group, no list
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, count", NOT_IN_TURN, ids=["no_adverb", "joiner_in_title", "group"])
def test_no_list_met_in_turn_stays_one_talks(text: str, count: int, script: str) -> None:
    assert len(_talks(text, script)) == count


def test_a_joiner_in_a_title_keeps_the_guest_whole() -> None:
    found = _talks(PAGE + "江城外长林晓峰7日分别会见了海州欧洲和外交部长龚明远、松岩外长柴思雨。", "simplified")
    assert [people - {"林晓峰"} for _, people in found] == [{"柴思雨"}, {"龚明远"}] or [
        people - {"林晓峰"} for _, people in found
    ] == [{"龚明远"}, {"柴思雨"}]


# --- 2. 出访, 造访 by a group --------------------------------------------------------------------------------

GROUP_TRIPS = [
    (PAGE + "青禾县长钱小禾明日率领农业考察团出访松岩，洽谈农产品合作。", "钱小禾", "2031-04-09", True),
    (PAGE + "8日，青禾乡长柴思雨率团造访海州市，受到海州市长钱小禾欢迎。", "柴思雨", "2031-04-08", False),
    (PAGE + "江城市长宁可心8日率经贸代表团出访松岩，为期五天。", "宁可心", "2031-04-08", False),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, leader, day, planned", GROUP_TRIPS, ids=["abroad_tomorrow", "call", "trade_group"])
def test_a_group_trip_told_by_these_verbs_is_a_visit(text: str, leader: str, day: str, planned: bool, script: str) -> None:
    visits = of_type(built_events(_script(text, script), "2031-04-08"), "visit")
    assert len(visits) == 1
    assert visits[0].date == day and visits[0].planned == planned
    assert (leader, "attended") in event_people(visits[0])


NO_TRIP = [
    PAGE + "8日，青禾乡长柴思雨电话回访困难群众，了解诉求办理情况。",  # a phone follow-up
    PAGE + "青禾乡长柴思雨在出访期间会见了海州市长龚明远。",  # a reference to the trip
    PAGE + "8日，海州市长林晓峰结束出访返回海州。",  # the trip's end, no trip told
    PAGE + "海州市长林晓峰表示，此次率团出访意义重大。",  # the trip as a noun
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NO_TRIP, ids=["phone", "during", "ended", "noun"])
def test_no_trip_without_a_group_going(text: str, script: str) -> None:
    assert not of_type(built_events(_script(text, script), "2031-04-08"), "visit")


# --- 3. a departure and the visit it sets off on ------------------------------------------------------------------

DEPARTURES = [
    (PAGE + "青禾县长钱小禾将于12日启程前往海州进行访问。", "2031-04-12"),
    (PAGE + "青禾县长钱小禾将于14日清晨，启程前往海州开展访问，县府秘书长宁可心随行。", "2031-04-14"),
    (PAGE + "松岩州长柴思雨将于12日午后，启程前往海州。", "2031-04-12"),
    (PAGE + "临江省长柴思雨将于12日启程前往海州展开访问。", "2031-04-12"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, day", DEPARTURES, ids=["visit_after", "earlier_clause_member", "earlier_clause", "launches"])
def test_a_departure_is_the_trip_it_sets_off_on(text: str, day: str, script: str) -> None:
    visits = of_type(built_events(_script(text, script), "2031-04-08"), "visit")
    assert len(visits) == 1
    assert visits[0].date == day and visits[0].planned
    assert "海州" in (visits[0].place or "")


def test_the_companion_of_a_departure_goes_too() -> None:
    visit = of_type(built_events(DEPARTURES[1][0], "2031-04-08"), "visit")[0]
    assert {("钱小禾", "attended"), ("宁可心", "attended")} <= event_people(visit)


def test_a_tour_after_a_departure_still_names_the_trip() -> None:
    found = built_events(PAGE + "临江省长柴思雨8日启程前往海州考察。", "2031-04-08")
    assert len(found) == 1 and found[0].event_type == "inspection"


# --- 4. the title alone standing for its one holder ---------------------------------------------------------------

TITLED = [
    ("新华社江城2031年4月8日电 海州行政长官宁可心8日飞抵松岩，与松岩首相柴思雨会晤。行政长官随后与松岩财政大臣钱小禾会晤，谈及金融合作。", {"柴思雨", "钱小禾"}),
    ("新华社江城2031年4月8日电 海州行政长官宁可心8日抵达松岩。行政长官亦同松岩财政大臣钱小禾会面。", {"钱小禾"}),
    ("新华社江城2031年4月8日电 海州特首宁可心8日抵达松岩。特首其后与松岩首相柴思雨会晤。", {"柴思雨"}),
    ("新华社江城2031年4月8日电 海州行政长官宁可心将于5月2日至6日率团访问松岩。访问松岩期间，行政长官将与松岩首相柴思雨会晤。", {"柴思雨"}),
    ("新华社江城2031年4月8日电 海州行政长官宁可心将于5月2日至6日率团访问松岩。访问松岩期间，行政长官还将先后拜会松岩国王钱小禾及首相柴思雨。", {"钱小禾", "柴思雨"}),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, guests", TITLED, ids=["afterwards", "also", "chief_meets", "announced", "in_turn"])
def test_the_title_alone_stands_for_its_one_holder(text: str, guests: set[str], script: str) -> None:
    found = of_type(built_events(_script(text, script), "2031-04-08"), "talks")
    for guest in guests:  # each guest's talks are held by the one holder of the title
        held = [e for e in found if (guest, "attended") in event_people(e)]
        assert len(held) == 1 and ("宁可心", "attended") in event_people(held[0])


NOT_TITLED = [
    # two people printed with the title: whose talks they are stays unknown
    "新华社江城2031年4月8日电 海州行政长官宁可心与前任行政长官林晓峰8日抵达松岩。行政长官随后与松岩财政大臣钱小禾会晤。",
    # nobody printed with the title
    "新华社江城2031年4月8日电 海州代表团8日抵达松岩。行政长官随后与松岩财政大臣钱小禾会晤。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_TITLED, ids=["two_holders", "no_holder"])
def test_a_title_of_no_one_holder_holds_no_talks(text: str, script: str) -> None:
    found = of_type(built_events(_script(text, script), "2031-04-08"), "talks")
    assert not any(("钱小禾", "attended") in event_people(e) and len(event_people(e)) > 1 for e in found)
    assert not any(p in {"宁可心", "林晓峰"} for e in found for p, _ in event_people(e))


# --- 5. an announced range on a page stamped before it ------------------------------------------------------------

STAMPED = [
    ("松岩州长将率团来访\n2031-04-15\n松岩州长钱小禾将于6月3日至8日率团访问江城。", "2031-04-15"),
    ("松岩州长将率团来访\n21/04/2031\n分享\n松岩州长钱小禾将于6月3日至8日率团访问江城。", "2031-04-21"),
    ("松岩州长将率团来访\n2031-04-15\n应江城邀请，松岩州长钱小禾将率领经贸团于6月3日至8日访问江城。", "2031-04-15"),
    ("松岩州长率团来访\n2031-04-15\n松岩州长钱小禾3月3日至8日率团访问了江城。", "2031-03-08"),  # done: its last day
    ("松岩州长率团来访\n2031-04-15\n松岩州长钱小禾6月3日至8日率团访问了江城。", "2030-06-08"),  # done, a year back
    ("松岩州长将率团来访\n21/04/2031 - 08:12:40\n松岩州长钱小禾将于6月3日至8日率团访问江城。", None),  # a site clock
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, day", STAMPED, ids=["plan", "macau_stamp", "invited", "done", "done_year_back", "site_clock"])
def test_an_announced_range_keeps_the_page_year(text: str, day: str | None, script: str) -> None:
    assert article_dates(_script(text, script)) == [day]


def test_the_announced_trip_and_its_calls_are_dated_in_the_page_year() -> None:
    text = "松岩州长将率团来访\n21/04/2031\n分享\n松岩州长钱小禾将于6月3日至8日率团访问江城。"
    found = facts(traditional(text), None).events  # no day given: the page's own stamp dates it
    assert [e.date for e in found if e.event_type == "visit"] == ["2031-06-03"]


# --- 6. the Big5 middle dot ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_foreign_name_printed_with_the_hyphenation_point_is_read_whole(script: str) -> None:
    text = PAGE + "江城外长林晓峰7日在江城会见海州外长约翰\u2027柯林斯。"
    found = of_type(built_events(_script(text, script), "2031-04-08"), "talks")
    assert len(found) == 1 and ("约翰·柯林斯", "attended") in event_people(found[0])


SHORT = [
    "海州外交部长约翰·柯林斯7日与江城市长林晓峰会面。2030年5月，海州外交部长柯林斯率团访问江城。",
    "海州外交部长约翰\u2027柯林斯7日与江城市长林晓峰会面。2030年5月，海州外交部长柯林斯率团访问江城。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SHORT, ids=["dot", "hyphenation_point"])
def test_a_foreign_name_and_its_last_part_are_one_holder(text: str, script: str) -> None:
    page = _script(PAGE + text, script)
    assert not handed_on(page, "2031-04-08") and not role_overlaps(page, "2031-04-08")


def test_two_foreign_names_still_succeed() -> None:
    text = PAGE + "海州外交部长约翰·柯林斯7日与江城市长林晓峰会面。2030年5月，海州外交部长史密斯率团访问江城。"
    assert handed_on(text, "2031-04-08") == {("海州外交部长", "史密斯", "约翰·柯林斯")}
