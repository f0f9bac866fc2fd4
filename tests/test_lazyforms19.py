"""Appointment forms are compiled when a text may first match them: the gate reads the same runs from the
forms' sources as from the compiled expressions, and a text printing no form's words compiles none."""

from __future__ import annotations

import re

import pytest

from ygraph import scan
from ygraph.actors import appointforms, appointments
from ygraph.actors.placecontext import ContextPlaces


def test_the_gate_reads_the_sources_as_the_compiled_forms() -> None:
    for form in appointments._forms():
        compiled = re.compile(form.source, appointforms.FLAGS)
        expression = appointforms.source_of(form.source, appointforms.FLAGS, lambda c=compiled: c)
        assert expression == (compiled.pattern, compiled.flags)
        assert scan.needs(expression) == scan.needs(compiled)


@pytest.mark.parametrize(
    ("source", "runs"),
    [
        ("(?i)任命", ()),  # ignores case: no shortcut, as for the compiled expression
        ("(?s)任命.免去", (frozenset({"任命"}), frozenset({"免去"}))),
        ("任命(?i:x)", (frozenset({"任命"}),)),
    ],
)
def test_an_expression_that_sets_its_own_flags_is_read_compiled(source: str, runs: tuple) -> None:
    compiled = re.compile(source, re.MULTILINE)
    expression = appointforms.source_of(source, re.MULTILINE, lambda: compiled)
    assert scan.needs(expression) == scan.needs(compiled)
    assert set(scan.needs(expression).runs) >= set(runs)


def test_a_text_without_any_forms_words_compiles_no_form() -> None:
    appointforms.compiled.cache_clear()
    assert appointments.notices("临江省江城市今天天气晴。", ContextPlaces()) == []
    assert appointforms.compiled.cache_info().currsize == 0
    found = appointments.notices("江城市人民政府决定任命林晓峰为江城市副市长。", ContextPlaces())
    assert 0 < appointforms.compiled.cache_info().currsize < len(appointments._forms())
    assert [f.name for f in found] == ["林晓峰"]
