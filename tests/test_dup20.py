"""dup20: one happening told twice is one event (invented text only).

Class 1 (events/openings.py): the opening ceremony of a gathering the article reports (某论坛开幕 … 出席论坛开幕式;
某交易会 … 第二届某交会开幕仪式) is the gathering's event, with the ceremony's people, not a second event."""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, event_people
from ygraph.events.openings import ceremony_stem

OPENINGS = [
    # the head word of the gathering before the ceremony word (Simplified, Traditional)
    (
        "新华社江城2030年6月8日电 第三届临江国际茶业论坛8日在江城开幕。临江省副省长龚明远、江城市市长柴思雨出席论坛开幕式。",
        "第三届临江国际茶业论坛",
    ),
    ("【本報訊】第五屆臨江國際茶業論壇23日在江城開幕。龔明遠、柴思雨等出席論壇開幕式。", "第五届临江国际茶业论坛"),
    # 开幕典禮 after the head of a fair
    ("【本報訊】第六屆海州漁業博覽會今日在海州國際會展中心開幕。龔明遠出席博覽會開幕典禮。", "第六届海州渔业博览会"),
    ("新华社江城2030年5月9日电 第六届海州渔业博览会9日在海州国际会展中心开幕。柴思雨出席博览会开幕式并致辞。", "第六届海州渔业博览会"),
    # an abbreviation of the same edition, the ceremony told first (both scripts)
    (
        "新华社江城2030年10月12日电 10月12日下午，江城会展馆举行第二届江茶会开幕仪式。龚明远宣布第二届江城国际茶业交易会开幕。",
        "第二届江城国际茶业交易会",
    ),
    ("【本報訊】第二屆江茶會開幕儀式10月12日下午在江城會展館舉行。龔明遠宣佈第二屆江城國際茶業交易會開幕。", "第二届江城国际茶业交易会"),
    # the edition printed inside the long name, after a place (both scripts)
    (
        "新华社江城2030年10月12日电 10月12日下午，江城会展馆举行第二届江茶会开幕仪式。龚明远宣布临江省第二届江城国际茶业交易会开幕。",
        "临江省第二届江城国际茶业交易会",
    ),
    (
        "【本報訊】10月12日下午，江城會展館舉行第二屆江茶會開幕儀式。龔明遠宣佈臨江省第二屆江城國際茶業交易會開幕。",
        "临江省第二届江城国际茶业交易会",
    ),
]


@pytest.mark.parametrize(("text", "title"), OPENINGS)
def test_a_gatherings_opening_ceremony_is_the_gathering(text: str, title: str) -> None:
    events = built_events(text)
    assert [e.title for e in events] == [title]


def test_the_ceremonys_people_attend_the_gathering() -> None:
    (event,) = built_events(OPENINGS[0][0])
    assert event_people(event) == {("龚明远", "attended"), ("柴思雨", "attended")}


NOT_ONE = [
    # the opening of another gathering (a festival the article does not report as held)
    "新华社江城2030年5月9日电 第六届海州渔业博览会9日在海州开幕。龚明远出席江城美食节开幕式。",
    # the ceremony on another day than the gathering's
    "新华社江城2030年5月9日电 第六届海州渔业博览会9日在海州开幕。5月10日，柴思雨出席博览会开幕式。",
    # two forums of the day: whose opening the ceremony is, the page does not say
    "新华社江城2030年6月8日电 第三届临江国际茶业论坛8日在江城开幕。海州金融论坛同日在海州举行。龚明远出席论坛开幕式。",
]


@pytest.mark.parametrize("text", NOT_ONE)
def test_an_opening_ceremony_the_page_does_not_tie_to_its_gathering_stays_apart(text: str) -> None:
    titles = [e.title for e in built_events(text)]
    assert any(ceremony_stem(t) is not None for t in titles)


@pytest.mark.parametrize(
    ("title", "stem"),
    [("论坛开幕式", "论坛"), ("开幕仪式", ""), ("第二届江茶会开幕仪式", "第二届江茶会"), ("博览会的开幕典礼", "博览会"), ("临江国际茶业论坛", None)],
)
def test_ceremony_stem(title: str, stem: str | None) -> None:
    assert ceremony_stem(title) == stem


