"""Issue 13, lane succ28: successions whose two holders were found but never paired, and leavers printed only in
a leaving clause (invented text only, Simplified and Traditional).

* One post printed in two spellings in one report: a department with and without its government
  (某市政府某处处长 / 某市某处处长), and a body printed in full and by its contraction (数位发展部 / 数发部,
  综合发展处 / 综发处, 义勇消防总队 / 义消总队): ``corpus/postkeys``, ``corpus/shortposts``.
* An undated report (no year anywhere) printing a post's holder now beside a notice giving the post to another:
  the holder printed now is the predecessor (``corpus/people._undated_articles``).
* A titled holder's own leaving (因…请辞, 退休, 离职, 去职, 被免职) and a passive removal (被免去…职务):
  ``notice_left_titled``, ``notice_removed_passive``; never after a negation or a future.
* Two adverbs before 由 in a vacancy (某职则将由乙出任).
* An honorary post (荣誉主席) is no one-holder post and never the post a later 新任/卸任 title takes.
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on
from ygraph.actors.contractions import contracts

# --- one post, two spellings ----------------------------------------------------------------------------------
SPELLINGS = [  # (text, succession)
    (
        "海州市政府新闻处处长林晓峰已另有安排，海州市新闻处处长由研考会主委龚明远调任。",
        ("海州市政府新闻处处长", "林晓峰", "龚明远"),
    ),
    (
        "海州市政府新聞處處長林曉峰已另有安排，海州市新聞處處長由研考會主委龔明遠調任。",
        ("海州市政府新闻处处长", "林晓峰", "龚明远"),
    ),
    (
        "内阁名单出炉，临江数位发展部长将由现任次长龚明远接任。临江数发部长柴思雨已表明去意。",
        ("临江数位发展部长", "柴思雨", "龚明远"),
    ),
    (
        "青禾县政府人事命令今天生效，青禾县综合发展处处长宁可心到任。原综发处处长钱小禾调往他处。",
        ("青禾县综合发展处处长", "钱小禾", "宁可心"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), SPELLINGS)
def test_a_post_printed_in_two_spellings_is_handed_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


CONTRACTIONS = [  # (short, long, one post?)
    ("数发部长", "数位发展部长", True),
    ("综发处处长", "青禾县政府综合发展处处长", True),
    ("海州义消总队长", "海州市义勇消防总队长", True),
    ("行会召集人", "行政会议召集人", True),
    ("江城市委书记", "江城市纪委书记", False),  # a committee and its discipline organ
    ("临江省委书记", "临江省政法委书记", False),
    ("交通部长", "交通运输部长", False),  # a renamed body is no contraction
    ("海州市长", "海州市市长", False),
    ("教育局长", "教育和体育局长", False),
]


@pytest.mark.parametrize(("short", "long", "same"), CONTRACTIONS)
def test_a_contraction_keeps_the_first_character_of_each_word(short: str, long: str, same: bool) -> None:
    assert contracts(short, long) is same


def test_a_committee_and_its_discipline_organ_are_two_posts() -> None:
    text = "江城市委书记林晓峰出席。会议宣布，龚明远任江城市纪委书记，柴思雨不再担任江城市纪委书记。"
    found = handed_on(text)
    assert ("江城市纪委书记", "柴思雨", "龚明远") in found
    assert not any(s[1] == "林晓峰" for s in found)


# --- an undated report ----------------------------------------------------------------------------------------
UNDATED = [  # (text, succession): no year printed, no date given
    ("警队举行交接仪式，海州警务处处长林晓峰与新任海州警务处处长龚明远握手。", ("海州警务处处长", "林晓峰", "龚明远")),
    ("警隊舉行交接儀式，海州警務處處長林曉峰與新任海州警務處處長龔明遠握手。", ("海州警务处处长", "林晓峰", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), UNDATED)
def test_an_undated_report_pairs_the_holder_now_with_the_new_one(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text, day="")


def test_an_election_in_an_undated_report_names_no_predecessor() -> None:
    text = "大会进行选举，林晓峰当选为临江市政协主席。临江市政协主席龚明远主持闭幕会。"
    assert not handed_on(text, day="")


def test_a_dated_report_still_needs_the_holder_seen_at_the_notice() -> None:
    text = "二〇〇一年，海州警务处处长林晓峰视察码头。二〇三一年四月，新任海州警务处处长龚明远上任。"
    assert ("海州警务处处长", "林晓峰", "龚明远") not in handed_on(text)


# --- a titled holder's own leaving ----------------------------------------------------------------------------
LEAVING = [  # (text, succession)
    (
        "江城市交通局局长林晓峰因家庭因素请辞，江城市交通局局长由副局长龚明远接任。",
        ("江城市交通局局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市交通局局長林曉峰因家庭因素請辭，江城市交通局局長由副局長龔明遠接任。",
        ("江城市交通局局长", "林晓峰", "龚明远"),
    ),
    ("青禾县水务局局长柴思雨日前退休，龚明远接任青禾县水务局局长。", ("青禾县水务局局长", "柴思雨", "龚明远")),
    ("青禾縣水務局局長柴思雨日前退休，龔明遠接任青禾縣水務局局長。", ("青禾县水务局局长", "柴思雨", "龚明远")),
    ("松岩县卫生局局长宁可心已离职，钱小禾接任松岩县卫生局局长。", ("松岩县卫生局局长", "宁可心", "钱小禾")),
    ("松岩县卫生局局长宁可心因案被免职，钱小禾接任松岩县卫生局局长。", ("松岩县卫生局局长", "宁可心", "钱小禾")),
    (
        "国务院宣布，临江联络处主任钱小禾被免去临江联络处主任职务，龚明远获任命为临江联络处主任。",
        ("临江联络处主任", "钱小禾", "龚明远"),
    ),
    (
        "國務院宣布，臨江聯絡處主任錢小禾被免去臨江聯絡處主任職務，龔明遠獲任命為臨江聯絡處主任。",
        ("临江联络处主任", "钱小禾", "龚明远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), LEAVING)
def test_a_titled_holders_own_leaving_hands_the_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


NOT_LEAVING = [  # a negation, a refusal, a rumour or a future: the holder does not leave
    "江城市交通局局长林晓峰因病未请辞，外界关注江城市交通局局长人选，龚明远获任命为江城市交通局副局长。",
    "江城市交通局局长林晓峰不会请辞。龚明远任江城市交通局副局长。",
    "江城市交通局局长林晓峰拒绝请辞。龚明远任江城市交通局副局长。",
    "江城市交通局局长林晓峰传将请辞。龚明远任江城市交通局副局长。",
    "江城市交通局局长林晓峰将退休。龚明远任江城市交通局副局长。",
]


@pytest.mark.parametrize("text", NOT_LEAVING)
def test_a_leaving_that_does_not_happen_hands_nothing_on(text: str) -> None:
    from pipeline_probe import facts

    left = [r for r in facts(text).roles if r.person == "林晓峰" and r.change == "end"]
    assert not left


# --- two adverbs before 由 -----------------------------------------------------------------------------------
def test_a_vacancy_then_to_be_filled_is_handed_on() -> None:
    text = "海州客委会主委林晓峰将转任文化局长，海州客委会主委则将由现任副主委龚明远出任。"
    assert ("海州客委会主委", "林晓峰", "龚明远") in handed_on(text)


# --- an honorary post -----------------------------------------------------------------------------------------
def test_an_honorary_post_is_not_the_post_handed_on() -> None:
    text = (
        "国民党今天在松岩会馆召开全代会，下午进行党主席交接，荣誉主席林晓峰担任监交人，"
        "卸任主席柴思雨把印信交给新任主席龚明远。国民党组发会说明议程。"
    )
    found = handed_on(text)
    assert ("国民党主席", "柴思雨", "龚明远") in found
    assert not any("荣誉" in s[0] for s in found)


# --- the seal handed on by an untitled holder -----------------------------------------------------------------
SEALS = [  # (text, succession): the giver untitled, the taker printed with the post (after 新任 too)
    (
        "松岩县长就职典礼今天举行。随后，在省府秘书长林晓峰监交下，柴思雨把印信移交给新任松岩县长龚明远，完成交接。",
        ("松岩县长", "柴思雨", "龚明远"),
    ),
    ("松岩县长就职典礼今天举行。随后，柴思雨把关防移交给新任县长龚明远。", ("松岩县长", "柴思雨", "龚明远")),
    ("松岩縣長就職典禮今天舉行。隨後，柴思雨把關防移交給新任縣長龔明遠。", ("松岩县长", "柴思雨", "龚明远")),
    ("松岩县长就职典礼今天举行。随后，卸任县长柴思雨把关防移交给新任县长龚明远。", ("松岩县长", "柴思雨", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), SEALS)
def test_the_seal_handed_to_a_titled_taker_hands_on_the_post(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


NO_SEAL = [  # a flag is no seal; a refusal gives nothing; an untitled taker names no post
    "会上，柴思雨将会旗交给新任会长龚明远。",
    "松岩县长就职典礼今天举行。随后，柴思雨不会把关防移交给新任县长龚明远。",
    "松岩县长就职典礼今天举行。随后，柴思雨把关防移交给龚明远。",
]


@pytest.mark.parametrize("text", NO_SEAL)
def test_no_seal_handed_on_hands_nothing_on(text: str) -> None:
    assert not any(s[1] == "柴思雨" for s in handed_on(text))


SUPERVISED = [  # the official supervising the hand-over gives the seal: no post of his is handed on
    "松岩县长就职典礼今天举行。随后，由监交人内政部长林晓峰把关防移交给新任县长龚明远。",
    "松岩縣長就職典禮今天舉行。隨後，監交人內政部長林曉峰把關防移交給新任縣長龔明遠。",
]


@pytest.mark.parametrize("text", SUPERVISED)
def test_the_supervisor_giving_the_seal_leaves_no_post(text: str) -> None:
    assert not any(s[1] == "林晓峰" for s in handed_on(text))


# --- a take-over that does not happen -------------------------------------------------------------------------
UNREAL = [  # a rumour, a refusal or a negation before the verb: no one takes the post
    "江城市长柴思雨下月退休，外界传龚明远将接任江城市长。",
    "江城市长柴思雨下月退休，外界盛传龚明远将接任江城市长。",
    "江城市長柴思雨下月退休，外界盛傳龔明遠將接任江城市長。",
    "江城市长柴思雨下月退休，据传龚明远将接任江城市长。",
    "江城市长柴思雨下月退休，龚明远不会接任江城市长。",
    "江城市长柴思雨下月退休，龚明远婉拒接任江城市长。",
    "江城市长柴思雨下月退休，龚明远无意接任江城市长。",
    "江城市长柴思雨下月退休，龚明远可能接任江城市长。",
]


@pytest.mark.parametrize("text", UNREAL)
def test_a_rumoured_or_refused_take_over_gives_no_post(text: str) -> None:
    from pipeline_probe import facts

    assert not [r for r in facts(text).roles if r.change == "start"]
    assert not handed_on(text)


REAL = [  # an announced take-over still reads (将 of an announcement, 宣传 of a department's name)
    ("江城市长柴思雨下月退休，龚明远将接任江城市长。", ("龚明远", "江城市长")),
    ("江城市委宣传部长柴思雨退休，龚明远接任江城市委宣传部长。", ("龚明远", "江城市委宣传部长")),
]


@pytest.mark.parametrize(("text", "claim"), REAL)
def test_an_announced_take_over_still_gives_the_post(text: str, claim: tuple[str, str]) -> None:
    from pipeline_probe import facts

    assert claim in {(r.person, r.position) for r in facts(text).roles if r.change == "start"}


# --- 接棒, 继任, 接掌: synonyms of 接任 ----------------------------------------------------------------------
SYNONYMS = [  # (text, succession)
    ("江城市长柴思雨退休后，由龚明远接棒。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市长柴思雨退休，江城市长由副市长龚明远接棒。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市長柴思雨退休，江城市長由副市長龔明遠接棒。", ("江城市长", "柴思雨", "龚明远")),
    ("龚明远接棒柴思雨出任江城市长。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市长柴思雨已经离职。龚明远正式继任江城市长。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市長柴思雨已經離職。龔明遠正式繼任江城市長。", ("江城市长", "柴思雨", "龚明远")),
    ("龚明远接掌江城市长。江城市长柴思雨已退休。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市长柴思雨卸任。龚明远今天宣誓就职江城市长。", ("江城市长", "柴思雨", "龚明远")),
    ("江城市長柴思雨卸任。龔明遠今天宣誓就職江城市長。", ("江城市长", "柴思雨", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), SYNONYMS)
def test_a_synonym_of_taking_over_hands_the_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_the_one_taken_over_from_gets_no_post_of_the_taker() -> None:
    from pipeline_probe import facts

    starts = {r.person for r in facts("龚明远接棒柴思雨出任江城市长。").roles if r.change == "start"}
    assert starts == {"龚明远"}


# --- an appointment naming whom it replaces -------------------------------------------------------------------
REPLACING = [  # (text, succession)
    ("行政长官今日宣布，任命龚明远为江城警务处处长，接替将于下月退休的柴思雨。", ("江城警务处处长", "柴思雨", "龚明远")),
    ("行政長官今日宣佈，任命龔明遠為江城警務處處長，接替將於下月退休的柴思雨。", ("江城警务处处长", "柴思雨", "龚明远")),
    ("行政长官今日宣布，龚明远获委任为江城警务处处长，接替退休的柴思雨。", ("江城警务处处长", "柴思雨", "龚明远")),
    ("国务院任命龚明远为临江联络处主任，接替柴思雨。", ("临江联络处主任", "柴思雨", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), REPLACING)
def test_an_appointment_naming_whom_it_replaces_hands_the_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_replacement_of_duties_is_no_predecessor() -> None:
    text = "行政长官今日宣布，任命龚明远为江城警务处处长，接替工作由柴思雨负责。"
    assert not any(s[1] == "柴思雨" for s in handed_on(text))


MORE_FORMS = [  # (text, succession): 接替乙，成为某职; 卸任某职后，由乙接任
    ("龚明远今日接替柴思雨，成为江城市长。", ("江城市长", "柴思雨", "龚明远")),
    ("龔明遠今日接替柴思雨，成為江城市長。", ("江城市长", "柴思雨", "龚明远")),
    ("柴思雨卸任江城市长后，由龚明远接任。", ("江城市长", "柴思雨", "龚明远")),
    ("柴思雨卸任江城市長後，由龔明遠接任。", ("江城市长", "柴思雨", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), MORE_FORMS)
def test_a_take_over_and_a_leaving_clause_hand_the_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_candidacy_is_no_post_taken_over() -> None:
    assert not handed_on("龚明远接替柴思雨，成为江城市长候选人。")


def test_two_holders_retiring_together_keep_their_own_posts() -> None:
    from pipeline_probe import claims

    text = "据公布，原江城民政局局长柴思雨和江城交通局局长林晓峰同时退休。"
    assert not [post for person, post in claims(text) if person == "林晓峰" and "柴思雨" in post]
