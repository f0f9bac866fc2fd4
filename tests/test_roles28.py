"""Roles, lane roles28 (issue 13): people found with no title or another title, classes ranked by their spread
over the studied sets (/work/scratch/s18/roles28/classes.md). **A national post printed bare** (总理, 副总理,
国务委员, 委员长, 副委员长: docs/gold-conventions.md D2) on a page of the mainland's own — one printing 国务院,
全国人大, 中共中央, 党中央, 中央政治局 or 总书记, and no country, no Taiwanese institution or city and no title only
a foreign government or Taiwan has — is that national body's (national_titles.tsv, actors/regiontitles.py), in the
chain order and in the order of address alike. Invented text, Simplified and Traditional; the near misses keep
the title bare (no role) or as printed."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

NATIONAL = [
    ("国务院召开常务会议，总理龚明远主持会议并讲话。", "龚明远", "国务院总理"),
    ("國務院召開常務會議，總理龔明遠主持會議並講話。", "龚明远", "国务院总理"),
    ("党中央对此高度重视，龚明远总理作出批示。", "龚明远", "国务院总理"),
    ("学习贯彻柴思雨副总理在调研时的讲话精神，落实中共中央部署。", "柴思雨", "国务院副总理"),
    ("全国人大常委会第九次会议在京闭幕，委员长林晓峰主持。", "林晓峰", "全国人大常委会委员长"),
    ("全國人大常委會第九次會議閉幕。林曉峰委員長主持會議。", "林晓峰", "全国人大常委会委员长"),
    ("全国人大常委会会议举行全体会议，副委员长钱小禾、宁可心出席。", "钱小禾", "全国人大常委会副委员长"),
    ("中央政治局会议召开后，国务委员宁可心到临江省调研。", "宁可心", "国务院国务委员"),
    ("总书记作出指示后，副总理柴思雨出席江城市的会议。", "柴思雨", "国务院副总理"),
]


@pytest.mark.parametrize(("text", "person", "post"), NATIONAL)
def test_a_bare_national_post_on_a_mainland_page_is_the_national_bodys(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


NOT_NATIONAL = [  # no cue; a country, a foreign or Taiwanese title, a Taiwanese institution or city on the page
    ("会上，龚明远总理主持会议并讲话。", "龚明远"),
    ("国务院总理林晓峰会见了来访的日本客人。龚明远总理也出席。", "龚明远"),
    ("党中央高度重视。松岩国首相龚明远会见客人，柴思雨总理陪同。", "柴思雨"),
    ("国务院有关负责人表示，海州国总统林晓峰与柴思雨总理会谈。", "柴思雨"),
    ("行政院今天开会，侨务委员会表示，龚明远委员长出席。党中央未回应。", "龚明远"),
    ("中共中央台办表示，台北的柴思雨委员长今天抵达。", "柴思雨"),
]


@pytest.mark.parametrize(("text", "person"), NOT_NATIONAL)
def test_a_bare_premier_that_may_be_another_governments_stays_bare(text: str, person: str) -> None:
    found = claims(text)
    assert not any(p == person and q.startswith(("国务院", "全国人大")) for p, q in found)


PRINTED = [  # a post printed with its own organisation keeps it
    ("国务院会议召开。某委员会委员长龚明远出席。", "龚明远", "某委员会委员长"),
    ("国务院会议召开，海州国总理林晓峰出席。", "林晓峰", "海州国总理"),
]


@pytest.mark.parametrize(("text", "person", "post"), PRINTED)
def test_a_national_title_printed_with_an_organisation_keeps_it(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(p == person and q.startswith(("国务院总理", "全国人大")) for p, q in found)
