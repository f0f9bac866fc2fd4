"""Sweep of issue 13 classes 2, 3 and 5 (personnel notices and careers, names, titles) over invented
sentences: each verb of appointment and removal, title before and after the name, Traditional script."""

from __future__ import annotations

import pytest

from sweep13 import failing
from sweep13_table import Row, params

N = "本报讯 4月28日，"
NOTICES: list[Row] = [
    # class 2: appointment verbs
    ("ren", N + "经研究决定，龚明远任临江省人民政府副省长。", "role 龚明远 临江省人民政府副省长", True),
    ("renming-wei", N + "临江省人大常委会决定任命龚明远为临江省副省长。", "role 龚明远 临江省副省长", True),
    ("danren", N + "经研究决定，龚明远担任江城市人民政府市长。", "role 龚明远 江城市人民政府市长", True),
    ("churen", N + "青禾集团董事会决定，龚明远出任青禾集团董事长。", "role 龚明远 青禾集团董事长", True),
    ("shengren", N + "江城市委副书记龚明远升任江城市委书记。", "role 龚明远 江城市委书记", True),
    ("diaoren", N + "江城市委书记龚明远调任临江省委秘书长。", "role 龚明远 临江省委秘书长", True),
    ("jianren", N + "临江省副省长龚明远兼任江城市委书记。", "role 龚明远 江城市委书记", True),
    ("jieren", N + "龚明远接任江城市委书记。", "role 龚明远 江城市委书记", True),
    ("dangxuan", N + "在江城市十六届人大一次会议上，龚明远当选为江城市人民政府市长。", "role 龚明远 江城市人民政府市长", True),
    ("title-name-ren", N + "江城市市长林晓峰任临江省副省长。", "role 林晓峰 临江省副省长; role 林晓峰 江城市长", True),
    ("tongzhi-ren", N + "中共中央决定：龚明远同志任中共临江省委委员、常委、书记。", "role 龚明远 临江省委书记", True),
    ("ni-ren", N + "经临江省委研究，龚明远拟任江城市委书记。", "no change 龚明远 江城市委书记 start", False),
    ("daili", N + "江城市人大常委会决定任命龚明远为江城市副市长、代理市长。", "role 龚明远 江城市代理市长", True),
    # class 2: removals
    ("buzai-danren", N + "林晓峰同志不再担任中共临江省委书记、常委、委员职务。", "change 林晓峰 临江省委书记 end", True),
    ("buzai-jianren", N + "林晓峰不再兼任江城市委书记职务。", "change 林晓峰 江城市委书记 end", True),
    ("mianqu", N + "临江省人大常委会决定免去林晓峰的临江省副省长职务。", "change 林晓峰 临江省副省长 end", True),
    ("mianqu-nosuffix", N + "决定免去林晓峰临江省副省长职务。", "change 林晓峰 临江省副省长 end", True),
    ("ciqu", N + "林晓峰因个人原因辞去江城市市长职务。", "change 林晓峰 江城市长 end", True),
    ("nianling", N + "林晓峰因年龄原因不再担任青禾集团董事长。", "change 林晓峰 青禾集团董事长 end", True),
    # class 2: successions of one notice
    ("notice-pair", N + "中共中央决定：龚明远同志任临江省委书记；林晓峰同志不再担任临江省委书记职务。",
     "succ 临江省委书记 林晓峰 龚明远", True),
    ("jieti", N + "龚明远接替林晓峰任江城市委书记。", "succ 江城市委书记 林晓峰 龚明远", True),
    ("you-jieren", N + "林晓峰因年龄原因不再担任江城市委书记，由龚明远接任。", "succ 江城市委书记 林晓峰 龚明远", True),
    ("mian-ren", N + "江城市人大常委会决定：免去林晓峰的江城市副市长职务；任命龚明远为江城市副市长。",
     "change 林晓峰 江城市副市长 end; change 龚明远 江城市副市长 start", True),
    ("yuanren", N + "原任江城市市长的林晓峰另有任用，龚明远任江城市市长。", "succ 江城市长 林晓峰 龚明远", False),
    # class 2: careers
    ("cengren", N + "龚明远，男，1975年生，曾任江城市委书记。", "change 龚明远 江城市委书记 past", True),
    ("liren", N + "龚明远历任青禾县县长、江城市副市长、江城市市长。", "change 龚明远 江城市副市长 past; change 龚明远 江城市长 past", True),
]

