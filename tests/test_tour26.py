"""Inspections, tours and ceremonies, lane tour26 (sixteenth session): classes ranked on a fresh sample of 27
unseen pages of the lane's genres (inspections, visits to people in need, works and honours ceremonies, forums).

* a works or building ceremony printed as a 典礼 compound (动土典礼, 开工典礼, 上梁典礼, 落成典礼, 启用典礼 …)
  and an honours investiture (勋衔颁授典礼, 授勋典礼) are named events (``triggers.tsv``); the bare 典礼 stays
  the learned layer's head. Printed after a word of happening with the works as the clause's subject
  (某工程8日上午举行动土典礼), the ceremony is titled by the works (``word_uses.tsv`` works_ceremony,
  works_subject; ``events/worksceremony.py``); opening its clause (开工典礼昨天在某地举行) it is its noun alone;
* a leader's round of visits to people in need (走访慰问, 看望慰问) is an inspection-like trip (C1: the leader
  attends, nobody speaks); 慰问 alone (慰问金, 致慰问电) is no such trip;
* the officials listed as an act's subject, one titled name per clause, before a group word (甲，乙，丙一行
  前往某地，看望慰问…) all take part (``events/actpeople.co_followers``, ``word_uses.tsv`` subject_group);
* the acts of those ceremonies tie their people (共同执铲, 担任主典官, 颁授勋衔, 获颁…的人士包括:
  ``participation.tsv``).

Invented names and places, sentence frames of our own."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

DAY = "2031-05-08"
HEAD = "江城晚报 2031年5月8日\n"
HEAD_T = "江城晚報 2031年5月8日\n"


def _events(text: str, day: str = DAY) -> dict:
    return {e.title: e for e in facts(text, day).events}


WORKS = [  # (text, title, type): a works ceremony, titled by the works the clause opens with
    (HEAD + "江城大桥工程8日上午举行动土典礼，市长林晓峰致词。", "江城大桥工程动土典礼", "opening"),
    (HEAD_T + "『松岩漁會冷凍庫新建工程』8日清晨在松岩碼頭舉辦開工動土典禮,典禮由縣長林曉峰主持。",
     "松岩渔会冷冻库新建工程开工动土典礼", "opening"),
    (HEAD_T + "青禾縣防災紀念公園及展演中心今晨舉辦動土典禮,縣長龔明遠到場參與。",
     "青禾县防灾纪念公园及展演中心动土典礼", "opening"),
    (HEAD + "江城体育馆B栋大楼今天下午举行上梁典礼。", "江城体育馆B栋大楼上梁典礼", "opening"),
    (HEAD_T + "海州大橋落成典禮於8日上午在海州港旁舉行,行政長官林曉峰出席並致辭。", "海州大桥落成典礼", "opening"),
    (HEAD + "青禾县图书馆新馆8日举行启用典礼。", "青禾县图书馆新馆启用典礼", "opening"),
    (HEAD + "江城2031年度勋衔颁授典礼8日在江城举行，由行政长官林晓峰颁授勋衔。", "江城2031年度勋衔颁授典礼", "other"),
    (HEAD_T + "江城2031年度授勳典禮8日在禮賓府舉行。", "江城2031年度授勋典礼", "other"),
    (HEAD + "江城码头工程竣工典礼8日在江城举行。", "江城码头工程竣工典礼", "opening"),
]


@pytest.mark.parametrize(("text", "title", "kind"), WORKS)
def test_a_works_or_honours_ceremony_is_an_event_titled_by_its_works(text: str, title: str, kind: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert found[title].event_type == kind
    assert found[title].date == DAY


def test_a_works_ceremony_noun_opening_its_clause_is_the_ceremony() -> None:
    found = _events("江城晚报 2031年5月9日\n开工典礼昨天上午在江城码头预定地举行，县长林晓峰主持并讲话。", "2031-05-09")
    assert "开工典礼" in found, sorted(found)
    assert found["开工典礼"].date == DAY
    assert ("林晓峰", "presided") in event_people(found["开工典礼"])


WORKS_NOT = [  # near misses: no works ceremony, or not the clause's works as its title
    HEAD + "市长林晓峰回顾了去年江城大桥的动土典礼。",  # a past ceremony only referred to
    HEAD + "江城举办庆典用品展销会，商户展出各式典礼用品。",  # the bare 典礼 stays no rule's trigger
]


@pytest.mark.parametrize("text", WORKS_NOT)
def test_no_works_ceremony_without_its_happening(text: str) -> None:
    found = _events(text)
    assert not [t for t in found if t.endswith(("动土典礼", "典礼用品"))], sorted(found)


def test_an_announced_works_ceremony_is_planned_and_titled_by_its_works() -> None:
    found = _events(HEAD + "江城大桥工程将于下月举行动土典礼。")  # a printed month: planned (A3)
    assert "江城大桥工程动土典礼" in found, sorted(found)
    assert found["江城大桥工程动土典礼"].planned


def test_a_person_opening_the_clause_is_no_works_name() -> None:
    found = _events(HEAD + "县长林晓峰8日在江城大桥工程现场举行动土典礼。")
    assert not [t for t in found if t.startswith("县长林晓峰")], sorted(found)


VISITS = [  # (text, actor): a round of visits to people in need, in both scripts
    (HEAD + "5月8日，青禾县委书记林晓峰到松岩镇开展走访慰问活动，看望困难群众。", "林晓峰"),
    (HEAD + "8日下午，江城市委副书记龚明远前往海州区，看望慰问劳动模范和老党员。", "龚明远"),
    (HEAD_T + "8日上午,青禾縣長林曉峰帶隊開展走訪慰問活動,深入基層看望困難學生。", "林晓峰"),
    (HEAD + "5月8日，江城市政协主席柴思雨走访看望因公负伤人员和道德模范。", "柴思雨"),
    (HEAD + "8日，江城区长宁可心慰问看望了在一线值守的环卫工人。", "宁可心"),
]


@pytest.mark.parametrize(("text", "actor"), VISITS)
def test_a_round_of_visits_to_people_in_need_is_an_inspection(text: str, actor: str) -> None:
    found = [e for e in facts(text, DAY).events if e.event_type == "inspection"]
    assert found, text
    people = event_people(found[0])
    assert (actor, "attended") in people
    assert not [p for p in people if p[1] == "spoke_at"]  # nobody speaks on a tour (C1)


VISITS_NOT = [  # 慰问 alone, or the gifts and the message: no trip
    HEAD + "8日，江城市委书记林晓峰向受灾群众致慰问电。",
    HEAD + "江城市今年共发放慰问金300万元，慰问品5000份。",
    HEAD + "林晓峰表示，将继续做好走访慰问困难群众工作。",
]


@pytest.mark.parametrize("text", VISITS_NOT)
def test_no_round_of_visits_from_gifts_messages_or_plans(text: str) -> None:
    assert not [e for e in facts(text, DAY).events if e.event_type == "inspection"]


LISTED = [  # (text, the people listed as the act's subject)
    (HEAD + "8日下午，江城市委副书记林晓峰，市委常委、秘书长龚明远，副市长柴思雨一行前往青禾区，看望慰问低保家庭。",
     {"林晓峰", "龚明远", "柴思雨"}),
    (HEAD_T + "8日上午,江城市委書記林曉峰,市委副書記、市長龔明遠等前往青禾區,看望慰問老黨員。",
     {"林晓峰", "龚明远"}),
]


@pytest.mark.parametrize(("text", "people"), LISTED)
def test_every_titled_name_listed_as_the_subject_takes_part(text: str, people: set[str]) -> None:
    found = [e for e in facts(text, DAY).events if e.event_type == "inspection"]
    assert found
    assert people <= {name for name, relation in event_people(found[0]) if relation == "attended"}


def test_a_name_after_the_list_is_no_subject() -> None:
    text = HEAD + "8日下午，江城市委副书记林晓峰前往青禾区，看望慰问困难党员宁可心。"
    found = [e for e in facts(text, DAY).events if e.event_type == "inspection"]
    assert found
    assert ("宁可心", "attended") not in event_people(found[0])


CEREMONY_PEOPLE = [  # (text, title, person): the acts of works and honours ceremonies
    (HEAD + "江城大桥工程8日上午举行动土典礼，市长林晓峰和县议员钱小禾等共同执铲破土。", "江城大桥工程动土典礼", "钱小禾"),
    (HEAD_T + "江城體育館新建工程8日舉辦上樑典禮,由縣長林曉峰、議長柴思雨擔任主典官。",
     "江城体育馆新建工程上梁典礼", "柴思雨"),
    (HEAD + "江城2031年度勋衔颁授典礼8日在江城举行，由行政长官林晓峰颁授勋衔。", "江城2031年度勋衔颁授典礼", "林晓峰"),
    (HEAD + "江城2031年度勋衔颁授典礼8日在江城举行。获颁金星勋章的人士包括临江大学校长柴思雨、江城商会会长钱小禾。",
     "江城2031年度勋衔颁授典礼", "钱小禾"),
]


@pytest.mark.parametrize(("text", "title", "person"), CEREMONY_PEOPLE)
def test_the_people_of_a_ceremony_act_attend_it(text: str, title: str, person: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert (person, "attended") in event_people(found[title])


GLUED = [  # (text, person, the post as read): a ceremony page's narrative word is no part of the organisation
    (HEAD + "镇长林晓峰亲自到场和代理镇长龚明远一起培土。", "龚明远", "亲自到场和代理镇长"),
    (HEAD_T + "典禮後,接著城建規劃處處長龔明遠將鑰匙交給主辦單位。", "龚明远", "接着城建规划处处长"),
    (HEAD + "仪式结束，随后城建规划处处长龚明远致辞。", "龚明远", "随后城建规划处处长"),
    (HEAD + "林晓峰随即到海州商会与商会荣誉会长龚明远会面。", "龚明远", "林晓峰随即到海州商会与商会荣誉会长"),
    (HEAD + "据介绍，这次临江省副省长龚明远带队参访。", "龚明远", "这次临江省副省长"),
    (HEAD_T + "二十多年前青禾縣老縣長龔明遠曾到此視察。", "龚明远", "二十多年前青禾县老县长"),
]


@pytest.mark.parametrize(("text", "person", "glued"), GLUED)
def test_narrative_words_do_not_open_an_organisation(text: str, person: str, glued: str) -> None:
    posts = {r.position for r in facts(text, DAY).roles if r.person == person}
    assert glued not in posts, posts
    assert not [p for p in posts if p.startswith(("亲自", "接着", "随后", "到场", "林晓峰", "这次", "二十"))], posts


def test_an_organisation_holding_no_stop_stays_whole() -> None:
    posts = {r.position for r in facts(HEAD + "江城市城建规划处处长龚明远出席。", DAY).roles if r.person == "龚明远"}
    assert "江城市城建规划处处长" in posts, posts


def test_a_titled_name_before_kaizhan_is_read() -> None:
    text = HEAD + "5月8日，江城市委副书记、市长柴思雨开展节日走访看望，为劳模送去祝福。"
    assert "柴思雨" in {p.name for p in facts(text, DAY).people}
    found = [e for e in facts(text, DAY).events if e.event_type == "inspection"]
    assert found and ("柴思雨", "attended") in event_people(found[0])


def test_later_visits_of_a_round_on_a_page_without_year_are_its_stops() -> None:
    text = (
        "江城网讯 1月21日，江城市委书记林晓峰走访慰问假期里仍在值守的职工。市长龚明远一同走访。\n"
        "在松岩集团，林晓峰、龚明远看望慰问了劳模代表。\n"
        "每到一处，林晓峰、龚明远都走访慰问企业职工，叮嘱企业安排好值班。"
    )
    found = [e for e in facts(text, None).events if e.event_type == "inspection"]
    assert len(found) == 1, [e.title for e in found]
    assert {("林晓峰", "attended"), ("龚明远", "attended")} <= event_people(found[0])
