"""Visits, delegations and signings, session 16 (lane visit26), from a fresh sample of 28 pages. Invented
Simplified and Traditional variants with near-misses:

* a post printed after a verb or a time word of visit news is the guest's or host's own (应某国总统甲的邀请,
  受到某市长乙欢迎, 指派/委派/选派某主任丙, 下午与某行政长官丁会谈): actors/word_uses.tsv post_lead_verb and
  post_lead_marker, actors/prefix_stops.txt 受到; 应 inside a word (应急, 供应, 应用) stays part of the post;
* a team led on a trip with no group word (率市府团队赴某地, 带领三名一级主管前往某地, 率同局处首长抵达某地) is a
  visiting group when its leader is printed (events/patterns.tsv led_team, events/groups.py); 率先, a team of
  cadres at home, or a team whose leader is no name stays no trip;
* a group named by any word ending in 团 before its party and size (某领袖团一行9人) is a visiting group
  (patterns.tsv party_group), and the size leaves the title;
* the host receiving the guests in person (亲自接待, 热情接待) attends the call, unless he could not (未能亲自接待);
* two leaders with posts of their own going to one country make two trips; a group officer (副团长) taking the
  group on is the same trip (events/visits.py ``_group_officer``);
* a visit opened in its clause (展开/开始…访港行程) is the person's trip, a length printed with 一连 is a length.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import SCRIPTS, simplified_name, titled_events, wired


def _roles(text: str) -> set[tuple[str, str]]:
    return {(simplified_name(r.person), r.position) for r in observe(text).corpus.roles}


# (text, person, the post, what it must not be read as)
ROLE_LEADS = [
    ("应海州共和国总统龚明远的邀请，江城市长柴思雨启程出访。", "龚明远", "海州共和国总统", "应海州共和国总统"),
    ("应海州王国首相龚明远的邀请，江城市长柴思雨启程出访。", "龚明远", "海州王国首相", "应海州王国首相"),
    ("林晓峰一行受到松岩市长龚明远等人热情欢迎。龚明远介绍了当地特色。", "龚明远", "松岩市长", "到松岩市长"),
    ("江城市长林晓峰指派江城市外事办主任柴思雨带队赴海州。", "柴思雨", "江城市外事办主任", "指派江城市外事办主任"),
    ("江城市长林晓峰委派江城市外事办主任柴思雨带队赴海州。", "柴思雨", "江城市外事办主任", "委派江城市外事办主任"),
    ("江城市长林晓峰选派江城市商务局局长柴思雨带队赴海州。", "柴思雨", "江城市商务局局长", "选派江城市商务局局长"),
    ("林晓峰一行抵达江城，中午与江城行政长官龚明远会谈。", "龚明远", "江城行政长官", "中午与江城行政长官"),
    ("林晓峰一行抵达江城，晚间与江城市长龚明远会面。", "龚明远", "江城市长", "晚间与江城市长"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "post", "glued"), ROLE_LEADS)
def test_a_post_after_a_verb_or_a_time_word_of_visit_news_is_read_alone(
    text: str, person: str, post: str, glued: str, script: str
) -> None:
    roles = _roles(wired(text, script))
    assert (person, post) in roles
    assert (person, glued) not in roles


# 应 inside a word stays part of the post
ROLE_KEPT = [
    ("江城应急管理局局长林晓峰出席。", "林晓峰", "江城应急管理局局长"),
    ("江城供应链协会会长林晓峰出席。", "林晓峰", "江城供应链协会会长"),
    ("江城应用技术学院院长林晓峰出席。", "林晓峰", "江城应用技术学院院长"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "post"), ROLE_KEPT)
def test_a_word_holding_ying_keeps_its_post(text: str, person: str, post: str, script: str) -> None:
    assert (person, post) in _roles(wired(text, script))


# (text, title, leader): a team on a trip with no group word
TEAM_TRIPS = [
    ("江城市长柴思雨20日率市府团队赴海州访问。", "柴思雨率市府团队赴海州访问", "柴思雨"),
    ("青禾县长林晓峰20日率县府团队及渔会干部，前往海州松岩市推介渔产。", "林晓峰率县府团队前往海州松岩市推介渔产", "林晓峰"),
    ("江城市长柴思雨带领三名一级主管，20日前往海州推介农产。", "柴思雨带领三名一级主管前往海州推介农产", "柴思雨"),
    ("江城市长柴思雨20日率同局处首长抵达海州。", "柴思雨率同局处首长抵达海州", "柴思雨"),
    ("江城市长柴思雨20日率领经贸团队赴海州拓展商机。", "柴思雨率领经贸团队赴海州拓展商机", "柴思雨"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "leader"), TEAM_TRIPS)
def test_a_team_led_on_a_trip_is_a_visit(text: str, title: str, leader: str, script: str) -> None:
    found = titled_events(wired(text, script))
    assert title in found, found
    kind, date, parts = found[title]
    assert (kind, date) == ("visit", "2031-03-20")
    assert (leader, "attended") in parts


NO_TEAM_TRIP = [
    "江城市长柴思雨20日率先前往灾区察看。",
    "江城市长柴思雨20日率机关干部前往松岩村植树。",
    "副市长表示，今年特别率市府团队赴海州，参加两市结好纪念活动。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NO_TEAM_TRIP)
def test_no_trip_without_a_team_or_a_leader_named(text: str, script: str) -> None:
    assert not [t for t, (kind, _, _) in titled_events(wired(text, script)).items() if kind == "visit"]


PARTY_GROUPS = [
    ("海州州议会青年领袖团一行9人20日拜会江城市政府。", "海州州议会青年领袖团拜会江城市政府"),
    ("海州州议会青年领袖团一行九人20日拜会江城市政府。", "海州州议会青年领袖团拜会江城市政府"),
    ("海州侨界联谊团一行30余人20日拜会江城市长林晓峰。", "海州侨界联谊团拜会江城市长林晓峰"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title"), PARTY_GROUPS)
def test_a_group_named_before_its_party_and_size_makes_its_call(text: str, title: str, script: str) -> None:
    found = titled_events(wired(text, script))
    assert title in found, found
    assert found[title][:2] == ("talks", "2031-03-20")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_word_ending_in_tuan_with_no_party_makes_no_call(script: str) -> None:
    assert not titled_events(wired("海州青年乐团20日拜会江城市政府。", script))


# (text, the call's title, the host)
HOSTS = [
    ("海州协会会长柴思雨20日率团拜会江城市政府，市长林晓峰亲自接待。", "柴思雨率团拜会江城市政府", "林晓峰"),
    ("海州议员访问团20日拜会江城市政府，市长林晓峰热情接待。", "海州议员访问团拜会江城市政府", "林晓峰"),
    ("海州议员访问团20日拜会江城市政府，市长林晓峰热忱接待。", "海州议员访问团拜会江城市政府", "林晓峰"),
    ("海州议员访问团20日拜会江城市政府，市长林晓峰亲切接待。", "海州议员访问团拜会江城市政府", "林晓峰"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "host"), HOSTS)
def test_the_host_receiving_the_guests_attends_the_call(text: str, title: str, host: str, script: str) -> None:
    found = titled_events(wired(text, script))
    assert (host, "attended") in found[title][2]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("negation", ["未能", "无法", "不能"])
def test_a_host_who_could_not_receive_them_takes_no_part(negation: str, script: str) -> None:
    text = f"海州协会会长柴思雨20日率团拜会江城市政府，市长林晓峰因公{negation}亲自接待。"
    found = titled_events(wired(text, script))
    assert ("林晓峰", "attended") not in found["柴思雨率团拜会江城市政府"][2]


@pytest.mark.parametrize("script", SCRIPTS)
def test_two_leaders_with_posts_of_their_own_make_two_trips_to_one_country(script: str) -> None:
    text = "青禾市长柴思雨率三名一级主管，18日前往海州，参访松岩市。江城乡长宁可心率访问团19日赴海州石门町签订友好协定。"
    visits = {t: v for t, v in titled_events(wired(text, script)).items() if v[0] == "visit"}
    assert len(visits) == 2, visits
    assert {v[1] for v in visits.values()} == {"2031-03-18", "2031-03-19"}


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_group_officer_taking_the_group_on_is_the_same_trip(script: str) -> None:
    text = "18日，林晓峰率江城代表团访问海州。19日，副团长柴思雨率领代表团访问海州石门港。"
    assert len([v for v in titled_events(wired(text, script)).values() if v[0] == "visit"]) == 1


LAUNCHED = [
    ("海州主任龚明远18日起展开一连四日的访港行程。", "龚明远访港行程", "2031-03-18"),
    ("海州总理龚明远18日开始为期三天的访台行程。", "龚明远访台行程", "2031-03-18"),
    ("海州主任龚明远昨日（3月19日）起展开为期两天的访澳行程。", "龚明远访澳行程", "2031-03-19"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "date"), LAUNCHED)
def test_a_visit_opened_in_its_clause_is_the_persons_trip(text: str, title: str, date: str, script: str) -> None:
    found = titled_events(wired(text, script))
    assert title in found, found
    assert found[title][:2] == ("visit", date)
    assert ("龚明远", "attended") in found[title][2]


NOT_LAUNCHED = [
    "双方将展开互访交流。",
    "林晓峰表示，江城将开始访问学者计划。",
    "林晓峰表示，两市将展开交流，下月访港。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_LAUNCHED)
def test_no_trip_where_nobody_opens_a_visit(text: str, script: str) -> None:
    assert not [v for v in titled_events(wired(text, script)).values() if v[0] == "visit"]
