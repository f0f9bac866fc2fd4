"""People and roles of session 33 (invented text, invented names).

- A speech's greeting prints each guest's name, the title it addresses and, in brackets, the posts held, joined by
  及 (甲主任(某办公室副主任)、乙主席(某会副主席及某会主席)): those are the person's posts (actors/addressed.py
  _bracketed_posts, word_uses.tsv post_joiner); the bracket licenses a two-character name too
  (actors/honorific._two_addressed).
"""

from __future__ import annotations

from pipeline_probe import claims, facts

_GREETING = (
    "以下是临江政务司司长龚明远今日出席青年论坛致辞全文：\n"
    "周立主任（临江联络办公室副主任）、宁可心特派员（外交部驻临江特派员公署副特派员）、"
    "林晓峰主席（临江青年联合会副主席及临江菁英会主席）、各位嘉宾、各位朋友：\n大家好！我很高兴出席今天的论坛。"
)


def test_the_posts_bracketed_in_a_greeting_are_the_guests_posts() -> None:
    found = claims(_GREETING)
    assert {
        ("周立", "临江联络办公室副主任"),
        ("宁可心", "外交部驻临江特派员公署副特派员"),
        ("林晓峰", "临江青年联合会副主席"),
        ("林晓峰", "临江菁英会主席"),
    } <= found
    assert not [p for n, p in found if n == "林晓峰" and p == "主席"]


def test_a_former_marker_after_a_region_leaves_the_regions_post_held_before() -> None:
    # 某特区前某司司长甲: the region's post, held before (actors/formerinside._after_place); a country's keeps 前
    found = {(r.person, r.position, r.change) for r in facts("本报讯 2031年10月16日，香港前运输司司长龚明远当选议会主席。").roles}
    assert ("龚明远", "香港运输司司长", "former") in found
    kept = {(r.person, r.position) for r in facts("本报讯 2031年10月16日，美国前国务卿柴思雨访问江城。").roles}
    assert not [p for _, p in kept if p == "美国国务卿"]


def test_a_post_of_two_words_joined_by_jian_in_a_bracket_stays_one_post() -> None:
    # 兼 inside a bracketed post (某会创会兼荣誉主席) joins no two posts there: only 及 does (bracket_joiner)
    text = _GREETING.replace("临江菁英会主席", "临江菁英会创会兼荣誉主席")
    found = {p for n, p in claims(text) if n == "林晓峰"}
    assert "临江菁英会创会兼荣誉主席" in found or "临江菁英会荣誉主席" in found
    assert "荣誉主席" not in found
