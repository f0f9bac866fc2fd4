"""Lane evrec30: events found with no date because the page's own stamp was printed in a form no
``time/document_date.tsv`` row read (docs/time.md, "Page stamps no row read").

Every page is invented. Each row of the table fails without its row of the lexicon; the near misses show
what the rows leave alone (a date inside a body sentence, a range, a bracket that is no stamp).
"""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, built_events, dated_articles
from ygraph.model import Source
from ygraph.pipeline import process_document

STAMPED = [
    # a news item's labelled field 新聞日期 / 新闻日期 with a Republic of China date (dashes, or 年月日)
    ("臨江縣政府新聞\n  • 資料來源:江城日報\n  • 新聞日期:120-10-03\n縣長龔明遠昨主持縣府所屬機關首長聯合交接典禮。", "2031-10-03"),
    ("临江县政府新闻\n县长龚明远昨主持首长联合交接典礼。\n新闻日期：120年10月3日", "2031-10-03"),
    # an outlet's stamp in 【】 brackets: the date, then the outlet's name
    (
        "臨江縣長視察災區\n臨江縣松岩鄉日前遭颱風重創，多處房舍受損。縣長林曉峰今天再度前往松岩鄉視察災區。\n"
        "林曉峰表示，縣府將全力協助災民重建家園。\n【2031/11/15 江城新聞網】",
        "2031-11-15",
    ),
    (
        "临江县长视察灾区\n临江县松岩乡日前遭台风重创，多处房舍受损。县长林晓峰今天再度前往松岩乡视察灾区。\n"
        "林晓峰表示，县府将全力协助灾民重建家园。\n【2031-11-15 江城日报】",
        "2031-11-15",
    ),
    # a Gregorian stamp glued right after the last sentence of the body, ending its line
    ("【記者某某/台北】臨江縣長林曉峰今天宣布辭職。\n林曉峰表示，任內已完成多項工作。2031/01/29\n- 相關新聞", "2031-01-29"),
    # a line of its own holding month, day and year the way some aggregators print them (4月. 09, 2031)
    ("政治\n\n臨江市新任區長宣誓就職\n\n4月. 09, 2031\n\n臨江市政府今(9)日舉行新任區長宣誓典禮。", "2031-04-09"),
]

NOT_STAMPS = [
    # a date opening a body sentence after the full stop is the day of what it tells, no stamp
    "临江县长林晓峰今天宣布辞职。2031/01/29，林晓峰曾表示将继续工作。",
    # a bracket holding a range, or a date and more than an outlet's name, is no stamp
    "临江县长视察灾区\n县长林晓峰前往松岩乡视察灾区。【2031/11/15至2031/11/20 防汛期间】",
]


@pytest.mark.parametrize(("text", "day"), STAMPED)
def test_a_page_stamp_printed_in_these_forms_dates_the_page(text: str, day: str) -> None:
    assert article_dates(text)[0] == day


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_a_date_that_is_no_page_stamp_leaves_the_page_undated(text: str) -> None:
    assert all(a.date_source != "text" or not a.date_rule.startswith("header_date") for a in dated_articles(text))


def test_the_stamped_page_dates_the_event_told_with_a_relative_day() -> None:
    """The ceremony told with 昨 on a stamped page takes the day before the stamp (it stayed undated)."""
    text = STAMPED[0][0]
    events = process_document(Source("t.txt", text, "utf-8")).events
    assert [e.date for e in events] == ["2031-10-02"]


# --- meetings named by a kind no trigger read (docs/events.md, "Meeting kinds no trigger read") ---------------

KINDS = [
    ("新华社江城2031年6月12日电 12日，省政协主席龚明远主持召开临江省经济社会发展情况介绍会。", "临江省经济社会发展情况介绍会"),
    ("新华社江城2031年8月19日电 19日，龚明远在松岩镇调研。在松岩镇高质量发展现场办公会上，有关部门汇报情况。", "松岩镇高质量发展现场办公会"),
    ("江城省政府第91次行政會報，於112年3月6日上午召開，由政務委員龔明遠主持。", "江城省政府第91次行政会报"),
    ("臨江縣長柴思雨今(23)日視察應變中心，並主持第一次工作會報。", "第一次工作会报"),
    ("臨江縣警察局今日上午舉行第二季治安會報，由縣長柴思雨主持。", "临江县警察局第二季治安会报"),
]

NO_KINDS = [
    "新华社江城2031年1月7日电 江城市政协五届二次会议7日开幕，市政协主席柴思雨向大会报告工作。",
    "新华社江城2031年1月7日电 临江史学会会报第三期7日出版。",
    "新华社江城2031年1月7日电 经市长办公会研究，决定7日起实施新办法。",
]


@pytest.mark.parametrize(("text", "title"), KINDS)
def test_a_meeting_of_these_kinds_held_is_an_event(text: str, title: str) -> None:
    assert title in [e.title for e in built_events(text)]


@pytest.mark.parametrize("text", NO_KINDS)
def test_a_report_a_bulletin_or_a_body_is_no_meeting_of_these_kinds(text: str) -> None:
    titles = [e.title for e in built_events(text)]
    assert not any(t.endswith(("会报", "办公会", "介绍会")) for t in titles), titles
