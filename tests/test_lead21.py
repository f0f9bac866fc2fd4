"""The lead's mends of the eleventh session's merge (invented text): a rank or job named by an act word."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

HEAD = "江城晚报 2031年4月9日 9日，"


def _events(text: str) -> dict[str, str]:
    return {e.title: e.event_type for e in process_document(Source("t.txt", HEAD + text, "utf-8")).events}


@pytest.mark.parametrize(
    "text",
    [
        "江城市召开座谈会，市外事办主任宁可心、巡视员林晓峰、柴思雨等出席会议。",
        "江城市召开座谈会，市外事办主任宁可心、督导员林晓峰、柴思雨等出席会议。",
        "江城市召开座谈会，市外事办主任宁可心、检查员林晓峰、柴思雨等出席会议。",
        "江城市召開座談會，市外事辦主任寧可心、巡視員林曉峰、柴思雨等出席會議。",
        "江城市召開座談會，市外事辦主任寧可心、視導員林曉峰、柴思雨等出席會議。",
        "江城市召开座谈会，市外事办主任宁可心、一级巡视员林晓峰、二级调研员柴思雨等出席会议。",
    ],
)
def test_a_rank_or_job_named_by_an_act_word_makes_no_tour(text: str) -> None:
    assert list(_events(text).values()) == ["meeting"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("临江市市长林晓峰到江城市北山仓库检查员工安全培训情况。", "林晓峰到江城市北山仓库检查员工安全培训情况"),
        ("临江市市长林晓峰会见员工代表。", "林晓峰会见员工代表"),
    ],
)
def test_an_object_starting_with_the_same_character_stays_the_acts(text: str, title: str) -> None:
    assert title in _events(text)
