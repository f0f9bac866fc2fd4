"""Session 8, lane date18: events dated after the page that prints them are announced, not held; page stamps
the page prints in its furniture (a snippet's ``date 2030-06[-09]``, a forum's ``时间: 9.6.2030 08:23``, a
stamp glued to its clock) date the page. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, facts
from ygraph.corpus import merge
from ygraph.events.plandays import after_page
from ygraph.model import Source
from ygraph.pipeline import process_document


def _events(text: str) -> dict[str, tuple[str | None, bool]]:
    found = process_document(Source("t.txt", text, "utf-8")).events
    return {e.title: (e.date, e.planned) for e in found}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "政务司司长率团赴江城出席临江合作会议\n2030年6月8日 星期六\n"
            "临江市市长龚明远7月2日下午率领代表团前往江城，与江城市市长林晓峰共同主持临江合作会议。",
            "临江合作会议",
            "2030-07-02",
        ),
        (
            "政務司司長率團赴江城出席臨江合作會議\n2030年6月8日 星期六\n"
            "臨江市市長龔明遠7月2日下午率領代表團前往江城，與江城市市長林曉峰共同主持臨江合作會議。",
            "临江合作会议",
            "2030-07-02",
        ),
        (
            "date 2030-06-08 龚明远表示，7月1日江城综合保税区正式启动运营，各方面要精心准备。",
            "江城综合保税区正式启动",
            "2030-07-01",
        ),
        (
            "【临江导报】临江市市长龚明远率团赴江城出席临江合作联席会议\n发布时间：2030-06-08\n"
            "临江市市长龚明远率团出席6月18日在江城举行的2030年临江合作联席会议。",
            "2030年临江合作联席会议",
            "2030-06-18",
        ),
        (
            "【臨江導報】江城市市長柴思雨率團赴臨江出席江海合作聯席會議\n發佈時間：2031-03-02\n"
            "江城市市長柴思雨率團出席3月12日在臨江舉行的2031年江海合作聯席會議。",
            "2031年江海合作联席会议",
            "2031-03-12",
        ),
        (  # a web dateline without its year: the year the article's own dates give it
            "临江网江城6月8日讯 8日，龚明远表示，6月18日在江城举行的2030年临江合作联席会议是今年的重点。",
            "2030年临江合作联席会议",
            "2030-06-18",
        ),
        (
            "臨江網江城6月8日訊 8日，龔明遠表示，6月18日在江城舉行的2030年臨江合作聯席會議是今年的重點。",
            "2030年临江合作联席会议",
            "2030-06-18",
        ),
    ],
)
def test_an_event_dated_after_its_page_is_planned(text: str, title: str, date: str) -> None:
    assert _events(text)[title] == (date, True)


@pytest.mark.parametrize(
    "text",
    [
        "【临江导报】龚明远出席临江合作联席会议\n发布时间：2030-06-08\n6月6日，2030年临江合作联席会议在江城举行，龚明远出席。",
        "【臨江導報】龔明遠出席臨江合作聯席會議\n發佈時間：2030-06-08\n6月8日，2030年臨江合作聯席會議在江城舉行，龔明遠出席。",
    ],
)
def test_an_event_on_or_before_its_page_stays_held(text: str) -> None:
    assert _events(text)["2030年临江合作联席会议"][1] is False


@pytest.mark.parametrize(
    ("date", "published", "planned"),
    [
        ("2030-07-02", "2030-06-08", True),
        ("2031", "2030-12-30", True),
        ("2030-06-08", "2030-06-08", False),  # the page's own day: held that day, or not yet — the words tell
        ("2030-06", "2030-06-08", False),  # a month holding the page
        ("2030-06-09", "2030-06", False),  # a page dated to its month only
        ("2030-07-02", None, False),  # no page date: nothing to compare
        (None, "2030-06-08", False),
    ],
)
def test_after_page(date: str | None, published: str | None, planned: bool) -> None:
    assert after_page(date, published) is planned


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("date 2030-06-09\n会议6月8日在江城举行。", "2030-06-08"),
        (" date 2031-02-17 臨江市政府17日在江城召開座談會。", "2031-02-17"),
        ("date 2030-06\n临江省政协全体会议在江城举行，林晓峰当选主席。", "2030-06"),
        (" date 2031-11【江城新闻】\n臨江省政協全體會議在江城舉行，柴思雨當選主席。", "2031-11"),
        ("临江召开座谈会\n作者: 江城日报    时间: 9.6.2030 08:23\n会议在江城举行。", "2030-06-09"),
        ("臨江召開座談會\n作者: 江城論壇    時間: 17.11.2031 21:05\n會議在江城舉行。", "2031-11-17"),
        ("临江召开座谈会\n会议在江城举行。2030-06-0919:43:43", "2030-06-09"),
        ("臨江召開座談會\n會議在江城舉行。2031-12-3107:05:09", "2031-12-31"),
        ("05\n2030-06\n临江召开座谈会\n6月4日，会议在江城召开。", "2030-06-04"),
        ("17\n2031-11\n臨江召開座談會\n會議在江城召開。", "2031-11-17"),
        ("  09\n  2030-12\n海州市委常委会召开会议\n会议由龚明远主持。", "2030-12-09"),
    ],
)
def test_page_stamps_in_furniture_date_the_page(text: str, date: str) -> None:
    assert article_dates(text)[0] == date


@pytest.mark.parametrize(
    "text",
    [
        "临江召开座谈会\n会议在江城举行，编号2030-06-0919:43。",  # no seconds: not a glued stamp
        "临江召开座谈会\n会议回顾了2030-06期间的工作。",  # a month in the body is no page stamp
        "临江召开座谈会\n江城队以9.6.2030的成绩夺冠。",  # dots without a date label
    ],
)
def test_numbers_in_the_body_are_no_page_stamps(text: str) -> None:
    assert article_dates(text)[0] is None


_PAGE = (
    "          {head}\n\n          时间:2030-06-12 13:21   来源:临江网\n\n"
    "            临江网6月12日海州消息 {body}\n"
)


@pytest.mark.parametrize(
    ("head", "body", "day"),
    [
        (
            "江城市政府参访团到临江省海州交流考察",
            "6月9日至10日,江城市副市长林晓峰率江城市政府参访团一行20人到临江省海州市交流考察。"
            "9日下午,海州市委书记龚明远在海州宾馆亲切会见了林晓峰一行。",
            "2030-06-09",
        ),
        (
            "江城市政府參訪團到臨江省海州交流考察",
            "6月9日至10日,江城市副市長林曉峰率江城市政府參訪團一行20人到臨江省海州市交流考察。"
            "9日下午,海州市委書記龔明遠在海州賓館親切會見了林曉峰一行。",
            "2030-06-09",
        ),
        (
            "青禾市政府参访团到海东省松岩交流考察",
            "6月5日至6日,青禾市副市长邹凌霄率青禾市政府参访团一行18人到海东省松岩市交流考察。"
            "5日下午,松岩市委书记温若谷在松岩宾馆亲切会见了邹凌霄一行。",
            "2030-06-05",
        ),
    ],
)
def test_a_headline_dated_by_its_page_joins_the_dated_report_told_in_other_place_words(
    head: str, body: str, day: str
) -> None:
    """到海州交流考察 in the headline, 到海州市交流考察 in the body: the places read differ in a word, but the
    headline has the page's day, not the event's, so it is the body's visit, on the body's day."""
    corpus = merge.merge([facts(_PAGE.format(head=head, body=body), day=None)], ())
    visits = [(e.title, e.date) for e in corpus.events if e.event_type == "visit"]
    assert len(visits) == 1 and visits[0][1] == day


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "临江·江城2030年山海协作推进会召开\n\n时间:2030-06-03 23:50作者:林晓峰 来源:本站原创\n"
            "6月2日,临江县委书记龚明远带领党政代表团到江城县学习考察,江城县委书记柴思雨陪同考察并出席座谈会。",
            "临江·江城2030年山海协作推进会",
            "2030-06-02",
        ),
        (
            "臨江·江城2030年山海協作推進會召開\n\n時間:2030-06-03 23:50作者:林曉峰 來源:本站原創\n"
            "6月2日,臨江縣委書記龔明遠帶領黨政代表團到江城縣學習考察,江城縣委書記柴思雨陪同考察並出席座談會。",
            "临江·江城2030年山海协作推进会",
            "2030-06-02",
        ),
        (
            "2031年海州经贸合作座谈会举行\n\n发布时间：2031-04-12\n4月11日，海州市市长邹凌霄出席座谈会并讲话。",
            "2031年海州经贸合作座谈会",
            "2031-04-11",
        ),
    ],
)
def test_a_headline_naming_its_year_is_dated_by_its_article(text: str, title: str, date: str) -> None:
    """The year in the headline's name is its edition's: the article's report is of the article's day."""
    assert _events(text)[title] == (date, False)
