"""Names ending in 时, lane people39 (session 29, rebuilt in session 30): 时 is a common last character of a given
name and also the start of 时任/时为/时兼任 (at that time holding). A name read both ways (two characters + 时, or
three ending in 时) keeps 时 unless a time phrase starts there (时任) or 时 closes a 在 of its clause (在会见某外长甲时，:
weak_frame), or a number follows it (甲为1959年生). Invented names and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _people(text: str) -> set[str]:
    return {p.name for p in facts(text).people}


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        pytest.param("临江市长林嘉时出席会议。", "林嘉时", "林嘉", id="given-name-ends-in-shi"),
        pytest.param("青禾县委书记邵文时主持座谈会。", "邵文时", "邵文", id="before-a-verb"),
        pytest.param("临江市长龚明时任青禾县长。", "龚明", "龚明时", id="shi-ren-at-that-time"),
        pytest.param("青禾县长柴远时为临江市政协委员。", "柴远", "柴远时", id="shi-wei-at-that-time"),
        pytest.param("临江市副市长龚远时兼任青禾县委书记。", "龚远", "龚远时", id="shi-jianren"),
        pytest.param("在会见青禾国外长阿兰时，柴思雨介绍了情况。", "阿兰", "阿兰时", id="closes-zai-frame"),
        pytest.param("除临江大学校长龚明为1959年生外，其余均为年轻干部。", "龚明", "龚明为", id="wei-before-a-number"),
    ],
)
def test_a_name_ending_in_shi(text: str, person: str, not_person: str) -> None:
    people = _people(text)
    assert person in people
    assert not_person not in people


def test_a_rare_surname_cao() -> None:
    """巢 (people39's check of the surname list, session 30): a surname the list lacked."""
    assert "巢明远" in _people("临江市长巢明远出席会议。")
