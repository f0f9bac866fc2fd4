"""Temporal tagger: a round-trip property, article dating on invented documents (the EXAMPLE rows of
rules.tsv are run by test_lexicon_examples.py).

Names and places in the documents are invented (青川市, 湖滨, 江北); years are chosen so that no seed
fact could make a test pass.
"""

from __future__ import annotations

import re
from array import array
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.model import Article, Document, Sentence, Source
from ygraph.time import temporal
from ygraph.time.numerals import normalize_date_numerals
from ygraph.time.timeresolve import resolve_times
from ygraph.time.timerules import extract_times

# --- property: a date rendered in each supported surface form parses back to itself

_CN_DIGITS = "〇一二三四五六七八九"


def _cn_small(number: int) -> str:
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones or not tens else "")


SURFACES = {
    "ymd": (lambda d: f"{d.year}年{d.month}月{d.day}日", "day", False),
    "ymd-spaced": (lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日", "day", False),
    "ymd-padded": (lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日", "day", False),
    "iso": (lambda d: d.isoformat(), "day", False),
    "ymd-chinese": (
        lambda d: (
            "".join(_CN_DIGITS[int(c)] for c in str(d.year)) + f"年{_cn_small(d.month)}月{_cn_small(d.day)}日"
        ),
        "day",
        False,
    ),
    "ymd-fullwidth": (
        lambda d: f"{d.year}年{d.month}月{d.day}日".translate(
            {ord(c): 0xFF10 + int(c) for c in "0123456789"}
        ),
        "day",
        False,
    ),
    "md-with-reference": (lambda d: f"{d.month}月{d.day}日", "day", True),
    "day-with-reference": (lambda d: f"{d.day}日上午", "day", True),
    "today-with-reference": (lambda d: "今天", "day", True),
    "ym": (lambda d: f"{d.year}年{d.month}月", "month", False),
    "this-year-month": (lambda d: f"今年{d.month}月", "month", True),
    "year": (lambda d: f"{d.year}年", "year", False),
}


@pytest.mark.parametrize("form", sorted(SURFACES), ids=sorted(SURFACES))
@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
def test_surface_forms_round_trip(form: str, day: date) -> None:
    render, precision, needs_reference = SURFACES[form]
    text = normalize_date_numerals(render(day))[0]
    reference = day.isoformat() if needs_reference else None
    found = [t for t in resolve_times(extract_times(text), reference) if t.kind == "date"]
    assert len(found) == 1, (text, found)
    expected = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
    assert (found[0].value, found[0].precision) == (expected, precision)


# --- article dating on invented documents


def _document(*articles: tuple[str, ...], user_date: str | None = None, header: str = "") -> Document:
    """A document of articles given as (dateline, body[, headline before the dateline]); sentences end at
    。 or a line break."""
    text = header
    built = []
    for index, (dateline, body, *headline) in enumerate(articles):
        start = len(text)
        own = "".join(headline) + dateline + body
        text += own + "\n"
        sentences = tuple(
            Sentence(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"[^。\n]+。?", own)
        )
        built.append(Article(index, start, len(text), "", None, None, "unresolved", sentences, dateline))
    source = Source("invented.txt", text, "utf-8", user_date=user_date)
    return Document(source, text, array("l", range(len(text) + 1)), tuple(built))


def _dated(doc: Document, hints: dict[int, int] | None = None) -> Document:
    return temporal.date_document(doc, hints or {})


ARTICLE_CASES = [
    (
        "year-same-sentence",
        [("本报讯", " 6月5日至6日，2030年度江北地区领导座谈会在青川市举行。会议认为，要加强合作。")],
        ["2030-06-06"],
        ["dateline_inferred"],
    ),
    (
        "dated-dateline",
        [("新华社青川2031年4月2日电", " 湖滨论坛开幕。")],
        ["2031-04-02"],
        ["text"],
    ),
    (
        "boundary-year-ignored",
        [("新华社北京3月3日电", " 某国主席致电。他表示支持以1967年边界为基础的方案。")],
        [None],
        ["unresolved"],
    ),
    (
        "target-year-ignored",
        [("本报讯", " 5月8日，青川市召开会议。会议提出，到2035年建成示范区。")],
        [None],
        ["unresolved"],
    ),
    (
        "quoted-year-ignored",
        [("本报讯", " 5月8日，青川市召开会议。他回忆说：“1998年我们就在这里。”")],
        [None],
        ["unresolved"],
    ),
    (
        "year-is-statement",
        [("新华社青川9月9日电", " 会议指出，要抓好落实。2032年是规划实施的关键之年。")],
        ["2032-09-09"],
        ["dateline_inferred"],
    ),
    (
        "this-year-with-year",
        [("本报讯", " 记者从青川获悉。今年3月，2033年度湖滨论坛在青川举行。")],
        ["2033"],
        ["dateline_inferred"],
    ),
    (
        "this-year-comparison",
        [("新华社青川10月20日电", " 今年前三季度，湖滨经济总量较2036年同期有所提升。")],
        ["2037-10-20"],
        ["dateline_inferred"],
    ),
    (
        "weak-latest-year-skips-plans",
        [("本报讯", " 8月1日，会议在青川举行。会议审议了2034年度计划。会议确定2035年度会议在湖滨召开。")],
        ["2034-08-01"],
        ["dateline_inferred"],
    ),
    (
        "plan-year-in-lede-skipped",
        [("本报讯", " 8月3日，会议确定2036年度论坛在湖滨召开。2035年是规划收官之年。")],
        ["2035-08-03"],
        ["dateline_inferred"],
    ),
    (
        "same-date-elsewhere",
        [("新华社青川7月7日电", " 湖滨论坛开幕。图为2038年7月7日拍摄的会场。")],
        ["2038-07-07"],
        ["dateline_inferred"],
    ),
    (
        "sibling-article",
        [("新华社青川4月2日电", " 2031年春季论坛在青川举行。"), ("本报讯", " 4月1日，江北展览开幕。")],
        ["2031-04-02", "2031-04-01"],
        ["dateline_inferred", "document"],
    ),
    (
        "sibling-across-year-boundary",
        [("新华社青川1月2日电", " 2031年新年论坛在青川举行。"), ("本报讯", " 12月30日，江北展览开幕。")],
        ["2031-01-02", "2030-12-30"],
        ["dateline_inferred", "document"],
    ),
]


@pytest.mark.parametrize(
    ("articles", "dates", "sources"), [c[1:] for c in ARTICLE_CASES], ids=[c[0] for c in ARTICLE_CASES]
)
def test_article_dates(articles, dates, sources) -> None:
    doc = _dated(_document(*articles))
    assert [a.date for a in doc.articles] == dates
    assert [a.date_source for a in doc.articles] == sources


def test_times_resolved_against_article_date() -> None:
    doc = _dated(_document(("本报讯", " 6月5日至6日，2030年度江北座谈会在青川市举行。6日上午，论坛开幕。")))
    values = [(t.text, t.value, t.value_end) for t in doc.articles[0].times if t.kind == "date"]
    assert values == [
        ("6月5日至6日", "2030-06-05", "2030-06-06"),
        ("2030年度", "2030", None),
        ("6日上午", "2030-06-06", None),
    ]


def test_unresolved_is_reported_not_invented() -> None:
    doc = _dated(
        _document(("新华社北京3月3日电", " 3日上午，某国主席致电。他表示支持以1967年边界为基础的方案。"))
    )
    article = doc.articles[0]
    assert article.date is None and doc.date is None and doc.date_source == "unresolved"
    assert all(t.value is None for t in article.times if t.kind == "date")
    codes = [w.code for w in temporal.date_warnings(doc)]
    assert codes.count("W010") == 1 and codes.count("W011") >= 1
    unresolved = temporal.unresolved_times(doc)
    assert unresolved
    for u in unresolved:
        assert doc.source.text[u.provenance.span_start : u.provenance.span_end] in {"3月3日", "3日上午"}
        assert u.underspecified.startswith("UNDEF-")


def test_year_hint_from_another_document() -> None:
    doc = _dated(_document(("新华社北京3月3日电", " 3日上午，某国主席致电。")), {0: 2031})
    article = doc.articles[0]
    assert (article.date, article.date_source) == ("2031-03-03", "cross_document")
    assert [(t.text, t.value) for t in article.times] == [("3月3日", "2031-03-03"), ("3日上午", "2031-03-03")]
    assert [w.code for w in temporal.date_warnings(doc)] == ["W012"]


def test_user_date_wins() -> None:
    doc = _dated(_document(("本报讯", " 4月28日，青川举行会议。"), user_date="2030-05-01"))
    assert (doc.articles[0].date, doc.articles[0].date_source) == ("2030-04-28", "user")
    assert (doc.date, doc.date_source) == ("2030-05-01", "user")


def test_header_date_is_text_source() -> None:
    doc = _dated(_document(("本报讯", " 5月5日，青川举行会议。"), header="2031年5月6日 星期二\n"))
    assert (doc.articles[0].date, doc.articles[0].date_source) == ("2031-05-05", "text")


@pytest.mark.parametrize(
    ("header", "lede", "expected"),
    [
        pytest.param("青川日报　2031年5月6日　星期二　第2版　要闻\n", " 昨天，青川举行会议。", "2031-05-06", id="masthead"),
        pytest.param("湖 滨 晚 报 2031年5月6日\n", " 昨天，青川举行会议。", "2031-05-06", id="ocr-masthead"),
        pytest.param(
            "青川日报 2031年5月6日\n", " 2029年9月，青川启动建设。今年3月获批。", "2031-05-06", id="month-lede-is-background"
        ),
        # a web page's own time stamp alone on its line, ISO-like or day.month.year
        pytest.param("青川举行会议\n2031/05/06 11:36\n", " 今天，青川举行会议。", "2031-05-06", id="stamp-line"),
        pytest.param("青川举行会议\n2031-05-06 11:36:05\n", " 昨天，青川举行会议。", "2031-05-06", id="stamp-seconds"),
        pytest.param("青川闭幕\n06.01.2031  13:31\n", " 1月5日，青川举行会议。", "2031-01-05", id="stamp-day-month-year"),
    ],
)
def test_masthead_date_is_text_source(header: str, lede: str, expected: str) -> None:
    doc = _dated(_document(("本报讯", lede), header=header))
    assert (doc.articles[0].date, doc.articles[0].date_source) == (expected, "text")


def test_time_at_prefers_clause_then_sentence() -> None:
    doc = _dated(_document(("本报讯", " 2030年5月5日，青川举行会议，6日闭幕。江北随后开幕。")))
    article = doc.articles[0]
    text = doc.text
    held = text.index("举行")
    closed = text.index("闭幕")
    assert temporal.time_at(article, held, held + 2).value == "2030-05-05"
    assert temporal.time_at(article, closed, closed + 2).value == "2030-05-06"
    later = text.index("随后")
    assert temporal.time_at(article, later, later + 2) is None


def test_event_dateline_reads_later_days_forward() -> None:
    """本报讯 8月16日 is the date of the event; a later "17日" in the article is the day after."""
    doc = _dated(_document(("本报讯 8月16日", "，2030年度江北论坛在青川举行。17日，代表们参观湖滨。")))
    days = [(t.text, t.value) for t in doc.articles[0].times if t.kind == "date"]
    assert days == [("8月16日", "2030-08-16"), ("2030年度", "2030"), ("17日", "2030-08-17")]


def test_wire_dateline_reads_days_backward() -> None:
    """新华社…6月6日电: the report was filed on the 6th; "4日至6日" is the 4th to the 6th of June."""
    doc = _dated(
        _document(("据新华社青川6月6日电", " 2030年春季，某人近日在青川调研。4日至6日，他先后到企业。"))
    )
    ranges = [(t.value, t.value_end) for t in doc.articles[0].times if t.text == "4日至6日"]
    assert ranges == [("2030-06-04", "2030-06-06")]


def test_time_at_vague_phrase_governs() -> None:
    doc = _dated(
        _document(("据新华社青川6月6日电", " 某人近日在青川调研。4日至6日，他先后到企业。")), {0: 2030}
    )
    article = doc.articles[0]
    survey = doc.text.index("调研")
    visit = doc.text.index("先后")
    assert temporal.time_at(article, survey, survey + 2) is None
    governing = temporal.time_at(article, visit, visit + 2)
    assert (governing.value, governing.value_end) == ("2030-06-04", "2030-06-06")


def test_document_date_is_latest_article_date() -> None:
    doc = _dated(
        _document(
            ("本报讯", " 2031年，江北规划发布。"),
            ("新华社青川4月2日电", " 2031年春季论坛在青川举行。"),
        )
    )
    assert [a.date for a in doc.articles] == ["2031", "2031-04-02"]
    assert (doc.date, doc.date_source) == ("2031-04-02", "dateline_inferred")


def test_lede_follows_the_dateline_not_the_headline() -> None:
    headline = "湖滨论坛在青川举行\n江北代表出席\n"
    doc = _dated(_document(("本报讯", " 5月9日，2039年湖滨论坛在青川举行。", headline)))
    assert (doc.articles[0].date, doc.articles[0].date_source) == ("2039-05-09", "dateline_inferred")


def test_year_hint_reaches_sibling_articles() -> None:
    doc = _dated(
        _document(("新华社北京3月3日电", " 某国主席致电。"), ("新华社北京3月3日电", " 3月2日，某会议举行。")),
        {0: 2031},
    )
    assert [(a.date, a.date_source) for a in doc.articles] == [
        ("2031-03-03", "cross_document"),
        ("2031-03-03", "cross_document"),
    ]


def test_weak_rule_is_recorded() -> None:
    doc = _dated(_document(("本报讯", " 8月1日，会议在青川举行。会议审议了2034年度计划。")))
    assert (doc.articles[0].date, doc.articles[0].date_rule) == ("2034-08-01", "latest_year")


def test_a_new_relative_word_is_one_user_lexicon_row(tmp_path) -> None:
    """大后年 (three years on) needs no code: one normalization.tsv row, its meaning in the fourth column."""
    from ygraph import lexicons

    (tmp_path / "time").mkdir()
    row = "YW\t大后年\tthird-year-after\treference year +3\n"
    (tmp_path / "time" / "normalization.tsv").write_text(row, encoding="utf-8")

    def value(text: str) -> str | None:
        return resolve_times(extract_times(text), "2030-06-15")[0].value

    assert value("大后年3月") == "2032-03"  # without the row only 后年 is read
    try:
        lexicons.set_user_dirs([tmp_path])
        assert value("大后年3月") == "2033-03"
        assert value("大后年") == "2033"
    finally:
        lexicons.set_user_dirs([])
    assert value("大后年3月") == "2032-03"


def test_a_token_without_a_meaning_is_an_error_not_a_guess(tmp_path) -> None:
    from ygraph import lexicons

    (tmp_path / "time").mkdir()
    row = "YW\t大后年\tthird-year-after\tthree years on\n"
    (tmp_path / "time" / "normalization.tsv").write_text(row, encoding="utf-8")
    try:
        lexicons.set_user_dirs([tmp_path])
        with pytest.raises(ValueError, match="not understood"):
            resolve_times(extract_times("大后年3月"), "2030-06-15")
    finally:
        lexicons.set_user_dirs([])
