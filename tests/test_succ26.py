"""Issue 13, lane succ26: personnel notices and successions, classes counted on 27 fresh notice pages (invented
text only, Simplified and Traditional).

* A title read back from a name stops at a reporting, perceiving or helping verb, 给 and 主持人, a concessive or
  causal conjunction, a longer form of a stop word (据了解, 获得, 获悉), 担任过, and 日于 of a gazette's sign-off.
* A stand-in during an absence (临时代理…的职务, 将/会署理, 将署任 without 由) holds an acting post of its own, with
  no succession; a vacancy's acting holder may be named after 依法 and …的职务.
* Taiwan reshuffle lists: 由…接任、…由…担任 items each their own post; 甲接任某职、… ends its post at 、; a
  vacancy named by its holder's surname (林的遗缺由乙接任); short title heads 政次, 常次, 常秘 spelt out.
* 此前甲任某职: held before, not given now.
* Words read as a name after a title (宣誓暨, 时代, 施政) are no people; 奖 may be a given name's middle character.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, handed_on, people

# --- the left edge of a title ---------------------------------------------------------------------------------
GLUED = [  # (text, (person, post) read, a glued post that must not be)
    ("发言人表示前临江县长林晓峰已获聘为顾问。", ("林晓峰", "临江县长"), "表示前临江县长"),
    ("發言人表示前臨江縣長林曉峰已獲聘為顧問。", ("林晓峰", "临江县长"), "表示前临江县长"),
    ("松岩县府证实财政局长林晓峰将调往海州。", ("林晓峰", "财政局长"), "证实财政局长"),
    ("柴思雨长年协助江城市长龚明远，成绩显著。", ("龚明远", "江城市长"), "协助江城市长"),
    ("柴思雨把奖牌递给主持人松岩县文化局局长龚明远。", ("龚明远", "松岩县文化局局长"), "主持人松岩县文化局局长"),
    ("报道指出，虽然海州交通局长林晓峰已届退休，仍获慰留。", ("林晓峰", "海州交通局长"), "虽然海州交通局长"),
    ("據了解海州衛生署署長柴思雨下月赴任。", ("柴思雨", "海州卫生署署长"), "解海州卫生署署长"),
    ("柴思雨的方案获得江城市交通局局长龚明远肯定。", ("龚明远", "江城市交通局局长"), "得江城市交通局局长"),
    ("龚明远担任过临江省交通厅长。", ("龚明远", "临江省交通厅长"), "过临江省交通厅长"),
    ("二零三二年八月九日於江城交通事務局局長 林晓峰", ("林晓峰", "江城交通事务局局长"), "于江城交通事务局局长"),
]


@pytest.mark.parametrize(("text", "claim", "glued"), GLUED)
def test_a_title_starts_after_the_verb_or_conjunction_before_it(
    text: str, claim: tuple[str, str], glued: str
) -> None:
    found = claims(text)
    assert claim in found
    assert (claim[0], glued) not in found


KEPT = [  # a word of the list inside an organisation's name stays in it
    ("江城给水公司总经理林晓峰出席。", ("林晓峰", "江城给水公司总经理")),
    ("因特网协会会长林晓峰出席论坛。", ("林晓峰", "因特网协会会长")),
    ("海州表示器材厂厂长龚明远出席。", ("龚明远", "海州表示器材厂厂长")),
]


@pytest.mark.parametrize(("text", "claim"), KEPT)
def test_an_organisation_holding_such_a_word_keeps_it(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


# --- stand-ins during an absence ------------------------------------------------------------------------------
STAND_INS = [  # (text, (person, acting post))
    ("二零三一年五月二日至四日松岩县长出访期间，由松岩县常务副县长柴思雨临时代理县长的职务。", ("柴思雨", "临时代理县长")),
    ("二零三一年五月二日至四日松岩縣長出訪期間，由松岩縣常務副縣長柴思雨臨時代理縣長的職務。", ("柴思雨", "临时代理县长")),
    ("龚明远出访期间，海州财政司司长宁可心会署理海州行政长官职务。", ("宁可心", "署理海州行政长官")),
    ("局长休假那几天，江城市交通局副局长林晓峰将署任江城市交通局局长。", ("林晓峰", "署任江城市交通局局长")),
    ("海州议会议长出缺，议长的职务依法由副议长钱小禾代理。", ("钱小禾", "海州议会代理议长")),
]


@pytest.mark.parametrize(("text", "claim"), STAND_INS)
def test_a_stand_in_holds_an_acting_post_and_follows_nobody(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)
    assert not handed_on(text)


NO_STAND_IN = [  # no stand-in read: a rumour's clause, a post that is no duty taken over
    "龚明远将署理局长一职的传闻不实。",
    "柴思雨将署理行政长官的可能性不大。",
]


@pytest.mark.parametrize("text", NO_STAND_IN)
def test_a_clause_that_is_no_stand_in_gives_no_acting_post(text: str) -> None:
    assert not any(post.startswith(("署理", "署任", "临时代理")) for _, post in claims(text))


# --- reshuffle lists and vacancies ----------------------------------------------------------------------------
LIST_ITEMS = [  # (text, (person, post) of the later item, the earlier item's post it must not take)
    ("市府公布，海州文化局长由专员林晓峰升任、海州地政局长由科长龚明远担任。", ("龚明远", "海州地政局长"), "海州文化局长"),
    ("市府公布，海州文化局長由專員林曉峰升任、海州地政局長由科長龔明遠擔任。", ("龚明远", "海州地政局长"), "海州文化局长"),
    ("人事令下达：海州工务局长由秘书宁可心接任、卫生局副局长柴思雨接任海州卫生局长。", ("柴思雨", "海州卫生局长"), "海州工务局长"),
]


@pytest.mark.parametrize(("text", "claim", "other"), LIST_ITEMS)
def test_each_item_of_a_reshuffle_list_is_its_own_post(text: str, claim: tuple[str, str], other: str) -> None:
    found = claims(text)
    assert claim in found
    assert (claim[0], other) not in found


def test_an_item_list_pairs_each_new_holder_with_the_one_removed() -> None:
    text = (
        "行政部门宣布，青禾工务部长由政委林晓峰接任、青禾文化部长由海州县长龚明远担任。"
        "遭撤换的青禾工务部长钱小禾、青禾文化部长宁可心另有任用。"
    )
    assert {("青禾工务部长", "钱小禾", "林晓峰"), ("青禾文化部长", "宁可心", "龚明远")} <= handed_on(text)


VACANCIES = [  # (text, succession): the vacancy named by its holder's surname
    ("海州审计长将由财政部政次林晓峰升任，林的遗缺由预算司司长钱小禾递补。", ("财政部政务次长", "林晓峰", "钱小禾")),
    ("海州審計長將由財政部政次林曉峰升任，林的遺缺由預算司司長錢小禾接任。", ("财政部政务次长", "林晓峰", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), VACANCIES)
def test_a_vacancy_named_by_its_holders_surname_is_handed_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_surname_that_is_not_the_predecessors_hands_nothing_on() -> None:
    text = "海州审计长将由财政部政次林晓峰升任，龚的遗缺由预算司司长钱小禾接任。"
    assert not any(s[0] == "财政部政务次长" for s in handed_on(text))


SHORT_HEADS = [  # a short title head spelt out, its organisation kept
    ("江城交通部政次龚明远出席会议。", ("龚明远", "江城交通部政务次长")),
    ("江城交通部常次龚明远出席会议。", ("龚明远", "江城交通部常务次长")),
    ("江城財經局常秘柴思雨出席會議。", ("柴思雨", "江城财经局常任秘书长")),
]


@pytest.mark.parametrize(("text", "claim"), SHORT_HEADS)
def test_a_short_title_head_is_written_in_full(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


def test_a_word_ending_in_a_short_head_is_no_title() -> None:
    assert not people("行政次序由林晓峰安排。")


# --- earlier posts ---------------------------------------------------------------------------------------------
def _changes(text: str) -> dict[tuple[str, str], str]:
    return {(r.person, r.position): r.change for r in facts(text).roles}


@pytest.mark.parametrize("lead", ["此前", "之前", "先前"])
def test_a_post_held_earlier_is_past(lead: str) -> None:
    assert _changes(f"据介绍，{lead}龚明远任海州市长。")[("龚明远", "海州市长")] == "past"


def test_a_post_given_now_stays_a_start() -> None:
    assert _changes("据介绍，龚明远任海州市长。")[("龚明远", "海州市长")] == "start"


# --- names -----------------------------------------------------------------------------------------------------
NO_PEOPLE = [
    ("海州乡长宣誓暨就职仪式于上午举行。", "宣誓暨"),
    ("在担任江城市长、总统时代，推动计划。", "时代"),
    ("龚明远长年协助江城总统施政，贡献良多。", "施政"),
]


@pytest.mark.parametrize(("text", "word"), NO_PEOPLE)
def test_a_word_after_a_title_is_no_person(text: str, word: str) -> None:
    assert word not in people(text)


def test_a_given_name_may_hold_the_character_of_a_prize() -> None:
    assert ("宁奖文", "海州市地政处长") in claims("海州市地政处长由工务处长宁奖文升任。")
