"""Actors of session 40 (invented text, invented names).

- Taking the stage (上台发言, 登台致辞) ends the name of the titled speaker before it (name_followers.tsv
  follow.stage).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


@pytest.mark.parametrize("verb", ["上台发言", "登台致辞", "上前握手"])
@pytest.mark.parametrize("name", ["龚远帆", "林晓", "欧阳明远"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_taking_the_stage_ends_the_speakers_name(verb: str, name: str, script: str) -> None:
    text = in_script(f"5月10日，江城新区开工活动在新区举行。临江集团党委书记、总裁{name}{verb}。", script)
    roles = {(r.person, r.position) for r in facts(text, "2031-05-11").roles}
    assert {(name, "临江集团党委书记"), (name, "临江集团总裁")} <= roles
