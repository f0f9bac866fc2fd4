"""Photo captions printed above the dated lead (issue 15, dating lever, class 2): a caption (a sentence followed
by a credit line: 记者 某某 报道, 新华社记者 某某摄, （记者 某某 摄）) and the lines of the headline stack are
not the lede, so the lede's day (6月11日，…) still dates the article and the act the caption shows (甲会见乙一行),
not the page stamp printed the day after. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates
from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text import clean


def events(text: str) -> dict[str, str | None]:
    return {e.title: e.date for e in process_document(Source("t.txt", text, "utf-8")).events}


def page(credit: str, traditional: bool = False) -> str:
    if traditional:
        lines = [
            "江城市政府與臨江集團簽署合作協議",
            "2030-06-12 09:46:00 來源: 江城網 作者: 陶子",
            "原標題:市政府與臨江集團簽署戰略合作框架協議",
            f"林曉峰代表市委對龔明遠一行表示歡迎。{credit}",
            f"市政府與臨江集團簽署戰略合作框架協議。{credit}",
            f"林曉峰會見龔明遠一行。{credit}",
            "6月11日，市政府與臨江集團簽署戰略合作框架協議。市委書記林曉峰，臨江集團副總裁龔明遠出席。",
        ]
    else:
        lines = [
            "江城市政府与临江集团签署合作协议",
            "2030-06-12 09:46:00 来源: 江城网 作者: 陶子",
            "原标题:市政府与临江集团签署战略合作框架协议",
            f"林晓峰代表市委对龚明远一行表示欢迎。{credit}",
            f"市政府与临江集团签署战略合作框架协议。{credit}",
            f"林晓峰会见龚明远一行。{credit}",
            "6月11日，市政府与临江集团签署战略合作框架协议。市委书记林晓峰，临江集团副总裁龚明远出席。",
        ]
    return "\n\n".join(lines) + "\n"


CREDITS = [("记者 柴思雨 报道", False), ("新华社记者 柴思雨摄", False), ("（记者 柴思雨 摄）", False), ("記者 柴思雨 報道", True)]


@pytest.mark.parametrize(("credit", "traditional"), CREDITS)
def test_captions_above_the_lede_leave_the_lede_its_day(credit: str, traditional: bool) -> None:
    assert article_dates(page(credit, traditional)) == ["2030-06-11"]


@pytest.mark.parametrize(("credit", "traditional"), CREDITS[:2])
def test_the_act_a_caption_shows_takes_the_lede_day(credit: str, traditional: bool) -> None:
    dates = events(page(credit, traditional))
    talks = [date for title, date in dates.items() if "会见" in title]
    assert talks == ["2030-06-11"]


def test_a_page_without_a_dated_lede_keeps_the_page_date() -> None:
    text = "林晓峰会见龚明远一行\n\n2030-06-12 09:46:00 来源: 江城网\n\n林晓峰会见龚明远一行。记者 柴思雨 报道\n\n双方就合作交换了意见。\n"
    assert article_dates(text) == ["2030-06-12"]


@pytest.mark.parametrize(
    ("caption", "lede"),
    [
        ("副市長林曉峰視察江城施工中的重大工程。(記者陶子攝)", "〔記者陶子/江城報導〕副市長林曉峰今天前往重大工程現場實地視察，要求確保工地安全。"),
        ("副市长林晓峰视察江城施工中的重大工程。（记者 陶子 摄）", "本报讯 副市长林晓峰今天前往重大工程现场实地视察，要求确保工地安全。"),
        ("市长龚明远视察江城港区重大工程。(记者陶子摄)", "〔记者陶子/江城报导〕市长龚明远今天前往港区重大工程现场视察，要求加快建设进度。"),
    ],
)
def test_an_act_a_caption_shows_is_dated_by_the_report_day(caption: str, lede: str) -> None:
    notices = "为达最佳浏览效果，建议使用新版浏览器。\n\n您即将进入之新闻内容需满18岁方可浏览。\n\n依网站分级规定作标示。\n\n"
    if clean.is_traditional(caption):
        notices = "為達最佳瀏覽效果，建議使用新版瀏覽器。\n\n您即將進入之新聞內容需滿18歲方可瀏覽。\n\n依網站分級規定作標示。\n\n"
    text = f"{notices}江城拚18件重大工程\n\n{caption}\n\n2030/06/12 13:34\n\n{lede}\n"
    acts = process_document(Source("t.txt", text, "utf-8")).events
    assert acts and all(e.date == "2030-06-12" for e in acts)
