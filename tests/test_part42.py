"""Participation classes of session 32 (invented text, invented names).

- A subject list with a clause of one title and several names joined by 、 (市委书记甲，市委常委乙、丙、丁，各县
  负责人考察了…; 市委常委甲、乙，市长丙考察): every name of it acts (events.actpeople.co_followers, co_subjects).
- Advice put forward at a sitting (甲教授、乙教授等专家围绕某问题提出意见建议): a speech (events/participation.tsv
  提出…意见, 提出…建议).
- Nominees presented to a standing committee (某局局长拟任人选甲到会与常委会组成人员见面): people with no post yet
  (actors/list_leads.tsv list_nominee) who attend the sitting (participation.tsv 到会与…见面).
- A spokesperson named in a round-up of several press conferences speaks at the one of his sentence (else the
  last reported before him), not at all of them (events.spokespeople._own).
- Names joined by 、 right before the act (甲、乙考察了, 市委书记甲、市长乙考察了): all of them act, not only the
  first (events.actpeople.co_actors).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_WIRE = "新华社江城2031年5月9日电 8日下午，"


def _attended(text: str) -> set[str]:
    (event,) = facts(text).events
    return {p.person for p in event.participants if p.relation == "attended"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "省委常委、市委书记林嘉禾，市委副书记周立新，市委常委吴嘉禾、郑望舒、冯远志，市人大常委会副主任、江北区委书记"
            "秦晓川，各区、县委书记考察了临江市产业园区。",
            {"林嘉禾", "周立新", "吴嘉禾", "郑望舒", "冯远志", "秦晓川"},
        ),
        ("市委书记林嘉禾，市委常委吴嘉禾、郑望舒一行考察了临江市产业园区。", {"林嘉禾", "吴嘉禾", "郑望舒"}),
        ("市委常委吴嘉禾、郑望舒，市长林嘉禾考察了临江市产业园区。", {"林嘉禾", "吴嘉禾", "郑望舒"}),
        ("市委常委吴嘉禾、郑望舒考察了临江市产业园区。", {"吴嘉禾", "郑望舒"}),
        ("市委书记吴嘉禾、市长郑望舒考察了临江市产业园区。", {"吴嘉禾", "郑望舒"}),
        ("市委書記吳嘉禾，市委常委鄭望舒、馮遠志考察了臨江市產業園區。", {"吴嘉禾", "郑望舒", "冯远志"}),
    ],
    ids=["followers", "followers_group", "subjects", "listed", "listed_titled", "traditional"],
)
def test_every_name_of_a_titled_list_acts(text: str, people: set[str]) -> None:
    assert _attended(_WIRE + text) == people


@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # 陪同 after the list: the list escorts (its own rule), only the one it escorts acts
        ("市长林嘉禾在市委常委吴嘉禾、郑望舒陪同下考察了临江市产业园区。", {"林嘉禾"}),
        # a clause that goes on after its names (等) is no list of co-subjects
        ("市委常委吴嘉禾、郑望舒等，市长林嘉禾考察了临江市产业园区。", {"林嘉禾"}),
    ],
    ids=["escorted", "ends_otherwise"],
)
def test_a_list_that_is_no_subject_list_does_not_act(text: str, acting: set[str]) -> None:
    (event,) = facts(_WIRE + text).events
    assert {p.person for p in event.participants if p.provenance.rule == "participation:考察"} == acting


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("江城学院林嘉禾教授、周立新教授等专家围绕发展问题提出了深度思考和意见建议。", {"林嘉禾", "周立新"}),
        ("市发改委主任吴嘉禾就产业发展提出了很好的意见。", {"吴嘉禾"}),
    ],
    ids=["experts", "one"],
)
def test_advice_put_forward_at_a_sitting_is_a_speech(text: str, speakers: set[str]) -> None:
    (event,) = facts("新华社江城2031年5月9日电 8日，江城市召开规划专家座谈会。" + text).events
    assert {p.person for p in event.participants if p.relation == "spoke_at"} == speakers


def test_nominees_meeting_the_committee_attend_and_their_statements_are_speeches() -> None:
    text = (
        "新华社江城2031年3月21日电 3月20日，江城市人大常委会第九次会议举行。市人民政府副市长拟任人选林嘉禾，"
        "市交通运输局局长拟任人选周立新、市水务局局长拟任人选吴嘉禾到会与常委会组成人员见面。林嘉禾及周立新作表态发言。"
    )
    (event,) = facts(text).events
    relations = {(p.person, p.relation) for p in event.participants}
    assert {("林嘉禾", "attended"), ("周立新", "attended"), ("吴嘉禾", "attended")} <= relations
    assert {("林嘉禾", "spoke_at"), ("周立新", "spoke_at")} <= relations
    assert not facts(text).roles  # a nominee holds no post yet


def test_a_spokesperson_in_a_round_up_speaks_at_his_own_conference_only() -> None:
    text = (
        "新华社江城2031年6月15日电 6月10日下午，江城市政府举行政策例行吹风会，市卫生局副局长林嘉禾介绍有关情况。"
        "6月14日下午，江城市政府举行新闻发布会，市统计局新闻发言人周立新介绍5月份经济运行情况。"
    )
    speakers = {e.date: {p.person for p in e.participants if p.relation == "spoke_at"} for e in facts(text).events}
    assert speakers == {"2031-06-10": {"林嘉禾"}, "2031-06-14": {"周立新"}}


def test_a_spokesperson_speaks_at_the_one_conference_reported() -> None:
    text = (
        "新华社江城2031年6月15日电 江城市政府14日下午举行新闻发布会。会上，市统计局新闻发言人周立新介绍经济运行情况。"
    )
    (event,) = facts(text).events
    assert ("周立新", "spoke_at") in {(p.person, p.relation) for p in event.participants}
