"""Participation, fourteenth session (lane part24). Invented Simplified and Traditional variants with near-misses:

* a meeting named as why the guests of talks or of a welcome came (会见了前来出席某论坛的某某, 设宴欢迎参加某会的
  嘉宾: events/reference_frames.tsv ``guest_talks``) is named only: the host's links and later words belong to the
  talks or the banquet, not to that meeting; the host going on to the meeting (会见某某后出席…) is no such frame;
* more words of saying (称 before a mark, 希望, 期待, 认为, 坦言 … as 表示: participation.tsv) for someone taking
  part and named right before the verb (word_uses.tsv ``near_subject``: 甲也期待, never 感谢甲…，期许…), not a
  hope named (某某的希望, 希望工程: participation_block.txt) nor 称 naming something (简称, 号称);
* 传达 without 了 (甲、乙分别传达某会议精神) speaks at the meeting reported;
* 会见时在座 (在座 before a mark: participation.tsv, word_uses.tsv needs_mark) attends the talks; 在座的各位, 在座谈时
  are no such verb;
* 会议听取了某某所作的报告 (word_uses.tsv ``about`` 所作的/所做的, after a ``hears`` word): the person spoke;
  a report studied with no hearing word (学习某某所作的报告) makes no speaker.
"""

from __future__ import annotations

import pytest

from test_part22 import _by_event as by_event

WIRE = "本报讯 2031年9月12日，"
SCRIPTS = ("simplified", "traditional")


def _by_event(text: str, script: str) -> dict[str, set[tuple[str, str]]]:
    """{event title (Simplified): {(person, relation)}} of ``text`` under this file's wire (test_part22's reader)."""
    return by_event(text, script, WIRE)


def _on(found: dict[str, set[tuple[str, str]]], words: str) -> set[tuple[str, str]]:
    """The pairs of the events whose title holds ``words``."""
    return set().union(set(), *(pairs for title, pairs in found.items() if words in title))


# (text, the words of the reported event's title, the meeting only named)
GUESTS = [
    (
        "临江省长林晓峰在江城会见了前来出席第三届青禾湖发展论坛的海州市长龚明远。林晓峰说，两地山水相连。",
        "会见",
        "青禾湖发展论坛",
    ),
    (
        "临江省长林晓峰会见来华参加第五届江城博览会的松岩国客商代表团。林晓峰称，欢迎各位常来。",
        "会见",
        "江城博览会",
    ),
    ("江城市长柴思雨会晤了应邀出席2031海州合作峰会的各国来宾。柴思雨表示，愿深化合作。", "会晤", "海州合作峰会"),
    (
        "临江省长林晓峰在江城宾馆举行宴会，欢迎出席第三届青禾湖发展论坛的中外嘉宾。林晓峰在宴会上致辞。",
        "宴会",
        "青禾湖发展论坛",
    ),
    (
        "临江省政府设宴款待前来参加第五届江城博览会的海内外客商，副省长钱小禾主持宴会。",
        "宴",
        "江城博览会",
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "reported", "named"), GUESTS)
def test_the_meeting_a_guest_came_for_takes_no_one(text: str, reported: str, named: str, script: str) -> None:
    found = _by_event(text, script)
    assert not any(pairs for title, pairs in found.items() if named in title and reported not in title), found
    assert _on(found, reported), found


# the host goes on to the meeting, or the meeting is the article's own: it keeps its people
HOST_GOES = [
    ("临江省长林晓峰会见海州市长龚明远后出席第三届青禾湖发展论坛的开幕仪式并讲话。", "青禾湖发展论坛"),
    ("临江省长林晓峰会见并出席了第三届青禾湖发展论坛的开幕式。", "青禾湖发展论坛"),
    (
        "第三届青禾湖发展论坛在江城开幕，临江省长林晓峰出席开幕式。当晚，林晓峰举行宴会，欢迎出席第三届青禾湖"
        "发展论坛的中外嘉宾。",
        "青禾湖发展论坛",
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "meeting"), HOST_GOES)
def test_a_meeting_the_host_attends_keeps_him(text: str, meeting: str, script: str) -> None:
    found = _by_event(text, script)
    assert "林晓峰" in {name for name, _ in _on(found, meeting)}, found


