"""orgprefix: what a chain keeps before an organisation that would otherwise end it — a year that dates the
organisation (2031年某论坛: ``dated_org``) and a publication's name in title marks before its house
(《某刊》杂志社, 《某报》编辑部: ``publication_organ``)."""

from __future__ import annotations

from ..lexicons import cached, load_table
from ..punctuation import TITLE_CLOSE, TITLE_OPEN
from .actorlex import PUNCT, uses, words

_YEAR_DIGITS = 4
_TITLE_SPAN = 12  # the longest publication name read in title marks inside a chain


def with_year(text: str, start: int, floor: int) -> int:
    """A year printed before the organisation (``dated_org``: 2031年某论坛理事长) is part of it."""
    year = start - _YEAR_DIGITS
    if year < floor or not text[year:start].isdigit() or not text.startswith(uses("dated_org"), start):
        return start
    after = start + len(next(w for w in uses("dated_org") if text.startswith(w, start)))
    return start if text.startswith(_verbs(), after) else year  # 2031年任某市长: a career's date, no organisation


@cached
def _verbs() -> tuple[str, ...]:
    """Appointment and career verbs: after a year they date a post, they start no organisation."""
    return tuple(words("appointment_verbs.txt")) + tuple(r[0] for r in load_table("actors/career_verbs.tsv"))


def titled_publication(text: str, k: int, floor: int) -> int:
    """Where the title marks open when ``text[k]`` closes a publication's name that its house follows
    (《某刊》杂志社社长: the marks and the name are part of the organisation); -1 else."""
    if text[k] != TITLE_CLOSE or not text.startswith(uses("publication_organ"), k + 1):
        return -1
    opening = text.rfind(TITLE_OPEN, max(floor, k - _TITLE_SPAN), k)
    if opening < 0 or any(x in PUNCT for x in text[opening + 1 : k]):
        return -1
    return opening
