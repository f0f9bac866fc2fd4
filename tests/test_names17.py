"""People the pages name but ygraph did not read (issue 13 class 3): a long list of names with one item that
cannot be read, a middle dot printed as another mark inside a list item, a list after a count of people
(的3人：甲、乙), a bracketed note after a notice's post (任命甲为某职(留任)). Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import people
from ygraph.model import Source
from ygraph.text import clean

_DAY = "2031年4月27日，"

LONG_LISTS = [
    # (text, names read, names never read)
    (
        "临江省政协会议选出的9位副主席是：林晓峰、龚明远、柴思雨、令晓明、王青禾、郑海涛、何立新、马?、欧阳青禾。",
        {"林晓峰", "令晓明", "欧阳青禾", "何立新"},
        {"马?", "马"},
    ),
    (
        "臨江省政協會議選出的10位副主席是：林曉峰、龔明遠、柴思雨、馬？、王青禾、鄭海濤、何立新、蘇明、錢小禾、江雨。",
        {"林晓峰", "王青禾", "苏明", "江雨", "钱小禾"},
        {"马？", "马"},
    ),
    (
        "江城市政协会议选出的8位副主席为：周海清、郑明远、令思雨、陈一帆、黄立新、许青禾、冯小川、吴东海。",
        {"令思雨", "周海清", "吴东海"},
        set(),
    ),
    (
        "海州市人大会议选出的9位副主任是：何一鸣、巴桑.格列、李文海、孙青、陈思远、龚海、王立川、林小禾、赵青山。",
        {"巴桑·格列", "何一鸣", "赵青山"},
        {"巴桑"},
    ),
]


@pytest.mark.parametrize(("text", "read", "unread"), LONG_LISTS)
def test_long_list_keeps_its_readable_names(text: str, read: set[str], unread: set[str]) -> None:
    found = people(_DAY + text)
    assert read <= set(found)
    assert not unread & set(found)


SHORT_LISTS = [
    "临江省政协会议选出的4位副主席是：林晓峰、令晓明、龚明远、柴思雨。",
    "臨江省政協會議選出的3位副主席是：林曉峰、馬？、龔明遠。",
    "江城市政协会议选出的副主席为：周海清、有关同志、陈一帆。",
]


@pytest.mark.parametrize("text", SHORT_LISTS)
def test_short_list_with_an_unread_item_stays_unread(text: str) -> None:
    """A short list is read whole or not at all: too few usual names to vouch for an odd item."""
    found = people(_DAY + text)
    assert not {"令晓明", "马？", "有关同志"} & set(found)


DOTS = [
    ("当选副主席的有林晓峰、巴桑.格列、龚明远。", "巴桑·格列"),
    ("名单是：阿依•买买提、龚明远。", "阿依·买买提"),
    ("出席的有柴思雨、約翰・史密斯、林曉峰。", "约翰·史密斯"),
    ("林晓峰、扎西‧次仁、龚明远出席。", "扎西·次仁"),
]


@pytest.mark.parametrize(("text", "dotted"), DOTS)
def test_list_item_dot_reads_as_middle_dot(text: str, dotted: str) -> None:
    assert dotted in clean.clean(Source("t.txt", text, "utf-8")).text


UNTOUCHED = [
    "临江时尚博览会．江城站开幕。",  # ‧ itself is the Big5 middle dot, read as · everywhere (text lookalikes.tsv, visit27)
    "主题为「江城・海州」。",
    "会议结束.下午林晓峰、龚明远出席。",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_dot_outside_a_list_item_stays(text: str) -> None:
    assert clean.clean(Source("t.txt", text, "utf-8")).text.count("·") == 0


COUNTED = [
    ("由县委书记任设区市副市长的3人：龚明远、柴思雨、林晓峰。", {"龚明远", "柴思雨", "林晓峰"}),
    ("由縣委書記任設區市黨委常委的兩人:龔明遠、柴思雨。", {"龚明远", "柴思雨"}),
    ("此次提拔任用的4人：周海清、郑明远、陈一帆、黄立新。", {"周海清", "黄立新"}),
]


@pytest.mark.parametrize(("text", "names"), COUNTED)
def test_names_after_a_count_of_people(text: str, names: set[str]) -> None:
    assert names <= set(people(_DAY + text))


@pytest.mark.parametrize("text", ["负责人：各区、各部门。", "聯繫人：市發改委、市財政局。", "责任人：有关单位、各街道。"])
def test_count_lead_needs_names(text: str) -> None:
    assert not people(_DAY + text)


NOTED = [
    ("国务院任命龚明远为江城海关关长(留任);柴思雨为江城审计署署长。", {"龚明远", "柴思雨"}),
    ("國務院任命林曉峰為入境事務處處長（留任）；錢小禾為警務處處長（留任）。", {"林晓峰", "钱小禾"}),
    ("省政府任命周海清为省统计局局长(兼);郑明远为省财政厅厅长。", {"周海清", "郑明远"}),
]


@pytest.mark.parametrize(("text", "names"), NOTED)
def test_note_after_a_notice_post(text: str, names: set[str]) -> None:
    assert names <= set(people(_DAY + text))


JOINER_FINAL = [
    ("会议选出的临江省政协副主席是：林晓峰、龚永和、柴思雨。", "龚永和"),
    ("會議選出的臨江省政協副主席是：林曉峰、錢小禾、周富和、柴思雨。", "周富和"),
    ("会议选出的江城市人大常委会副主任为：郑海涛、陈立和。", "陈立和"),
]


@pytest.mark.parametrize(("text", "name"), JOINER_FINAL)
def test_list_name_ending_in_a_joiner(text: str, name: str) -> None:
    """A listed name whose last character is also a joiner (和) is read whole."""
    assert name in people(_DAY + text)


DECISIONS = [
    ("会议表决通过了市人大常委会关于任命龚明远同志为市政府代理市长的决定。", "龚明远"),
    ("會議表決通過了市人大常委會關於任命柴思雨同志爲市政府副市長的決定；頒發了任命證書。", "柴思雨"),
    ("会议通过了关于任命林晓峰为临江县副县长的决定。", "林晓峰"),
]


@pytest.mark.parametrize(("text", "name"), DECISIONS)
def test_appointment_named_in_a_decision_title(text: str, name: str) -> None:
    assert name in people(_DAY + text)
