"""People recall classes measured on the three real development sets (issue 13 classes 3-5, session 3): each
class with invented variants in Simplified and Traditional script, and texts where no person may be read.
Invented names only (the places are the vocabulary's)."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def people(text: str) -> dict[str, set[str]]:
    """Each person with the rules that evidence it."""
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {p.name: {e.rule for e in p.provenance} for p in facts.people}


def check(text: str, expected: set[str], rule: str) -> None:
    found = people(text)
    assert expected <= set(found), found
    assert all(any(r.startswith(rule) for r in found[n]) for n in expected), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "大会在临江举行。龚明远、柴思雨、钱小禾、马正之和其他大会主席团成员也在主席台就座。",
            {"龚明远", "柴思雨", "钱小禾", "马正之"},
            id="group-then-ye",
        ),
        pytest.param("座谈会召开。林晓峰、邵可心、蒲文清均出席。", {"林晓峰", "邵可心", "蒲文清"}, id="jun"),
        pytest.param(
            "大會在臨江舉行。龔明遠、柴思雨、錢小禾和其他主席團成員也在主席臺就座。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="traditional",
        ),
    ],
)
def test_a_list_with_an_adverb_before_its_verb(text: str, expected: set[str]) -> None:
    check(text, expected, "list:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "江城集团领导龚明远、柴思雨、钱小禾，以及双方有关部门负责人出席签约仪式。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="group-leaders",
        ),
        pytest.param(
            "座談會上，青禾銀行領導林曉峰、邵可心，以及各支行負責人參加。", {"林晓峰", "邵可心"}, id="bank-traditional"
        ),
        pytest.param(
            "市領導龔明遠,、柴思雨,、錢小禾及有關部門負責人陪同調研。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="doubled-marks-traditional",
        ),
        pytest.param("市领导林晓峰,、蒲文清陪同。", {"林晓峰", "蒲文清"}, id="doubled-marks"),
    ],
)
def test_leaders_of_an_organisation_listed_without_titles(text: str, expected: set[str]) -> None:
    check(text, expected, "list_leaders")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "八位新省长中，他们分别是北京的龚明远、上海的柴思雨、浙江的钱小禾以及四川的欧阳青禾。",
            {"龚明远", "柴思雨", "钱小禾", "欧阳青禾"},
            id="fenbieshi",
        ),
        pytest.param("其中，吉林的林晓峰、广东的邵可心等为届中调任。", {"林晓峰", "邵可心"}, id="qizhong-deng"),
        pytest.param(
            "新任主任分別是湖南的龔明遠和雲南的格桑多吉。", {"龚明远", "格桑多吉"}, id="traditional-four-characters"
        ),
    ],
)
def test_people_listed_by_where_they_come_from(text: str, expected: set[str]) -> None:
    check(text, expected, "place_items")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("包括北京的高校和上海的高校，都有招生计划。", id="same-noun-twice"),
        pytest.param("北京的龚明远和上海的柴思雨。", id="no-lead"),
        pytest.param("其中，北京的市区和上海的郊区都在扩大。", id="levels"),
    ],
)
def test_no_person_in_place_lists_of_things(text: str) -> None:
    assert not set(people(text)) - {"龚明远", "柴思雨"} and "place_items" not in str(people(text))
