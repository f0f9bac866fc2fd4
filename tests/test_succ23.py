"""Issue 13, lane succ23: notices and successions (invented text only, Simplified and Traditional).

* A vacancy named by an anaphor (其遗缺/其职务/该职/所遗职务 由乙…接任), also with a move verb between the
  successor and the takeover verb (调任接任) or 兼任: 乙 takes the post printed before the leaver.
* The posts a notice took away earlier in its sentence, handed on together (上述两职务，由乙兼任; 前述/以上职务):
  each is a succession of its own.
* 乙接任某职一职 (the leaver printed without the post): 接任 implies the predecessor the article names; 兼任 inside
  a post list splits two posts (秘书长兼任秘书处长 → 秘书处长, not 任秘书处长).
* An election that prints the outgoing head with an earlier term (十一届/上届/上一届 某职 甲) beside the new one:
  a succession; a collective before 和 (新一届某政协领导和…) is no part of the post.
* A bare one-holder title after a former or hand-over marker (前代理县长乙, 前任市长乙, 甫卸任市长乙, 卸任县长乙)
  in an article that printed that post for one organisation before: that organisation's post, held before; a
  former holder overlaps nobody.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, role_overlaps

# --- a vacancy named by an anaphor ---------------------------------------------------------------------------
VACANCIES = [
    (
        "青禾区区长林晓峰升任江城市政府参议，其遗缺由松岩区区长龚明远调任接任。",
        ("青禾区长", "林晓峰", "龚明远"),
    ),
    (
        "青禾區區長林曉峰陞任江城市政府參議，其遺缺由松岩區區長龔明遠調任接任。",
        ("青禾区长", "林晓峰", "龚明远"),
    ),
    ("江城市交通局局长柴思雨另有任用，其职务由副局长钱小禾接任。", ("江城市交通局局长", "柴思雨", "钱小禾")),
    (
        "江城市交通局局长柴思雨退休，该职由江城市财政局局长宁可心兼任。",
        ("江城市交通局局长", "柴思雨", "宁可心"),
    ),
    (
        "江城市交通局局長柴思雨退休，該職務將由江城市財政局局長寧可心兼任。",
        ("江城市交通局局长", "柴思雨", "宁可心"),
    ),
    (
        "江城县教育处长龚明远转任县府参议，所遗职务由副处长林晓峰升任。",
        ("江城县教育处长", "龚明远", "林晓峰"),
    ),
    (
        "江城县教育处长龚明远转任县府参议，其职缺则由副处长林晓峰真除。",
        ("江城县教育处长", "龚明远", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), VACANCIES)
def test_a_vacancy_named_by_an_anaphor_is_handed_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


# --- the posts a notice took away, handed on together -----------------------------------------------------
REFERRED = [
    (
        "会议决定：免去柴思雨的临江省水利厅党组书记职务；免去钱小禾的临江省水利厅厅长职务；上述两职务，由临江省委常委龚明远兼任。",
        {("临江省水利厅党组书记", "柴思雨", "龚明远"), ("临江省水利厅厅长", "钱小禾", "龚明远")},
    ),
    (
        "會議決定：免去柴思雨的臨江省水利廳黨組書記職務；免去錢小禾的臨江省水利廳廳長職務；上述兩職務，由臨江省委常委龔明遠兼任。",
        {("临江省水利厅党组书记", "柴思雨", "龚明远"), ("临江省水利厅厅长", "钱小禾", "龚明远")},
    ),
    (
        "省委决定：免去宁可心的临江省教育厅党组书记职务，前述职务由林晓峰接任。",
        {("临江省教育厅党组书记", "宁可心", "林晓峰")},
    ),
    (
        "会议决定免去柴思雨的江城市档案馆馆长职务；以上职务均由江城市副市长龚明远兼任。",
        {("江城市档案馆馆长", "柴思雨", "龚明远")},
    ),
]


@pytest.mark.parametrize(("text", "successions"), REFERRED)
def test_the_posts_a_notice_took_away_are_handed_on_together(text: str, successions: set) -> None:
    assert successions <= handed_on(text)


# --- 接任某职一职 with the leaver printed without the post ------------------------------------------------------
TAKEN = [
    "江城市政府秘书长柴思雨出席会议。柴思雨离开职务，由交通局长龚明远接任江城市政府秘书长一职。",
    "江城市政府秘書長柴思雨出席會議。柴思雨卸下職務，由交通局長龔明遠接任江城市政府秘書長一職。",
    "江城市政府秘书长柴思雨出席会议。龚明远接任江城市政府秘书长兼任秘书处长一职。",
]


@pytest.mark.parametrize("text", TAKEN)
def test_taking_over_a_post_names_the_holder_printed_before(text: str) -> None:
    assert ("江城市政府秘书长", "柴思雨", "龚明远") in handed_on(text)


def test_concurrent_post_after_jianren_is_a_post_of_its_own() -> None:
    found = claims("江城市政府秘书长柴思雨出席会议。龚明远接任江城市政府秘书长兼任秘书处长一职。")
    assert ("龚明远", "江城市秘书处长") in found
    assert not any(post.endswith("任秘书处长") for _, post in found)


# --- the outgoing head printed at an election --------------------------------------------------------------
ELECTIONS = [
    (
        "会议选举龚明远为临江省政协主席。本届临江政协班子领导和第八届临江省政协主席柴思雨一同就座。",
        ("临江省政协主席", "柴思雨", "龚明远"),
    ),
    (
        "龚明远在全国政协全会上当选全国政协主席，上届全国政协主席柴思雨到场祝贺。",
        ("全国政协主席", "柴思雨", "龚明远"),
    ),
    ("龔明遠在臨江省政協全會上當選臨江省政協主席，上屆臨江省政協主席柴思雨到場祝賀。", ("临江省政协主席", "柴思雨", "龚明远")),
    (
        "龚明远当选临江市政协主席。上一届临江市政协主席柴思雨出席会议。",
        ("临江市政协主席", "柴思雨", "龚明远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), ELECTIONS)
def test_the_outgoing_head_of_an_earlier_term_is_followed(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text)


# --- near-misses -------------------------------------------------------------------------------------------
NEAR_MISSES = [
    "江城市交通局局长柴思雨出席会议，由副局长钱小禾主持。",  # 由 opens no hand-over without a takeover verb
    "会议决定：免去柴思雨的临江省水利厅党组书记职务。上述人员由省委组织部考察。",  # people, not posts
    "江城市交通局局长柴思雨表示，该职务由谁接任尚未确定。",  # no successor named
    "江城市交通局局长柴思雨出席会议，其职务由林晓峰代理。",  # a stand-in: no succession
    "江城市交通局局长柴思雨退休，其遗缺拟由林晓峰接任。",  # planned, not done
    "柴思雨曾任临江省政协主席。龚明远当选临江省政协主席。上届会议由钱小禾主持。",  # 上届 before a meeting
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_hand_on_nothing(text: str) -> None:
    assert not handed_on(text)


def test_a_collective_before_he_is_no_part_of_the_post() -> None:
    found = claims("会议选举龚明远为临江省政协主席。省领导和江城市委书记柴思雨出席。")
    assert ("柴思雨", "江城市委书记") in found
    assert not handed_on("会议选举龚明远为临江省政协主席。省领导和江城市委书记柴思雨出席。")


# --- a bare title of the outgoing holder, completed from the article ---------------------------------------
OUTGOING = [
    (
        "新任江城县代理县长龚明远今天宣示就职。这次布达的主管都是前代理县长柴思雨任命的首长。",
        "江城县代理县长",
    ),
    (
        "新任江城縣代理縣長龔明遠今天宣示就職。這次布達的主管都是前代理縣長柴思雨任命的首長。",
        "江城县代理县长",
    ),
    ("江城市长龚明远今天主持论坛。前任市长柴思雨也到场。", "江城市长"),
    ("江城市長龔明遠今天主持論壇。前任市長柴思雨也到場。", "江城市长"),
    ("江城市长龚明远今天主持论坛。甫卸任市长柴思雨也到场。", "江城市长"),
    ("江城县长交接典礼举行，新任江城县长龚明远出席。卸任县长柴思雨也到场。", "江城县长"),
]


@pytest.mark.parametrize(("text", "post"), OUTGOING)
def test_the_outgoing_holders_bare_title_is_the_articles_post(text: str, post: str) -> None:
    assert ("柴思雨", post) in claims(text)


@pytest.mark.parametrize("text", [OUTGOING[0][0], OUTGOING[1][0], OUTGOING[5][0]])
def test_a_new_holder_after_the_outgoing_one_is_a_succession(text: str) -> None:
    assert any(s[1:] == ("柴思雨", "龚明远") for s in handed_on(text))


def test_two_organisations_printed_with_the_title_leave_it_bare() -> None:
    found = claims("江城市长龚明远、海州市长林晓峰出席。前任市长柴思雨也到场。")
    assert ("柴思雨", "江城市长") not in found and ("柴思雨", "海州市长") not in found


def test_a_former_holder_overlaps_nobody() -> None:
    assert not role_overlaps("江城市长龚明远今天主持论坛。前任市长柴思雨也到场。")
    assert role_overlaps("江城市长龚明远今天主持论坛。江城市长柴思雨也到场。")


# --- a hand-over told in relative clauses (某职转任某职的甲, 接任某职的乙) -----------------------------------------
RELATIVE = [
    "江城市政府举行交接仪式。交通处长转任秘书处长的柴思雨则表示感谢。接任交通处长的龚明远则说要努力。",
    "江城市政府舉行交接儀式。交通處長轉任秘書處長的柴思雨則表示感謝。接任交通處長的龔明遠則說要努力。",
    "江城市政府举行交接仪式。交通处长调任秘书处长的柴思雨表示感谢，新接任交通处长的龚明远表示要努力。",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_a_hand_over_in_relative_clauses_is_a_succession(text: str) -> None:
    assert ("交通处长", "柴思雨", "龚明远") in handed_on(text)
    assert ("柴思雨", "秘书处长") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "江城市长龚明远出席。接任市长的人选尚未确定。",  # no name after 的
        "江城市政府举行交接仪式。交通处长转任秘书处长的传闻不实。",
    ],
)
def test_relative_clauses_without_a_holder_give_nothing(text: str) -> None:
    assert not handed_on(text)
    assert not any(post.endswith("秘书处长") for _, post in claims(text))


def test_a_bare_head_after_its_post_is_spelled_as_printed_there() -> None:
    """新任处长乙 after 某地政处长甲: 某地政处长, not 某地政处处长 (the organ's last character printed once)."""
    text = "江城市地政处长柴思雨卸任，新任处长龚明远到任。"
    assert ("江城市地政处长", "柴思雨", "龚明远") in handed_on(text)
    assert ("龚明远", "江城市地政处长") in claims(text)


# --- 甲任某职，乙卸任: the leaver named after the new holder's clause ------------------------------------------
LEAVER_AFTER = [
    ("近日人事调整：龚明远任江城水利部党组书记，柴思雨卸任。", ("江城水利部党组书记", "柴思雨", "龚明远")),
    ("近日人事調整：龔明遠任江城水利部黨組書記，柴思雨卸任。", ("江城水利部党组书记", "柴思雨", "龚明远")),
    ("林晓峰出任海州水利部党组书记，钱小禾不再担任；", ("海州水利部党组书记", "钱小禾", "林晓峰")),
    ("宁可心已接任青禾县委书记，王青禾则离任。", ("青禾县委书记", "王青禾", "宁可心")),
]


@pytest.mark.parametrize(("text", "succession"), LEAVER_AFTER)
def test_the_leaver_named_after_the_new_holder_is_followed(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "龚明远曾任江城市委书记，柴思雨卸任。",  # a career, not a change
        "龚明远任江城市委书记，柴思雨任江城市长。",  # two posts given, nobody leaves
        "龚明远任江城市委书记，柴思雨卸任后去了海州。",  # the clause goes on
    ],
)
def test_no_leaver_after_a_career_or_a_second_appointment(text: str) -> None:
    assert not handed_on(text)


