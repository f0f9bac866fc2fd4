"""Events on classes of the third real set (issue 13, sixth round): invented text with invented names and
places."""

from __future__ import annotations

from ygraph.corpus import merge
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def _events(text: str) -> list[tuple[str, str | None]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return sorted((e.title, e.date) for e in facts.events)


def test_a_signing_retold_between_the_same_sides_is_one_signing() -> None:
    found = _events(
        "临江市与江城区正式签约缔结友好城区\n\n本报讯 4月28日上午，临江市与青禾省江城区人民政府签署友好合作协议。"
        "双方表示将深化合作。"
    )
    assert [date for _, date in found] == [DAY]


def test_signings_with_other_sides_on_one_day_stay_apart() -> None:
    found = _events(
        "本报讯 4月28日上午，临江市与青禾集团签署战略合作协议。当天，临江市与海州大学签署合作协议。"
    )
    assert len(found) == 2


def test_talks_held_by_a_charge_d_affaires_are_talks() -> None:
    found = _events(
        "海州驻临江使馆临时代办林晓峰会见青禾省副省长柴思雨一行\n\n"
        "本报讯 4月6日，海州驻临江使馆临时代办林晓峰会见来访的青禾省副省长柴思雨一行。"
    )
    assert [date for _, date in found] == ["2031-04-06"]
    assert found[0][0].startswith("林晓峰会见")


def test_hosts_meeting_a_group_respectively_hold_one_talks_each() -> None:
    text = (
        "本报讯 4月28日，使节团赴临江、青禾两省考察。临江省委书记龚明远，青禾省副省长柴思雨分别会见使节团。"
    )
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    events = merge.merge([facts], ()).events
    hosts = sorted((e.title, tuple(p.person for p in e.participants)) for e in events)
    assert hosts == [("柴思雨会见使节团", ("柴思雨",)), ("龚明远会见使节团", ("龚明远",))]
