"""An event the meeting holds (会议举行了宪法宣誓仪式, 论坛还举行了签约仪式) takes the meeting's day, also when the
day was printed sentences before (issue 15, dating lever): not the article's month. Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

FILLER = "会议进行了相关人事任免。会议决定任命柴思雨为江城市副市长。审议通过了有关报告。"
FILLER_T = "會議進行了相關人事任免。會議決定任命柴思雨為江城市副市長。審議通過了有關報告。"


@pytest.mark.parametrize(
    ("text", "ceremony"),
    [
        (f"本报讯 10月9日，江城市十届人大常委会举行第三十九次会议。{FILLER}会议举行了宪法宣誓仪式。", "宪法宣誓仪式"),
        (f"本報訊 10月9日，江城市十屆人大常委會舉行第三十九次會議。{FILLER_T}會議舉行了憲法宣誓儀式。", "宪法宣誓仪式"),
        (f"本报讯 10月9日，第五届江海论坛在江城开幕。{FILLER}论坛还举行了项目签约仪式。", "项目签约仪式"),
    ],
)
def test_an_event_the_meeting_holds_takes_its_day(text: str, ceremony: str) -> None:
    dates = {e.title: e.date for e in process_document(Source("t.txt", text, "utf-8", user_date="2031-10-11")).events}
    assert dates[ceremony] == "2031-10-09"
