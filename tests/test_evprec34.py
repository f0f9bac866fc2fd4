"""Wrong events by structure (session 24, evprec34). Invented text only.

1. An event a report dated to the day leaves at the article's month (events/monthonly.py): the body tells it
   once, with no date of its own and none from its clause, its sentence, the event told before or the report's
   day, so only the dating code's fallback, the month, dates it. Something recalled, cited or described (a
   speaker's example, what a host's banquet followed), no happening the report covers (docs/gold-conventions.md
   A1). The lede's and the headline's events, an event with its own day, a report told as recent (近日), an item of
   a list whose other items are dated to the day (tests/test_date21.py) and an article dated by its month keep
   their reading.
2. A person's visit that the host's words take as their object (events/visits.py ``_host_object``; words:
   events/word_uses.tsv ``visitor_object``): 某某对某某又一次访问某地致以欢迎 names the visit the talks belong to, no
   visit event; 某某表示，某某此次访华具有重要意义 still tells the visit (tests/test_events_real13e.py).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "新华社江城2031年6月9日电 "
PAGE_DAY = "2031-06-09"
FILL = "林晓峰强调，要抓好临江发展各项工作。会议要求，各地要压实责任。会议指出，要加强统筹协调。"

MONTH_ONLY = [
    # (text, the titles that remain)
    (DAY + "龚明远8日在江城出席临江合作论坛并致辞。" + FILL + "他指出，江城通过举办青禾文化节，扩大了影响。",
     ["临江合作论坛"]),
    (DAY + "龚明远8日在江城出席临江合作论坛并致辞。" + FILL + "会见后，龚明远出席了江城市政府所设午宴。",
     ["临江合作论坛"]),
]


@pytest.mark.parametrize(("text", "titles"), MONTH_ONLY)
def test_an_event_left_at_the_month_of_a_dated_report_is_no_event(text: str, titles: list[str]) -> None:
    assert sorted(e.title for e in built_events(text, PAGE_DAY) if e.event_type != "talks") == titles


KEPT = [
    # near misses: a day of its own, a report told as recent, an article dated by its month
    (DAY + "龚明远8日在江城会见临江市长林晓峰一行。" + FILL + "9日，林晓峰出席了青禾文化节开幕式。",
     PAGE_DAY, "青禾文化节开幕式", "2031-06-09"),
    (DAY + "近日，龚明远在江城出席临江合作论坛并致辞。" + FILL + "会见后，龚明远出席了江城市政府所设午宴。",
     PAGE_DAY, "江城市政府所设午宴", "2031-06"),
    ("江城日报 2031年6月 / 龚明远在江城出席临江合作论坛并致辞。" + FILL + "会见后，龚明远出席了江城市政府所设午宴。",
     None, "江城市政府所设午宴", "2031"),
]


@pytest.mark.parametrize(("text", "day", "title", "date"), KEPT)
def test_an_event_with_a_day_or_in_a_report_not_dated_to_the_day_stays(
    text: str, day: str | None, title: str, date: str
) -> None:
    assert [e.date for e in built_events(text, day) if e.title == title] == [date]


LEDE = "新华社江城2031年3月9日电 今天下午，临江省长林晓峰在江城会见了海州协会会长柴思雨一行。"
VISIT_AS_OBJECT = [
    LEDE + "林晓峰对柴思雨又一次访问临江致以欢迎。柴思雨表示，愿深化两地交流。",
    LEDE + "林晓峰代表省政府对柴思雨又一次访问临江致以欢迎。柴思雨表示，愿深化两地交流。",
]


@pytest.mark.parametrize("text", VISIT_AS_OBJECT)
def test_a_visit_the_host_welcomes_is_no_event(text: str) -> None:
    assert [e.event_type for e in built_events(text, "2031-03-09")] == ["talks"]


def test_a_visit_a_speaker_tells_stays_an_event() -> None:
    found = built_events(LEDE + "林晓峰表示，柴思雨又一次访问临江。柴思雨表示，愿深化两地交流。", "2031-03-09")
    assert sorted(e.event_type for e in found) == ["talks", "visit"]
