"""Issue 13, lane succ25: notices and successions (invented text only, Simplified and Traditional).

* A former marker kept in the post: 甲（原某职）/ 甲(前某职) after a new post in a list, and a leading 前 before a
  post with its place or body (前某县民政处长甲): the post without the marker, held before — and the one before
  whoever the report gives that post to now.
* 由…接任 items joined by 、 (某职由甲接任、某职由乙接任), a post printed in quotation marks after a short lead
  (某当局“某院秘书长”由乙接任), an item opened by 仅: each item its own post.
* 新 before a bare title (新主任乙) beside the holder before printed with the full post (前某办主任甲); a passive
  (甲被调任) or a rumour (甲盛传…) right after a titled name ends the name.
* 甲卸任某职 alone (no 由…接任 after it), and 乙把印信交给甲 after a titled name.
* 调: one list of the words that are no transfer (调研, 调整, 调解…) for a notice and for a chain piece; 调离/调往
  are transfers naming no post after them.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

# --- a former marker kept in the post ---------------------------------------------------------------------
BRACKETED = [
    (
        "临江省政府公布新班子，包括交通厅长林晓峰(原江城市副市长)、财政厅长柴思雨(原交通厅长)。",
        ("柴思雨", "交通厅长"),
        ("交通厅长", "柴思雨", "林晓峰"),
    ),
    (
        "臨江省政府公布新班子，包括交通廳長林曉峰(原江城市副市長)、財政廳長柴思雨(原交通廳長)。",
        ("柴思雨", "交通厅长"),
        ("交通厅长", "柴思雨", "林晓峰"),
    ),
    (
        "新阁员名单：文化部长龚明远（原海州副市长），政务委员钱小禾（原文化部长）。",
        ("钱小禾", "文化部长"),
        ("文化部长", "钱小禾", "龚明远"),
    ),
]


@pytest.mark.parametrize(("text", "past", "succession"), BRACKETED)
def test_a_former_post_in_brackets_loses_its_marker_and_precedes_the_new_holder(
    text: str, past: tuple[str, str], succession: tuple[str, str, str]
) -> None:
    found = claims(text)
    assert past in found
    assert not any(post.startswith(("原", "前")) for _, post in found)
    assert succession in handed_on(text)


BRACKET_NAMES = [  # 原 or 前 opening a body's own name, or a former name: no former post
    ("名单中，原能会主委宁可心(原原能会副主委)出席。", ("宁可心", "原能会副主委")),
    ("柴思雨（原子能委员会主委）出席会议。", ("柴思雨", "原子能委员会主委")),
    ("柴思雨（前海合作区管委会主任）出席会议。", ("柴思雨", "前海合作区管委会主任")),
]


@pytest.mark.parametrize(("text", "claim"), BRACKET_NAMES)
def test_a_body_whose_name_opens_with_the_marker_keeps_it(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


def test_a_bare_former_in_brackets_is_a_post_held_before_but_no_predecessor() -> None:
    text = "新阁员名单：文化部长龚明远（原海州副市长），政务委员钱小禾（前文化部长）。"
    assert ("钱小禾", "文化部长") in claims(text)
    assert not handed_on(text)  # 前 alone: a holder of any earlier time (docs/actors.md, succ24)


def test_a_former_name_in_brackets_is_no_post() -> None:
    assert ("林晓峰", "交通厅长") in claims("名单中，交通厅长林晓峰(原名林小峰)出席。")
    assert not any(person == "林小峰" for person, _ in claims("名单中，交通厅长林晓峰(原名林小峰)出席。"))


LEADING = [
    ("会上，前江城市财政局局长钱小禾发言。", ("钱小禾", "江城市财政局局长")),
    ("會上，前江城市財政局局長錢小禾發言。", ("钱小禾", "江城市财政局局长")),
    ("前青禾县民政处长林晓峰代理青禾县长一事昨日确定。", ("林晓峰", "青禾县民政处长")),
]


@pytest.mark.parametrize(("text", "claim"), LEADING)
def test_a_leading_former_marker_before_a_placed_post_is_no_part_of_it(text: str, claim: tuple[str, str]) -> None:
    found = claims(text)
    assert claim in found
    assert not any(post.startswith("前") for _, post in found)


LEADING_NAMES = [  # a place or body named with 前 first, and 前一届 (a marker of its own)
    ("会上，前海江城合作区管委会主任钱小禾发言。", ("钱小禾", "前海江城合作区管委会主任")),
    ("江城市长林晓峰出席论坛，前一届市长龚明远也到场。", ("龚明远", "江城市长")),
]


@pytest.mark.parametrize(("text", "claim"), LEADING_NAMES)
def test_a_name_opening_with_the_marker_keeps_it(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


# --- 由…接任 items ---------------------------------------------------------------------------------------
TAKEN = [
    (
        "新内阁名单确定，临江水利厅长由钱小禾升任、临江交通厅长由江城市副市长林晓峰接任。",
        {("钱小禾", "临江水利厅长"), ("林晓峰", "临江交通厅长")},
    ),
    (
        "新內閣名單確定，臨江水利廳長由錢小禾升任、臨江交通廳長由江城市副市長林曉峰接任。",
        {("钱小禾", "临江水利厅长"), ("林晓峰", "临江交通厅长")},
    ),
    (
        "名单出炉，仅临江文化厅长由江城市副市长林晓峰接任、临江民政厅长由江城市前市长柴思雨接任。",
        {("林晓峰", "临江文化厅长"), ("柴思雨", "临江民政厅长")},
    ),
    (
        "名单公布，“临江局长”由台当局“江城局副局长”龚明远接任，“海州局长”将由江城大学校长柴思雨接任。",
        {("龚明远", "临江局长"), ("柴思雨", "海州局长")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), TAKEN)
def test_each_taken_by_item_of_a_list_gets_its_own_post(text: str, wanted: set[tuple[str, str]]) -> None:
    found = claims(text)
    assert wanted <= found
    assert not any(post.startswith(("仅", "台当局")) or "“" in post for _, post in found)
    assert "由台当局" not in people(text)


def test_a_quoted_post_taken_over_follows_its_former_holder() -> None:
    text = "人事底定，临江当局“交通部秘书长”由江城市副市长林晓峰接任、原临江当局“交通部秘书长”柴思雨转任顾问。"
    assert ("交通部秘书长", "柴思雨", "林晓峰") in handed_on(text)


NOT_TAKEN = [
    "会上，江城文化部长一职尚未确定由谁接任。",
    "會上，江城文化部長一職尚未確定由誰接任。",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_an_open_question_names_no_taker(text: str) -> None:
    assert not claims(text)


# --- 新 before a bare title, 被 and 盛传 after a titled name ------------------------------------------------
NEW_BARE = [
    "前江城办主任林晓峰被调走，新主任龚明远本周履新。",
    "前江城辦主任林曉峰被調走，新主任龔明遠本週履新。",
    "前江城办主任林晓峰盛传将调职，新主任龚明远本周到任。",
]


@pytest.mark.parametrize("text", NEW_BARE)
def test_a_new_bare_title_takes_the_post_of_the_holder_before(text: str) -> None:
    assert ("龚明远", "江城办主任") in claims(text)
    assert ("江城办主任", "林晓峰", "龚明远") in handed_on(text)


def test_a_place_opening_with_new_keeps_it() -> None:
    assert ("龚明远", "新乡市长") in claims("会上，新乡市长龚明远发言。")


# --- 甲卸任某职, 乙把印信交给甲 ----------------------------------------------------------------------------------
STEP_DOWN = [
    "柴思雨卸任江城市劳动局局长。江城市劳动局局长一职，由龚明远接任。",
    "柴思雨卸任江城市勞動局局長。江城市勞動局局長一職，由龔明遠接任。",
    "会上获悉，柴思雨已于3月离任江城市劳动局局长，江城市劳动局局长由龚明远接任。",
]


@pytest.mark.parametrize("text", STEP_DOWN)
def test_a_holder_stepping_down_precedes_the_taker(text: str) -> None:
    assert ("江城市劳动局局长", "柴思雨", "龚明远") in handed_on(text)
    assert "思雨卸" not in people(text)


def test_a_step_down_to_come_ends_nothing() -> None:
    assert not claims("会上获悉，柴思雨将卸任江城市长。")


SEAL = [
    "交接典礼上，卸任江城县县长龚明远把印信交给林晓峰。",
    "交接典禮上，卸任江城縣縣長龔明遠把印信交給林曉峰。",
    "交接典礼上，江城市交通局局长龚明远把印信交给林晓峰。",
]


@pytest.mark.parametrize("text", SEAL)
def test_a_seal_given_with_ba_after_a_titled_name(text: str) -> None:
    assert {(before, after) for _, before, after in handed_on(text)} == {("龚明远", "林晓峰")}


# --- 调: one list of the words that are no transfer ------------------------------------------------------
NO_TRANSFER = [
    ("江城市副市长龚明远调研交通工作。", ("龚明远", "江城市副市长")),
    ("江城县副县长龚明远调整分工。", ("龚明远", "江城县副县长")),
    ("江城区司法局局长、调解委员会主任龚明远出席。", ("龚明远", "调解委员会主任")),
    ("江城区水利局局长、调度中心主任龚明远出席。", ("龚明远", "调度中心主任")),
]


@pytest.mark.parametrize(("text", "claim"), NO_TRANSFER)
def test_a_word_of_diao_that_is_no_transfer(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


def test_a_transfer_away_names_no_post_but_the_next_item_moves() -> None:
    text = "原江城县民政局局长林晓峰调离民政局，原青禾县民政局局长柴思雨调江城县民政局局长。"
    found = claims(text)
    assert ("柴思雨", "江城县民政局局长") in found
    assert not any(person == "林晓峰" and "调" in post for person, post in found)
    assert ("江城县民政局局长", "林晓峰", "柴思雨") in handed_on(text)
