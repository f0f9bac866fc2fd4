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
