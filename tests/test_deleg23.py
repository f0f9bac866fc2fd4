"""Delegation trips, lane deleg23 (thirteenth session): a group's leader printed before his title.

Taiwan, Hong Kong and Macao pages print a leader's name before his post (某某市长率团, 某某議長率領代表團): the
post between the name and the lead word no longer hides the leader, so the led group's trip is a visit titled
with his name, and he attends it. A ``leader_gap`` word may still follow the post (某某市长将率团); a day's start (今日起, 今起: from today) may stand
between leader and lead word (``word_uses.tsv`` leader_gap 起, 今起).

The near-misses: a second person before the post is not its holder (甲与乙市长率团: the leader is 乙, the name
right before the post), words that are no title between name and lead word (甲的同事率团), a lead word with no
group after it (某某市长率先…), a post of no one named. Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

DAY = "2031-04-09"
HEAD = "新华社江城2031年4月9日电 "
HEAD_T = "江城晚報 2031年4月9日\n"


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.event_type, e.date) for e in facts(text, DAY).events]


def _attended(text: str, title: str) -> set[str]:
    event = next(e for e in facts(text, DAY).events if e.title == title)
    return {person for person, relation in event_people(event) if relation == "attended"}


POST_AFTER_NAME = [  # (text, title): the leader's name, then his post, then the lead word
    (HEAD + "江城市议会林晓峰议长9日率团访美，推动城市交流。", "林晓峰率团访美"),
    (HEAD + "松岩县龚明远县长9日率团赴海州参访，为期三天。", "龚明远率团赴海州参访"),
    (HEAD + "9日，柴思雨市长率领江城市代表团访问海州。", "柴思雨率领江城市代表团访问海州"),
    (HEAD + "海州市柴思雨副市长于9日率团抵达青禾县考察。", "柴思雨率团抵达青禾县考察"),
    (HEAD_T + "江城市議會林曉峰議長9日率團訪美，進行城市交流。", "林晓峰率团访美"),
    (HEAD_T + "青禾縣宁可心縣長9日率領縣府參訪團前往海州訪問。", "宁可心率领县府参访团前往海州访问"),
    (HEAD_T + "松岩縣龔明遠縣長今(9)日起率團赴海州參訪五天。", "龚明远率团赴海州参访五天"),
    (HEAD + "青禾县长宁可心今起率团赴江城参访。", "宁可心率团赴江城参访"),
]


@pytest.mark.parametrize(("text", "title"), POST_AFTER_NAME)
def test_a_leader_printed_before_his_post_names_the_groups_trip(text: str, title: str) -> None:
    assert (title, "visit", "2031-04-09") in _events(text)


@pytest.mark.parametrize(("text", "title"), POST_AFTER_NAME[:3])
def test_the_leader_printed_before_his_post_attends_the_trip(text: str, title: str) -> None:
    assert title[:3] in _attended(text, title)


NOT_THE_LEADER = [  # (text, name): words between name and lead word that are no post of that name
    (HEAD + "9日，林晓峰的同事率团访问海州。", "林晓峰"),
    (HEAD + "9日，林晓峰与江城市长率团访问海州。", "林晓峰"),
]


@pytest.mark.parametrize(("text", "name"), NOT_THE_LEADER)
def test_no_trip_titled_with_a_name_the_post_does_not_follow(text: str, name: str) -> None:
    assert not [e for e in _events(text) if e[0].startswith(name + "率")]


NO_TRIP = [  # a post after a name, but no group led on a trip that day
    HEAD + "9日，林晓峰市长率先垂范，带头参加植树活动。",
    HEAD + "9日，龚明远县长表示，明年将率团访日。",
    HEAD_T + "9日，柴思雨市長率領團隊完成系統升級。",
]


@pytest.mark.parametrize("text", NO_TRIP)
def test_no_trip_where_the_titled_leader_leads_none(text: str) -> None:
    assert not [e for e in _events(text) if e[1] == "visit"]
