"""Roles and successions on real pages (issue 13, classes 2 and 5), each class with invented text in
Simplified and Traditional script. Invented names; real province and city names are vocabulary only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def roles(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


# A bare provincial title in an article about one province: the province named far more often than the
# guests of its level, or (no province named) the gazetteer cities of one province named three times.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甘肃省举行投资洽谈会。甘肃省领导出席。省委书记龚明远致辞。山东省客商参加。甘肃企业签约，甘肃特色产品展出。",
            ("龚明远", "甘肃省委书记"),
        ),
        (
            "8月3日，江苏天气炎热。省委书记柴思雨、省长林晓峰为江苏自贸试验区揭牌。浙江省代表到场。江苏各片区同步启动，江苏企业参加。",
            ("林晓峰", "江苏省长"),
        ),
        (
            "河南省代表團抵達。省委副書記、省長錢小禾率團考察。河南企業與台灣企業簽約，河南客商表示滿意，河南代表團還參觀了工廠。",
            ("钱小禾", "河南省委副书记"),
        ),
        (
            "芜湖市与马鞍山市签署同城化协议。芜湖市委书记龚明远，省政府副秘书长柴思雨出席。马鞍山市市长林晓峰致辞。",
            ("柴思雨", "安徽省政府副秘书长"),
        ),
        (
            "蕪湖市與馬鞍山市簽署合作協議。省政府副秘書長柴思雨出席，蕪湖市代表發言。",
            ("柴思雨", "安徽省政府副秘书长"),
        ),
    ],
)
def test_a_bare_provincial_title_takes_the_province_the_article_is_about(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省举行投资洽谈会。省委书记龚明远致辞。山东省客商参加。江苏企业签约。",  # peers: no guess
        "甘肅省舉行投資洽談會。省委書記龔明遠致辭。山東省客商參加，山東企業簽約。",
        "蚌埠市代表参加。省政府副秘书长龚明远出席。",  # one city named once: no evidence
    ],
)
def test_no_province_is_guessed_between_peers_or_from_one_city(text: str) -> None:
    found = roles(text)
    assert found and all(not position.startswith(("甘肃", "山东", "江苏", "安徽")) for _, position in found)
