"""Participation classes of session 31 (invented text, invented names).

- A meeting announced for later inside the report of a held one (会议决定，某日召开某会议。某某主持会议…): the next
  words, a bare 会议 among them, are still at the held meeting (events.events._announced); so are they after a
  session named only inside a document (表决通过了某会议议程草案: a reference point, named_only).
- Reports on titled drafts (甲，乙分别作的关于《某条例（草案）》《某办法》审议结果的报告): every one listed spoke
  (events/patterns.tsv speech_topic; its EXAMPLE row).
- A list after 出席者/参加者 (出席者包括甲、乙): its people attended, though 出席者 names no one before it
  (events.participants._doer_list).
"""

from __future__ import annotations

from pipeline_probe import facts

_HELD = (
    "12月3日上午，东港市第九届人大常委会第十二次会议在东港闭幕。会议决定，2032年1月12日在东港召开东港市第九届"
    "人民代表大会第三次会议。市人大常委会主任周立新主持会议，副主任吴嘉禾出席会议。"
)


def _people_at(text: str, day: str) -> dict[str, set[str]]:
    return {e.title: {p.person for p in e.participants} for e in facts(text, day).events}


def test_an_announced_meeting_leaves_the_next_words_at_the_held_one() -> None:
    found = _people_at(_HELD, "2031-12-03")
    held = next(people for title, people in found.items() if "常委会第十二次会议" in title)
    assert {"周立新", "吴嘉禾"} <= held
    assert not any(people for title, people in found.items() if "第三次会议" in title)



def test_the_doers_listed_after_zhe_attend() -> None:
    text = "新华社江城2031年5月9日电 江城市水务局9日上午举行新旧局长交接典礼，出席者包括林嘉禾、周立新、吴嘉禾等人。"
    (held,) = facts(text).events
    assert {p.person for p in held.participants if p.relation == "attended"} == {"林嘉禾", "周立新", "吴嘉禾"}


def test_doers_named_before_zhe_still_take_no_part() -> None:
    text = "新华社江城2031年5月9日电 江城市水务局9日上午举行新旧局长交接典礼。林嘉禾是出席者中最年长的一位。"
    (held,) = facts(text).events
    assert "林嘉禾" not in {p.person for p in held.participants}


def test_a_session_named_in_a_document_leaves_the_next_words_at_the_held_meeting() -> None:
    text = (
        "新华社江城2031年12月3日电 东港市第九届人大常委会第十二次会议3日在东港闭幕。会议表决通过了九届市人大"
        "三次会议议程草案，决定提请九届市人大三次会议预备会议审议；表决通过了九届市人大三次会议列席人员名单等。"
        "市人大常委会副主任周立新、吴嘉禾出席会议。"
    )
    found = _people_at(text, "2031-12-03")
    held = next(people for title, people in found.items() if "常委会第十二次会议" in title)
    assert {"周立新", "吴嘉禾"} <= held
