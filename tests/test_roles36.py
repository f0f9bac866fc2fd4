"""Wrong roles of unseen pages, lane roles36 (session 26): a former marker (word_uses.tsv former: 原, 前) printed
before a title alone is the holder's, no part of the post (actors/chains.py ``_without_former``): the title is
read as held before, completed from its sentence as a bare title is, or left bare (no role). Invented names."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _claims(text: str) -> dict[tuple[str, str], object]:
    return {(r.person, r.position): r for r in facts(text).roles}


# ---- a former marker before a title alone is no part of the post ----


@pytest.mark.parametrize(
    ("text", "person", "marked"),
    [
        pytest.param("前校长林晓峰也表示感谢。", "林晓峰", "前校长", id="former-head-alone"),
        pytest.param("江城大学今天举行校长交接，新任校长龚明远、前校长柴思雨出席。", "柴思雨", "前校长", id="hand-over"),
        pytest.param("原副主任龚明远出席会议。", "龚明远", "原副主任", id="deputy-head-alone"),
    ],
)
def test_a_marker_before_a_title_alone_is_no_post(text: str, person: str, marked: str) -> None:
    found = _claims(text)
    assert (person, marked) not in found
    held = [c for (p, _), c in found.items() if p == person]
    assert held and all(c.change == "former" and c.bare for c in held)  # type: ignore[attr-defined]


def test_the_title_takes_its_body_from_the_sentence() -> None:
    found = _claims("青禾基金会前理事长林晓峰上月退休，由原副理事长柴思雨接任。")
    assert ("柴思雨", "青禾基金会副理事长") in found
    assert ("柴思雨", "原副理事长") not in found


# ---- what the marker was read as before stays so ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("原临江市委书记林晓峰出席会议。", "林晓峰", "临江市委书记", id="marker-before-a-place"),
        pytest.param("临江大学前校长林晓峰出席。", "林晓峰", "临江大学校长", id="marker-inside-a-body"),
        pytest.param("某国前总统林晓峰出席。", "林晓峰", "某国前总统", id="a-country-s-former-title"),
    ],
)
def test_other_markers_keep_their_reading(text: str, person: str, position: str) -> None:
    assert (person, position) in _claims(text)