# Class 2 (events/backrefs.py): a shorter name the article gives the event it names in full, picked from that name
# (the same type and head), is that event told again.
BACKREFS = [
    (
        "新华社江城2030年5月17日电 海州市第十二次党代会主席团17日晚召开第二次会议。会议期间，主席团会议审议了大会选举办法草案。",
        "海州市第十二次党代会主席团第二次会议",
    ),
    (
        "新華社江城2030年5月17日電 海州市第十二次黨代會主席團17日晚召開第二次會議。會議期間，主席團會議審議了大會選舉辦法草案。",
        "海州市第十二次党代会主席团第二次会议",
    ),
    # one part of a name joining two events (某见面会暨某发布会)
    (
        "【本報訊】3日，江城市生態環境局媒體見面會暨首場環保政策發布會舉行。局長柴思雨在媒體見面會上回答了提問。",
        "江城市生态环境局媒体见面会暨首场环保政策发布会",
    ),
    (
        "新华社江城2030年3月2日电 2日，海州市水务局媒体见面会暨首场防汛工作发布会举行。柴思雨在媒体见面会上回答了提问。",
        "海州市水务局媒体见面会暨首场防汛工作发布会",
    ),
    # a signing named again by the generic agreement word (both scripts)
    (
        "新华社江城2030年9月22日电 9月22日，江城大学与海州医学院共建附属医院签字仪式在海州举行。龚明远、柴思雨出席协议签字仪式。",
        "江城大学与海州医学院共建附属医院签字仪式",
    ),
    (
        "【本報訊】9月22日，江城大學與海州醫學院共建附屬醫院簽字儀式在海州舉行。龔明遠、柴思雨出席協議簽字儀式。",
        "江城大学与海州医学院共建附属医院签字仪式",
    ),
]


@pytest.mark.parametrize(("text", "title"), BACKREFS)
def test_a_shorter_name_of_the_event_named_in_full_is_that_event(text: str, title: str) -> None:
    assert [e.title for e in built_events(text)] == [title]


def test_the_shorter_names_people_go_to_the_event() -> None:
    (event,) = built_events(BACKREFS[4][0])
    assert event_people(event) == {("龚明远", "attended"), ("柴思雨", "attended")}


BACKREF_NEAR_MISSES = [
    # two signings of the day the short name can be picked from: which one, the page does not say
    (
        "新华社江城2030年9月22日电 9月22日，江城大学与海州医学院共建附属医院签字仪式在海州举行。"
        "下午，江城与海州港务局合作签字仪式在海州举行。龚明远、柴思雨出席协议签字仪式并致辞。",
        3,
    ),
    # a body's meeting and its enlarged meeting on another day: not a shorter name of it
    ("新华社江城2030年6月8日电 江城市委常委会8日召开常委会会议。6月9日，江城市委召开常委扩大会议。", 2),
]


@pytest.mark.parametrize(("text", "count"), BACKREF_NEAR_MISSES)
def test_a_short_name_of_two_events_or_of_none_stays(text: str, count: int) -> None:
    assert len(built_events(text)) == count


NAMED_CEREMONIES = [
    "【本報訊】8月17日，「臨江·海州周」開幕式在江城國際會議中心舉行。海州各界代表及企業家代表，包括龔明遠、柴思雨等出席開幕儀式。",
    "新华社江城2030年8月17日电 “临江·海州周”开幕式17日上午在江城国际会议中心举行。临江省副省长龚明远、江城市市长柴思雨等出席开幕仪式。",
]


@pytest.mark.parametrize("text", NAMED_CEREMONIES)
def test_a_bare_opening_ceremony_is_the_opening_ceremony_the_article_names(text: str) -> None:
    (event,) = built_events(text)
    assert ceremony_stem(event.title)
    assert event_people(event) == {("龚明远", "attended"), ("柴思雨", "attended")}


def test_a_bare_opening_ceremony_of_another_day_and_place_stays() -> None:
    text = "新华社江城2030年8月17日电 “临江·海州周”开幕式17日上午在江城举行。8月18日，江城美食节在海州举行开幕仪式。"
    assert len(built_events(text)) == 2
