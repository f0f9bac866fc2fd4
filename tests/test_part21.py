"""Participation, eleventh session (lane part21): a sitting's verbs (a person convening, an arrangement given as
the speech, an oath with words between, taking part, gathering) and lists of speakers before 分别/先后/均 on a
speech's topic; each class in invented Simplified and Traditional variants, with near-misses that must not fire.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2031年5月8日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "王立群", "龚明远", "钱小禾", "宁可心", "欧阳青禾")


def _pairs(text: str, script: str) -> dict[str, set[tuple[str, str]]]:
    """{event type: {(person, relation)}} of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    back = {traditional(n): n for n in _NAMES}
    found: dict[str, set[tuple[str, str]]] = {}
    for e in observe(WIRE + text).corpus.events:
        found.setdefault(e.event_type, set()).update(
            (back.get(p.person, p.person), p.relation) for p in e.participants
        )
    return found


def _anywhere(text: str, script: str) -> set[tuple[str, str]]:
    return set().union(*_pairs(text, script).values()) if _pairs(text, script) else set()


# A person who convenes a meeting presides it (gold-conventions C2), whatever stands between: a day, 昨(7)日, a place.
CONVENES = [
    "青禾县县长钱小禾8日召开县政府常务会议，研究防汛工作。",
    "青禾县县长钱小禾昨(7)日召开县政府常务会议，研究防汛工作。",
    "青禾县县长钱小禾8日下午在县城召开县政府常务会议，研究防汛工作。",
    "7日，海州市市长宁可心召开市政府第二十次常务会议，研究部署秋粮收购。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", CONVENES)
def test_a_person_convening_presides(text: str, script: str) -> None:
    pairs = _pairs(text, script)
    assert any(("钱小禾", "presided") in p or ("宁可心", "presided") in p for p in pairs.values()), pairs


# Near-misses: a meeting named by its convener (召开的) is attended, not presided; no person before 召开.
CONVENES_NOT = [
    "8日，青禾县县长钱小禾出席在县城召开的海州防汛工作座谈会。",
    "海州防汛工作座谈会8日在县城召开，青禾县县长钱小禾出席会议。",
    "青禾县县长钱小禾出席会议。海州防汛工作座谈会8日在县城召开。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", CONVENES_NOT)
def test_convened_meeting_named_is_no_presiding(text: str, script: str) -> None:
    pairs = _anywhere(text, script)
    assert ("钱小禾", "attended") in pairs and ("钱小禾", "presided") not in pairs, pairs


# The arrangement or deployment a person gives a sitting is his speech.
ARRANGES = [
    "海州市农村工作会议8日在江城召开。市委副书记、市长宁可心对全年农村工作作出具体安排。",
    "海州市农村工作会议8日在江城召开。市委常委、秘书长宁可心就分组讨论有关事项作了安排。",
    "海州市农村工作会议8日在江城召开。市长宁可心对下半年工作进行了部署。",
    "海州市农村工作会议8日在江城召开。市长宁可心对秋冬季工作作出部署。",
    "海州市农村工作会议8日在江城召开。市长宁可心作了安排部署。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", ARRANGES)
def test_an_arrangement_is_a_speech(text: str, script: str) -> None:
    assert ("宁可心", "spoke_at") in _pairs(text, script).get("meeting", set())


# Near-misses: a deployment referred to (作出的部署), an organ's deployment, and a tour's leader (conventions C1).
ARRANGES_NOT = [
    "海州市农村工作会议8日在江城召开。市长宁可心出席会议。会议要求，认真落实市委作出的部署。",
    "8日，海州市市长宁可心到青禾县调研秋粮生产。宁可心对下一步工作作出部署。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", ARRANGES_NOT)
def test_an_arrangement_referred_to_is_no_speech(text: str, script: str) -> None:
    assert ("宁可心", "spoke_at") not in _anywhere(text, script)


