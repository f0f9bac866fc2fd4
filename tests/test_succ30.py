"""Issue 13, lane succ30: successions missed on the studied sets because one side of a hand-over was not read
(invented text only, Simplified and Traditional).

* A titled leaver's name ends before a charge (涉贪, 涉嫌, 涉案), a pause (暂时), a planned day (预定, 预计) or a
  leaving (退职): ``name_followers.tsv`` follow.charge, follow.time, follow.leave — so the hand-over clause after
  it has its predecessor.
* The post's duties handed on with no anaphor (某局长甲涉贪遭逮，职务(将/则)由乙接任): ``word_uses.tsv`` vacancy_lead.
* A bare one-holder post a hand-over form gives (主委一职由乙接任, 乙调任主任秘书; ``word_uses.tsv`` handed_form) is
  the post of the one organisation the article printed earlier with that head: ``actors/noticebare.py``. Two
  organisations printed with the head, a post of several holders or a plain 甲任某职 leave it bare.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on

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
    ("江城市经济发展局长柴思雨涉贪遭逮声押，职务将由林晓峰接任。", ("江城市经济发展局长", "柴思雨", "林晓峰")),
    ("江城财政局局长林晓峰因病请辞，职务由副局长钱小禾接任。", ("江城财政局局长", "林晓峰", "钱小禾")),
    ("松巖縣地政局長林曉峰因病請辭，職務則由副局長錢小禾接任。", ("松岩县地政局长", "林晓峰", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), DUTIES)
def test_duties_handed_on_without_an_anaphor_are_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


# --- a bare post a hand-over form gives is the one printed earlier with that head -----------------------------------
BARE_HANDED = [
    ("江城市研考会主委林晓峰转任市府顾问；主委一职由钱小禾接任。", ("江城市研考会主委", "林晓峰", "钱小禾")),
    ("海州客委會主委林曉峰轉任顧問；主委一職由錢小禾接任。", ("海州客委会主委", "林晓峰", "钱小禾")),
    ("交通部说，交通部主任秘书林晓峰将退休。1、交通部技监钱小禾调任主任秘书。", ("交通部主任秘书", "林晓峰", "钱小禾")),
    ("江城市研考会主委林晓峰转任市府顾问；主委由钱小禾接任。", ("江城市研考会主委", "林晓峰", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), BARE_HANDED)
def test_a_bare_post_handed_on_is_the_post_printed_before(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


LEFT_BARE = [  # (text, the bare claim kept)
    # two organisations printed with the head: no telling whose
    ("江城市研考会主委林晓峰转任顾问，海州文化会主委龚明远留任；主委一职由钱小禾接任。", ("钱小禾", "主委")),
    # a plain 甲任某职 is no hand-over form (顺理成章成为首任局长 read 成为首 as a name)
    ("江城市能源局局长林晓峰因涉嫌违纪被带走。钱小禾任局长。", ("钱小禾", "局长")),
]


@pytest.mark.parametrize(("text", "claim"), LEFT_BARE)
def test_a_bare_post_stays_bare_without_one_post_printed_before(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)
    assert not handed_on(text)
