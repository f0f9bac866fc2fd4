"""Events recall, lane event22 (twelfth session): calls and trips of a visiting group.

* a visiting group's other names (word_uses ``delegation``): 访团 (訪團 on Taiwan pages), 参观团, 观摩团, 经贸团,
  商务团 and 组团 (a group formed for the trip: 某议员们组团访台);
* a group's trip abroad named by the country's one-character short form (triggers.tsv 访美, 赴韩 …);
* a visiting group's call on a body or on a host whose name is not read as a person (word_uses ``host_body``:
  某访问团拜会江城市议会, 拜会本会, 拜会某某市长).

The near-misses: 组团式帮扶 (no trip), a trip announced only (明年将率团访日), a person alone (龚明远访美国 is
reported through its talks), 走访美丽乡村 (走访, not 访美), a group's visit to a building (参观市政府大楼), a call
on the body's officials (拜会市政府的官员: a person must be named). Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2031-04-09"
HEAD = "新华社江城2031年4月9日电 "
HEAD_T = "江城晚報 2031年4月9日\n"
HEAD_N = "晚报 2031年4月9日\n"  # no place in the date line


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.event_type, e.date) for e in facts(text, DAY).events]


GROUP_TRIPS = [  # (text, title, type): a group's trip or call named with another group word
    (HEAD + "9日，海州市议会友好访团拜会江城市长龚明远。", "海州市议会友好访团拜会江城市长龚明远", "talks"),
    (
        HEAD_T + "海州市議會友好訪團9日拜會江城市長龔明遠，雙方交換意見。",
        "海州市议会友好访团拜会江城市长龚明远",
        "talks",
    ),
    (HEAD + "9日，松岩县农业观摩团赴青禾县考察。", "松岩县农业观摩团赴青禾县考察", "visit"),
    (HEAD + "9日，临江省经贸团抵达海州访问。", "临江省经贸团抵达海州访问", "visit"),
    (HEAD + "9日，海州议员们组团访台。", "海州议员们组团访台", "visit"),
    (HEAD_T + "9日，海州議員們組團訪台，為期五天。", "海州议员们组团访台", "visit"),
]


@pytest.mark.parametrize(("text", "title", "kind"), GROUP_TRIPS)
def test_a_group_named_with_another_group_word_makes_its_trip_or_call(
    text: str, title: str, kind: str
) -> None:
    assert (title, kind, "2031-04-09") in _events(text)


TRIPS_ABROAD = [  # (text, title): 访/赴 and a country's short form after a group
    (HEAD + "9日，江城市议会议长龚明远率团访美。", "龚明远率团访美"),
    (HEAD + "9日，临江市长柴思雨率经贸团赴韩。", "柴思雨率经贸团赴韩"),
    (HEAD + "9日，青禾县长宁可心率代表团访日，推动两地交流。", "宁可心率代表团访日"),
    (HEAD_T + "9日，江城市議會議長龔明遠率團訪美，進行城市外交。", "龚明远率团访美"),
    (HEAD_T + "9日，海州市長錢小禾率團訪歐，拜會友好城市。", "钱小禾率团访欧"),
]


@pytest.mark.parametrize(("text", "title"), TRIPS_ABROAD)
def test_a_groups_trip_abroad_named_by_the_countrys_short_form_is_a_visit(text: str, title: str) -> None:
    assert (title, "visit", "2031-04-09") in _events(text)


CALLS_ON_BODIES = [  # (text, title): a visiting group calls on a body, or on a host not read as a person
    (HEAD + "9日，海州市青年参访团拜会江城市议会。", "海州市青年参访团拜会江城市议会"),
    (HEAD + "9日，临江县参访团拜会江城市政府，商谈合作。", "临江县参访团拜会江城市政府"),
    (HEAD_T + "海州市青年參訪團9日拜會江城市政府，雙方交換意見。", "海州市青年参访团拜会江城市政府"),
    (HEAD + "9日，海州市议会议员连盟访团拜会Jean市长，谈两市交流。", "海州市议会议员连盟访团拜会Jean市长"),
]


@pytest.mark.parametrize(("text", "title"), CALLS_ON_BODIES)
def test_a_visiting_groups_call_on_a_body_is_talks(text: str, title: str) -> None:
    assert (title, "talks", "2031-04-09") in _events(text)


NO_TRIP = [  # the same words naming no trip or call of a group on that day
    HEAD + "9日，临江市开展医疗人才组团式帮扶工作。",
    HEAD + "9日，江城市长龚明远表示，明年将率团访日。",
    HEAD + "9日，柴思雨走访美丽乡村，了解村民生活。",
    HEAD + "9日，海州市议会访问团参观江城市政府大楼。",
    HEAD + "9日，海州访问团拜会江城市政府的官员。",
    HEAD_T + "9日，臨江市推動醫療人才組團式幫扶。",
    HEAD_T + "9日，海州訪團一行拜訪江城市長龔明遠的母校。",
]


@pytest.mark.parametrize("text", NO_TRIP)
def test_no_trip_or_call_where_the_group_makes_none(text: str) -> None:
    assert not [e for e in _events(text) if e[1] in ("visit", "talks")]


HEADLINE_CALLS = [  # (text, title, day): the headline's call, retold in the body with a body as the host
    (
        "海州议员访团拜会江城市长龚明远 畅谈两市往来\n江城晚报 2031年4月9日\n"
        "海州市议会的柴思雨议员于4月6日抵达江城，并于8日拜会江城市政府，双方交换意见。",
        "海州议员访团拜会江城市长龚明远",
        "2031-04-08",
    ),
    (
        "海州議員訪團拜會江城市長龔明遠 暢談兩市往來\n江城晚報 2031年4月9日\n"
        "海州市議會的柴思雨議員於本(4)月6日抵達江城，並於昨(8)日拜會江城市政府。",
        "海州议员访团拜会江城市长龚明远",
        "2031-04-08",
    ),
]


@pytest.mark.parametrize(("text", "title", "day"), HEADLINE_CALLS)
def test_the_headlines_call_takes_the_day_the_body_gives_it(text: str, title: str, day: str) -> None:
    assert (title, "talks", day) in _events(text)


CALL_PLACES = [  # (text, place): a call with no place printed is held at the host's place
    (HEAD_N + "9日，临江县参访团拜会江城市政府，商谈合作。", "江城"),
    (HEAD_N + "9日，海州市青年参访团拜会江城市议会。", "江城"),
    (HEAD_T + "9日，臨江縣參訪團拜會江城市政府，商談合作。", "江城"),
    (HEAD_N + "9日，临江县长龚明远拜会台南市长柴思雨。", "台南"),
    (HEAD_T + "9日，臨江縣長龔明遠拜會台南市長柴思雨，雙方交換意見。", "台南"),
]


@pytest.mark.parametrize(("text", "place"), CALL_PLACES)
def test_a_call_is_held_at_the_hosts_place(text: str, place: str) -> None:
    assert [e.place for e in facts(text, DAY).events if e.event_type == "talks"] == [place]


CALL_NO_PLACE = [  # (text, place): a place printed wins; a host named by a person's name or 本会 gives none
    (HEAD_N + "9日，临江县长龚明远在海州拜会台南市长柴思雨。", "海州"),
    (HEAD_N + "9日，临江县长龚明远拜会海州集团董事长柴思雨。", None),
    (HEAD_N + "9日，临江县参访团拜会本会，交流会务。", None),
    (HEAD_N + "9日，江城市长龚明远会见台南市长柴思雨。", None),
]


@pytest.mark.parametrize(("text", "place"), CALL_NO_PLACE)
def test_a_call_takes_no_place_its_host_does_not_name(text: str, place: str | None) -> None:
    assert [e.place for e in facts(text, DAY).events if e.event_type == "talks"] == [place]


SITTINGS = [  # (text, title, day): the sitting a notice names as the body that adopted or decided it
    (
        HEAD_N + "8日，江城市人大常委会第47次会议通过人事任免事项，任命龚明远为江城市副市长。",
        "江城市人大常委会第47次会议",
        "2031-04-08",
    ),
    (
        HEAD_T + "8日，江城市人大常委會第47次會議通過了人事任免事項。",
        "江城市人大常委会第47次会议",
        "2031-04-08",
    ),
    (
        "（2031年4月8日青禾县人大常委会第39次会议通过）\n根据有关规定，决定接受柴思雨辞去青禾县县长职务。",
        "青禾县人大常委会第39次会议",
        "2031-04-08",
    ),
    (
        "（2031年4月8日青禾縣人大常委會第39次會議通過）\n根據有關規定，決定接受柴思雨辭去青禾縣縣長職務。",
        "青禾县人大常委会第39次会议",
        "2031-04-08",
    ),
    (
        HEAD_N + "8日，松岩区人大常委会第43次会议通过关于任命宁可心为副区长的决定。",
        "松岩区人大常委会第43次会议",
        "2031-04-08",
    ),
]


@pytest.mark.parametrize(("text", "title", "day"), SITTINGS)
def test_the_sitting_that_adopts_or_decides_is_an_event(text: str, title: str, day: str) -> None:
    assert (title, "meeting", day) in _events(text)


def test_a_sitting_the_government_will_ask_to_adopt_is_planned() -> None:
    # 通过关于: a happening row; a plan with no date is no event (dates31: the lead's reading of A3)
    text = HEAD_N + "江城市政府将提请江城市人大常委会第48次会议8日下午通过关于该方案的决定。"
    found = [e for e in facts(text, DAY).events if "第48次会议" in e.title]
    assert found and all(e.planned for e in found)
    undated = HEAD_N + "江城市政府将提请江城市人大常委会第48次会议通过关于该方案的决定。"
    assert not [e for e in facts(undated, DAY).events if "第48次会议" in e.title]


def test_a_document_named_by_the_sitting_that_adopted_it_makes_no_event() -> None:
    text = (
        HEAD_N + "为全面落实临江省人民代表大会第7次会议通过的《政府工作报告》部署，江城市加快推进各项工作。"
    )
    assert not [e for e in facts(text, DAY).events if "第7次会议" in e.title]


ONE_ACT = [  # (text, type): a call or tour word printed over a country's short form makes its own act, never a trip too
    (HEAD_N + "8日，临江市代表团拜访美国驻江城总领事柴思雨。", "talks"),
    (HEAD_N + "8日，临江市考察团拜访英国商会会长柴思雨。", "talks"),
    (HEAD_N + "8日，临江市代表团走访日本企业海州株式会社。", "visit"),
    (HEAD_T + "8日，臨江市代表團拜訪美國駐江城總領事柴思雨。", "talks"),
]


@pytest.mark.parametrize(("text", "kind"), ONE_ACT)
def test_a_call_word_over_a_countrys_short_form_makes_one_act(text: str, kind: str) -> None:
    assert [k for _, k, _ in _events(text)] == [kind]
