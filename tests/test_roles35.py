"""Wrong roles of unseen pages, lane roles35 (session 25): an owner stem the vocabulary lacks (a verb and the
level read at a clause start: 结合市人大常委会…) gives way to a place the vocabulary knows printed right before an
owner organ of that level elsewhere on the page (actors/ownerplaces.py ``_known_over_new``). Invented names and
frames; the places are the vocabulary's."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.provenance.rule) for r in facts(text).roles}


def _positions(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


@pytest.mark.parametrize(
    ("text", "person", "position", "rule"),
    [
        pytest.param(
            "市人大常委会副主任林晓峰出席。会议审议了报告，结合市人大常委会调研组的报告，提出意见。"
            "会议接受龚明远辞去洛阳市人大常委会委员职务。",
            "林晓峰",
            "洛阳市人大常委会副主任",
            "titled+owner.congress",
            id="verb-stem-and-known-congress",
        ),
        pytest.param(
            "市法院院长柴思雨出席。会议听取了汇报，配合市人民政府工作组的意见，作出决定。"
            "会议接受钱小禾辞去开封市人民政府副市长职务。",
            "柴思雨",
            "开封市法院院长",
            "titled+owner.government",
            id="verb-stem-and-known-government",
        ),
        pytest.param(
            "县政协主席林晓峰列席。会议审议了报告，结合县第5届人大常委会调研组的报告，提出意见。"
            "会议接受龚明远辞去嵩县人大常委会委员职务。",
            "林晓峰",
            "嵩县政协主席",
            "titled+owner.congress",
            id="county-with-term",
        ),
    ],
)
def test_an_unknown_owner_stem_gives_way_to_a_known_owner(
    text: str, person: str, position: str, rule: str
) -> None:
    found = _roles(text)
    assert (person, position, rule) in found
    assert not any(p == person and pos.startswith(("结合", "配合")) for p, pos, _ in found)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "5月3日，青禾县第9届人大常委会今天开会，县政协主席林晓峰列席。",
            "林晓峰",
            "青禾县政协主席",
            id="unknown-owner-alone-kept",
        ),
        pytest.param(
            "开封市人民政府召开常务会议。市法院院长龚明远介绍情况。",
            "龚明远",
            "开封市法院院长",
            id="known-owner-alone-kept",
        ),
    ],
)
def test_owners_without_a_conflict_are_unchanged(text: str, person: str, position: str) -> None:
    assert (person, position) in _positions(text)


# ---- a holder's term printed in digits before the post (第17届某县长) is no part of the post ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("第17届青禾县长林晓峰宣誓就职时表示，感谢各界。", "林晓峰", "青禾县长", id="term-before-county"),
        pytest.param("第18屆松岩鄉長龔明遠因故去職。", "龚明远", "松岩乡长", id="term-traditional"),
        pytest.param("第5任临江大学校长柴思雨致辞。", "柴思雨", "临江大学校长", id="term-ren"),
    ],
)
def test_a_term_before_the_post_is_the_holders(text: str, person: str, position: str) -> None:
    found = _positions(text)
    assert (person, position) in found
    assert not any(p == person and pos[:1] in "届任第" for p, pos in found)


def test_a_term_inside_the_post_is_still_read() -> None:
    assert ("林晓峰", "青禾县长") in _positions("青禾县第9届县长林晓峰出席。")


# ---- a verb that gives or records a post, opening the post's chain, is no part of the post ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "某部长龚明远已出任某办公厅主任的职务，接替任临江委员会常委的林晓峰。",
            "林晓峰",
            "临江委员会常委",
            id="appointment-verb",
        ),
        pytest.param("接掌临江集团董事长的柴思雨出席。", "柴思雨", "临江集团董事长", id="takeover-verb"),
    ],
)
def test_a_verb_opening_the_chain_is_no_part_of_the_post(text: str, person: str, position: str) -> None:
    found = _positions(text)
    assert (person, position) in found
    assert not any(p == person and pos.startswith(("任", "接掌")) for p, pos in found)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("任丘市委书记林晓峰出席会议。", "林晓峰", "任丘市委书记", id="place-opening-with-the-verb"),
        pytest.param("龚明远同志任江西省委书记。", "龚明远", "江西省委书记", id="notice-unchanged"),
    ],
)
def test_a_place_or_a_notice_keeps_its_reading(text: str, person: str, position: str) -> None:
    assert (person, position) in _positions(text)


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        pytest.param(
            "甲某某调任临江局局长、海州铁路局局长龚明远调任观光局局长。", "龚明远", "临江局局长", id="a-list-across-clauses"
        ),
        pytest.param("柴思雨21日接任临江府秘书长 林晓峰出席交接。", "林晓峰", "临江府秘书长", id="no-link-subjects-post"),
    ],
)
def test_without_a_link_the_post_stays_the_subjects(text: str, person: str, other: str) -> None:
    assert (person, other) not in _positions(text)
