"""Session 11, lane date21: Taiwan's pages stamped in the Republic of China calendar (113-06-09, 發布日期：113/06/09,
a wire's closing ``(編輯：某某)1130609``), toneless pinyin glosses a mirror site prints after characters, and a
bare day in an event named with its year. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, undated_page


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("113-06-09 臨江縣長林曉峰視察江城堤防工程\n縣長林曉峰8日前往江城視察堤防工程。", "2024-06-09"),
        ("112/11/03 青禾縣推動長照據點\n縣長龔明遠2日到青禾縣察看長照據點。", "2023-11-03"),
        ("臨江縣長林曉峰視察堤防\n114.1.5\n縣長林曉峰4日前往江城視察堤防工程。", "2025-01-05"),
        ("[113.06.09] 臨江縣府新聞\n縣長林曉峰8日前往江城視察堤防工程。", "2024-06-09"),
        ("臨江縣府新聞稿\n發布日期：113-06-09\n縣長林曉峰8日前往江城視察堤防工程。", "2024-06-09"),
        ("临江县府新闻稿\n发布时间:113/06/09 10:20\n县长林晓峰8日前往江城视察堤防工程。", "2024-06-09"),
        ("臨江縣府新聞稿\n【更新日期】113.06.09\n縣長林曉峰8日前往江城視察堤防工程。", "2024-06-09"),
        ("臨江縣府新聞稿\n公告日期：民國113年6月9日\n縣長林曉峰8日前往江城視察堤防工程。", "2024-06-09"),
        ("（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。（編輯：钱小禾）1130608", "2024-06-08"),
        (
            "（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。(譯者:钱小禾/核稿:柴思雨)1130608",
            "2024-06-08",
        ),
        ("（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。（核稿：钱小禾） 1140608", "2025-06-08"),
    ],
)
def test_a_page_stamped_in_the_roc_calendar_is_dated(text: str, date: str) -> None:
    assert article_dates(text)[0] == date


@pytest.mark.parametrize(
    "text",
    [
        "臨江縣長林曉峰說，縣府113年度預算將用於堤防工程，8日前往江城視察。",
        "113-06-09至113-06-12 臨江文化節\n縣長林曉峰8日前往江城視察堤防工程。",
        "臨江縣府新聞稿\n縣長林曉峰表示，堤防工程於113-06-09完工，8日前往江城視察。",
        "（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。（記者：钱小禾）1130608",
        "（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。（編輯：钱小禾）11306089",
        "臨江縣府新聞稿\n截止日期：113-06-09\n縣長林曉峰8日前往江城視察堤防工程。",
    ],
)
def test_roc_numbers_that_stamp_no_page_are_not_read(text: str) -> None:
    assert undated_page(text)
