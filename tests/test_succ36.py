"""Session 26, lane succ36: successions (invented text only, Simplified and Traditional).

* A notice's leaver and taker of one post printed under two names of its body, the full one and a short one (某某银行 /
  某行, 某某公司 / 某某, 某市 / 某): the taker's post is the leaver's, so the notice pairs them (corpus/shortnames.py).
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on
from ygraph.actors.contractions import shortens

DAY = "2031-05-08"


# --- one post under the body's full name and its short name ------------------------------------------------
SHORT_NAMES = [
    (  # a bank's short name: its characters in order, the last one the full name's last
        "经研究决定，任命林晓峰为青行行长，免去龚明远的临江青禾银行行长职务。",
        ("临江青禾银行行长", "龚明远", "林晓峰"),
    ),
    (
        "經研究決定，任命林曉峰為青行行長，免去龔明遠的臨江青禾銀行行長職務。",
        ("临江青禾银行行长", "龚明远", "林晓峰"),
    ),
    (  # a place printed with and without its level (a seat of several holders)
        "会议决定，免去龚明远的江城市副市长职务，任命林晓峰为江城副市长。",
        ("江城市副市长", "龚明远", "林晓峰"),
    ),
    ("会议决定，免去龚明远的临江省副省长职务，任命林晓峰为临江副省长。", ("临江省副省长", "龚明远", "林晓峰")),
    (  # a company printed with and without 公司
        "会议决定，免去龚明远的青禾电气公司董事长职务，任命林晓峰为青禾电气董事长。",
        ("青禾电气公司董事长", "龚明远", "林晓峰"),
    ),
    (  # the holder printed now, the taker named by a notice of the same day
        "青禾电气公司董事长龚明远出席仪式。经济部今日宣布，林晓峰出任青禾电气董事长。",
        ("青禾电气公司董事长", "龚明远", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), SHORT_NAMES)
def test_a_post_under_its_short_name_is_the_leavers(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text, DAY)


NOT_SHORT_NAMES = [
    "会议决定，免去龚明远的江城市副市长职务，任命林晓峰为江北城副市长。",  # another city: no short name
    "会议决定，免去龚明远、钱小禾的江城市副市长职务，任命林晓峰为江城副市长。",  # two leavers
    # two takers whose posts both shorten the leaver's: the notice does not say which one follows
    "会议决定，免去龚明远的临江青禾银行行长职务，任命林晓峰为青行行长，任命钱小禾为青禾行行长。",
]


@pytest.mark.parametrize("text", NOT_SHORT_NAMES)
def test_no_short_name_pair_without_one_leaver_and_one_taker(text: str) -> None:
    assert ("龚明远", "林晓峰") not in {(b, a) for _, b, a in handed_on(text, DAY)}


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("青行", "临江青禾银行", True),  # 青 … 行, the last character the full name's last
        ("江城", "江城市", True),  # a place's level dropped
        ("青禾电气", "青禾电气公司", True),  # an organisation's noun dropped
        ("江北", "江城市", False),  # 北 is not in 江城市
        ("滨江", "滨江新区常务", False),  # the full name goes on past the short one's last character
        ("青禾署", "署理青禾署", False),  # words before the body: a stand-in's post, not a short name
        ("青禾局", "江城青禾局", False),  # a place before the body (shortposts reads those)
        ("青", "青禾银行", False),  # one character is no short name
        ("青禾银行", "青禾银行", False),  # not shorter
    ],
)
def test_shortens(short: str, full: str, expected: bool) -> None:
    assert shortens(short, full) is expected
