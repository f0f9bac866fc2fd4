"""Session 37: successions (invented text only, invented names).

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
