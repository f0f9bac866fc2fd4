"""Roles, lane roles28 (issue 13): people found with no title or another title, classes ranked by their spread
over the studied sets (/work/scratch/s18/roles28/classes.md). **A national post printed bare** (总理, 副总理,
国务委员, 委员长, 副委员长: docs/gold-conventions.md D2) on a page of the mainland's own — one printing 国务院,
全国人大, 中共中央, 党中央, 中央政治局 or 总书记, and no country, no Taiwanese institution or city and no title only
a foreign government or Taiwan has — is that national body's (national_titles.tsv, actors/regiontitles.py), in the
chain order and in the order of address alike. Invented text, Simplified and Traditional; the near misses keep
the title bare (no role) or as printed."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

NPC = "全国人大常委会"  # the national body of 委员长 (kept apart: its full posts are common page text)

NATIONAL = [
    ("国务院召开常务会议，总理龚明远主持会议并讲话。", "龚明远", "国务院总理"),
    ("國務院召開常務會議，總理龔明遠主持會議並講話。", "龚明远", "国务院总理"),
    ("党中央对此高度重视，龚明远总理作出批示。", "龚明远", "国务院总理"),
    ("学习贯彻柴思雨副总理在调研时的讲话精神，落实中共中央部署。", "柴思雨", "国务院副总理"),
    ("（全国人大常委会）临江会期结束，委员长林晓峰主持。", "林晓峰", NPC + "委员长"),
    ("（全國人大常委會）臨江會期結束。林曉峰委員長主持會議。", "林晓峰", NPC + "委员长"),
    ("（全国人大常委会）全体会议上，副委员长钱小禾、宁可心出席。", "钱小禾", NPC + "副" + "委员长"),
    ("中央政治局会议召开后，国务委员宁可心到临江省调研。", "宁可心", "国务院国务委员"),
    ("总书记作出指示后，副总理柴思雨出席江城市的会议。", "柴思雨", "国务院副总理"),
]


@pytest.mark.parametrize(("text", "person", "post"), NATIONAL)
def test_a_bare_national_post_on_a_mainland_page_is_the_national_bodys(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


NOT_NATIONAL = [  # no cue; a country, a foreign or Taiwanese title, a Taiwanese institution or city on the page
    ("会上，龚明远总理主持会议并讲话。", "龚明远"),
    ("国务院总理林晓峰会见了来访的日本客人。龚明远总理也出席。", "龚明远"),
    ("党中央高度重视。松岩国首相龚明远会见客人，柴思雨总理陪同。", "柴思雨"),
    ("国务院有关负责人表示，海州国总统林晓峰与柴思雨总理会谈。", "柴思雨"),
    ("行政院今天开会，侨务委员会表示，龚明远委员长出席。党中央未回应。", "龚明远"),
    ("中共中央台办表示，台北的柴思雨委员长今天抵达。", "柴思雨"),
]


@pytest.mark.parametrize(("text", "person"), NOT_NATIONAL)
def test_a_bare_premier_that_may_be_another_governments_stays_bare(text: str, person: str) -> None:
    found = claims(text)
    assert not any(p == person and q.startswith(("国务院", "全国人大")) for p, q in found)


PRINTED = [  # a post printed with its own organisation keeps it
    ("国务院会议召开。某委员会委员长龚明远出席。", "龚明远", "某委员会委员长"),
    ("国务院会议召开，海州国总理林晓峰出席。", "林晓峰", "海州国总理"),
]


@pytest.mark.parametrize(("text", "person", "post"), PRINTED)
def test_a_national_title_printed_with_an_organisation_keeps_it(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(p == person and q.startswith(("国务院总理", "全国人大")) for p, q in found)


# --- a married name after a title, before the verb of a stand-in or a successor --------------------------------

MARRIED_STAND_INS = [
    ("龔明遠赴松岩考察三天，其間由律政司司長林鄭曉峰署理其職。", "林郑晓峰", "律政司司长"),
    ("海州局长休假一周，由副局长柴何思雨署理局长。", "柴何思雨", "海州局副局长"),
    ("局长出访期间，由副局长宁陈可心署任局长职务。", "宁陈可心", "副局长"),
    ("处长一职由副处长钱林小禾暂代。", "钱林小禾", "副处长"),
    ("由副處長龔周明遠代理處長職務。", "龚周明远", "副处长"),
    ("局长休假期间，由副局长林王晓峰临时代理局长的职务。", "林王晓峰", "副局长"),
    ("主任一职由副主任柴郑思雨接任。", "柴郑思雨", "副主任"),
]


@pytest.mark.parametrize(("text", "person", "post"), MARRIED_STAND_INS)
def test_a_married_name_before_a_stand_in_verb_keeps_its_own_title(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


NOT_MARRIED = [  # a three-character name before the verb is read as before; no four-character reading
    ("由副局长林晓峰代理局长职务。", "林晓峰", "副局长"),
    ("由副局长龚明远署理局长职务。", "龚明远", "副局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), NOT_MARRIED)
def test_a_three_character_name_before_a_stand_in_verb_is_read_as_before(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(len(p) == 4 for p, _ in found)


# --- a joiner after a name or a bare organ: the post is the next person's ----------------------------------------

JOINED = [
    ("龚明远与临江省副省长柴思雨会谈。", "柴思雨", "临江省副省长"),
    ("签约后，林晓峰同临江省农科院副院长宁可心交谈。", "宁可心", "临江省农科院副院长"),
    ("林晓峰和江城市副市长柴思雨一同出席。", "柴思雨", "江城市副市长"),
    ("林曉峰及江城市副市長柴思雨一同出席。", "柴思雨", "江城市副市长"),
    ("县政府与临江公司总经理钱小禾签约。", "钱小禾", "临江公司总经理"),
    ("龚明远代表市政府跟海州集团副总经理柴思雨签约。", "柴思雨", "海州集团副总经理"),
    # a name ending with the first character of a joiner_in_word row (平 of 平和) before another joiner (与)
    ("龚晓平与临江省副省长柴思雨会谈。", "柴思雨", "临江省副省长"),
]


@pytest.mark.parametrize(("text", "person", "post"), JOINED)
def test_a_joiner_after_a_name_or_a_bare_organ_opens_the_next_post(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(p == person and q != post and q.endswith(post) for p, q in found)


BODIES_WITH_JOINERS = [  # a body whose name holds the joiner keeps it (two characters before it, or no name)
    ("江城市文化和旅游局局长柴思雨出席。", "柴思雨", "江城市文化和旅游局局长"),
    ("临江省科学与技术委员会主任柴思雨出席。", "柴思雨", "临江省科学与技术委员会主任"),
    ("海州大学经济学与管理学院院长龚明远致辞。", "龚明远", "海州大学经济学与管理学院院长"),
    ("，渔农及林木局局长宁可心出席。", "宁可心", "渔农及林木局局长"),
    ("应海州共和国总统龚明远邀请，柴思雨启程。", "龚明远", "海州共和国总统"),
    ("江城协和医院院长钱小禾介绍情况。", "钱小禾", "江城协和医院院长"),
]


@pytest.mark.parametrize(("text", "person", "post"), BODIES_WITH_JOINERS)
def test_a_body_holding_a_joiner_keeps_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
