"""Events and participation of session 37 (invented text, invented names).

- A visiting group's study trip told by its purpose (某某带领考察团来某市学习先进经验) is a visit; 学习 or 观摩 with no
  group gone somewhere (学习贯彻, 考察团观摩了某项目, a person alone) names none.
- A dateline's bracketed mark (【本报讯】) before a sentence's first person does not keep that person from being the
  subject of a later clause's act (…离港前，昨早到某馆考察); 昨午 is yesterday.
- A plan word opening a body's name (某大会筹备工作领导小组办公室举行新闻发布会) plans nothing; the second of two meetings a
  series names (先后多次召开甲会议和乙会议) is no event either.
- A programme's count (大会共设九场平行论坛) names no event; 地方 opens a kind of events only before a body or an
  election (地方党代会), not a topic (「地方合作」专题论坛 is one forum).
- An explanation given to visitors on site (由某馆长向一行讲解) is presence on a tour (C1).
- A speech told with its manner (发表了热情洋溢的讲话) is a speech made: its speaker is no presider of the clause after it.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8月10日，松岩县委书记龚明远带领党政考察团来江城市学习经济发展经验。", "龚明远带领党政考察团来江城市学习经济发展经验"),
        ("8月10日，松岩县党政考察团一行赴江城市观摩乡村振兴项目。", "松岩县党政考察团赴江城市观摩乡村振兴项目"),
    ],
)
def test_a_groups_study_trip_told_by_its_purpose_is_a_visit(text: str, title: str) -> None:
    found = facts(text + "柴思雨、林晓峰等江城市领导陪同。", "2031-08-11")
    (visit,) = [e for e in found.events if e.event_type == "visit"]
    assert (visit.title, visit.date) == (title, "2031-08-10")
    assert {"柴思雨", "林晓峰"} <= {p.person for p in visit.participants}


def test_an_arrival_before_a_purpose_noun_stays_the_visit() -> None:
    """抵达某地，开启为期5天的学习之旅: the purpose word names no tour after the arrival (guards.later_tour)."""
    found = facts("新华社临江6月9日电 江城市长林晓峰8日率领考察团抵达海州，开启为期5天的学习之旅。", "2031-06-09")
    assert [e.date for e in found.events if e.event_type == "visit"] == ["2031-06-08"]


@pytest.mark.parametrize(
    "text",
    [
        "8月10日，江城市委书记龚明远来松岩县学习。",
        "8月10日，松岩县党政考察团一行实地观摩了江城电子公司等项目。",
        "8月10日，江城市委召开常委会议，学习贯彻全会精神。",
    ],
)
def test_a_purpose_word_with_no_group_gone_somewhere_names_no_visit(text: str) -> None:
    assert not [e for e in facts(text, "2031-08-11").events if e.event_type == "visit"]


@pytest.mark.parametrize("mark", ["【本报讯】", "〔本报讯〕", ""])
def test_a_dateline_mark_before_the_subject_leaves_the_later_clause_his(mark: str) -> None:
    text = (
        "龚明远结束访港\n2031-02-23\n" + mark + "国家副主席龚明远昨午离港前，昨早到海港博物馆及古炮台考察。\n"
        "龚明远等一行昨早在民政事务局局长林晓峰陪同下抵达海港博物馆。"
    )
    (tour,) = [e for e in facts(text, "2031-02-23").events if e.event_type == "inspection"]
    assert tour.date == "2031-02-22"
    assert {"龚明远", "林晓峰"} <= {p.person for p in tour.participants}


_PRESS = (
    "【江城网】(记者 宁可心)昨日，中国共产党江城市第十二次代表大会筹备工作领导小组办公室举行新闻发布会，通报了筹备情况。\n"
    "中共江城市第十二次代表大会将于2031年9月26日在江城市青山区召开。\n"
)


def test_a_plan_word_opening_a_bodys_name_plans_nothing() -> None:
    found = facts(_PRESS, "2031-09-25").events
    assert ("新闻发布会", "2031-09-24", False) in {(e.title, e.date, e.planned) for e in found}


@pytest.mark.parametrize("series", ["先后多次召开市委常委会议和筹备领导小组会议", "定期召开常委会议、领导小组会议"])
def test_the_second_meeting_of_a_series_is_no_event(series: str) -> None:
    found = facts(_PRESS + "筹备期间，" + series + "，研究部署有关事项。", "2031-09-25").events
    assert not [e for e in found if "领导小组会议" in e.title or "常委会议" in e.title]


def test_a_programmes_count_is_no_event_and_a_topic_named_local_is_one_forum() -> None:
    text = (
        "江城日报10月18日讯 江城代表团今日继续参与在海州举行的第三届江海国际合作高峰论坛。\n"
        "下午，大会共设九场平行论坛，分别为围绕「互联互通」而召开的三场高级别论坛，以及就「地方合作」举行的六场专题论坛。\n"
        "江城市长龚明远在「地方合作」专题论坛致辞时指出，地方合作是重要一环。"
    )
    found = {e.title: e for e in facts(text, "2031-10-18").events}
    assert not [t for t in found if "九场" in t]
    assert ("龚明远", "spoke_at") in {(p.person, p.relation) for p in found["地方合作专题论坛"].participants}


@pytest.mark.parametrize("manner", ["热情洋溢的", "语重心长的", "简短的"])
def test_a_speech_told_with_its_manner_is_made(manner: str) -> None:
    text = (
        "1月12日上午，江城市政协第五届委员会第四次会议在江城礼堂闭幕。市委书记龚明远，市政协主席柴思雨等在主席台就座。"
        f"会上，龚明远发表了{manner}讲话，柴思雨主持。"
    )
    (session,) = facts(text, "2031-01-12").events
    relations = {(p.person, p.relation) for p in session.participants}
    assert {("龚明远", "spoke_at"), ("柴思雨", "presided")} <= relations
    assert ("龚明远", "presided") not in relations


def test_an_explanation_on_site_is_presence_on_the_tour() -> None:
    text = "国家副主席龚明远昨早到海港博物馆考察。龚明远一行昨早抵达海港博物馆，由文化局代局长林晓峰在馆前向副主席一行讲解历史。"
    (tour,) = facts(text, "2031-02-23").events
    assert ("林晓峰", "attended") in {(p.person, p.relation) for p in tour.participants}