# An oath with words between its verb and its noun, and an oath of office, are attendance.
OATHS = [
    "松岩县人大常委会第九次会议8日举行。会上，副县长欧阳青禾进行了郑重的宪法宣誓。",
    "松岩县人大常委会第九次会议8日举行。会议任命欧阳青禾为松岩县副县长。会上，欧阳青禾同志进行了简短而郑重的宪法宣誓。",
    "江城县第十届县长交接典礼8日举行。会上，新任县长宁可心进行了庄严宣誓。",
    "松岩县人大常委会第九次会议8日闭幕。会后，新任副县长欧阳青禾及新任命人员集体向宪法宣誓。",
]


# Near-miss: an oath of office opening a ceremony's name (宣誓就职暨交接典礼) is no participation word, so the name
# stays whole.
@pytest.mark.parametrize("script", SCRIPTS)
def test_an_oath_of_office_keeps_the_ceremony_name(script: str) -> None:
    text = "8日，江城县代理县长宁可心宣誓就职暨交接典礼在县政府举行。"
    if script == "traditional":
        text = traditional(text)
    titles = [e.title for e in observe(WIRE + text).corpus.events]
    assert any(t.endswith("宣誓就职暨交接典礼") for t in titles), titles


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", OATHS)
def test_an_oath_is_attendance(text: str, script: str) -> None:
    pairs = _anywhere(text, script)
    assert ("欧阳青禾", "attended") in pairs or ("宁可心", "attended") in pairs, pairs


# Taking part (参与座谈会) and gathering (邀集…齐聚, 齐聚一堂): the people named before the verb attended.
TAKES_PART = [
    "海州两岸城市合作座谈会8日在江城举行。江城商会会长钱小禾、副会长宁可心及企业家王立群等近30位人士参与座谈会。",
    "海州两岸城市合作座谈会8日在江城举行。江城商会会长钱小禾、副会长宁可心参与了此次座谈会。",
    "海州区域合作首长会议8日在江城举行。江城市长林晓峰邀集松岩县长钱小禾、青禾县长宁可心齐聚，共商合作。",
    "海州区域合作首长会议8日在江城举行。松岩县长钱小禾、青禾县长宁可心等齐聚一堂，共商合作。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", TAKES_PART)
def test_taking_part_and_gathering_attend(text: str, script: str) -> None:
    assert {("钱小禾", "attended"), ("宁可心", "attended")} <= _pairs(text, script).get("meeting", set())


# Near-misses: 参与 of building or cooperation, and a gathering named with no one.
TAKES_PART_NOT = [
    "海州两岸城市合作座谈会8日在江城举行。江城商会会长钱小禾表示，欢迎台商参与江城建设。",
    "海州两岸城市合作座谈会8日在江城举行。会议介绍，江城商会会长钱小禾多年来带领企业参与乡村振兴。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", TAKES_PART_NOT)
def test_taking_part_in_building_is_no_attendance(text: str, script: str) -> None:
    assert ("钱小禾", "attended") not in _anywhere(text, script)


# A list of speakers closed by 分别/先后/均 before a speech's topic (就…作说明): every one listed spoke, whatever
# joins them (、 ， , 及).
EACH_SPEAKS = [
    "中共海州市委九届七次全会8日在江城举行。市委副书记钱小禾，市委秘书长宁可心，市委副秘书长王立群分别就有关议题作了说明。",
    "中共海州市委九届七次全会8日在江城举行。市委副书记钱小禾,市委秘书长宁可心,市委副秘书长王立群分别就有关议题作了说明。",
    "中共海州市委九届七次全会8日在江城举行。市委副书记钱小禾、市委秘书长宁可心、市委副秘书长王立群分别就有关议题作说明。",
    "中共海州市委九届七次全会8日在江城举行。市委副书记钱小禾、市委秘书长宁可心、市委副秘书长王立群先后就有关文件作了说明。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", EACH_SPEAKS)
def test_each_listed_speaker_spoke(text: str, script: str) -> None:
    spoke = _pairs(text, script).get("meeting", set())
    assert {("钱小禾", "spoke_at"), ("宁可心", "spoke_at"), ("王立群", "spoke_at")} <= spoke, spoke


