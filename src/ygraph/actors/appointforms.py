"""Appointment forms (``appointments``) compiled when a text may first match them: the gate reads the forms'
sources (``scan.needs`` reads nothing else), so a rebuild that extracts a few documents compiles the few forms
whose words they print, not all of them (≈ 0.1 s)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .. import scan
from ..lexicons import cached

FLAGS = re.MULTILINE  # ``$`` and ``^`` also at a line break (a list item ends its line)
_INLINE_FLAGS = set("aiLmsux-")


@dataclass(frozen=True)
class Form:
    id: str
    change: str  # "start" | "end" | "" (a list of holders, no change)
    names_first: bool  # the names stand before the verb (read from the right)
    source: str  # the expression with its slots filled
    more_source: str | None  # the next item without the verb, anchored where the last one ended

    @property
    def pattern(self) -> re.Pattern[str]:
        return compiled(self.source)

    @property
    def more(self) -> re.Pattern[str] | None:
        return None if self.more_source is None else compiled(self.more_source)


@cached
def compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, FLAGS)


def gate(forms: Sequence[Form]) -> scan.Gate:
    return scan.Gate([source_of(f.source, FLAGS, lambda f=f: f.pattern) for f in forms])


def source_of(source: str, flags: int, compiled: Callable[[], re.Pattern[str]]) -> scan.Expression:
    """``(source, flags)`` as :func:`scan.needs` reads a compiled expression, without compiling it: the flags
    a str expression compiles with are ``flags`` and ``re.UNICODE``, unless it sets its own at its start
    (``(?a)``, ``(?i)``, ...), when ``compiled`` is used instead."""
    if source.startswith("(?") and source[2:3] in _INLINE_FLAGS:
        return compiled()
    return (source, flags | re.UNICODE)
