"""The exact shortcuts of ``ygraph.scan`` and the stages that use them give what the plain scans give.

The alphabets are drawn from the lexicons themselves (so the texts are dense with the words the scans look
for); the reference functions are the plain loops the shortcuts replaced.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan
from ygraph.actors import careers
from ygraph.actors.actorlex import uses


def _plain_starts(words: tuple[str, ...], text: str) -> list[int]:
    return [i for i in range(len(text)) if any(w and text.startswith(w, i) for w in words)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abc", max_size=3), max_size=4), st.text(alphabet="abcx", max_size=40))
def test_starts_are_where_a_word_starts(words: list[str], text: str) -> None:
    assert scan.starts(tuple(words), text) == _plain_starts(tuple(words), text)


def _plain_verb_spans(text: str) -> list[tuple[int, int]]:
    """careers._verb_spans as it was: every character against every verb."""
    spans: list[tuple[int, int]] = []
    taken = -1
    for i in range(len(text)):
        if i < taken:
            continue
        for verb, after in careers._verbs():
            if i > 0 and text.endswith(uses("passive_before"), 0, i):
                break
            if text.startswith(verb, i) and (after == "-" or (i > 0 and text[i - 1] == after)):
                spans.append((i, i + len(verb)))
                taken = i + len(verb)
                break
    return spans


def _career_alphabet() -> str:
    verbs = careers._verbs()
    chars = {c for v, after in verbs for c in v + (after if after != "-" else "")}
    return "".join(sorted(chars | set("".join(uses("passive_before"))) | set("，。甲")))


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_career_verb_spans_match_the_character_loop(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=_career_alphabet(), max_size=60))
    assert careers._verb_spans(text) == _plain_verb_spans(text)
