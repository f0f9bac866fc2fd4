"""Issue 17, twenty-first session (branch perf32): whole-text scans tried near their anchors, the names printed
before a title read once per article — each exactly what it replaced.

Every shortcut is checked against the plain call it stands for, on invented text (临江市, 江城县, 龚明远, 林晓峰).
"""

from __future__ import annotations

import random
import re

import pytest

from ygraph import scan
from ygraph.actors import honorific, mentions, ownerplaces, sessions, sourceplaces
from ygraph.actors.addressed import addressed_posts
from ygraph.actors.glued import unglued
from ygraph.model import Article
from ygraph.text import cleanlines

PIECES = [
    "来源：江城日报", "江城讯", "据临江电视台报道", "\n", " ", "　", "，", "。", "、", "：",
    "临江市", "江城县", "临江省", "人民政府", "市委", "县委", "常委会", "龚明远", "林晓峰", "郑立群", "市长", "局长",
    "第十四届", "第三次", "人民代表大会", "全体会议", "二〇二六年", "三月", "记者", "通讯员", "摄", "报道",
    "新华社", "本报", "资料照片", "出席", "主持", "会议", "某某", "甲乙", "12", "第",
]

WHOLE_TEXT = {
    "sessions": sessions._session,
    "owners": ownerplaces._clause_pattern,
    "sources": sourceplaces._pattern,
    "no_join": cleanlines._no_join,
}


def _texts(seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "临江市龚明远市长出席第十四届临江市人民代表大会第三次会议", "来源：江城日报\n记者 林晓峰 摄"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]
    return texts


@pytest.mark.parametrize("name", sorted(WHOLE_TEXT))
def test_whole_text_scan_is_the_plain_scan(name: str) -> None:
    pattern = WHOLE_TEXT[name]()
    for text in _texts(32):
        assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)], text
        plain, fast = pattern.search(text), scan.search(pattern, text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), text


@pytest.mark.parametrize("name", sorted(WHOLE_TEXT))
def test_whole_text_scan_has_a_shortcut(name: str) -> None:
    """What makes the scan cheaper: an anchor, a gate or the strings every match opens with (scan.needs)."""
    need = scan.needs(WHOLE_TEXT[name]())
    assert not need.native and (need.anchor is not None or need.gate is not None or need.first is not None)


def test_search_is_the_first_match() -> None:
    pattern = re.compile(r"(?:记者|通讯员)[ ]*([\u4e00-\u9fff]{2,3})[ ]*摄")
    for text in ["", "记者 龚明远 摄", "通讯员林晓峰摄，记者郑立群摄", "记者", "摄记者龚明"]:
        plain, fast = pattern.search(text), scan.search(pattern, text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)


CALLS = [
    ("sessions", lambda: sessions.sessions("临江市第十四届人民代表大会第三次会议")),
    ("owners", lambda: ownerplaces._clause_owners("江城县人民政府发布通知。", lambda w: False)),
    ("sources", lambda: sourceplaces.source_places("来源：江城日报\n江城县召开会议。", {})),
]


@pytest.mark.parametrize(("name", "call"), CALLS)
def test_whole_text_readers_scan_through_the_shortcut(
    monkeypatch: pytest.MonkeyPatch, name: str, call: object
) -> None:
    used: list[str] = []
    plain = scan.finditer

    def counted(pattern: re.Pattern[str], text: str):  # noqa: ANN202
        used.append(pattern.pattern)
        return plain(pattern, text)

    monkeypatch.setattr(scan, "finditer", counted)
    call()  # type: ignore[operator]
    assert WHOLE_TEXT[name]().pattern in used


ADDRESSED = [
    "龚明远市长出席会议。林晓峰局长主持。",
    "临江市副市长龚明远率团访问江城县，龚明远副市长表示欢迎。",
    "郑立群主任、林晓峰局长和龚明远书记出席。",
]


@pytest.mark.parametrize("text", ADDRESSED)
def test_names_before_a_title_are_read_once_as_both_readings_read_them(text: str) -> None:
    """``_Established.addressed`` is what each ``evidenced`` call read before (the name_titles and their
    posts), the same after a first reading of the article as before it."""
    article = Article(index=0, start=0, end=len(text), title="", place=None, date=None, date_source="none")
    base = mentions._established(text, article)
    before = unglued(text, addressed_posts(text, honorific.name_titles(text), base.places, base.titled))
    assert list(base.addressed) == before
    mentions.evidenced(text, article, set(), base)
    after = unglued(text, addressed_posts(text, honorific.name_titles(text), base.places, base.titled))
    assert list(base.addressed) == after
    assert any(f.rule.startswith("name_title") for f in base.addressed) or text == ADDRESSED[-1]


def _plain_owned_by(text: str, place: str) -> str | None:
    pattern = re.compile(rf"{re.escape(place)}{ownerplaces._term()}({ownerplaces._organ_pattern()})")
    m = pattern.search(text)
    return m.group(1) if m else None


def test_owner_after_a_place_is_the_search_it_replaced() -> None:
    """One expression for the organ read after each occurrence of the place, not one compiled per place."""
    organs = sorted(ownerplaces._organs())
    rng = random.Random(116)
    pieces = [*PIECES, *organs, "第五届", "十六届", "临江市临江市"]
    texts = ["", *(f"临江市{o}" for o in organs), *("".join(rng.choice(pieces) for _ in range(12)) for _ in range(2000))]
    for place in ("临江市", "江城县", "临江", "市", ""):
        for text in texts:
            assert ownerplaces._owned_by(text, place) == _plain_owned_by(text, place), (place, text)