NAMES: list[Row] = [
    # class 3: names that are never cut
    ("ouyang", N + "临江省委书记欧阳青禾出席会议并讲话。", "role 欧阳青禾 临江省委书记; person 欧阳青禾", True),
    ("sima", N + "江城市市长司马云舟主持会议。", "role 司马云舟 江城市长", True),
    ("zhuge", N + "青禾县委书记诸葛文远出席会议。", "role 诸葛文远 青禾县委书记", True),
    ("shangguan", N + "临江省副省长上官明月出席会议。", "role 上官明月 临江省副省长", True),
    ("minority", N + "临江省副省长阿布都热合曼·买买提出席会议。", "role 阿布都热合曼·买买提 临江省副省长", True),
    ("minority-dot", N + "临江省副省长热依拉•吐尔逊出席会议。", "role 热依拉•吐尔逊 临江省副省长", False),
    ("four-char", N + "江城市委书记龚柴思雨出席会议。", "role 龚柴思雨 江城市委书记", True),
    ("he-given", N + "江城市市长甘和平出席会议。", "role 甘和平 江城市长", True),
    ("he-given-2", N + "青禾县县长何和顺出席会议。", "role 何和顺 青禾县长", True),
    ("rare-surname", N + "江城市副市长禹红梅出席会议。", "role 禹红梅 江城市副市长", True),
    ("rare-surname-2", N + "江城市副市长仉家宁出席会议。", "role 仉家宁 江城市副市长", True),
    ("weirao", N + "临江省委书记林晓峰围绕乡村振兴作专题报告。", "person 林晓峰; no person 林晓峰围", True),
    ("zhiming", N + "受临江省委书记林晓峰之命，龚明远出席会议。", "role 林晓峰 临江省委书记; no person 林晓峰之", True),
    ("furen", N + "青禾国总统约翰·史密斯及夫人出席欢迎宴会。", "person 约翰·史密斯; no person 史密斯及夫人", False),
    ("you", N + "临江省委书记林晓峰又来到青禾县调研。", "person 林晓峰; no person 林晓峰又", True),
]

TITLES: list[Row] = [
    # class 5: titles
    ("tuanzhang", N + "以临江省委书记林晓峰为团长的临江省党政代表团抵达江城。", "role 林晓峰 临江省委书记; role 林晓峰 临江省党政代表团团长", True),
    ("fu-tuanzhang", N + "临江省党政代表团副团长、临江省副省长龚明远出席会议。", "role 龚明远 临江省副省长; role 龚明远 临江省党政代表团副团长", True),
    ("zuzhang", N + "省委第三巡视组组长龚明远出席会议。", "role 龚明远 临江省委第三巡视组组长", False),
    ("xingzheng-zhangguan", N + "青禾特别行政区行政长官龚明远出席会议。", "role 龚明远 青禾特别行政区行政长官", True),
    ("xunshiyuan", N + "临江省发展改革委一级巡视员龚明远出席会议。", "role 龚明远 临江省发展改革委一级巡视员", True),
    ("company-after", N + "青禾集团龚明远董事长出席会议。", "role 龚明远 青禾集团董事长", True),
    ("dai-shengzhang", N + "临江省代省长龚明远出席会议。", "role 龚明远 临江省代省长", True),
    ("changwu", N + "临江省委常委、常务副省长龚明远出席会议。", "role 龚明远 临江省常务副省长; role 龚明远 临江省委常委", True),
    ("changwei-fushengzhang", N + "临江省委常委、副省长龚明远出席会议。", "role 龚明远 临江省委常委; role 龚明远 临江省副省长", True),
    ("chain-three", N + "临江省委副书记、省长，江城市委书记林晓峰出席会议。",
     "role 林晓峰 临江省委副书记; role 林晓峰 临江省长; role 林晓峰 江城市委书记", True),
    ("list-names", N + "临江省领导林晓峰、龚明远、柴思雨出席会议。", "part 林晓峰 attended; part 龚明远 attended; part 柴思雨 attended", True),
    ("list-chains", N + "临江省委书记林晓峰，省委副书记、省长龚明远，省委常委、秘书长柴思雨出席会议。",
     "role 龚明远 临江省长; role 柴思雨 临江省委秘书长; part 柴思雨 attended", True),
    ("byline-bracket", "本报讯 4月28日，〔记者柴思雨/江城报导〕临江省省长龚明远出席会议。", "role 龚明远 临江省长; no person 柴思雨", True),
]

XFAIL: dict[str, str] = {
    "mianqu-nosuffix": "免去 NAME POST职务 without 的: the body is split only before a place of the table or a level organ, not before an unknown 临江省",
    "mianqu-nosuffix-trad": "免去 NAME POST职务 without 的: the body is split only before a place of the table or a level organ, not before an unknown 临江省",
    "minority": "a transliterated name ending in 提 before 出席 is cut at 提出 (ambiguous without a name list)",
    "minority-trad": "a transliterated name ending in 提 before 出席 is cut at 提出 (ambiguous without a name list)",
    "company-after": "a company title after the name (青禾集团龚明远董事长) is not read",
    "company-after-trad": "a company title after the name (青禾集团龚明远董事长) is not read",
    "list-names": "出席会议 with no meeting named before it makes no event, so the list attends nothing",
    "list-names-trad": "出席会议 with no meeting named before it makes no event, so the list attends nothing",
    "list-chains": "出席会议 with no meeting named before it makes no event, so the list attends nothing",
    "list-chains-trad": "出席会议 with no meeting named before it makes no event, so the list attends nothing",
    "minority-dot": "a name joined by • (U+2022) is not read as one transliterated name",
    "zuzhang": "a bare 省委 before a group title is not completed with the province of the page",
}


@pytest.mark.parametrize(("text", "expects"), params(NOTICES + NAMES + TITLES, XFAIL))
def test_notice_name_and_title_classes(text: str, expects: str) -> None:
    assert failing(text, expects) == []
