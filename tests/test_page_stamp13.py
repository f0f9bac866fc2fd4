"""A page's date stamp in any header shape on its first lines (issue 13, realheld3 class 4): a full date in a
furniture line (fields split by | or spaces, a label ending in ：/:, a bracket, a 发表 verb) dates the page
when no dateline or lede date does, so the relative days of the body (11日, 昨天) resolve. Never a date in a
body sentence, a date range, a list of dated links or a photo caption. Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text import clean, segment
from ygraph.time import temporal
from ygraph.time.articledate import page_head_dates


def dated(text: str) -> list[tuple[str | None, str]]:
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {})
    return [(a.date, a.date_rule) for a in doc.articles]


def event_dates(text: str) -> set[str | None]:
    return {e.date for e in process_document(Source("t.txt", text, "utf-8")).events}


# --- the shapes: (header line, the page date it prints) ---------------------------------------------------

FIELD_LINES = [
    ("编辑:陶子|2029-04-12 09:15:02|来源:江城网", "2029-04-12"),
    ("編輯：龔明遠｜2031/10/03 18:00｜來源：臨江網", "2031-10-03"),
    ("作者:柴思雨 | 2030.05.06 | 江城日报", "2030-05-06"),
    ("2029-04-12 来源：江城网", "2029-04-12"),
    ("2031.10.03 來源：臨江日報 作者：林曉峰", "2031-10-03"),
    ("2030/5/6  作者：柴思雨", "2030-05-06"),
    ("江城网  2029年04月12日  责任编辑：陶子", "2029-04-12"),
]
PUBLISHED_LINES = [
    ("[2029.04.12] 發表", "2029-04-12"),
    ("【2030.05.06】发布", "2030-05-06"),
    ("2031.10.03 发表", "2031-10-03"),
    ("發佈於 2029.04.12", "2029-04-12"),
    ("更新时间：2030.05.06", "2030-05-06"),
]
BRACKET_LINES = [
    ("（2029.04.12）", "2029-04-12"),
    ("(2030.5.6)", "2030-05-06"),
    ("【2031.10.03】", "2031-10-03"),
]
ALL_SHAPES = FIELD_LINES + PUBLISHED_LINES + BRACKET_LINES


@pytest.mark.parametrize(("line", "day"), ALL_SHAPES)
def test_a_furniture_line_among_the_first_lines_prints_the_page_date(line: str, day: str) -> None:
    frame = ("臨江論壇開幕", "論壇在江城開幕，林曉峰出席。") if clean.is_traditional(line) else ("临江论坛开幕", "论坛在江城开幕，林晓峰出席。")
    page = f"{frame[0]}\n{line}\n{frame[1]}"
    assert [point.iso() for point, _ in page_head_dates(page)] == [day]


@pytest.mark.parametrize(
    ("header", "body", "day"),
    [
        ("编辑:陶子|2029-04-12 09:15:02|来源:江城网", "第三届临江论坛11日在江城开幕。林晓峰出席开幕式。", "2029-04-11"),
        ("編輯：龔明遠｜2031.10.03 18:00｜來源：臨江網", "第五屆江城論壇2日在臨江開幕。龔明遠出席開幕式。", "2031-10-02"),
        ("[2030.05.06] 發表", "第二屆臨江論壇昨日在江城開幕。林曉峰出席開幕式。", "2030-05-05"),
        ("2029.04.12 来源：江城网", "第二届江城论坛昨天在临江开幕。柴思雨出席开幕式。", "2029-04-11"),
    ],
)
def test_a_relative_day_of_the_body_resolves_against_the_page_stamp(header: str, body: str, day: str) -> None:
    text = f"{'江城要聞' if clean.is_traditional(body) else '江城要闻'}\n{header}\n{body}"
    [(date, rule)] = dated(text)
    assert rule.startswith("header_date:head_")
    assert day in event_dates(text)


# --- never: a body sentence, a range, dated links, a caption ----------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # a date inside a sentence of the body
        "临江召开座谈会\n林晓峰说，2029年4月12日的筹备会议已经确定了议程。\n会议11日举行。",
        "臨江召開座談會\n龔明遠表示：2031.10.03 以前完成全部籌備工作。\n會議2日舉行。",
        # a date range
        "江城论坛开幕\n会期：2029-04-12至2029-04-15\n论坛11日开幕",
        "江城論壇開幕\n會期：2031.10.03-2031.10.06\n論壇2日開幕",
        "江城论坛开幕\n展期 2030/05/06～2030/05/09 | 江城会展中心\n论坛5日开幕",
        # a list of related links with dated titles
        "相关新闻\n· 临江召开座谈会 2029-04-10\n· 江城：举行论坛 2029-04-08\n· 龚明远调研江城 2029-04-02",
        "相關新聞\n临江召开座谈会 2031.10.01\n江城举行论坛 2031.09.28\n柴思雨调研江城 2031.09.20",
        # a photo caption
        "图为2029年4月12日林晓峰在江城调研（柴思雨 摄）\n会议11日举行",
        "（圖為林曉峰在江城調研，2031.10.03 龔明遠攝）\n會議2日舉行",
    ],
)
def test_a_date_that_is_no_page_stamp_is_never_read_as_one(page: str) -> None:
    assert page_head_dates(page) == []


def test_a_stamp_below_the_first_lines_is_body() -> None:
    lines = [f"第{n}项工作已经完成" for n in range(1, 8)]
    assert page_head_dates("\n".join([*lines, "编辑:陶子|2029-04-12|来源:江城网"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "临江论坛开幕\n第三届临江论坛11日在江城开幕。林晓峰出席开幕式。",
        "臨江論壇開幕\n相關新聞 臨江召開座談會 2031.10.01\n第五屆臨江論壇2日在江城開幕。",
    ],
)
def test_a_page_with_no_stamp_stays_unresolved_and_warned(text: str) -> None:
    assert [date for date, _ in dated(text)] == [None]
    assert "W010" in {w.code for w in process_document(Source("t.txt", text, "utf-8")).warnings}


# --- a newspaper's bare 昨 before the reported act is yesterday of the page stamp -------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("江城要闻\n[2030.05.06] 发表\n临江省长林晓峰昨率团到江城出席第二届江城论坛开幕式。", "2030-05-05"),
        ("江城要聞\n編輯：陶子｜2031.10.03｜來源：臨江網\n第五屆臨江論壇昨在江城開幕，龔明遠出席。", "2031-10-02"),
        ("江城要闻\n2029.04.12 来源：江城网\n江城市委常委会昨召开会议，柴思雨主持。", "2029-04-11"),
    ],
)
def test_a_bare_yesterday_before_the_act_resolves_against_the_page_stamp(text: str, day: str) -> None:
    assert day in event_dates(text)


@pytest.mark.parametrize("text", ["今昨两天江城气温回升。", "前昨两日临江降雨。", "昨是今非"])
def test_a_bare_yesterday_inside_a_word_is_no_date(text: str) -> None:
    assert temporal.extract_times(text) == []
