"""Issue 13, lane succ29: successions whose holders were read but never paired (invented text only, Simplified
and Traditional).

* A taking-up of a post followed by whom it replaces, whatever the verb (当选, 升任, 就任, 宣誓就任, 接任, 转任 +
  某职，接替(…的)乙): ``notice_start_succeed``; a clause after 接替 that names nobody gives nothing.
* 前任 printed before a post with its place (前任某市委书记甲) marks the holder before the one of now, as it did before
  a bare title (``word_uses.tsv`` former_lead; never 目前任): ``actors/chains._given``.
* 卸任 before a post (卸任某县长甲) beside the post's holder now in a dated report: the outgoing holder came first
  (the dated windows of ``corpus/people``; kept as it was — reading it in ``formerholders`` for undated reports
  too was measured: one more wrong pair on the held-out judges, none gained).
* One post printed with its place for one holder and without it for the other in one report (某地保安司司长 /
  保安司司长, 某市交通局局长 / 市交通局局长): one post (``corpus/shortposts._placed``); two places printed with the
  body leave the short one alone.
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on, people

# --- a taking-up followed by whom it replaces ---------------------------------------------------------------------
REPLACES = [  # (text, succession)
    ("松岩市人大会议闭幕，宁可心当选松岩市市长，接替年满六十的钱小禾。", ("松岩市长", "钱小禾", "宁可心")),
    ("宁可心当选为松岩市市长，接替钱小禾。", ("松岩市长", "钱小禾", "宁可心")),
    ("经省委研究，宁可心升任松岩市市长，接替已调往外省的钱小禾。", ("松岩市长", "钱小禾", "宁可心")),
    ("宁可心今天就任松岩市市长，接替钱小禾。", ("松岩市长", "钱小禾", "宁可心")),
    ("宁可心昨日宣誓就任松岩市市长，接替届满离任的钱小禾。", ("松岩市长", "钱小禾", "宁可心")),
    ("寧可心今日宣誓就任青禾縣長，接替因病請辭的錢小禾。", ("青禾县长", "钱小禾", "宁可心")),
    ("寧可心當選青禾縣議會議長，接替尋求連任未果的錢小禾。", ("青禾县议会议长", "钱小禾", "宁可心")),
]


@pytest.mark.parametrize(("text", "succession"), REPLACES)
def test_a_taking_up_naming_whom_it_replaces_is_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


NOT_REPLACING = [  # 接替 opens a clause that names no predecessor: nothing is handed on, nobody is made up
    ("宁可心当选松岩市市长，接替工作将于月底完成。", "工作将于"),
    ("宁可心当选松岩市市长，接替钱小禾的说法不胫而走。", "说法不胫而走"),
]


@pytest.mark.parametrize(("text", "not_a_name"), NOT_REPLACING)
def test_a_clause_after_the_takeover_verb_names_no_predecessor(text: str, not_a_name: str) -> None:
    assert not handed_on(text)
    assert not any(not_a_name.startswith(name) or name.startswith(not_a_name[:2]) for name in people(text))


# --- 前任 (and 卸任) before a post printed with its place ------------------------------------------------------------------
BEFORE_NOW = [
    ("松岩市委书记宁可心在座谈会上介绍了前任松岩市委书记钱小禾的做法。", ("松岩市委书记", "钱小禾", "宁可心")),
    ("青禾縣長寧可心拜會前任青禾縣長錢小禾，請教施政經驗。", ("青禾县长", "钱小禾", "宁可心")),
    ("松岩市委书记宁可心当天看望了卸任松岩市委书记钱小禾。", ("松岩市委书记", "钱小禾", "宁可心")),
    ("交接典禮上，卸任青禾縣長錢小禾致詞後，青禾縣長寧可心接過印信。", ("青禾县长", "钱小禾", "宁可心")),
]


@pytest.mark.parametrize(("text", "succession"), BEFORE_NOW)
def test_the_holder_before_and_the_holder_now_are_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


NOT_BEFORE = [  # 目前任 serves now; a bare 前 is a holder of any earlier time; two holders now are no pair
    "松岩市委书记宁可心介绍，目前任松岩市委书记的钱小禾也到场。",
    "松岩市委书记宁可心会见了前松岩市委书记钱小禾。",
    "松岩市委书记宁可心与海州市委书记钱小禾举行会谈。",
]


@pytest.mark.parametrize("text", NOT_BEFORE)
def test_no_holder_before_without_the_marker(text: str) -> None:
    assert not handed_on(text)


# --- one post printed with and without its place ----------------------------------------------------------------------
PLACED = [
    ("新华社澳门2031年4月28日电 澳门保安司司长钱小禾卸任，由宁可心出任保安司司长。", ("澳门保安司司长", "钱小禾", "宁可心")),
    ("会议决定：免去钱小禾的青禾县交通局局长职务；任命宁可心为县交通局局长。", ("青禾县交通局局长", "钱小禾", "宁可心")),
    ("青禾縣水利局局長錢小禾退休，寧可心接任水利局局長。", ("青禾县水利局局长", "钱小禾", "宁可心")),
]


@pytest.mark.parametrize(("text", "succession"), PLACED)
def test_a_post_printed_without_its_place_is_the_placed_one(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_two_places_printed_with_the_body_leave_the_short_post_alone() -> None:
    text = "青禾县水利局局长钱小禾和松岩县水利局局长林晓峰出席。钱小禾退休后，宁可心接任水利局局长。"
    assert not any(after == "宁可心" and before == "林晓峰" for _, before, after in handed_on(text))
