"""Session 13, lane date23: the lede's own day against the page's. Invented text only.

A page stamped on the 4th whose lede tells its report on an earlier day of its own (昨天, 前天, 昨(3)日, 1日)
dates the headline's report to that day, not to the page's: the report's other events and the titles its
people hold are seen that day too. Never a day far before the page (history in the lede), a day after it
(a plan), a quoted day, or a month-day lede (that one dates the article already).

A numbered session named in passing (a new party committee's first plenary, a session's later sitting) told as
held right after the meeting reported (大会闭幕后，随即召开了…; 紧接着…; 在随后举行的…上; 下午，…) takes that
meeting's day instead of staying undated; never one announced (随后将召开), dated otherwise or recalled."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _dates(text: str, day: str | None = None) -> dict[str, str | None]:
    return {e.title: e.date for e in facts(text, day).events}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (  # 昨天下午, a headline naming the agreement by its place
            "江海八市签署“江城协议” 共推区域合作\n发布时间：2031-04-02 13:50\n\n本报讯 昨天下午，江海八市第五次合作"
            "协商会在江城落下帷幕，八市市长共同签署了《江海城市合作(江城)协议》。\n协商会由市长林晓峰主持。",
            "江海八市签署“江城协议”共推区域合作",
            "2031-04-01",
        ),
        (  # 前天, the headline's signing told below with the document's name
            "两县合作迈上新台阶 海州两县签署产业协议\n2031-06-12 09:30 来源：海州日报\n\n本报讯 青禾、松岩两县第三次"
            "联席会议前天下午在海州落幕，两县县长签署了《青禾松岩产业合作协议》。\n县长林晓峰主持会议。",
            "海州两县签署产业协议",
            "2031-06-10",
        ),
        (  # a bare day after a teaser sentence, Traditional script
            "臨江青禾締結友好 兩地簽署交流協定\n發佈時間：2031-10-04\n\n臨江市以茶葉聞名，青禾鄉則盛產稻米與花卉。\n"
            "市長林曉峰與鄉長龔明遠1日透過視訊簽署交流協定，期盼深化兩地往來。",
            "两地签署交流协定",
            "2031-10-01",
        ),
        (  # 昨(11)日, Taiwan's bracketed day
            "松岩區長率團訪青禾 兩區簽署友好備忘錄\n發佈日期：2031-06-12\n\n兩區近年往來頻繁。\n區長林曉峰昨(11)日帶領"
            "考察團抵達青禾區，並與區長龔明遠簽訂友好合作備忘錄。",
            "两区签署友好备忘录",
            "2031-06-11",
        ),
        (  # the session the headline names, closed on a day of the lede three days before the page
            "临江省政协三届一次会议在江城闭幕 林晓峰任主席\n28.01.2031 14:12\n\n25日下午，临江省政协的"
            "年度会议在江城大剧院闭幕，林晓峰当选主席，龚明远等到会祝贺。",
            "临江省政协三届一次会议",
            "2031-01-25",
        ),
    ],
)
def test_the_ledes_own_day_dates_the_headlines_report(text: str, title: str, date: str) -> None:
    assert _dates(text)[title] == date


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (  # a day far before the page: history told in the lede, not the report's day
            "江海八市签署合作协议 共推区域合作\n发布时间：2031-04-20 13:50\n\n本报讯 4日，首批合作项目在江城开工，"
            "松岩、青禾等八市的市长到场。",
            "江海八市签署合作协议",
            "2031-04-20",
        ),
        (  # a day after the page: a plan
            "江海八市签署合作协议 共推区域合作\n发布时间：2031-04-02 13:50\n\n本报讯 江海城市协调会明天将在江城召开，"
            "八个城市的市长将签署合作协议。",
            "江海八市签署合作协议",
            "2031-04-02",
        ),
        (  # a day someone is quoted on
            "江海八市签署合作协议\n发布时间：2031-04-02 13:50\n\n市长林晓峰说：“昨天我们签署了合作协议。”",
            "江海八市签署合作协议",
            "2031-04-02",
        ),
    ],
)
def test_other_ledes_leave_the_page_day(text: str, title: str, date: str) -> None:
    assert _dates(text).get(title) == date


_CONGRESS = "28日上午，青禾区第七次党代会在江城圆满闭幕，林晓峰作总结讲话。\n"
_COMMITTEE = "青禾区委七届一次全会"


@pytest.mark.parametrize(
    "after",
    [
        "大会闭幕后，随即召开了青禾区委七届一次全会，选举林晓峰为区委书记。",
        "会后，召开了青禾区委七届一次全会，选举产生了区委常委。",
        "紧接着，青禾区委七届一次全会召开，龚明远当选区委副书记。",
        "在随后举行的青禾区委七届一次全会上，林晓峰当选为区委书记。",
        "下午，青禾区委七届一次全会在江城举行。",
        "大會閉幕後，隨即召開了青禾區委七屆一次全會，選舉林曉峰為區委書記。",
    ],
)
def test_a_session_held_right_after_the_meeting_reported_takes_its_day(after: str) -> None:
    assert _dates(_CONGRESS + after, "2030-04-29")[_COMMITTEE] == "2030-04-28"


@pytest.mark.parametrize(
    "after",
    [
        "随后将召开青禾区委七届一次全会，选举区委书记。",  # announced
        "次日，青禾区委七届一次全会在江城召开。",  # a day of its own
        "紧接着，大会回顾了青禾区委七届一次全会以来的工作。",  # recalled, not held
    ],
)
def test_a_session_announced_or_dated_otherwise_does_not_take_the_meetings_day(after: str) -> None:
    assert _dates(_CONGRESS + after, "2030-04-29").get(_COMMITTEE) != "2030-04-28"


def test_the_first_item_of_a_list_split_at_semicolons_is_the_reports_too() -> None:
    # the list's first item ends at a semicolon as its later items do: one of the report's acts, never undated
    text = (
        "海州五位局长节日期间到各区巡视\n2030年1月26日    即时资讯\n\n【本报讯】节日期间，市政府关注各区市面。\n"
        "局长林晓峰巡查了菜市场和摊档；局长龚明远先后视察了多个口岸；局长柴思雨到医院探访。"
    )
    dates = _dates(text)
    assert all(dates[t] and dates[t].startswith("2030-01") for t in dates if "巡查" in t or "视察" in t), dates
