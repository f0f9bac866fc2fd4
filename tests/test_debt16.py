"""Behaviour-neutral reshapes of the sixth session: the context places as a typed record, and the masthead
read from the document's one conversion (``Document.normalized_source``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ygraph.actors.placecontext import ContextPlaces
from ygraph.actors.sourceplaces import masthead
from ygraph.model import Source
from ygraph.text.clean import clean
from ygraph.text.segment import segment


def test_a_printed_place_sets_the_bare_titles_place_and_the_organs() -> None:
    places = ContextPlaces(at={"省": "临江省"}, dominant={"省": "临江省"})
    places.print_place("市", "江城市")
    assert places.at == {"省": "临江省", "市": "江城市"} and places.printed == {"市": "江城市"}


def test_a_copy_and_a_place_printed_in_it_leave_the_original_alone() -> None:
    places = ContextPlaces(at={"市": "江城市"}, own={"市": "江城市"}, region="香港")
    inner = places.with_printed("海州市")
    copied = places.copy()
    copied.print_place("省", "临江省")
    copied.own["省"] = "临江省"
    assert inner.at["市"] == inner.printed["市"] == "海州市" and inner.region == "香港"
    assert places == ContextPlaces(at={"市": "江城市"}, own={"市": "江城市"}, region="香港")


@pytest.mark.parametrize(
    "text",
    [
        "來源：麗水日報\n市委書記林曉峰主持會議。\n",
        "来源：江城日报\n市委书记林晓峰主持会议。\n",
        "来源：江城日报 ２０３０\n市委书记龚明远出席会议。\n",
    ],
)
def test_the_masthead_is_the_cleaned_reading_of_the_original_lines(text: str) -> None:
    doc = segment(clean(Source("t.txt", text, "utf-8")))
    assert doc.normalized_source is not None and len(doc.normalized_source) == len(text)
    lines = masthead(doc, doc.articles[0])
    assert lines == doc.normalized_source[: len(lines)] and "来源：" in lines  # Simplified, as the text
    assert masthead(replace(doc, normalized_source=None), doc.articles[0]) == lines  # a Document made by hand
