"""A page's date printed as a labelled field (issue 15, dating lever, class 1): a label word (发布时间, 出版日期,
日期, 时间, Published …) then an ASCII or full-width colon, or the label in brackets (【出版日期】), then a date
with 年月日, dashes, slashes or dots, a clock or not. The page date dates the article, so the lede's month-day
gets its year. Never a range, an archive's intake date (入库时间) or a deadline (截止日期). Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.text import clean, segment
from ygraph.time import temporal

LEDE = "本报讯(记者 陶子) 6月10日，临江市委书记林晓峰率党政代表团到江城考察。"
LEDE_T = "本報訊(記者 陶子) 6月10日，臨江市委書記林曉峰率黨政代表團到江城考察。"


def dated(text: str) -> list[tuple[str | None, str]]:
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {})
    return [(a.date, a.date_rule) for a in doc.articles]


FIELDS = [
    "作者: 出版日期:2030.06.12 点击数:0",
    "【出版日期】2030.06.12",
    "【發佈時間】：2030-06-12",
    "发布时间：2030-06-12 09:30",
    "發佈日期:2030/06/12 18:20:05",
    "[发表日期] 2030年6月12日",
    "日期：2030.6.12",
    "时间 : 2030-06-12 18:20",
    "Published: 2030-06-12",
    "更新時間：2030.06.12 10:11",
    "刊发日期:2030年06月12日",
    "來源：臨江日報 2030.06.12",
    "来源:江城网 2030/6/12",
]


@pytest.mark.parametrize("field", FIELDS)
def test_a_labelled_page_date_field_dates_the_lede(field: str) -> None:
    traditional = clean.is_traditional(field)
    title = "臨江黨政代表團到江城考察" if traditional else "临江党政代表团到江城考察"
    page = f"{title}\n\n{field}\n\n{LEDE_T if traditional else LEDE}\n"
    [(date, rule)] = dated(page)
    assert date == "2030-06-10"
    assert rule.startswith("header_date:")


@pytest.mark.parametrize("field", FIELDS)
def test_a_labelled_page_date_field_at_the_foot_of_the_page_dates_the_lede(field: str) -> None:
    traditional = clean.is_traditional(field)
    body = "".join(f"{'雙方就第' if traditional else '双方就第'}{n}{'項合作交換了意見' if traditional else '项合作交换了意见'}。\n" for n in range(6))
    page = f"{'臨江黨政代表團到江城考察' if traditional else '临江党政代表团到江城考察'}\n\n{LEDE_T if traditional else LEDE}\n{body}{field}\n"
    [(date, rule)] = dated(page)
    assert (date, rule) == ("2030-06-10", f"header_date:{'source_line' if '来源' in clean.to_simplified(field) else 'published_label'}")


@pytest.mark.parametrize(
    "field",
    [
        "【入库时间】2030.06.12",  # an archive's intake date, not the page's
        "截止日期：2030.06.12",  # a deadline
        "会议时间：2030.06.12",  # an event's time printed as a field
        "日期：2030.06.12至2030.06.14",  # a range
    ],
)
def test_other_dated_fields_are_not_the_page_date(field: str) -> None:
    body = "".join(f"双方就第{n}项合作交换了意见。\n" for n in range(6))
    page = f"临江党政代表团到江城考察\n\n{LEDE}\n{body}{field}\n"
    [(_date, rule)] = dated(page)
    assert not rule.startswith("header_date:")


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        ("中国临江网6月8日江城讯 “2030江城论坛”7日上午在江城举行。林晓峰出席。", "2030-06-07"),
        ("中國臨江網6月8日江城訊 「2030江城論壇」7日上午在江城舉行。林曉峰出席。", "2030-06-07"),
        ("海峡之声网6月8日海州讯 第三届海州论坛昨天在海州开幕。龚明远出席。", "2030-06-07"),
    ],
)
def test_a_site_dateline_with_the_place_after_the_date_dates_no_event(lede: str, day: str) -> None:
    from ygraph.pipeline import process_document

    events = process_document(Source("t.txt", lede, "utf-8", user_date="2030-06-08")).events
    assert [e.date for e in events] == [day]