# Near-misses: the presider before the list, and the one who heard the list's reports.
EACH_SPEAKS_NOT = [
    "中共海州市委九届七次全会8日在江城举行。全会由市委书记林晓峰主持，市委副书记钱小禾、市委秘书长宁可心分别就有关议题作了说明。",
    "中共海州市委九届七次全会8日在江城举行。市委书记林晓峰听取了市委副书记钱小禾、市委秘书长宁可心分别就有关议题作的说明。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", EACH_SPEAKS_NOT)
def test_presider_or_hearer_before_a_list_did_not_give_its_speech(text: str, script: str) -> None:
    assert ("林晓峰", "spoke_at") not in _anywhere(text, script)


def _typed(text: str, script: str, kind: str) -> set[tuple[str, str]]:
    return _pairs(text, script).get(kind, set())


# A visiting leader who signs in a clause with no subject of its own (…访问江城，与乙签订…): both sides sign.
SIGNS_IN_VISIT = [
    "临江市长龚明远率代表团于6月8日访问江城，与江城市长柴思雨签订两市合作备忘录。",
    "临江市长龚明远率代表团于6月8日访问江城，并同江城市长柴思雨签署经贸合作协议。",
    "6月8日，临江市长龚明远率团抵达江城进行友好访问，与江城市长柴思雨续签两市友好合作协议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SIGNS_IN_VISIT)
def test_visiting_leader_signs_with_the_host(text: str, script: str) -> None:
    signing = _typed(text, script, "signing")
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= signing, _pairs(text, script)


# Near-miss: a signing with its own subject after the visit's sentence is not the visitor's.
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_signing_of_others_is_not_the_visitors(script: str) -> None:
    text = "临江市长龚明远率代表团于6月8日访问江城。江城市长柴思雨与海州市长王立群签署两市合作协议。"
    assert ("龚明远", "attended") not in _typed(text, script, "signing"), _pairs(text, script)


# A witness told after a signing in a trip's sentence, and observers listed after a head count, attend the
# signing, not the trip.
WITNESSES = [
    (
        "临江市长龚明远率代表团于6月8日访问江城，与江城市长柴思雨签订两市合作备忘录，"
        "临江驻江城联络处主任王立群专程赴江城出席见证。",
        ("王立群",),
    ),
    (
        "6月8日，临江市长龚明远和江城市长柴思雨以视频方式签署两市合作备忘录。"
        "双方观礼嘉宾共30余人，包括临江商会会长钱小禾、江城商会会长宁可心等。",
        ("钱小禾", "宁可心"),
    ),
    (
        "6月8日，临江市长龚明远与江城市长柴思雨线上签署两市合作备忘录，临江驻江城联络处主任王立群出席见证。",
        ("柴思雨", "王立群"),
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "names"), WITNESSES)
def test_witnesses_and_observers_attend_the_signing(text: str, names: tuple[str, ...], script: str) -> None:
    pairs = _pairs(text, script)
    assert {(n, "attended") for n in names} <= pairs.get("signing", set()), pairs
    assert not {(n, "attended") for n in names} & pairs.get("visit", set()), pairs


# Near-miss: a witness on a trip with no signing stays on the trip.
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_witness_with_no_signing_stays_on_the_trip(script: str) -> None:
    text = "临江市长龚明远率代表团于6月8日访问江城，临江驻江城联络处主任王立群专程赴江城出席见证。"
    assert ("王立群", "attended") not in _typed(text, script, "signing")


# A tour's co-subjects printed as titled clauses before its actor, the actor braving the weather (冒雨, 顶着烈日):
# the weather word ends the name, so both are on the tour.
BRAVED = [
    "8日下午，江城市委副书记龚明远，副市长柴思雨冒雨视察防汛工作。",
    "8日，江城市委副书记龚明远，副市长柴思雨顶着烈日察看秋粮收割情况。",
    "8日，江城市委副书记龚明远，副市长柴思雨冒雪调研供暖保障工作。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", BRAVED)
def test_tour_braving_weather_keeps_both_names(text: str, script: str) -> None:
    pairs = _anywhere(text, script)
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= pairs, _pairs(text, script)
