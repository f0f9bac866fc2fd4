"""Roles, lane roles32: whose post a bare title is (studied sets realheld16–22, checked on realheld13–15 and 23).

**A chain level's bare posts** (州, 盟, 自治区, 镇, 乡: ``word_uses.tsv`` chain_level): the page's one place of a
one-character chain level, printed plainly at a clause start at least twice (某某州第N届人大常委会…, 某某州人民政府…),
completes them (``levelchains.page_level_places``, rule ``page.level_place``); with no such place (none, two, or one
printed once), a post of the level alone or of its organ (州人大常委会主任, 自治区副主席, 州委常委) is bare: shown on its
person, never a position (``levelchains.bare_level_organ``). (A place level's bare organ taking the article's place,
tried by the lane, was dropped: docs/actors.md.) Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

PAGE_LEVEL = [  # (text, person, the post completed with the page's own 州)
    (
        "9月7日，青禾州第五届人大常委会第十次会议在江城召开。青禾州人民政府作了报告。州人大常委会主任龚明远主持会议。",
        "龚明远",
        "青禾州人大常委会主任",
    ),
    (
        "9月7日，青禾州第五届人大常委会第十次会议在江城召开。青禾州人民政府作了报告。州委常委、副州长柴思雨列席会议。",
        "柴思雨",
        "青禾州委常委",
    ),
    (
        "青禾州人民政府召开乡村振兴大会。会议指出，青禾州要加快发展。州委书记林晓峰出席并讲话。",
        "林晓峰",
        "青禾州委书记",
    ),
]


def _roles(text: str) -> dict[tuple[str, str], tuple[bool, str]]:
    """(person, position) → (bare, rule) of every role claim read from ``text``."""
    return {(r.person, r.position): (r.bare, r.provenance.rule) for r in facts(text).roles}


@pytest.mark.parametrize(("text", "person", "post"), PAGE_LEVEL)
def test_a_chain_level_post_takes_the_pages_own_place(text: str, person: str, post: str) -> None:
    found = _roles(text)
    assert (person, post) in found
    bare, rule = found[(person, post)]
    assert not bare
    assert rule.endswith("+page.level_place")


NO_PAGE_LEVEL = [  # (text, person, the post left bare): no 州 printed, one printed once, two printed
    ("州人大常委会主任龚明远主持会议。", "龚明远", "州人大常委会主任"),
    ("该方案将提交州人民代表大会审议。州人大常委会副主任柴思雨出席。", "柴思雨", "州人大常委会副主任"),
    ("青禾州人民政府与临江州人民政府签署协议。青禾州、临江州将加强合作。州委常委林晓峰出席。", "林晓峰", "州委常委"),
    ("自治区政府秘书长钱小禾出席会议。", "钱小禾", "自治区政府秘书长"),
    ("自治区副主席龚明远出席会议。", "龚明远", "自治区副主席"),
]


@pytest.mark.parametrize(("text", "person", "post"), NO_PAGE_LEVEL)
def test_a_chain_level_post_with_no_place_of_the_page_is_bare(text: str, person: str, post: str) -> None:
    found = _roles(text)
    assert found[(person, post)][0]  # bare: shown on its person, never a position
    assert not any(p != post and p.endswith(post) for who, p in found if who == person)


def test_the_next_post_of_the_chain_follows_the_completed_one() -> None:
    found = _roles("9月7日，青禾州第五届人大常委会第十次会议在江城召开。青禾州人民政府作了报告。州委常委、副州长柴思雨列席会议。")
    assert ("柴思雨", "青禾州副州长") in found


def test_a_chain_still_completes_its_own_level() -> None:
    found = _roles("青禾州委书记龚明远，州委副书记、州长柴思雨出席。")
    assert ("柴思雨", "青禾州州长") in found
    assert not found[("柴思雨", "青禾州州长")][0]
