"""Meetings between named people, lane encounter28 (session 18): classes counted over the studied sets.

* talks announced by their own actor with a day (甲将于19日拜会乙, 甲19日将拜会乙, 乙将宴请甲, 甲将与乙会面): a planned
  event on that day (gold-conventions A3), its two sides attending (events/acts._blocked, actdraft.dated_plan).
  Near-misses: no day printed (甲拟拜会乙, 甲将会见乙), said and not done (甲表示，将拜会乙), denied (未能与乙会面,
  没有会见乙), a habit (每年都与乙会晤): no event.
* a meal shared by two named sides (甲与乙共进午餐/晚餐, 甲在某地与乙共进晚餐) is their talks (events/triggers.tsv;
  the name before 共进 ends there, actors/name_boundaries.txt); announced with a day it is planned; printed after
  talks of the same clause (会见乙，并共进午餐) it is those talks. Near-misses as above.
* a meal's name used as the verb of two named sides (甲与乙晚宴, 甲与乙在某地餐叙, 甲将与乙及访问团午宴): their
  talks (events/meals.py, events/shared_meals.txt). Near-misses: a meal named with a host (出席乙举行的晚宴), a verb
  between (甲与乙出席欢迎晚宴), 的 between (甲与乙共同举办的晚宴), a habit or a denial.
* talks in a clause opening with their day and an adverb before the partner word, after a trip of the same
  actor (甲率团出访某地，13日与乙会面; 今早(13日)首先与乙会面): talks of their own, the sentence's subject with the
  partner, titled 甲首先与乙会面 (events/sides.past_times, side_acts.tsv ``adverb`` 首先). Near-miss: no partner
  named (13日与当地各界交流) adds no talks.

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2031-06-13"
WIRE = "新华社江城2031年6月13日电 "
WIRE_T = "新華社江城2031年6月13日電 "


def _events(text: str) -> dict[str, tuple[str | None, bool, frozenset[str]]]:
    """title → (date, planned, the people taking part)."""
    return {
        e.title: (e.date, e.planned, frozenset(p.person for p in e.participants)) for e in facts(text, DAY).events
    }


PLANNED_TALKS = [  # (text, date, people): announced talks with their day are planned talks of both sides
    (WIRE + "青禾市长林晓峰将于19日拜会松岩市长龚明远。", "2031-06-19", {"林晓峰", "龚明远"}),
    (WIRE + "青禾市长林晓峰19日将拜会松岩市长龚明远。", "2031-06-19", {"林晓峰", "龚明远"}),
    (WIRE + "青禾市长林晓峰19日将前往松岩，拜访松岩市长龚明远。", "2031-06-19", {"林晓峰", "龚明远"}),
    (WIRE + "青禾市长林晓峰20日将与松岩市长龚明远会面。", "2031-06-20", {"林晓峰", "龚明远"}),
    (WIRE + "青禾市长林晓峰访问松岩。20日晚，松岩荣誉主席宁可心将宴请林晓峰。", "2031-06-20", {"宁可心", "林晓峰"}),
    (WIRE_T + "青禾市長林曉峰將於19日拜會松岩市長龔明遠。", "2031-06-19", {"林晓峰", "龚明远"}),
    (WIRE_T + "青禾市長林曉峰19日將與松岩市長龔明遠會晤。", "2031-06-19", {"林晓峰", "龚明远"}),
    (WIRE + "江城市长钱小禾20日将与海州县长柴思雨共进午餐。", "2031-06-20", {"钱小禾", "柴思雨"}),
]


@pytest.mark.parametrize(("text", "date", "people"), PLANNED_TALKS)
def test_talks_announced_with_their_day_are_planned(text: str, date: str, people: set[str]) -> None:
    found = [v for v in _events(text).values() if v[0] == date]
    assert found, _events(text)
    assert all(planned for _, planned, _ in found)
    assert any(people <= who for _, _, who in found)


MEALS = [  # (text, date, people): a meal of two named sides is their talks
    (WIRE + "12日，江城市长钱小禾与海州县长柴思雨共进午餐。", "2031-06-12", {"钱小禾", "柴思雨"}),
    (WIRE + "12日晚，江城市长钱小禾在青禾宾馆与海州县长柴思雨共进晚餐，双方交换意见。", "2031-06-12", {"钱小禾", "柴思雨"}),
    (WIRE_T + "12日晚，江城市長錢小禾與海州縣長柴思雨共進晚宴。", "2031-06-12", {"钱小禾", "柴思雨"}),
    (WIRE + "12日早上，江城市长钱小禾同海州县长柴思雨共进早餐。", "2031-06-12", {"钱小禾", "柴思雨"}),
]


@pytest.mark.parametrize(("text", "date", "people"), MEALS)
def test_a_shared_meal_is_talks_of_both_sides(text: str, date: str, people: set[str]) -> None:
    found = _events(text)
    assert any(d == date and not planned and people <= who for d, planned, who in found.values()), found


def test_a_meal_after_talks_in_their_clause_is_those_talks() -> None:
    found = _events(WIRE + "13日，江城市长钱小禾会见海州县长柴思雨，并共进午餐。")
    assert len(found) == 1, found


NO_EVENT = [  # no day, said not done, denied, a habit: no event (A1, A3)
    WIRE + "青禾市长林晓峰拟拜会松岩市长龚明远。",
    WIRE + "青禾市长林晓峰将会见松岩市长龚明远。",
    WIRE + "13日，青禾市长林晓峰表示，将拜会松岩市长龚明远。",
    WIRE + "青禾市长林晓峰未能与松岩市长龚明远会面。",
    WIRE + "13日，青禾市长林晓峰没有会见松岩市长龚明远。",
    WIRE + "青禾市长林晓峰每年都与松岩市长龚明远会晤。",
    WIRE + "江城市长钱小禾每年都与海州县长柴思雨共进午餐。",
    WIRE + "12日，江城市长钱小禾未能与海州县长柴思雨共进午餐。",
    WIRE_T + "青禾市長林曉峰每年都與松岩市長龔明遠會晤。",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_talks_without_a_day_or_when_not_held(text: str) -> None:
    assert not _events(text)


OPENED_BY_A_DAY = [  # the day and an adverb before the partner word, after the actor's trip: talks of both
    WIRE + "青禾市长林晓峰率团出访松岩，13日与松岩副总理龚明远会面。",
    WIRE + "青禾市长林晓峰率团出访松岩，今早(13日)首先与松岩副总理龚明远会面。",
    WIRE + "青禾市长林晓峰率团出访松岩，13日下午先与松岩副总理龚明远会晤。",
    WIRE_T + "青禾市長林曉峰率團出訪松岩，今早(13日)首先與松岩副總理龔明遠會面。",
    WIRE + "12日，青禾市长林晓峰率团出访松岩，晚上与松岩副总理龚明远晚宴。",
]


def _talks(text: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [
        (e.title, e.date, frozenset(p.person for p in e.participants))
        for e in facts(text, DAY).events
        if e.event_type == "talks"
    ]


@pytest.mark.parametrize("text", OPENED_BY_A_DAY)
def test_talks_opened_by_their_day_are_their_own(text: str) -> None:
    found = _talks(text)
    assert any(date in (DAY, "2031-06-12") and {"林晓峰", "龚明远"} <= who for _, date, who in found), found


def test_the_brackets_of_a_day_stay_out_of_the_title() -> None:
    titles = [t for t, _, _ in _talks(OPENED_BY_A_DAY[1])]
    assert titles == ["林晓峰与龚明远会面"], titles  # talks29: the adverb goes with the bracketed day


def test_no_talks_where_no_partner_is_named() -> None:
    assert not _talks(WIRE + "青禾市长林晓峰率团出访松岩，13日与当地各界交流。")



SHARED_MEALS = [  # (text, date, planned): a meal word right after the far side of a partner word
    (WIRE + "12日晚，江城市长钱小禾与海州商会会长柴思雨在青禾饭店晚宴。", "2031-06-12", False),
    (WIRE + "江城市长钱小禾20日将与海州县长柴思雨及访问团午宴。", "2031-06-20", True),
    (WIRE_T + "12日，江城市長錢小禾與海州縣長柴思雨在松岩賓館餐敘。", "2031-06-12", False),
    (WIRE + "12日中午，江城市长钱小禾同海州县长柴思雨一行午宴。", "2031-06-12", False),
]


@pytest.mark.parametrize(("text", "date", "planned"), SHARED_MEALS)
def test_a_meal_word_after_the_partner_is_their_talks(text: str, date: str, planned: bool) -> None:
    found = _talks(text)
    assert any(d == date and {"钱小禾", "柴思雨"} <= who for _, d, who in found), found
    assert all(e.planned == planned for e in facts(text, DAY).events if e.event_type == "talks")


NAMED_MEALS = [  # the meal is named, no talks of the two
    WIRE + "12日晚，江城市长钱小禾出席海州商会会长柴思雨举行的晚宴。",
    WIRE + "12日晚，江城市长钱小禾与海州商会会长柴思雨出席欢迎晚宴。",
    WIRE + "12日晚，江城市长钱小禾与海州商会会长柴思雨共同举办的晚宴在青禾饭店举行。",
    WIRE + "江城市长钱小禾每年都与海州商会会长柴思雨晚宴。",
    WIRE + "12日，江城市长钱小禾未能与海州商会会长柴思雨餐叙。",
]


@pytest.mark.parametrize("text", NAMED_MEALS)
def test_a_named_meal_is_no_talks(text: str) -> None:
    assert not _talks(text)
