"""Dates of session 44 (invented text, invented names).

- The stamp in a picture's file name kept on the page (微信图片_20310608142225) gives the year of a dateline printed
  without one, only when the stamp's month and day are the dateline's (time/year_cues.tsv image_stamp); a picture of
  another day leaves the year unresolved and reported.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_SIGNING = "江城网6月8日讯 今天上午，临江市政府与江城集团签署合作协议。市长龚明远出席签约仪式。"


@pytest.mark.parametrize("stamp", ["微信图片_20310608142225", "IMG_20310608_093012", "mmexport20310608101010"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_picture_stamp_of_the_dateline_s_day_gives_the_year(stamp: str, script: str) -> None:
    found = facts(in_script(f"临江签署合作协议\n\n{stamp}\n\n" + _SIGNING, script), "")
    assert [e.date for e in found.events] == ["2031-06-08"]


@pytest.mark.parametrize("stamp", ["微信图片_20310607142225", "微信图片_20311208142225"])
def test_a_picture_stamp_of_another_day_gives_no_year(stamp: str) -> None:
    found = facts(f"临江签署合作协议\n\n{stamp}\n\n" + _SIGNING, "")
    assert [e.date for e in found.events] == [None]
    assert "W010" in {w.code for w in found.warnings}
