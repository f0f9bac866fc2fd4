"""Notices of session 41 (invented text, invented names).

- 不再担任某职等职务 and 升任某职等职: 等 before 职务/职 closes the post (appointment_forms.tsv notice_leave,
  notice_promoted); a removal and a promotion to the same post in one notice are a succession.
- 甲由某职升任某职: the post left ends and the post taken starts, both on the notice's day (notice_from_post,
  notice_from_to); a career list's past reading of the same post (升任 is also a career verb) gives way to the notice's
  (mentions._merged_chain).
- 某市长甲称因年龄原因辞职: 称 (with its reason) between a titled name and its resignation still ends the post
  (notice_quit_titled), so the acting mayor appointed that day succeeds him, with no conflict.
- 甲离任某职一职: 离任 and 卸任 never straddle a name's end, so no form reads 甲离 任 (name_glue.txt).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_DAY = "2031-06-29"


def _claims(text: str, script: str = "simplified") -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.change) for r in facts(in_script(text, script), _DAY).roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_etc_before_the_duties_closes_the_post(script: str) -> None:
    text = "中共中央今天公布。海州省省长林晓峰升任临江省委书记等职；柴思雨不再担任临江省委书记等职务，去向未公布。"
    claims = _claims(text, script)
    assert {("林晓峰", "临江省委书记", "start"), ("柴思雨", "临江省委书记", "end")} <= claims
    assert ("林晓峰", "临江省委书记", "past") not in claims


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_from_one_post_to_another(script: str) -> None:
    claims = _claims("中共中央今天公布。龚明远由临江省长升任临江省委书记。", script)
    assert {("龚明远", "临江省长", "end"), ("龚明远", "临江省委书记", "start")} <= claims
    assert ("龚明远", "临江省委书记", "past") not in claims


@pytest.mark.parametrize("verb", ["离任", "赴任"])
def test_a_verb_ending_in_ren_never_splits_a_name(verb: str) -> None:
    found = facts(f"中共中央今天公布。柴雨{verb}主任一职，去向未公布。", _DAY)
    assert f"柴雨{verb[0]}" not in {p.name for p in found.people}


@pytest.mark.parametrize("said", ["称因年龄原因辞职", "称已辞职", "已辞职"])
def test_a_titled_resignation_with_its_reason_ends_the_post(said: str) -> None:
    text = (
        f"江城社2031年12月4日电 江城市长龚明远{said}，柴思雨被任命为代市长。12月3日，江城市人大常委会决定接受龚明远"
        "辞去江城市长职务的请求，任命柴思雨为江城市代市长。"
    )
    claims = _claims(text)
    assert ("龚明远", "江城市长", "end") in claims
    assert ("龚明远", "江城市长", "") not in claims
