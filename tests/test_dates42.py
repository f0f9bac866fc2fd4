"""Dating classes of session 32 (invented text, invented names).

- 今(2)日 on a page dated to its month only (a blog's URL month given as the manifest date): the day it prints, of
  that month (timeresolve._moved); a day the month does not have stays undated and is reported.
- A photo caption naming the people from left to right (▲图左至右依序为：甲、乙) is page furniture
  (text/furniture.tsv): it starts no article, so a date in the text after it does not become a new reference.
- A lede dated by a bare day (某市政府10日进行人事调整) takes the page's month: a month-day printed in a later
  sentence (前任局长于5月29日去职) is no lede (articledate.find_lede, _bare_day); a full date printed after it (a
  photo credit's 2031年11月10日) still is.
- A full date with the ROC year in brackets between year and month (2031年(民國120年)5月20日) is one date (rules.tsv
  ymd_roc_aside), not a year then a month-day; so is a range of days with a dash and no 日 (2031年9月18-19,
  ymd_range_dash).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_NOTICE = "〔記者林嘉禾／台北報導〕江城公司今({day})日舉行新卸任董事長交接，卸任董事長周立新屆齡退休。"


@pytest.mark.parametrize(("day", "month", "expected"), [("2", "2031-07", "2031-07-02"), ("30", "2031-06", "2031-06-30")])
def test_today_with_its_day_on_a_page_dated_to_the_month(day: str, month: str, expected: str) -> None:
    assert [e.date for e in facts(_NOTICE.format(day=day), month).events] == [expected]


def test_a_day_the_month_lacks_stays_undated_and_reported() -> None:
    found = facts(_NOTICE.format(day="31"), "2031-06")
    assert all(e.date != "2031-06-31" for e in found.events)
    assert any(w.code == "W013" for w in found.warnings)


def test_a_photo_caption_starts_no_article_and_moves_no_reference() -> None:
    caption = "▲图左至右依序为:林嘉禾、周立新、吴嘉禾\n\n"
    text = (
        "江城人事调整 规模为去年以来之最\n\n来源:江城网 2031-07-11 09:31\n\n  综合媒体10日报道江城市政府10日进行人事调整。"
        f"\n\n{caption}{caption}  其中，交通局长一职由林嘉禾接任。前任交通局长郑望舒于5月29日去职。\n\n"
        "  据了解，新人事预计下周一正式交接。"
    )
    found = facts(text, None)
    assert len(found.document.articles) == 1
    assert [e.date for e in found.events] == ["2031-07-14"]
    assert not {"周立新", "吴嘉禾"} & {p.name for p in found.people}


def test_a_lede_dated_by_a_bare_day_keeps_the_page_month() -> None:
    text = (
        "江城人事调整\n来源：江城网 2031-07-11 09:31\n  江城市政府10日进行人事调整。前任交通局长吴嘉禾于5月29日去职。"
        "新人事预计下周一正式交接。"
    )
    assert [e.date for e in facts(text, None).events] == ["2031-07-14"]


def test_a_bare_day_yields_to_a_full_date_printed_after_it() -> None:
    text = (
        "星期日\n\n江城党代会通过修正案\n\n市长林嘉禾(前右2)10日在江城举行的江城党第九次全国代表大会上举手赞成。"
        "(江城社记者周立新摄 2031年11月10日)\n\n(江城社记者吴嘉禾江城10日电)江城党今天举行第九次全国代表大会。"
    )
    assert "2031-11-10" in {e.date for e in facts(text, None).events}


def test_a_full_date_with_the_roc_year_aside_dates_to_the_day() -> None:
    text = "【記者 林嘉禾/江城 報導】江城市第九任市長就職典禮於2031年(民國120年)5月20日舉行，市長周立新宣誓就職。"
    assert [e.date for e in facts(text, None).events] == ["2031-05-20"]


def test_a_range_of_days_with_a_dash_and_no_day_word() -> None:
    text = (
        "江城网9月27日临江讯 2031年9月18-19，以江城商会会长林嘉禾为团长的江城市里长访问团一行31人来到临江县参观访问。"
    )
    dates = [e.date for e in facts(text, "2031-09-27").events]
    assert dates and all(d == "2031-09-18" for d in dates)
