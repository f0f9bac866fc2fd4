"""Trips, visits and delegations as events, session 18 (lane trips28). Invented Simplified and Traditional
variants with near-misses:

* a person's own trip printed with its day (某市长某某19日到访某市, 19日上午，某某访问某地, 某某于3月16日至19日访问
  某地) is a ``visit`` of that person even with no group named and no talks told (events/owntrips.py,
  events/own_trips.tsv); the day may open the sentence as a clause of its own;
* the destination may stand between the traveller and the verb: after a word of going (某某19日到某市访问) or
  after 对 with a light verb (某某19日起对某国进行（为期三天的）官式访问);
* not a trip of the page: no day before the word (此次访问), a plan, an invitation or a welcome (将于25日访问,
  邀请某某访问, 欢迎某某来某地访问), a host's guest (会见来访的某某), no destination (某某19日到访。), the visit
  only named (对某国的访问取得成功), and a word of going (前往某地出席论坛: the meeting is the event);
* a leader with 再度, 首度, 首次 or 专程 before 率团 still leads the group's trip (events/word_uses.tsv leader_gap).
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import SCRIPTS, simplified_name, wired


def _events(text: str) -> dict[str, tuple[str, str | None, str | None, bool, set[tuple[str, str]]]]:
    """{title: (type, date, date_end, planned, {(person, relation)})}, names in Simplified form."""
    return {
        e.title: (e.event_type, e.date, e.date_end, e.planned, {(simplified_name(p.person), p.relation) for p in e.participants})
        for e in observe(text).corpus.events
    }


# (text, title, date, date_end, traveller)
OWN_TRIPS = [
    ("海州市长龚明远19日到访江城，拜会市长林晓峰。", "龚明远到访江城", "2031-03-19", None, "龚明远"),
    ("海州市长龚明远19日到访江城。", "龚明远到访江城", "2031-03-19", None, "龚明远"),
    ("19日上午，海州市长龚明远访问江城。", "龚明远访问江城", "2031-03-19", None, "龚明远"),
    ("19日，海州市长龚明远访问江城，并出席商会晚宴。", "龚明远访问江城", "2031-03-19", None, "龚明远"),
    ("海州省长柴思雨于3月16日至19日访问松岩。", "柴思雨访问松岩", "2031-03-16", "2031-03-19", "柴思雨"),
    ("松岩县长宁可心18日造访海州市，受到热烈欢迎。", "宁可心造访海州市", "2031-03-18", None, "宁可心"),
    ("江城市长林晓峰今(19)日出访海州。", "林晓峰出访海州", "2031-03-19", None, "林晓峰"),
    ("青禾县长钱小禾18日下午参访江城科技园区。", "钱小禾参访江城科技园区", "2031-03-18", None, "钱小禾"),
    # the destination between the traveller and the verb: a word of going, or 对 and a light verb
    ("海州市长龚明远19日到江城访问。", "龚明远访问江城", "2031-03-19", None, "龚明远"),
    ("海州副市长柴思雨18日来江城访问，并与企业座谈。", "柴思雨访问江城", "2031-03-18", None, "柴思雨"),
    ("海州行政长官龚明远19日起对江城进行官式访问。", "龚明远访问江城", "2031-03-19", None, "龚明远"),
    ("江城市长林晓峰16日对海州进行为期三天的友好访问。", "林晓峰访问海州", "2031-03-16", "2031-03-18", "林晓峰"),
    ("16日，江城市长林晓峰对海州进行正式访问。", "林晓峰访问海州", "2031-03-16", None, "林晓峰"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "date", "date_end", "person"), OWN_TRIPS)
def test_a_persons_trip_printed_with_its_day_is_a_visit(
    text: str, title: str, date: str, date_end: str | None, person: str, script: str
) -> None:
    events = _events(wired(text, script))
    assert title in events, events
    kind, got, end, planned, people = events[title]
    assert (kind, got, end, planned) == ("visit", date, date_end, False)
    assert (person, "attended") in people


# the visit word of a person that is no dated trip of the page
NOT_OWN_TRIPS = [
    "海州市长龚明远此次访问江城。",  # no day: a trip told through its talks, none here
    "海州市长龚明远将于25日访问江城。",  # announced
    "江城市长林晓峰邀请海州市长龚明远25日访问江城。",  # an invitation
    "江城市长林晓峰19日会见来访的海州市长龚明远。",  # the host's guest
    "海州市长龚明远19日到访。",  # no destination
    "海州市长龚明远19日前往江城出席江城论坛。",  # a word of going: the forum is the event
    "会议指出，19日，龚明远同志访问江城时强调要加强合作。",  # a day not opening the sentence
    "海州市长龚明远将于25日到江城访问。",  # announced
    "江城市长林晓峰表示，欢迎龚明远19日来江城访问。",  # a welcome
    "江城市长林晓峰19日会见了到江城访问的海州市长龚明远。",  # the host's guest
    "江城市长林晓峰19日对海州的访问取得成功。",  # the visit named, no light verb
]


# a leader with a word of again, first or on purpose before the lead word still leads the group's trip
LED_AGAIN = [
    ("江城行政长官林晓峰9日再度率团出访海州。", "林晓峰率团出访海州"),
    ("江城县长林晓峰9日首度率团访问海州。", "林晓峰率团访问海州"),
    ("江城县长林晓峰9日首次率团访问海州。", "林晓峰率团访问海州"),
    ("江城市长林晓峰9日专程率团赴海州考察。", "林晓峰率团赴海州考察"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title"), LED_AGAIN)
def test_a_leader_going_again_or_first_still_leads_the_trip(text: str, title: str, script: str) -> None:
    events = _events(wired(text, script))
    assert title in events, events
    kind, date, _, _, people = events[title]
    assert (kind, date) == ("visit", "2031-03-09")
    assert ("林晓峰", "attended") in people


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_OWN_TRIPS)
def test_a_visit_word_with_no_day_of_its_own_or_not_done_is_no_dated_trip(text: str, script: str) -> None:
    events = _events(wired(text, script))
    trips = {t: v for t, v in events.items() if v[0] == "visit" and not v[3]}
    assert not trips, trips
