"""People and roles classes measured on real pages (issue 13, round 3), each with invented text: lists of
leaders printed without titles, … Invented names and places only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def people(text: str) -> dict[str, set[str]]:
    """Each person with the rules that evidence it."""
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {p.name: {e.rule for e in p.provenance} for p in facts.people}


def claims(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        pytest.param(
            "临江市第五次党代会开幕。市领导龚明远、蒿一平、柴思雨在青禾分会场参加会议。",
            {"龚明远", "蒿一平", "柴思雨"},
            "list_leaders",
            id="leaders-after-shi-lingdao-rare-surname",
        ),
        pytest.param(
            "青禾县召开项目推进会。县领导宁可心分别参加调研。",
            {"宁可心"},
            "list_leaders",
            id="one-leader-after-xian-lingdao",
        ),
        pytest.param(
            "大会闭幕。出席大会并在主席台就座的领导还有：龚明远、钱小禾、马正之、柴从良等。",
            {"龚明远", "钱小禾", "马正之", "柴从良"},
            "list_colon",
            id="leaders-after-you-colon",
        ),
    ],
)
def test_lists_of_leaders_without_titles(text: str, expected: set[str], rule: str) -> None:
    found = people(text)
    assert expected <= set(found)
    assert all(rule in found[n] for n in expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本轮换届，已有9位省领导履新，其中省长4人。", id="a-verb-after-the-lead"),
        pytest.param("会议期间，他将与部分省区领导会面。", id="a-verb-after-a-longer-word"),
        pytest.param("主要任务有：深化改革、扩大开放等。", id="a-colon-list-of-tasks"),
    ],
)
def test_no_person_after_a_lead_without_names(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        pytest.param(
            "7月3日，青禾市代表团赴临江市考察调研。市委书记龚明远，市长柴思雨，"
            "市政府党组成员、副市长宁可心等领导出席了相关活动。",
            {("龚明远", "临江市委书记"), ("柴思雨", "临江市长"), ("宁可心", "临江市副市长")},
            set(),
            id="bare-titles-after-a-visit-are-the-hosts",
        ),
        pytest.param(
            "江城市委书记龚明远率江城市党政代表团赴临江市考察。市长柴思雨陪同。",
            {("龚明远", "江城市委书记"), ("柴思雨", "临江市长")},
            set(),
            id="a-title-before-the-cue-keeps-its-place",
        ),
        pytest.param(
            "临江市委书记龚明远赴青禾市汇报工作。市长柴思雨出席。",
            {("龚明远", "临江市委书记"), ("柴思雨", "临江市长")},
            {("柴思雨", "青禾市长")},
            id="no-delegation-no-host",
        ),
    ],
)
def test_host_of_a_visiting_delegation(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    found = claims(text)
    assert expected <= found
    assert not absent & found


def test_a_count_of_holders_before_the_title() -> None:
    """三任临江市市长甲: the title starts after the count (no 三任临江市长 position)."""
    assert claims("会议开幕，两任临江市市长龚明远出席。") == {("龚明远", "临江市长")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会议开幕，临江市副市长龚明远(中)、柴思雨(左)、宁可心(右)在会场端坐一排。",
            {("龚明远", "临江市副市长"), ("柴思雨", "临江市副市长"), ("宁可心", "临江市副市长")},
            id="titled-list",
        ),
        pytest.param(
            "市领导龚明远（左一）、柴思雨（右二）、宁可心参加会议。",
            set(),
            id="led-list",
        ),
    ],
)
def test_photo_position_markers_inside_a_list(text: str, expected: set[tuple[str, str]]) -> None:
    assert claims(text) == expected
    assert {"龚明远", "柴思雨", "宁可心"} <= set(people(text))


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param(
            "临江市第五次党代会开幕。龚明远代表中国共产党临江市第四届委员会向大会作报告。",
            "龚明远",
            "clause_report",
            id="maker-of-a-report",
        ),
        pytest.param("会议开幕。蒲晓禾作政府工作报告。", "蒲晓禾", "clause_report", id="government-work-report"),
        pytest.param("7月3日，宁可心率团赴青禾市考察。", "宁可心", "clause_leads", id="leader-of-a-delegation"),
    ],
)
def test_what_a_person_does_at_a_clause_start(text: str, name: str, rule: str) -> None:
    assert rule in people(text).get(name, set())


def test_no_person_before_a_clause_form_without_a_name() -> None:
    assert people("会议开幕。大会代表临江市委向大会作报告。") == {}


def test_a_titled_name_before_zuzhi() -> None:
    """临江市委书记甲组织…调研: 组织 ends the name."""
    assert claims("11月3日，临江市委书记龚明远组织市四大家负责同志集体调研。") == {("龚明远", "临江市委书记")}
