"""Issue 13, lane succ24: notices and successions (invented text only, Simplified and Traditional).

* A standing committee's acting head: 任命乙为某市副市长、代理某市长职务 (the post list closed by 职务),
  作出关于乙代理某县县长的决定: the acting post, and with the leaver's resignation a succession.
* 免去甲某市某局局长职务 (no 的): the name and a place of no table, printed again in the notice, part where the
  place starts.
* A post whose place holds 原 or 前 (a city named 某原市) is no former holder's post.
* One report printing a one-holder post for the holder before (前任市长甲, 原某局局长甲) and for its holder now: the
  former one came before; a bare 前 (前县长甲) names a holder of any earlier time.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on

# --- a standing committee's acting head -------------------------------------------------------------------
ACTING = [
    (
        "江城市人大常委会议上，龚明远辞去江城市长职务获准；会议还任命林晓峰为江城市副市长、代理江城市长职务。",
        ("林晓峰", "江城市代理市长"),
    ),
    (
        "江城市人大常委會議上，龔明遠辭去江城市長職務獲准；會議還任命林曉峰為江城市副市長、代理江城市長職務。",
        ("林晓峰", "江城市代理市长"),
    ),
    (
        "青禾县人大常委会会议接受龚明远辞去青禾县县长职务，并作出关于林晓峰代理青禾县县长的决定。",
        ("林晓峰", "青禾县代理县长"),
    ),
    (
        "青禾縣人大常委會會議接受龔明遠辭去青禾縣縣長職務，並作出關於林曉峰代理青禾縣縣長的決定。",
        ("林晓峰", "青禾县代理县长"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), ACTING)
def test_an_acting_head_named_by_a_standing_committee_follows_the_leaver(
    text: str, claim: tuple[str, str]
) -> None:
    assert claim in claims(text)
    assert {(before, after) for _, before, after in handed_on(text)} == {("龚明远", "林晓峰")}


def test_an_acting_post_after_a_deputy_post_keeps_both() -> None:
    found = claims("青禾县人大常委会当天任命柴思雨为青禾县副县长、代理青禾县县长职务。")
    assert {("柴思雨", "青禾县副县长"), ("柴思雨", "青禾县代理县长")} <= found


# --- 免去甲某市某局局长职务 ---------------------------------------------------------------------------------
REMOVED = [
    "会上，江城市人大常委会表决任免名单，免去钱小禾江城市水务局局长职务，任命宁可心为江城市水务局局长。",
    "會上，江城市人大常委會表決任免名單，免去錢小禾江城市水務局局長職務，任命寧可心為江城市水務局局長。",
    "会议决定：免去钱小禾同志江城市水务局局长职务；任命宁可心同志为江城市水务局局长。",
]


@pytest.mark.parametrize("text", REMOVED)
def test_a_removal_without_de_parts_the_name_where_a_printed_place_starts(text: str) -> None:
    assert ("江城市水务局局长", "钱小禾", "宁可心") in handed_on(text)


def test_a_place_printed_once_leaves_the_removal_unread() -> None:
    assert not any(person == "钱小禾" for person, _ in claims("会议决定免去钱小禾海州市水务局局长职务。"))


# --- 原 or 前 inside a place's name ------------------------------------------------------------------------
def test_a_place_holding_yuan_is_no_former_post() -> None:
    text = "会议决定接受龚明远辞去青原市市长职务的请求，决定任命林晓峰为青原市副市长，作出关于林晓峰代理青原市市长的决定。"
    assert {(before, after) for _, before, after in handed_on(text)} == {("龚明远", "林晓峰")}


# --- a former holder and the holder now in one report ------------------------------------------------------
FORMER = [
    ("江城市长林晓峰今天出席论坛开幕式。前任市长龚明远也到场致意。", ("江城市长", "龚明远", "林晓峰")),
    ("江城市長林曉峰今天出席論壇開幕式。前任市長龔明遠也到場致意。", ("江城市长", "龚明远", "林晓峰")),
    ("江城市原市长龚明远与市长林晓峰一同为展览剪彩。", ("江城市长", "龚明远", "林晓峰")),
    (
        "原江城市水务局局长龚明远、江城市水务局局长林晓峰出席座谈会。",
        ("江城市水务局局长", "龚明远", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), FORMER)
def test_a_former_holder_beside_the_holder_now_came_before(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


FORMER_NEAR_MISSES = [
    # two present holders of a one-holder post: no order is printed
    "江城市长林晓峰和江城市长龚明远出席论坛。",
    # two former holders: which came first is not printed
    "江城市长林晓峰出席论坛。前任市长龚明远、前任市长柴思雨也到场。",
    # a bare 前: a holder of any earlier time, not the one before
    "江城市前市长龚明远与市长林晓峰一同为展览剪彩。",
    "松岩县长柴思雨会见了前县长钱小禾。",
    # a post of several holders
    "江城市副市长林晓峰出席论坛。前副市长龚明远也到场。",
    # names closed by 等 before a title are a list, not a body
    "大会通过林晓峰、龚明远、宁可心等副主席任命案，以及秘书长柴思雨的任命。前秘书长钱小禾作了报告。",
]


@pytest.mark.parametrize("text", FORMER_NEAR_MISSES)
def test_former_holders_near_misses_hand_on_nothing(text: str) -> None:
    assert not handed_on(text)


# --- the seal of office handed on by its holder ------------------------------------------------------------
SEALS = [
    "前任江城市长龚明远将印信交接给林晓峰。",
    "前任江城市長龔明遠將印信交接給林曉峰。",
    "卸任江城市长龚明远随即把印信交给新任市长林晓峰。",
    "江城市前市长龚明远也将印信交到林晓峰手中，林晓峰随即宣誓就职。",
    "江城市长交接典礼上，新任市长林晓峰从卸任市长龚明远手上接过印信。",
]


@pytest.mark.parametrize("text", SEALS)
def test_the_seal_handed_on_by_its_holder_is_a_succession(text: str) -> None:
    assert ("江城市长", "龚明远", "林晓峰") in handed_on(text)


SEAL_NEAR_MISSES = [
    "江城市长龚明远将会旗交给林晓峰。",  # a flag is no seal of office
    "江城市长龚明远将印信妥善保管。",  # kept, not handed on
    "龚明远将印信交给林晓峰。",  # no post printed for the giver
]


@pytest.mark.parametrize("text", SEAL_NEAR_MISSES)
def test_seal_near_misses_hand_on_nothing(text: str) -> None:
    assert not handed_on(text)


# --- moves printed with 调 alone, a vacancy left behind ------------------------------------------------------
MOVES = [
    ("原松岩区长林晓峰调青禾区长、原青禾区长龚明远调松岩区长。", ("松岩区长", "林晓峰", "龚明远")),
    ("原松岩區長林曉峰調青禾區長、原青禾區長龔明遠調松岩區長。", ("松岩区长", "林晓峰", "龚明远")),
    ("原任松岩区长林晓峰调任青禾区长，所留遗缺由江城市民政局科长龚明远继任。", ("松岩区长", "林晓峰", "龚明远")),
    ("松岩区长林晓峰调任青禾区长，所留职缺由龚明远接掌。", ("松岩区长", "林晓峰", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), MOVES)
def test_a_move_with_diao_or_a_vacancy_left_behind_hands_the_post_on(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text)


def test_a_moved_post_is_no_title_of_the_next_item() -> None:
    found = claims("原松岩区长林晓峰调青禾区长、原青禾区长龚明远调松岩区长。")
    assert not any(post.startswith("调") for _, post in found)


def test_diao_before_a_research_trip_is_no_move() -> None:
    assert ("林晓峰", "江城市交通局长") in claims("江城市交通局长林晓峰调研青禾县。")
    assert not handed_on("江城市交通局长林晓峰调研青禾县。")


# --- a list of posts each given 由…出任 --------------------------------------------------------------------
def test_each_item_of_a_list_of_appointments_keeps_its_own_holder() -> None:
    text = "县府发布派令，青禾县民政处长由副处长龚明远出任、税务所长由科长林晓峰出任。原民政处长宁可心调任县府参议。"
    found = claims(text)
    assert ("龚明远", "青禾县民政处长") in found
    assert ("林晓峰", "青禾县民政处长") not in found


def test_a_two_character_name_never_takes_the_first_character_of_the_place() -> None:
    text = "会议决定免去柴宁江城市副市长职务，任命林晓峰为江城市副市长。"
    assert ("柴宁", "江城市副市长") in claims(text)
    assert not any(person.startswith("柴宁江") for person, _ in claims(text))


def test_a_move_printed_after_a_titled_name_in_a_list_item_is_no_post_of_the_next() -> None:
    text = "原青禾区长林晓峰调松岩区长；原民政局副局长龚明远调青禾区长、原松岩区长柴思雨调民政局副局长。"
    assert not any("调" in post for _, post in claims(text))


def test_the_holder_before_a_removed_one_is_a_past_holder_not_a_new_one() -> None:
    text = (
        "会议决定免去龚明远的江城市水务局局长职务，任命林晓峰为江城市水务局局长。"
        "龚明远之前，江城市水务局局长一职由曾任江城中学校长的柴思雨担任。"
    )
    assert handed_on(text) == {("江城市水务局局长", "龚明远", "林晓峰")}
    assert ("柴思雨", "江城市水务局局长") in claims(text)


def test_a_notice_succession_is_labelled_with_the_post_as_printed_in_full() -> None:
    text = "会上，青禾区人大常委会同意龚明远辞去青禾区人民政府区长一职，并任命林晓峰为青禾区副区长、代理区长。"
    assert handed_on(text) == {("青禾区人民政府区长", "龚明远", "林晓峰")}