# --- 原任某职的甲 beside a new holder ---------------------------------------------------------------------------
FORMER_HOLDER = [
    "目前，龚明远已出任青禾区委书记，原任江城市委常委、青禾区委书记的柴思雨调任海州市委常委。",
    "目前，龔明遠已出任青禾區委書記，原任江城市委常委、青禾區委書記的柴思雨調任海州市委常委。",
    "此前担任青禾区委书记的柴思雨已调任海州市委常委，龚明远出任青禾区委书记。",
]


@pytest.mark.parametrize("text", FORMER_HOLDER)
def test_the_former_holder_in_a_relative_clause_is_followed(text: str) -> None:
    assert ("青禾区委书记", "柴思雨", "龚明远") in handed_on(text)



# --- 甲，本月底接替乙任某职: a day between the mover and 接替 --------------------------------------------------------
DAY_SUCCEED = [
    "政府昨日公布，江城局常任秘书长龚明远，本月底接替柴思雨任海州局常任秘书长。",
    "政府昨日公布，江城局常任秘書長龔明遠，下月初接替柴思雨任海州局常任秘書長。",
    "政府公布，江城局常任秘书长龚明远将于5月3日接替柴思雨出任海州局常任秘书长。",
]


@pytest.mark.parametrize("text", DAY_SUCCEED)
def test_a_day_before_jieti_still_names_the_predecessor(text: str) -> None:
    assert ("海州局常任秘书长", "柴思雨", "龚明远") in handed_on(text)


def test_a_career_with_jieti_is_no_notice() -> None:
    assert not handed_on("龚明远曾于2019年接替柴思雨任海州局常任秘书长。")
