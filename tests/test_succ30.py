"""Issue 13, lane succ30: successions missed on the studied sets because one side of a hand-over was not read
(invented text only, Simplified and Traditional).

* A titled leaver's name ends before a charge (涉贪, 涉嫌, 涉案), a pause (暂时), a planned day (预定, 预计) or a
  leaving (退职): ``name_followers.tsv`` follow.charge, follow.time, follow.leave — so the hand-over clause after
  it has its predecessor.
* 原 right after a place with its level and before the organisation is out of the post (某县原警察局长 → 某县警察局长,
  held before): ``actors/formerinside.py`` (the inside markers moved there out of ``chains.py``).
* A chain level's head with and without its government is one post (某州人民政府州长 = 某州州长):
  ``corpus/postkeys.succession_position`` reads ``chain_level`` (州, 盟, 自治区) as it read 省市区县.
* 警察局 printed 警局 in the same report is one post (``actors/contractions.contracts``: a single two-character word
  where ``word_uses.tsv`` one_word_contraction lists it; the organ's last character printed again before the head,
  某警局局长, is read once).
* The post's duties handed on with no anaphor (某局长甲涉贪遭逮，职务(将/则)由乙接任): ``word_uses.tsv`` vacancy_lead.
* A bare one-holder post a hand-over form gives (主委一职由乙接任, 乙调任主任秘书; ``word_uses.tsv`` handed_form) is
  the post of the one organisation the article printed earlier with that head: ``actors/noticebare.py``. Two
  organisations printed with the head, a post of several holders or a plain 甲任某职 leave it bare.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

# --- the leaver's name ends before a charge, a pause or a planned day ------------------------------------------------
LEAVER_NAMED = [  # (text, succession)
    ("江城市交通局长柴思雨涉贪遭逮，由副局长林晓峰接任。", ("江城市交通局长", "柴思雨", "林晓峰")),
    ("海州党秘书长龚明远暂时休息，由林晓峰接任。", ("海州党秘书长", "龚明远", "林晓峰")),
    ("松巖縣衛生局長柴思雨涉嫌收賄遭羈押，由副局長林曉峰接任。", ("松岩县卫生局长", "柴思雨", "林晓峰")),
    ("江城市文化局长柴思雨预定下月退休，由副局长林晓峰接任。", ("江城市文化局长", "柴思雨", "林晓峰")),
    ("江城市交通局长柴思雨退职，由副局长林晓峰接任。", ("江城市交通局长", "柴思雨", "林晓峰")),
]


@pytest.mark.parametrize(("text", "succession"), LEAVER_NAMED)
def test_a_leaver_named_before_a_charge_pause_or_plan_is_succeeded(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text)


# --- the post's duties handed on: 职务(将/则)由乙接任 ---------------------------------------------------------------------
DUTIES = [
    ("江城市经济发展局长柴思雨涉贪被捕，职务将由林晓峰接任。", ("江城市经济发展局长", "柴思雨", "林晓峰")),
    ("江城财政局局长林晓峰因病请辞，职务由副局长钱小禾接任。", ("江城财政局局长", "林晓峰", "钱小禾")),
    ("松巖縣地政局長林曉峰因病請辭，職務則由副局長錢小禾接任。", ("松岩县地政局长", "林晓峰", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), DUTIES)
def test_duties_handed_on_without_an_anaphor_are_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


# --- a bare post a hand-over form gives is the one printed earlier with that head -----------------------------------
BARE_HANDED = [
    ("江城市研考会主委林晓峰调任市府参议。主委一职由钱小禾接任。", ("江城市研考会主委", "林晓峰", "钱小禾")),
    ("海州客委會主委林曉峰調任參議。主委一職由錢小禾接任。", ("海州客委会主委", "林晓峰", "钱小禾")),
    ("江城交通处主任秘书林晓峰将退休。江城交通处技监钱小禾调任主任秘书。", ("江城交通处主任秘书", "林晓峰", "钱小禾")),
    ("江城市研考会主委林晓峰调任市府参议。主委由钱小禾接任。", ("江城市研考会主委", "林晓峰", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), BARE_HANDED)
def test_a_bare_post_handed_on_is_the_post_printed_before(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


LEFT_BARE = [  # (text, the bare claim kept)
    # two organisations printed with the head: no telling whose
    ("江城市研考会主委林晓峰调任参议，海州文化会主委龚明远留任；主委一职由钱小禾接任。", ("钱小禾", "主委")),
    # a plain 甲任某职 is no hand-over form (a broad form once read a verb phrase as a name there)
    ("江城市能源局局长林晓峰因涉嫌违纪被带走。钱小禾任局长。", ("钱小禾", "局长")),
]


@pytest.mark.parametrize(("text", "claim"), LEFT_BARE)
def test_a_bare_post_stays_bare_without_one_post_printed_before(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)
    assert not handed_on(text)


# --- one post printed two ways: 原 after a place, a prefecture's government -----------------------------------------
ONE_POST = [  # (text, (person, post)) — 原 after a place with its level is out of the post (held before)
    ("临江县原警察局长郑立群升任江城市政府警察局长。", ("郑立群", "临江县警察局长")),
    ("江城开发区原管委会主任林晓峰出席。", ("林晓峰", "江城开发区管委会主任")),
]


@pytest.mark.parametrize(("text", "claim"), ONE_POST)
def test_a_former_marker_after_a_place_is_out_of_the_post(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


def test_a_place_holding_the_marker_keeps_it() -> None:
    assert ("林晓峰", "原平市长") in claims("原平市原市长林晓峰出席。")


PREFECTURE = [  # 某州人民政府州长 = 某州州长 (a chain level's government, as 某市人民政府市长 = 某市市长)
    (
        "林晓峰同志因工作调动辞去松岩州人民政府州长职务。常委会会议任命龚明远同志为松岩州人民政府副州长、代理州长。",
        ("松岩州人民政府州长", "林晓峰", "龚明远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), PREFECTURE)
def test_a_prefecture_head_printed_with_and_without_its_government_is_one_post(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text)
    assert "龚明远" in people(text)


CONTRACTED = [  # 警察局 printed 警局 in one report (word_uses.tsv one_word_contraction), the organ printed twice or once
    ("临江县原警察局长郑立群升任江城市政府警察局长。临江县警局长钱小禾今天宣誓就职。", ("临江县警察局长", "郑立群", "钱小禾")),
    ("臨江縣警局原局長柴思雨調任江城市警局主秘。臨江縣警察局長寧可心今天宣誓就職。", ("临江县警察局长", "柴思雨", "宁可心")),
]


@pytest.mark.parametrize(("text", "succession"), CONTRACTED)
def test_a_police_bureau_printed_short_is_the_same_post(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)
