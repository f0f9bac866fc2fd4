"""Cleaning of session 42 (invented text, invented names).

- A breadcrumb that opens with the site's own name (某网首页 > 新闻中心 > 专题 > 正文) is page furniture, never glued to the
  headline after it (text/furniture.tsv).
- A headline marked as having a photo (某会开幕(图), (组图)) is never joined to the caption line after it
  (text/breaks.tsv no_join).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_CONGRESS = (
    "{crumb}\n\n临江省五届人大三次会议在江城开幕{mark}\n\n临江省委书记龚明远宣布开幕。\n\n\n"
    "临江省五届人大三次会议在江城开幕{mark}\n\n临江省长柴思雨作报告。\n\n"
    "  临江在线2月27日消息 今天上午，临江省五届人大三次会议在江城开幕。"
    "会议由主席团常务主席龚明远主持。"
)


@pytest.mark.parametrize("mark", ["(图)", "（组图）"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_photo_headline_is_no_part_of_the_caption_after_it(mark: str, script: str) -> None:
    found = facts(in_script(_CONGRESS.format(crumb="", mark=mark), script), "2030-02-27")
    roles = {(r.person, r.position) for r in found.roles}
    assert {("龚明远", "临江省委书记"), ("柴思雨", "临江省长")} <= roles
    assert not any("开幕" in position for _, position in roles)


@pytest.mark.parametrize("crumb", ["新闻中心临江网首页 > 新闻中心 > 2030年两会专题 > 正文", "临江在线 > 要闻 > 两会 > 正文"])
def test_a_breadcrumb_opening_with_the_site_name_is_furniture(crumb: str) -> None:
    text = (
        f"{crumb}\n\n临江省五届人大三次会议在江城开幕\n\n"
        "  临江在线2月27日消息 今天上午，临江省五届人大三次会议在江城隆重开幕。大会执行主席龚明远主持。"
    )
    found = facts(text, "2030-02-27")
    assert {(e.title, e.date) for e in found.events} == {("临江省五届人大三次会议", "2030-02-27")}
