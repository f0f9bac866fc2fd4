"""Session 9, lane date19: events found with no date or the wrong day. A wire service's compact stamp
(…讯息服务20300609 17:22:22) and the address of the original a repost quotes (引用：…/20300620/…) date the
page; a day numeral printed in brackets (林晓峰(十)日下午, Taiwan) is that day of the month; 12日前往 is the
12th, not 日前; 20日起至25日 is one range. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, built_events, dated_articles, undated_page
from ygraph.model import Source
from ygraph.text import clean
from ygraph.time.timerules import extract_times


def _dates(text: str) -> set[str | None]:
    return {e.date for e in built_events(text)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("（江城社讯息服务20300609 17:22:22）临江商会会长龚明远今(9)日率团拜会江城市政府，双方展开交流。", "2030-06-09"),
        ("（江城社訊息服務20300609 09:05）臨江商會會長龔明遠今(9)日率團拜會江城市政府，雙方展開交流。", "2030-06-09"),
        ("临江市长林晓峰率团访问江城\n（海峡社讯息服务20311102 08:30:00）临江市长林晓峰昨(1)日率团访问江城市。", "2031-11-01"),
    ],
)
def test_a_wire_services_compact_stamp_dates_the_page(text: str, day: str) -> None:
    assert article_dates(text)[0] is not None
    assert day in {e.date for e in built_events(text, day=None)}


@pytest.mark.parametrize(
    "text",
    [
        "临江商会会长龚明远今(9)日率团拜会江城市政府。\n【入库时间】20300609",
        "臨江商會會長龔明遠今(9)日率團拜會江城市政府。檔案編號20300609",
    ],
)
def test_eight_digits_without_a_clock_date_nothing(text: str) -> None:
    assert undated_page(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "【临江省长访江城】\n临江省长林晓峰20日率团访问江城,上午抵达。\n"
            "引用:http://news.example.com/china/20300620/20300620123.html",
            "2030-06-20",
        ),
        (
            "【臨江省長訪江城】\n臨江省長林曉峰20日率團訪問江城,上午抵達。\n"
            "原文網址：https://example.com/news/2030/06/20/a123.html",
            "2030-06-20",
        ),
        (
            "江城市长柴思雨访问临江\n江城市长柴思雨3日率团访问临江省。\n来源：https://www.example.cn/xw/2031-03-03/n12.shtml",
            "2031-03-03",
        ),
    ],
)
def test_the_quoted_address_of_the_original_dates_a_repost(text: str, day: str) -> None:
    assert article_dates(text) == [day]


def test_an_address_nobody_quotes_as_the_source_dates_nothing() -> None:
    text = "临江省长林晓峰20日率团访问江城。\nhttps://img.example.com/a/20300620/photo.jpg"
    assert undated_page(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("江城县长柴思雨(十)日下午在相关单位陪同下前往临江乡会勘道路改善工程。", "2031-04-10"),
        ("江城縣長柴思雨(十二)日上午前往臨江鄉會勘道路改善工程。", "2031-04-12"),
        ("临江县长龚明远于（一）日上午前往江城镇视察防汛工作。", "2031-04-01"),
        ("江城縣長柴思雨（廿五）日下午前往臨江鄉視察防汛工作。", "2031-04-25"),
    ],
)
def test_a_day_numeral_in_brackets_is_that_day(text: str, day: str) -> None:
    assert day in _dates(text)


@pytest.mark.parametrize("text", ["（十）日常管理工作由江城市办公室负责。", "(一)日常巡查\n临江县长龚明远表示要加强巡查。"])
def test_a_headings_number_in_brackets_is_no_day(text: str) -> None:
    cleaned = clean.clean(Source("t.txt", text, "utf-8")).text
    assert not [t for t in extract_times(cleaned) if t.kind == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("临江市长林晓峰12日前往江城市考察产业园区。", "2031-04-12"),
        ("臨江市長林曉峰12日前往江城市考察產業園區。", "2031-04-12"),
        ("江城市委书记柴思雨一行15日前来临江考察。", "2031-04-15"),
        ("臨江縣長龔明遠(二十)日前往江城鎮視察。", "2031-04-20"),
    ],
)
def test_a_day_before_a_verb_of_going_is_that_day(text: str, day: str) -> None:
    assert day in _dates(text)


@pytest.mark.parametrize("text", ["各地须在12日前完成申报。", "各地須在12日前完成申報。"])
def test_a_day_before_qian_alone_is_a_deadline_not_a_date(text: str) -> None:
    assert [t.rule for t in extract_times(text)] == ["vague_past"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20日起至25日期间访问江城", "UNDEF-day-20/UNDEF-day-25"),
        ("8月20日起至25日在臨江訪問", "UNDEF-year-08-20/UNDEF-day-25"),
        ("3日起至5日", "UNDEF-day-03/UNDEF-day-05"),
    ],
)
def test_a_range_from_a_day_on_is_one_range(text: str, value: str) -> None:
    assert extract_times(text)[0].underspecified == value


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "3月19日，江城县县长林晓峰到临江镇督导防汛工作。"
            "在临江镇召开的防汛工作推进会上，林晓峰认真听取汇报，并询问“今年有什么防汛项目？要加快实施。”",
            "防汛工作推进会",
        ),
        (
            "3月19日，江城縣縣長林曉峰到臨江鎮督導防汛工作。"
            "在臨江鎮召開的防汛工作推進會上，林曉峰認真聽取匯報，並詢問「今年有什麼防汛項目？要加快實施。」",
            "防汛工作推进会",
        ),
        (
            "3月19日，临江市市长龚明远到江城区调研产业发展。"
            "在江城区召开的产业发展座谈会上，龚明远说：“明年要再上新台阶。”",
            "产业发展座谈会",
        ),
    ],
)
def test_a_time_word_quoted_in_the_next_sentence_leaves_it_the_storys_day(text: str, title: str) -> None:
    assert {e.title: e.date for e in built_events(text)}[title] == "2031-03-19"


def _cue_values(text: str, cue: str) -> list[str | None]:
    return [t.value for a in dated_articles(text) for t in a.times if t.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "day"),
    [
        (
            "发布时间：2030-06-09\n临江市长林晓峰将于6月20日至21日率团访问江城。林晓峰会在6月20日举行的江临经贸论坛上致辞。"
            "翌日，林晓峰会带同团员到江城新区参观产业园。",
            "翌日",
            "2030-06-21",
        ),
        (
            "發佈時間：2030-06-09\n臨江市長林曉峰將於6月20日至21日率團訪問江城。林曉峰會在6月20日舉行的江臨經貿論壇上致辭。"
            "翌日，林曉峰會帶同團員到江城新區參觀產業園。",
            "翌日",
            "2030-06-21",
        ),
        (
            "江城市市长柴思雨率团访问临江\n2030-06-09 10:00\n江城市市长柴思雨将于6月18日率团访问临江。柴思雨会出席临江投资推介会。"
            "次日，代表团会前往青禾县考察。",
            "次日",
            "2030-06-19",
        ),
        (
            "发布时间：2030-06-09\n临江市长林晓峰将于6月20日率团访问江城。林晓峰会出席江临经贸论坛。"
            "同日，林晓峰亦会与在当地经商的临江人会面。",
            "同日",
            "2030-06-20",
        ),
    ],
)
def test_a_day_cue_in_a_story_told_ahead_counts_from_its_scheduled_day(text: str, cue: str, day: str) -> None:
    assert _cue_values(text, cue) == [day]


def test_a_day_cue_after_the_storys_own_day_and_a_schedule_stays_on_the_storys_day() -> None:
    text = (
        "发布时间：2030-06-09\n6月8日，临江市长林晓峰在江城出席座谈会。另悉，江临经贸论坛将于7月20日开幕。"
        "当天下午，林晓峰还考察了江城新区。"
    )
    assert _cue_values(text, "当天下午") == ["2030-06-08"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "临江论坛江城开幕 |\nhttp://www.example.com 2030年06月09日05:34 江城日报 |临江论坛江城开幕【本报江城6月8日电】"
            "(记者 龚明远)6月8日上午，第二届临江论坛在江城开幕。",
            "2030-06-08",
        ),
        (
            "臨江論壇江城開幕 |\nhttp://www.example.com 2030年06月09日05:34 江城日報 |臨江論壇江城開幕【本報江城6月8日電】"
            "(記者 龔明遠)6月8日上午，第二屆臨江論壇在江城開幕。",
            "2030-06-08",
        ),
        (
            "青禾峰会闭幕\n新闻中心 2031年11月03日21:10 青禾网 青禾峰会闭幕 11月3日，青禾峰会在临江闭幕，柴思雨出席。",
            "2031-11-03",
        ),
    ],
)
def test_a_stamp_with_its_clock_glued_to_the_day_is_the_pages_not_the_storys_day(text: str, day: str) -> None:
    assert article_dates(text) == [day]


def test_every_time_fragment_is_defined_once() -> None:
    """A second row of one name (a merge keeping both sides) silently hides the first."""
    from collections import Counter

    from ygraph import lexicons

    names = Counter(row[0] for row in lexicons.load_table("time/patterns.tsv"))
    assert [n for n, count in names.items() if count > 1] == []
