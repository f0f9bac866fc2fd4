"""Session 37: successions (invented text only, invented names).

* A candidate for a chief's post who first serves as deputy and acting chief (先任某区副区长、代理区长) takes the
  acting post with the notice, and succeeds the chief the notice removes.
* Several holders printed before the new one (历任前镇长甲、乙、丙) beside a new holder: none of them is printed as
  the one just before, so none succeeds (corpus/people.notice_successions); one former holder still does.
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on

DAY = "2031-09-28"
_NEW = "青山镇公所今天举行第十六届补选镇长就职典礼，新任镇长龚明远宣誓就职。第十六届青山镇补选镇长龚明远表示将兑现政见。"


@pytest.mark.parametrize(
    "formers",
    ["历任前镇长柴思雨、林晓峰、王一鸣等人到场祝贺。", "历任前镇长柴思雨、林晓峰等人到场祝贺。"],
)
def test_several_former_holders_listed_succeed_nobody(formers: str) -> None:
    assert handed_on(_NEW + formers, DAY) == set()


def test_one_former_holder_beside_the_new_one_is_the_predecessor() -> None:
    assert handed_on(_NEW + "前任镇长柴思雨到场祝贺。", DAY) == {("青山镇镇长", "柴思雨", "龚明远")}


@pytest.mark.parametrize(
    "notice",
    [
        "市委决定：免去柴思雨同志的青山区区长职务；推荐龚明远同志为青山区区长候选人，先任青山区副区长、代理区长。",
        "市委決定：免去柴思雨同志的青山區區長職務；批准龔明遠同志為青山區區長候選人，先任青山區副區長、代理區長。",
    ],
)
def test_a_candidate_who_first_serves_as_acting_chief_succeeds_the_removed_chief(notice: str) -> None:
    """推荐乙为某区区长候选人，先任某区副区长、代理区长 (appointment_forms.tsv notice_candidate_first)."""
    assert handed_on(notice, DAY) == {("青山区长", "柴思雨", "龚明远")}
