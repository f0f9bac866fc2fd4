"""Events and participation of session 38 (invented text, invented names).

- A title opening a clause alone (总统16日会晤…) stands for the person the article printed with that title bare
  (总统甲), not for another country's holder printed with it qualified (友邦某国总统乙): the talks are that person's.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bare_title_stands_for_the_holder_printed_with_it_bare(script: str) -> None:
    text = (
        "（本社记者甲乙丙17日电）总统林晓峰将于17日前往友邦青禾国访问。\n"
        "林总统参加友邦智利总统柯德拉就职典礼，于11日率庆贺团出访，13日晚间抵达智利。\n"
        "总统16日会晤芬兰总理安东尼，并签署联合公报。"
    )
    if script == "traditional":
        text = text.translate(str.maketrans("记电总统将于访问参礼贺团晚间抵达会晤并签联报", "記電總統將於訪問參禮賀團晚間抵達會晤並簽聯報"))
    found = facts(text, "2031-08-17")
    talks = [e for e in found.events if e.date == "2031-08-16"]
    assert len(talks) == 1
    assert {"林晓峰", "安东尼"} <= {p.person for p in talks[0].participants}
    assert "柯德拉" not in {p.person for p in talks[0].participants}
