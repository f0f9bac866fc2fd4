"""Precision, lane prec29 (issue 13): a post printed after a space starts there. Scraped pages
lose punctuation marks into spaces, and the compact view glued the words before the gap onto the
post (某报道 江城县长甲 read the post 某报道江城县长). Invented text, Simplified and Traditional; the near misses
keep an organisation or a place printed before the gap, an OCR break inside a title, and a former marker."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

# --- a post after a space: the words before the gap are no part of it ------------------------

GAPPED = [
    ("承诺改善海州道路 海州县长龚明远宣誓就职。", "龚明远", "海州县长"),
    ("承諾改善海州道路 海州縣長龔明遠宣誓就職。", "龚明远", "海州县长"),
    ("上周还在会上露面\u3000江城市长柴思雨病逝。", "柴思雨", "江城市长"),
    ("青禾电视新闻  青禾县长林晓峰今天到松岩乡察看灾情。", "林晓峰", "青禾县长"),
    ("青禾電視新聞  青禾縣長林曉峰今天到松岩鄉察看災情。", "林晓峰", "青禾县长"),
    ("临江省与海州签约。前景十分广阔  临江省副省长钱小禾出席签约仪式。", "钱小禾", "临江省副省长"),
    ("江城市政府举行交接典礼\t交通局长宁可心致辞。", "宁可心", "交通局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), GAPPED)
def test_a_post_after_a_gap_starts_there(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(p == person and q.endswith(post) and q != post and len(q) > len(post) + 2 for p, q in found)


# --- near misses: an organisation, a place or a marker before the gap, or no gap that is one ------------------

KEPT = [
    ("临江省政府 副省长龚明远出席会议。", "龚明远", "临江省政府副省长"),
    ("海州市 市长柴思雨会见客人。", "柴思雨", "海州市长"),
    ("江城集团 董事长林晓峰致辞。", "林晓峰", "江城集团董事长"),
    ("松岩县交通局 局长钱小禾陪同。", "钱小禾", "松岩县交通局局长"),
    ("松岩国 副总理龚明远访问江城。", "龚明远", "松岩国副总理"),
    ("会议宣布，龚明远担任洛 阳市委书记。", "龚明远", "洛阳市委书记"),  # a place printed across the space
    ("江城市委副书\n记宁可心出席。", "宁可心", "江城市委副书记"),
    ("江城市委常\n委宁可心出席。", "宁可心", "江城市委常委"),
    ("临江省委政法\n\n委书记宁可心出席。", "宁可心", "临江省委政法委书记"),
]


@pytest.mark.parametrize(("text", "person", "post"), KEPT)
def test_an_organisation_before_the_gap_stays_in_the_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)

