"""Roles measured on the third real set (issue 13, round 6), each class with invented text. Invented names
and places only."""

from __future__ import annotations

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def roles(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


def test_a_list_after_jiuzuo_de_you_and_a_deictic_benci_start_no_title() -> None:
    text = (
        "中国共产党临江市第七次代表大会开幕。在主席台前排就座的有大会主席团常务委员会委员龚明远、柴思雨等。"
        "本次大会执行主席钱小禾、林晓峰在主席台就座。"
    )
    found = roles(text)
    # the seat printed with 大会 is the congress named before it (roles21)
    assert any(n == "柴思雨" and p.startswith("中国共产党临江市") and p.endswith("常务委员会委员") for n, p in found)
    assert ("林晓峰", "中国共产党临江市第七次代表大会执行主席") in found
    assert not any(p.startswith(("有", "本次")) for _, p in found)
