"""Events of session 42 (invented text, invented names).

- A standing group's long name convening its meeting (省某某纲要和2045年远景目标起草领导小组召开会议) names the
  meeting: a body ending with 领导小组/指挥部/委员会 may run past twelve characters (word_uses long_body_end).
- A plan's target year (2045年远景目标, 到2045年) neither dates nor blocks the event after it: the day before it
  governs (eventparts.governing), and it stays in the body's name (sittings._compact_body).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


@pytest.mark.parametrize(
    "body",
    [
        "省“十五五”发展纲要和2045年远景目标起草领导小组",
        "省2045年远景目标纲要编制领导小组",
        "市防汛抗旱和城市排涝应急工作指挥部",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_standing_group_with_a_long_name_convenes_its_meeting(body: str, script: str) -> None:
    text = f"新华社江城2030年11月14日电 11月13日，{body}召开会议，研究部署工作。省委书记龚明远主持会议。"
    events = facts(in_script(text, script), "2030-11-14").events
    assert [(e.date, e.event_type) for e in events] == [("2030-11-13", "meeting")]
    assert ("2045年" if "2045" in body else "指挥部") in events[0].title  # titles are read in Simplified
