"""Events of session 40 (invented text, invented names).

- A document printed without 《》 around its whole name after a policy verb (通过了某委员会关于某事的决定、关于修改
  《某条例》的决定和某会议选举办法草案) is the meeting's document: items split only where a name has ended in a document's
  noun, so a 和 inside 关于甲和乙的决定 splits nothing (events/documentitems.py; word_uses document_end, about_lead).
- A body printed between the policy verb and a 《title》 (审议了某县政府党组《某请示》、某县妇联《某请示》) submitted the
  document; the verb still takes it (policylinks._before_owner; word_uses document_owner_end).
- A record's header field whose items follow a note with nothing between (主席 / 甲(请假)乙(代)): the stand-in chaired,
  the one away took no part (actors/fieldlists._SEPARATORS); 主席致词： in the record's body: the chair spoke
  (records._chair_speaks, word_uses chair_says).
- Short lines ending with a pointer to their photo (某某宣布项目开工▽) are captions inside the article, never the
  headline stack of a new one, even when the paragraph after them repeats their words (breaks.tsv caption_end).
- 某某，将于某日率团访问某地: a comma between the leader's clause and the plan keeps the trip announced, led by him
  (acts._blocked group_plan, groups._leader_gap, actpeople._planner).
- A motion verb's abbreviation before an exchange (来沪交流访问) is the place, not the phrase up to the visit word
  (eventplaces.place_in, word_uses after_abbreviation 交流).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _links(text: str, script: str, pub: str) -> set[tuple[str, str]]:
    (event,) = facts(in_script(text, script), pub).events
    return {(p.title, p.relation) for p in event.policies}


_UNMARKED = (
    "新华社江城2031年5月20日电 临江省人大常委会第八次会议20日在江城闭幕。会议表决通过了临江省人大常委会关于修改"
    "《临江省河道管理条例》的决定、关于加强江城和海州协作的决议以及临江省第十届人大第三次会议选举办法草案。"
    "会议审议了省人大常委会关于预算执行情况的报告等，审议通过了江城市古树名木保护条例。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_documents_printed_without_title_marks_after_a_policy_verb(script: str) -> None:
    assert _links(_UNMARKED, script, "2031-05-20") == {
        ("临江省人大常委会关于修改《临江省河道管理条例》的决定", "adopted"),
        ("关于加强江城和海州协作的决议", "adopted"),
        ("临江省第十届人大第三次会议选举办法草案", "adopted"),
        ("省人大常委会关于预算执行情况的报告", "reviewed"),
        ("江城市古树名木保护条例", "adopted"),
    }


@pytest.mark.parametrize(
    "clause",
    [
        "会议强调，要认真落实关于江城河整治的决定精神",  # no policy verb in the clause
        "会议通过了将提交临江省人代会决定的有关事项",  # the noun goes on (决定的有关事项)
        "会议通过了市长龚明远所作的工作报告",  # a report named by no 关于
    ],
)
def test_words_that_name_no_document_are_no_document(clause: str) -> None:
    text = f"新华社江城2031年5月20日电 临江省人大常委会第八次会议20日在江城闭幕。{clause}。"
    assert _links(text, "simplified", "2031-05-20") == set()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_body_between_the_verb_and_the_title_submitted_the_document(script: str) -> None:
    text = (
        "新华社江城2031年5月20日电 临江县委常委会5月20日召开会议。会议审议了县政府党组《关于江城河整治的请示》、"
        "县总工会党组《关于评选先进个人的请示》和县妇联《关于表彰先进集体的请示》以及县委组织部《关于设立党组的请示》。"
    )
    assert _links(text, script, "2031-05-20") == {
        ("关于江城河整治的请示", "reviewed"),
        ("关于评选先进个人的请示", "reviewed"),
        ("关于表彰先进集体的请示", "reviewed"),
        ("关于设立党组的请示", "reviewed"),
    }


def test_a_title_after_words_that_name_no_body_takes_no_verb() -> None:
    text = "新华社江城2031年5月20日电 临江县委常委会5月20日召开会议。会议要求，通过认真学习《临江县河道管理条例》，推动工作。"
    assert _links(text, "simplified", "2031-05-20") == set()


_RECORD = (
    "江城市政府第九次市政会议\n\n开会日期\n\n2031-05-06 09:00:00\n\n主席\n\n龚明远(请假){chair}(代)\n\n"
    "出席\n\n{chair}、钱小禾(公假)、宁可心(韩定坚代)、柴思雨\n\n壹、宣读上次会议纪录。\n"
)


@pytest.mark.parametrize("chair", ["林晓峰", "欧阳明远"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_stand_in_printed_right_after_the_chair_away_presided(chair: str, script: str) -> None:
    (event,) = facts(in_script(_RECORD.format(chair=chair), script), "2031-05-06").events
    links = {(p.person, p.relation) for p in event.participants}
    assert (chair, "presided") in links
    assert not {person for person, _ in links} & {"龚明远", "钱小禾", "宁可心"}
    assert {("韩定坚", "attended"), ("柴思雨", "attended")} <= links


@pytest.mark.parametrize(("body", "spoke"), [("主席致词：\n感谢各位同仁。", True), ("颁奖：\n感谢各位同仁。", False)])
def test_the_chair_of_a_record_speaks_where_its_body_says_so(body: str, spoke: bool) -> None:
    text = _RECORD.format(chair="林晓峰").replace("壹、宣读上次会议纪录。", "壹、颁奖\n" + body)
    (event,) = facts(text, "2031-05-06").events
    assert (("林晓峰", "spoke_at") in {(p.person, p.relation) for p in event.participants}) is spoke


_CAPTIONS = (
    "来源：江城网\n5月10日上午，江城新区首批项目开工活动在新区滨湖大道举行。\n"
    "江城市委书记林晓峰宣布江城新区首批项目开工{mark}\n"
    "江城市委副书记、市长柴思雨参加江城新区开工活动{mark}\n"
    "活动由江城市委常委、常务副市长龚明远主持{mark}\n"
    "为加快江城新区建设，新区谋划首批项目，今天举行的江城新区首批项目开工活动，是落实2030年11月4日对接会精神的举措。\n"
)


@pytest.mark.parametrize("mark", ["▽", "▼", "↓"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_captions_pointing_at_their_photos_stay_in_their_article(mark: str, script: str) -> None:
    found = facts(in_script(_CAPTIONS.format(mark=mark), script), "2031-05-11")
    opening = next(e for e in found.events if e.date == "2031-05-10")
    links = {(p.person, p.relation) for p in opening.participants}
    assert {("林晓峰", "spoke_at"), ("柴思雨", "attended"), ("龚明远", "presided")} <= links
    assert {r.date for r in found.roles} == {"2031-05-10"}


@pytest.mark.parametrize("opening", ["", "应江城商会邀请，"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_trip_announced_after_the_leaders_clause_is_planned_and_led_by_him(opening: str, script: str) -> None:
    text = f"新华社长沙3月29日电 {opening}临江省委书记钱志远，将于4月2日至6日率经贸代表团赴港访问。"
    (visit,) = facts(in_script(text, script), "2031-03-29").events
    assert (visit.event_type, visit.date, visit.planned) == ("visit", "2031-04-02", True)
    assert {(p.person, p.relation) for p in visit.participants} == {("钱志远", "attended")}


@pytest.mark.parametrize(("short", "place"), [("沪", "上海"), ("港", "香港"), ("台", "台湾")])
def test_an_abbreviation_before_an_exchange_is_the_visits_place(short: str, place: str) -> None:
    text = f"新华社长沙3月29日电 临江省委书记钱志远将于4月2日率代表团来{short}交流访问。"
    (visit,) = facts(text, "2031-03-29").events
    assert visit.place == place
