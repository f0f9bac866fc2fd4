"""People of session 34 (invented text, invented names).

- A list of people before a verb of seats or attendance whose names are joined by commas and 、 both (甲，乙、丙也
  在主席台就座), a lead word before a name inside it (老同志丁): every name (actors.closedlists.comma_lists).
- A 、 list alone stays with the rules that read it (no list of nouns: 老同志党代表 is no name).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯 1月15日，江城市人代会闭幕。蒋卓海，贾宇文、陈勇华也在主席台就座。", {"蒋卓海", "贾宇文", "陈勇华"}),
        ("本报讯 1月15日，江城市人代会闭幕。蒋卓海，贾宇文、陈勇华，老同志殷一平等也在主席台就座。", {"蒋卓海", "殷一平"}),
    ],
)
def test_a_mixed_comma_list_before_a_seat_verb_names_everyone(text: str, names: set[str]) -> None:
    assert names <= {p.name for p in facts(text, "2031-01-16").people}


def test_a_list_of_nouns_after_a_lead_names_nobody() -> None:
    text = "本报讯 1月15日，江城市人代会闭幕。在主席台就座的还有：市委委员、老同志党代表、人武部政委。"
    assert "党代表" not in {p.name for p in facts(text, "2031-01-16").people}
