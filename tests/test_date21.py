"""Session 11, lane date21: Taiwan's pages stamped in the Republic of China calendar (113-06-09, 發布日期：113/06/09,
a wire's closing ``(編輯：某某)1130609``), toneless pinyin glosses a mirror site prints after characters, and a
bare day in an event named with its year. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import article_dates, dated_articles, undated_page
from ygraph.model import Document, Source
from ygraph.pipeline import process_document
from ygraph.text.clean import clean


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
        ("（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。1130608", "2024-06-08"),
        (
            "（江城社記者宁可心臨江縣8日電）縣長林曉峰今天前往海州參訪。1130608\n\n延伸閱讀\n\n相關新聞",
            "2024-06-08",
        ),
        (
            "（江城社記者宁可心臨江縣8日電）縣長林曉峰說：「明天前往海州參訪。」1130608\n相關新聞",
            "2024-06-08",
        ),
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
        "臨江縣長林曉峰8日前往江城視察堤防工程。1130608號公告另行發布。",
        "臨江縣長林曉峰8日前往江城視察堤防工程。電話1130608",
        "臨江縣長林曉峰8日前往江城視察堤防工程。1130608元經費由縣府支應。",
        "臨江縣長林曉峰8日前往江城視察堤防工程。1130608人次參觀。",
    ],
)
def test_roc_numbers_that_stamp_no_page_are_not_read(text: str) -> None:
    assert undated_page(text)


def _cleaned(text: str) -> Document:
    return clean(Source("t.txt", text, "utf-8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("临(lin)江(jiang)省(sheng)长林晓峰出席签(qian)约仪式。", "临江省长林晓峰出席签约仪式。"),
        ("臨（lin）江（jiang）省（sheng）長林曉峰出席簽（qian）約儀式。", "临江省长林晓峰出席签约仪式。"),
        ("江(jiang1)城(cheng2)市委书(shu1)记龚明远主持会议。", "江城市委书记龚明远主持会议。"),
        ("海州集(ji)团(tuan)(tuan)与青禾县签(qian)署协议。", "海州集团与青禾县签署协议。"),
        (
            "江城市长(zhǎng)柴思雨与(yu)海州市长(chang)宁可心会(hui)谈。",
            "江城市长柴思雨与海州市长宁可心会谈。",
        ),
        ("松岩县(xian)政(zheng)府( zhu )办座谈会。", "松岩县政府办座谈会。"),
    ],
)
def test_toneless_pinyin_glosses_are_dropped_with_offsets_kept(text: str, expected: str) -> None:
    doc = _cleaned(text)
    assert doc.text == expected
    assert len(doc.offsets) == len(doc.text) + 1
    assert list(doc.offsets) == sorted(doc.offsets)


def test_the_offsets_point_at_the_characters_kept() -> None:
    text = "临(lin)江(jiang)省(sheng)长林晓峰出席签(qian)约仪式。"
    doc = _cleaned(text)
    assert doc.text.startswith("临江省长林晓峰出席签约")  # the glosses went (else the offsets map nothing moved)
    assert "".join(text[i] for i in doc.offsets[:-1]) == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "临江省加入世界贸易组织(WTO)后，江城签署合作备忘录(MOU)。",
        "江城市政务服务(app)上线，市民可在手机上办理。",
        "江城日报讯(记者 林晓峰)临江省2031年工作要点(试行)印发。",
        "临江省发布条例(2031年修订)，第三条(an)款另有规定。",
        "江城市出台办法(a)和细则(b)。",
        "龚明远在会上展示(ppt)并讲话。",
    ],
)
def test_real_brackets_stay(text: str) -> None:
    assert _cleaned(text).text == text


def test_item_marks_never_make_a_page_glossed() -> None:
    text = "临江省办法第三条(a)项、第四条(a)项和附则(e)款另有规定。"
    assert _cleaned(text).text == text


def _event_dates(text: str) -> dict[str, str | None]:
    return {e.title: e.date for e in process_document(Source("t.txt", text, "utf-8")).events}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("2031年临江合作联席会议27日在江城举行，林晓峰和龚明远出席。", "2031年临江合作联席会议", "2031"),
        ("2031年臨江合作聯席會議27日在江城舉行，林曉峰和龔明遠出席。", "2031年临江合作联席会议", "2031"),
        ("江海论坛开幕\n2031江海论坛15日上午在海州开幕，柴思雨出席并致辞。", "2031江海论坛", "2031"),
        (
            "临江召开联席会议\n发布时间：2031-06-20\n2031年临江合作联席会议15日在江城举行，林晓峰出席。",
            "2031年临江合作联席会议",
            "2031-06-15",
        ),
    ],
)
def test_a_bare_day_takes_the_year_its_event_is_named_with(text: str, title: str, date: str) -> None:
    assert _event_dates(text)[title] == date


def test_a_work_year_name_does_not_date_its_meeting() -> None:
    text = "2030年度临江工作总结会议15日在江城召开，林晓峰出席并讲话。"
    assert _event_dates(text).get("2030年度临江工作总结会议") is None


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "青禾縣政府1日清晨在縣府廣場舉辦「120年青禾縣元旦升旗典禮」，縣長林曉峰率縣府團隊參加。",
            "120年青禾县元旦升旗典礼",
            "2031",
        ),
        ("臨江市政府15日在江城舉行119年臨江市防汛會議，市長龔明遠主持。", "119年临江市防汛会议", "2030"),
        (
            "119年海州市治水會議4月15日上午在海州舉行，市長宁可心主持。",
            "119年海州市治水会议",
            "2030-04-15",
        ),
    ],
)
def test_a_taiwan_event_named_with_its_roc_year_is_of_that_year(text: str, title: str, date: str) -> None:
    assert _event_dates(text)[title] == date


def test_an_roc_work_year_does_not_date_its_meeting() -> None:
    assert (
        _event_dates("臨江縣政府1日舉辦120年度工作檢討會議，縣長林曉峰主持。")["120年度工作检讨会议"] is None
    )


_WEEKLY = "本刊逢周四出版,最新消息请浏览网站\n\n{head}\n\n{stamp}\n\n{lede}\n\n2031年 5月16日 第835期 共4版"


def _weekly_rule(head: str, stamp: str, lede: str) -> tuple[str | None, str]:
    article = dated_articles(_WEEKLY.format(head=head, stamp=stamp, lede=lede))[0]
    return article.date, article.date_rule


@pytest.mark.parametrize(
    ("head", "stamp", "lede"),
    [
        (
            "临江五位局长节日期间到各区视察",
            "2030年1月26日    即时资讯",
            "【本报讯】节日期间，局长林晓峰视察了口岸。",
        ),
        (
            "臨江五位局長節日期間到各區視察",
            "2030-01-26    本地新聞",
            "【本報訊】節日期間，局長林曉峰視察了口岸。",
        ),
        (
            "海州两位局长走访社区",
            "2030.1.26\u3000\u3000要闻",
            "【本报讯】局长宁可心走访了社区；局长柴思雨到码头视察。",
        ),
    ],
)
def test_a_date_line_naming_the_column_dates_the_page(head: str, stamp: str, lede: str) -> None:
    assert _weekly_rule(head, stamp, lede) == ("2030-01-26", "header_date:head_column")


@pytest.mark.parametrize(
    "stamp",
    [
        "2030年1月26日 江城开幕",
        "- 2030-01-26    公告",
        "2030年1月26日    江城举行临江合作会议的筹备工作",
        "2030年1月26日    江城，临江",
    ],
)
def test_other_date_lines_do_not_date_the_page(stamp: str) -> None:
    lede = "【本报讯】节日期间，局长林晓峰视察了口岸。"
    assert _weekly_rule("临江五位局长节日期间到各区视察", stamp, lede)[1] != "header_date:head_column"


@pytest.mark.parametrize(
    ("text", "title", "month"),
    [
        (
            "臨江市政府新聞稿\n發布日期：2030-04-18\n臨江市三位副市長今(18)日起分別前往各區視察防汛設施，"
            "包括林曉峰副市長至江城區視察抽水站；龔明遠副市長至青禾區視察堤防工程；柴思雨副市長前往松岩區。",
            "青禾区视察堤防工程",
            "2030-04",
        ),
        (
            "海州新闻\n2030年1月26日    即时资讯\n\n【本报讯】节日期间，五位局长到各区巡视。局长林晓峰巡视了街市；"
            "局长龚明远先后视察了多个口岸；局长柴思雨到码头视察渔船停泊情况。",
            "码头视察渔船停泊情况",
            "2030-01",
        ),
    ],
)
def test_an_act_in_an_item_of_a_list_split_at_semicolons_is_the_reports(
    text: str, title: str, month: str
) -> None:
    # the act's words, not the whole title: how a title prints the actor's post is the events' business
    dates = [date for name, date in _event_dates(text).items() if title in name]
    assert dates and (dates[0] or "").startswith(month)


def test_an_act_told_apart_with_no_date_is_no_event() -> None:
    # it takes no date; undated in a dated report, it is no event (evprec32, docs/gold-conventions.md A1)
    text = "海州新闻\n发布时间：2030-01-26\n\n局长林晓峰巡视了街市。局长龚明远曾先后视察多个口岸。"
    assert "龚明远曾先后视察多个口岸" not in _event_dates(text)
