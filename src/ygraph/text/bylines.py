"""bylines: who signed an article or a photo (``（记者 某某 某某）``, ``新华社记者 某某摄``), defined once in
``lexicons/zh/text/bylines.tsv``.

``datelines.tsv`` and ``breaks.tsv`` write a form as ``{byline_<form>}`` (see :func:`expand`); the actors
stage reads the names with :func:`names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .. import lexicons, scan
from ..lexicons import cached
from ..model import Sentence

_PLACEHOLDER = re.compile(r"\{([a-z]\w*)\}")
_NAMED = re.compile(r"\(\?P<\w+>")


@cached
def _rows() -> tuple[tuple[str, str, bool], ...]:
    """(form id, expanded regular expression, whose names are people) of every form."""
    blocks: dict[str, str] = {}
    found = []
    for name, pattern, *use in lexicons.load_table("text/bylines.tsv"):
        expanded = _PLACEHOLDER.sub(lambda m: blocks[m.group(1)], pattern)
        if name.startswith("="):
            blocks[name[1:]] = expanded
        else:
            found.append((name, expanded, use == ["people"]))
    return tuple(found)


def forms() -> dict[str, str]:
    """Form id → regular expression (its group ``names``, if any, holds the names signed)."""
    return {name: pattern for name, pattern, _ in _rows()}


def expand(pattern: str) -> str:
    """``pattern`` with each ``{byline_<form>}`` replaced by that form (its groups unnamed)."""

    def insert(match: re.Match[str]) -> str:
        name = match.group(1)
        if not name.startswith("byline_"):
            return match.group(0)
        return "(?:" + _NAMED.sub("(?:", forms()[name.removeprefix("byline_")]) + ")"

    return _PLACEHOLDER.sub(insert, pattern)


@cached
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((form, re.compile(pattern, re.MULTILINE)) for form, pattern, people in _rows() if people)


def names(text: str) -> Iterator[tuple[str, int, str]]:
    """Each name signed in a byline of ``text``, with its offset and the form's id (a name signed twice
    comes once)."""
    seen: set[int] = set()
    for form, pattern in _compiled():
        for m in scan.finditer(pattern, text):
            if not m.groupdict().get("names"):
                continue
            for piece in re.finditer(r"[^\s、]+", m.group("names")):
                at = m.start("names") + piece.start()
                if at not in seen:
                    seen.add(at)
                    yield piece.group(), at, form


@cached
def _whole() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_NAMED.sub('(?:', pattern)})" for _, pattern, _ in _rows()))


def signs_only(text: str) -> bool:
    """Whether ``text`` (a sentence, stripped) is nothing but a byline or a credit (记者 某某 报道, （新华社记者
    某某摄）): the sentence before it is a photo caption or the end of a report."""
    return _whole().fullmatch(text.strip()) is not None


def credited(sentences: Sequence[Sentence], index: int) -> bool:
    """Whether sentence ``index`` is a photo caption: a credit line follows it (某某视察某工程。（记者 某某摄）)."""
    return index + 1 < len(sentences) and signs_only(sentences[index + 1].text)
