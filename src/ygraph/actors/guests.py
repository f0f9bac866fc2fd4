"""guests: a title chain printed as the object of a host's verb (甲会见以某市委书记乙为团长的某市代表团一行)
names a guest: the place it prints is the guests', never the place of the hosts' bare titles after it (市委
副书记丙一同会见). The words are ``host_cues.txt``'s ``not_lead:`` verbs and ``with:`` delegation words."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import place_table, words

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


@cached
def _cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = words("host_cues.txt")
    verbs = tuple(w.removeprefix("not_lead:") for w in rows if w.startswith("not_lead:"))
    return verbs, tuple(w.removeprefix("with:") for w in rows if w.startswith("with:"))


def guest_chain(text: str, i: int) -> bool:
    """The chain starting at ``text[i]`` follows a host's verb of its sentence (会见, 接见…) and comes before
    a delegation word of it (代表团, 一行): a guest's titles."""
    verbs, groups = _cues()
    start = max(text.rfind(c, 0, i) for c in _SENTENCE_END) + 1
    ends = [k for k in (text.find(c, i) for c in _SENTENCE_END) if k >= 0]
    end = min(ends, default=len(text))
    return any(v in text[start:i] for v in verbs) and any(g in text[i:end] for g in groups)


@cached
def _cue_words(prefix: str) -> tuple[str, ...]:
    """The host_cues.txt words of one kind (``short:``, ``visit:``, ``theme:`` …), prefix removed."""
    return tuple(w.removeprefix(prefix) for w in words("host_cues.txt") if w.startswith(prefix))


@cached
def _short_visit() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    abbreviations = frozenset(k for k in place_table(abbreviations=True) if len(k) == 1)
    return _cue_words("short:"), _cue_words("visit:"), abbreviations


def short_visit_at(text: str, i: int) -> bool:
    """A ``short:`` cue, a one-character short form of a place the vocabulary knows and a ``visit:`` word at
    ``text[i]`` (某主任来澳考察, 抵川访问): a visit, never a name after a title, though 来 is a surname."""
    shorts, visits, abbreviations = _short_visit()
    cue = next((s for s in shorts if text.startswith(s, i)), "")
    k = i + len(cue)
    return bool(cue) and text[k : k + 1] in abbreviations and text.startswith(visits, k + 1)


@cached
def _place_visit() -> re.Pattern[str]:
    cue, visit = "|".join(map(re.escape, _cue_words("short:"))), "|".join(map(re.escape, _cue_words("visit:")))
    opens, ends = ("|".join(map(re.escape, _cue_words(p))) for p in ("theme:", "theme_end:"))
    theme = rf"(?:(?:{opens})[^{CLAUSE_BREAKS}]{{1,40}}?(?:{ends}))?"  # 来某县就某事进行调研: the theme before the act
    return re.compile(f"(?:{cue})[\u4e00-\u9fff]{{1,6}}?{theme}(?:{visit})")


def short_arrival_at(text: str, i: int) -> bool:
    """A ``short:`` cue and a one-character short form of a place the vocabulary knows at ``text[i]``, no visit
    word needed (某书记甲乙丙抵某后, 来某仅一天): a movement, where a name after a title ends."""
    shorts, _visits, abbreviations = _short_visit()
    cue = next((s for s in shorts if text.startswith(s, i)), "")
    return bool(cue) and text[i + len(cue) : i + len(cue) + 1] in abbreviations


def place_visit_at(text: str, i: int) -> bool:
    """A ``short:`` cue, a place of one to six characters and a ``visit:`` word at ``text[i]`` (某局长甲乙丙来某县
    调研, 来我县就某事进行调研): a visit, where a name after a title ends, though 来 is a surname."""
    return text[i : i + 1] in _cue_characters() and _place_visit().match(text, i) is not None


@cached
def _cue_characters() -> frozenset[str]:
    return frozenset(cue[0] for cue in _cue_words("short:"))
