"""Sessions and congresses named in passing (issue 15, dating lever, class 3): a numbered session or congress
(某届人大某次会议, 第N次代表大会, 十八大, 某届某中全会) that is not the article's own event gets neither the article's
month nor a 今年 from a later clause (…审议通过的《报告》，确定了今年工作的…): undated unless it prints a date of its
own, the article's year when told as just held (刚刚通过了…). Since the seventh session one discussed in the
reported meeting's view, named by what it adopted or by the delegates elected for it (选举…出席某代表大会的代表)
is only named, no event (gold conventions A1, events/framed.py). Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document


def events(text: str) -> dict[str, tuple[str | None, bool]]:
    return {e.title: (e.date, e.planned) for e in process_document(Source("t.txt", text, "utf-8")).events}


LEDE = "新华社江城2031年3月20日电 临江市委常委会19日召开会议。"
LEDE_T = "新華社江城2031年3月20日電 臨江市委常委會19日召開會議。"


@pytest.mark.parametrize(
    ("body", "session"),
    [
        ("会议指出，十三届全国人大二次会议是在关键之年召开的一次重要会议。", "十三届全国人大二次会议"),
        ("會議指出，十三屆全國人大二次會議是在關鍵之年召開的一次重要會議。", "十三届全国人大二次会议"),
        ("会议指出，临江省五届人大二次会议审议通过的《政府工作报告》，确定了今年工作的总体部署。", "临江省五届人大二次会议"),
        ("會議指出，江城市第十一次黨代會是在關鍵時期召開的一次重要會議。", "江城市第十一次党代会"),
        ("会议认为，临江省政协十二届一次会议是在关键之年召开的一次团结民主的大会。", "临江省政协十二届一次会议"),
    ],
)
def test_a_session_named_in_passing_is_only_named(body: str, session: str) -> None:
    # discussed in the reported meeting's view, or named by what it adopted: no event (gold conventions A1,
    # events/framed.py); it never gives the article's own meeting a date
    found = events((LEDE_T if "會" in body else LEDE) + body)
    assert session not in found
    assert any(date == "2031-03-19" for date, _ in found.values())  # the article's own meeting keeps its day


@pytest.mark.parametrize(
    ("body", "session"),
    [
        ("会议通过了大会议程：选举江城市出席临江省第十二次代表大会的代表。", "临江省第十二次代表大会"),
        ("大會選舉產生中國共產黨江城區第四屆委員會委員、候補委員，江城區第四屆紀律檢查委員會委員和江城區出席市第十二次黨代會代表。", "市第十二次党代会"),
        ("会议选出了海州区出席江城市第九次党代表大会的代表。", "江城市第九次党代表大会"),
    ],
)
def test_a_congress_delegates_are_elected_to_is_only_named(body: str, session: str) -> None:
    # the congress delegates are elected for, with no day of its own: named as background (A1, framed.py)
    found = events((LEDE_T if "會" in body else LEDE) + body)
    assert session not in found and len(found) == 1


def test_a_session_told_as_just_held_has_the_article_year() -> None:
    found = events(LEDE + "林晓峰说，十四届全国人大二次会议刚刚通过了《江海发展纲要》，要抓好贯彻落实。")
    assert found["十四届全国人大二次会议"][0] == "2031"


@pytest.mark.parametrize(
    ("text", "session", "date"),
    [
        ("新华社江城2031年3月6日电 临江省五届人大二次会议5日在江城开幕。", "临江省五届人大二次会议", "2031-03-05"),
        (LEDE + "会议指出，十三届全国人大二次会议3月15日闭幕后，各地迅速行动。", "十三届全国人大二次会议", "2031-03-15"),
    ],
)
def test_a_session_reported_or_dated_by_itself_keeps_its_day(text: str, session: str, date: str) -> None:
    assert events(text)[session][0] == date