# (text, the speaker, the words of the event's title)
SAYING = [
    ("临江省长林晓峰会见海州市长龚明远。龚明远称，两地往来密切。", "龚明远", "会见"),
    ("临江省长林晓峰会见海州市长龚明远。龚明远称：“两地往来密切。”", "龚明远", "会见"),
    ("临江省长林晓峰会见海州市长龚明远。林晓峰希望两地多办青年交流活动。", "林晓峰", "会见"),
    ("临江省长林晓峰会见海州市长龚明远。龚明远也期待两市扩大交流。", "龚明远", "会见"),
    ("江城与海州合作备忘录签约仪式在江城举行，市长柴思雨出席。柴思雨认为，合作正逢其时。", "柴思雨", "签约仪式"),
    ("青禾县长钱小禾出席青禾乡村振兴座谈会。钱小禾坦言，人才仍是短板。", "钱小禾", "座谈会"),
    ("江城市长柴思雨会见松岩市长宁可心。宁可心说道，两市友谊源远流长。", "宁可心", "会见"),
    ("临江省长林晓峰会见海州市长龚明远。龚明远期许两地青年多往来。", "龚明远", "会见"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "name", "words"), SAYING)
def test_more_words_of_saying(text: str, name: str, words: str, script: str) -> None:
    assert (name, "spoke_at") in _on(_by_event(text, script), words)


# not said: someone not taking part, a hope named, 称 naming something
NOT_SAYING = [
    ("临江省长林晓峰会见海州市长龚明远。退休教师钱小禾希望两地多办文化活动。", "钱小禾"),
    ("临江省长林晓峰出席青禾乡村振兴座谈会。林晓峰的希望是乡村更美。", "林晓峰"),
    ("临江省长林晓峰出席青禾乡村振兴座谈会。林晓峰（人称“老林”），出身农家。", "林晓峰"),
    ("临江省长林晓峰出席青禾乡村振兴座谈会。会议希望各地抓好落实。", "林晓峰"),
    # the hope is the host's, said after thanking or welcoming someone named further back
    ("临江省长林晓峰会见海州市长龚明远。林晓峰表示，感谢龚明远多年支持，期许两地携手。", "龚明远"),
    ("临江省长林晓峰会见海州市长龚明远。林晓峰说，欢迎龚明远率团前来，希望两地携手。", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "name"), NOT_SAYING)
def test_no_speaker_without_words_of_their_own(text: str, name: str, script: str) -> None:
    found = _by_event(text, script)
    assert (name, "spoke_at") not in set().union(set(), *found.values()), found


RELAYS = [
    "江城市委召开常委会会议，市委书记林晓峰主持会议。副书记柴思雨、钱小禾分别传达临江省农村工作座谈会精神。",
    "江城市委召开常委会会议，市委书记林晓峰主持会议，副书记柴思雨传达省委全会精神，副书记钱小禾传达临江省农村工作座谈会精神。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", RELAYS)
def test_the_one_who_relays_speaks(text: str, script: str) -> None:
    pairs = _on(_by_event(text, script), "常委会")
    assert {("柴思雨", "spoke_at"), ("钱小禾", "spoke_at")} <= pairs, pairs


REPORTS = [
    "临江省第九届人代会第二次会议今天在江城揭幕。大会听取了省长林晓峰所作的年度施政报告。",
    "临江省政协九届二次会议在江城开幕。全体委员听取并讨论了省政协主席龚明远所作的常委会年度报告。",
    "江城市第五次党代会在江城开幕。大会听取了市委书记柴思雨所做的市委工作报告。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", REPORTS)
def test_the_author_of_a_report_heard_spoke(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert any(rel == "spoke_at" for pairs in found.values() for _, rel in pairs), found


# a report studied or discussed, not heard there
NOT_REPORTS = [
    "江城市委召开常委会会议。会议要求认真学习省长林晓峰所作的年度施政报告。",
    "江城市委召开常委会会议。会议指出，省长林晓峰所作的年度施政报告内涵丰富。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_REPORTS)
def test_a_report_studied_makes_no_speaker(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert ("林晓峰", "spoke_at") not in set().union(set(), *found.values()), found


SITTING_IN = [
    "临江省长林晓峰会见了海州市长龚明远一行。临江省副省长柴思雨、省政府秘书长钱小禾会见时在座。",
    "临江省长林晓峰会见了海州市长龚明远一行。副省长柴思雨、秘书长钱小禾等会谈时也在座。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SITTING_IN)
def test_those_sitting_in_attend_the_talks(text: str, script: str) -> None:
    assert {("柴思雨", "attended"), ("钱小禾", "attended")} <= _on(_by_event(text, script), "会见")


NOT_SITTING_IN = [
    "临江省长林晓峰出席江城论坛。林晓峰向在座的海州市长龚明远致意。",
    "临江省长林晓峰出席江城论坛。海州市长龚明远在座谈时提出建议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_SITTING_IN)
def test_no_one_sits_in_by_a_noun(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert not any(rule == "attended" and name == "龚明远" for pairs in found.values() for name, rule in pairs), found
