"""Precision, lane prec29 (issue 13): a post printed after a space starts there. Scraped pages
lose punctuation marks into spaces, and the compact view glued the words before the gap onto the
post (某报道 江城县长甲 read the post 某报道江城县长). Invented text, Simplified and Traditional; the near misses
keep an organisation or a place printed before the gap, an OCR break inside a title, and a former marker."""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, claims

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
    ("临江省青禾办 主任龚明远出席会议。", "龚明远", "临江省青禾办主任"),
    ("海州市 市长柴思雨会见客人。", "柴思雨", "海州市长"),
    ("江城集团 董事长林晓峰致辞。", "林晓峰", "江城集团董事长"),
    ("松岩县交通局 局长钱小禾陪同。", "钱小禾", "松岩县交通局局长"),
    ("松岩国 副总理龚明远访问江城。", "龚明远", "松岩国副总理"),
    ("会议宣布，龚明远担任洛 阳市委书记。", "龚明远", "洛阳市委书记"),  # a place printed across the space
    ("江城市委副书\n记宁可心出席。", "宁可心", "江城市委副书记"),
    ("江城市委常\n委宁可心出席。", "宁可心", "江城市委常委"),
    ("中共临江省委政治\n\n部主任宁可心出席。", "宁可心", "临江省委政治部主任"),
]


@pytest.mark.parametrize(("text", "person", "post"), KEPT)
def test_an_organisation_before_the_gap_stays_in_the_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- a named event that only sets the time of another act is a reference (A1: X期间; A8) ---------------------

PERIOD_FRAMES = [
    ("龚明远主持召开江城座谈会。柴思雨在松岩参加临江经贸博览会后，专程到江城访问。", "临江经贸博览会"),
    ("龚明远主持召开江城座谈会。柴思雨在出席临江经贸博览会前专程到江城访问。", "临江经贸博览会"),
    ("龔明遠主持召開江城座談會。柴思雨在出席臨江經貿博覽會前專程到江城訪問。", "临江经贸博览会"),
    ("臨江經濟會議在江城閉幕後，龔明遠主持召開了專題會議。", "临江经济会议"),
    ("临江经济会议在江城闭幕后，龚明远主持召开了专题会议。", "临江经济会议"),
    ("临江经济会议结束之后，龚明远主持召开了专题会议。", "临江经济会议"),
    ("海州合作论坛闭幕以后，龚明远主持召开江城座谈会。", "海州合作论坛"),
]


@pytest.mark.parametrize(("text", "title"), PERIOD_FRAMES)
def test_an_event_setting_the_time_of_another_is_no_event(text: str, title: str) -> None:
    assert title not in {e.title for e in built_events(text)}


PERIOD_NEAR = [  # the event itself reported, its opening or holding (its side acts, A8), a longer word, no purpose
    ("临江经济会议在江城举行，龚明远主持会议。", "临江经济会议"),
    ("5月8日，临江经济会议在江城召开。会议期间，龚明远会见了柴思雨。", "临江经济会议"),
    ("5月8日，海州合作论坛在江城开幕。论坛前往届均由柴思雨主持。", "海州合作论坛"),
    ("5月8日，江城座谈会后续工作会议在青禾召开。", "江城座谈会后续工作会议"),
    ("龚明远主持召开江城座谈会。江城合作峰会举行期间，双方签署了协议。", "江城合作峰会"),
    ("5月8日，临江表彰大会开幕前，龚明远会见了受表彰代表。", "临江表彰大会"),
    ("5月8日，临江表彰大會開幕前，龔明遠會見了受表彰代表。", "临江表彰大会"),
]


@pytest.mark.parametrize(("text", "title"), PERIOD_NEAR)
def test_an_event_reported_or_a_longer_word_stays(text: str, title: str) -> None:
    assert title in {e.title for e in built_events(text)}


def test_a_clause_going_on_about_the_event_keeps_it() -> None:
    text = "中共江城市第五次代表大会在完成各项议程后，于5月8日在江城胜利闭幕。"
    assert any("代表大会" in e.title for e in built_events(text))
