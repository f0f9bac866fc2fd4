"""Roles outside notices, lane roles22 (issue 13): titles read and completed. A department of a bare level
organ or a plain department after a place's post takes that place (市委统战部部长 after 某市委常委; 某县副县长兼
公安局局长); a post printed in quotation marks before its holder is read without the marks (“某部长”甲, 「某院长」乙),
never an honour in quotes; a verb whose object the holder is (质询, 痛批, 邀得, 追问, 要求) is no part of the post;
a holder printed only as a former one (前某职甲) follows nobody. Invented text, Simplified and Traditional; the near
misses keep what belongs to the post or give no role."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on

# --- a department after a bare level organ, or after a place's own post -------------------------------------

DEPARTMENTS = [
    ("青禾市委常委、市委统战部部长龚明远陪同考察。", "龚明远", "青禾市委统战部部长"),
    ("青禾市委常委、市委統戰部部長龔明遠陪同考察。", "龚明远", "青禾市委统战部部长"),
    ("松岩区委书记林晓峰，区委常委、区委办公室主任柴思雨出席。", "柴思雨", "松岩区委办公室主任"),
    ("松岩區委書記林曉峰，區委常委、區委辦公室主任柴思雨出席。", "柴思雨", "松岩区委办公室主任"),
    ("临江县副县长兼公安局局长钱小禾带队检查。", "钱小禾", "临江县公安局局长"),
    ("江城市副秘书长兼商务局局长宁可心一行到访。", "宁可心", "江城市商务局局长"),
    ("江城市委常委、市委组织部部长龚明远，市委常委、宣传部部长柴思雨参加。", "龚明远", "江城市委组织部部长"),
]


@pytest.mark.parametrize(("text", "person", "post"), DEPARTMENTS)
def test_a_department_takes_the_place_of_its_chain(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


DEPARTMENTS_KEPT = [  # a company's department, or no place on the page: the post stays as printed
    ("临江集团副总经理、财务部部长龚明远出席。", "龚明远", "财务部部长"),
    ("会上，市委办公室主任柴思雨宣读了通知。", "柴思雨", "市委办公室主任"),
    ("青禾科技公司董事长兼采购部部长林晓峰介绍情况。", "林晓峰", "采购部部长"),
]


@pytest.mark.parametrize(("text", "person", "post"), DEPARTMENTS_KEPT)
def test_a_department_of_no_place_stays_as_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- a post in quotation marks --------------------------------------------------------------------------------

QUOTED = [
    ("海州“交通部长”龚明远当天出席活动。", "龚明远", "交通部长"),
    ("海州“衛福部長”龔明遠當天出席活動。", "龚明远", "卫福部长"),
    ("岛内“行政院长”柴思雨次日召开会议。", "柴思雨", "行政院长"),
    ("民进党“立委”林晓峰随即提出反对。", "林晓峰", "立法委员"),
    ("據報道，「監察院長」錢小禾昨天表示支持。", "钱小禾", "监察院长"),
    ("名单包括“经济部长”龚明远、“劳动部长”柴思雨等。", "柴思雨", "劳动部长"),
]


@pytest.mark.parametrize(("text", "person", "post"), QUOTED)
def test_a_quoted_post_is_read_without_its_marks(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


QUOTED_NOT = [  # an honour or a nickname in quotation marks gives no post (the last: a near miss)
    ("会上，“十佳区委书记”龚明远介绍经验。", "龚明远", "十佳"),
    ("颁奖典礼上，“最美乡镇党委书记”柴思雨发言。", "柴思雨", "最美"),
    ("报告会上，“时代楷模”村支部书记林晓峰讲述经历。", "林晓峰", "楷模"),
]


@pytest.mark.parametrize(("text", "person", "honour"), QUOTED_NOT)
def test_a_quoted_honour_is_no_post(text: str, person: str, honour: str) -> None:
    posts = {p for n, p in claims(text) if n == person}
    assert not any(honour in p for p in posts)


# --- a verb whose object the holder is -----------------------------------------------------------------------

VERBS = [
    ("议员在会上质询临江县长龚明远，要求说明。", "龚明远", "临江县长"),
    ("議員在會上質詢臨江縣長龔明遠，要求說明。", "龚明远", "临江县长"),
    ("她当场痛批江城市交通局长柴思雨。", "柴思雨", "江城市交通局长"),
    ("多名议员炮轰海州国经济部长林晓峰。", "林晓峰", "海州国经济部长"),
    ("论坛邀得海州国外交部长钱小禾发表演讲。", "钱小禾", "海州国外交部长"),
    ("记者多次追问青禾委员会主委宁可心。", "宁可心", "青禾委员会主委"),
    ("村民要求临江县长龚明远出席听证会。", "龚明远", "临江县长"),
]


@pytest.mark.parametrize(("text", "person", "post"), VERBS)
def test_a_verb_before_a_post_is_cut(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert post in found
    assert all(len(p) <= len(post) for p in found)


# --- a holder printed only as a former one follows nobody ----------------------------------------------------

FORMER = [
    "4月27日，江城县长龚明远出席会议。4月28日，论坛由前江城县长柴思雨主持。",
    "4月27日，临江委员会主委龚明远出席会议。4月28日，论坛由前臨江委員會主委柴思雨主持。",
]


@pytest.mark.parametrize("text", FORMER)
def test_a_former_holder_is_no_later_holder(text: str) -> None:
    assert not handed_on(text)


# --- a bare council title takes the one council the page prints -----------------------------------------------

COUNCILS = [
    ("访问团昨日抵达江城市议会参访，林晓峰议长亲自接待，柴思雨议员陪同。", "林晓峰", "江城市议会议长"),
    ("訪問團昨日抵達江城市議會參訪，林曉峰議長親自接待，柴思雨議員陪同。", "柴思雨", "江城市议会议员"),
    ("青禾县议会今天举行定期会，由议长龚明远主持，副议长钱小禾列席。", "钱小禾", "青禾县议会副议长"),
    ("县议会定期会昨日开幕，议长龚明远致辞。\n单位：松岩县议会", "龚明远", "松岩县议会议长"),
]


@pytest.mark.parametrize(("text", "person", "post"), COUNCILS)
def test_a_bare_council_title_takes_the_page_council(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


COUNCILS_BARE = [  # no council the page names: the title stays bare
    ("县议会定期会昨日开幕，议长龚明远致辞。", "龚明远"),
]


@pytest.mark.parametrize(("text", "person"), COUNCILS_BARE)
def test_no_council_leaves_the_title_bare(text: str, person: str) -> None:
    assert not any(n == person and "议会" in p for n, p in claims(text))


# Two councils (hosts and guests): a title addressed after them takes the council its sentence printed last
# (wideroles29: the studied golds give the nearest council; tests/test_wideroles29.py).
COUNCILS_TWO = [
    ("江城市议会一行今天走访青禾县议会，林晓峰议长到场欢迎。", "林晓峰", "青禾县议会议长"),
    ("海州友好松岩市议会议员联盟访问团抵达青禾县议会，林晓峰议长接待。", "林晓峰", "青禾县议会议长"),
]


@pytest.mark.parametrize(("text", "person", "post"), COUNCILS_TWO)
def test_two_councils_the_title_takes_the_one_printed_last(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
