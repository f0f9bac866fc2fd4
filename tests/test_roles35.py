"""Wrong roles of unseen pages, lane roles35 (session 25): a verb that gives or records a post (任, 出任, 接掌, 曾任:
appointment_verbs.txt, career_verbs.tsv, word_uses.tsv takeover_verb) opening a post's chain, where the post links
to its holder by 的, is the verb and no part of the post (actors/labelbounds.py ``_after_taking``). Invented names
and frames."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _positions(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


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
            "甲某某调任临江水务局局长、海州港务局局长龚明远调任江城档案局局长。", "龚明远", "临江水务局局长", id="a-list-across-clauses"
        ),
        pytest.param("柴思雨9日接任临江署署长 林晓峰到场致辞。", "林晓峰", "临江署署长", id="no-link-subjects-post"),
    ],
)
def test_without_a_link_the_post_stays_the_subjects(text: str, person: str, other: str) -> None:
    assert (person, other) not in _positions(text)


# ---- a title head before a joiner closes the item before it (某司司长和某市副市长乙) ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "临江农业司龚明远司长和海州市柴思雨副市长一同察看了新建的粮仓。",
            "柴思雨",
            "海州市副市长",
            id="address-order",
        ),
        pytest.param(
            "临江法务司司长林晓峰资深大律师和临江事务局局长柴思雨今天一同走访了社区。",
            "柴思雨",
            "临江事务局局长",
            id="honour-then-post",
        ),
        pytest.param("临江局局长和海州局副局长林晓峰出席。", "林晓峰", "海州局副局长", id="two-bodies"),
    ],
)
def test_a_title_before_a_joiner_ends_the_item_before(text: str, person: str, position: str) -> None:
    found = _positions(text)
    assert (person, position) in found
    assert not any(p == person and ("和" in pos or "及" in pos) for p, pos in found)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("文化及体育事务局局长林晓峰出席。", "林晓峰", "文化及体育事务局局长", id="joiner-inside-a-body"),
        pytest.param("临江协会会长及秘书长柴思雨出席。", "柴思雨", "临江协会会长", id="bare-title-after-the-joiner"),
        pytest.param("临江集团董事长及海州公司总经理柴思雨出席。", "柴思雨", "海州公司总经理", id="post-after-ji"),
    ],
)
def test_a_joiner_inside_a_body_or_before_a_bare_title_stays(text: str, person: str, position: str) -> None:
    assert (person, position) in _positions(text)
