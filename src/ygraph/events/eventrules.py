"""eventrules: the vocabulary of the events stage (``lexicons/zh/events/``) and small text helpers.

Kept apart from ``events.py`` so the extractor reads as the algorithm and this file as its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .. import lexicons
from ..actors.actorlex import place_table, provinces, short_place, strip_place_suffix
from ..actors.actorlex import uses as uses_actors
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS as _BREAKS
from ..punctuation import SPACES, TITLE_CLOSE, TITLE_OPEN
from ..time.numerals import numeral_characters

# A space left after clean separates headline parts (…出席 某某主持发布会): a clause break too.
CLAUSE_BREAKS = _BREAKS + SPACES
_SPACE = re.compile(r"\s+")
_FRAGMENT = re.compile(r"\{([a-z_]+)\}")
_CJK_CHAR = re.compile("[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]")  # Han, kana, CJK punctuation
POLICY = re.compile(r"《([^《》]{2,80})》")


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Trigger:
    word: str
    event_type: str
    form: str  # "name" | "act"


@cached
def triggers() -> dict[str, Trigger]:
    return {row[0]: Trigger(row[0], row[1], row[2]) for row in lexicons.load_table("events/triggers.tsv")}


@cached
def trigger_pattern() -> re.Pattern[str]:
    return re.compile(alternation(triggers()))


@dataclass(frozen=True, slots=True)
class Happening:
    """Words that show a named event took place: before its name, after it, or around it (在…上)."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    around: tuple[tuple[str, str], ...]


@cached
def happening() -> Happening:
    rows = lexicons.load_lines("events/happening.txt")
    before = tuple(sorted((w[1:] for w in rows if w.startswith("<")), key=len, reverse=True))
    around = tuple(tuple(w.split("…", 1)) for w in rows if "…" in w)
    after = tuple(w for w in rows if not w.startswith("<") and "…" not in w)
    return Happening(before, after, around)  # type: ignore[arg-type]


@cached
def pattern(name: str) -> re.Pattern[str]:
    """A named regular expression of ``events/patterns.tsv``, its ``{breaks}``, ``{numeral}`` and
    ``{counter}`` filled in (clause breaks, the numeral characters of time/numerals.tsv, counter words)."""
    fill = {
        "breaks": re.escape(_BREAKS),
        "numeral": re.escape(numeral_characters()),
        "counter": alternation(uses("counter")),
    }
    rows = {row[0]: row[1] for row in lexicons.load_table("events/patterns.tsv")}
    return re.compile(_FRAGMENT.sub(lambda m: fill[m.group(1)], rows[name]))


def words(name: str) -> tuple[str, ...]:
    """A one-word-per-line file, longest word first (so endswith/startswith tests prefer the longest)."""
    return _words(name)


@cached
def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted(lexicons.load_lines(f"events/{name}"), key=len, reverse=True))


def uses(use: str) -> tuple[str, ...]:
    """Words of ``word_uses.tsv`` with that use, longest first."""
    return _uses().get(use, ())


@cached
def _uses() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word, use in lexicons.load_table("events/word_uses.tsv"):
        table.setdefault(use, []).append(word)
    return {use: tuple(sorted(found, key=len, reverse=True)) for use, found in table.items()}


@cached
def participation_verbs() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.load_table("events/participation.tsv")}


@cached
def participation_pattern() -> re.Pattern[str]:
    return re.compile(alternation(participation_verbs()))


@cached
def policy_verbs() -> tuple[tuple[str, str], ...]:
    rows = [(row[0], row[1]) for row in lexicons.load_table("events/policy_verbs.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@cached
def name_stop_words() -> tuple[str, ...]:
    before = happening().before
    longer = [w for w in words("name_stops.txt") if len(w) > 1]
    stops = {*before, *words("plan_words.txt"), *participation_verbs(), *longer}
    return tuple(sorted(stops, key=len, reverse=True))


@cached
def name_stop_chars() -> frozenset[str]:
    return frozenset(CLAUSE_BREAKS) | {w for w in words("name_stops.txt") if len(w) == 1}


@cached
def honorifics() -> tuple[str, ...]:
    """Titles printed right after a name (某某总书记), from the actors vocabulary: cut from act titles."""
    try:
        rows = lexicons.load_table("actors/honorifics.tsv")
    except FileNotFoundError:
        return ()
    return tuple(sorted({row[0] for row in rows}, key=len, reverse=True))


def compact(text: str) -> str:
    """Text without whitespace (line breaks and OCR spaces inside names)."""
    return _SPACE.sub("", text)


def policy_title(text: str) -> str:
    """A 《title》's text: whitespace next to a Chinese character goes (line breaks, OCR spaces), whitespace
    between two other characters is one space (《Digital Economy Partnership Agreement》 keeps its words)."""
    text = text.strip()

    def space(m: re.Match[str]) -> str:
        around = text[m.start() - 1] + text[m.end()]
        return "" if _CJK_CHAR.search(around) else " "

    return _SPACE.sub(space, text)


def title_key(title: str) -> str:
    """What two printed names of one event share: no spaces, quotes, brackets or leading year/edition."""
    return _title_key(lexicons.user_dirs(), title)


@lru_cache(maxsize=1 << 16)
def _title_key(_dirs: tuple[object, ...], title: str) -> str:
    key = re.sub(r"[\W_]+", "", compact(title))
    return pattern("edition").sub("", key, count=1) or key


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient of two title keys."""
    ga = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    gb = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(ga & gb) / (len(ga) + len(gb))


HEADLINE_ALIKE = 0.6  # bigram Dice of a headline's name and the report's (as eventmerge.TITLE_SAME)


def headline_alike(a: str, b: str) -> bool:
    """Whether a headline's short name (民营企业发展座谈会) names the report's (某省民营企业发展座谈会)."""
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and long.endswith(short)) or dice(a, b) >= HEADLINE_ALIKE


def counted(title: str) -> bool:
    """A count of events (12场分论坛, 三次座谈会) is not the name of one."""
    return bool(pattern("count").match(title))


def edition(title: str) -> str:
    """The year or edition a name is printed with (2023年度…, 第十届…), "" when none."""
    m = pattern("edition").match(compact(title))
    return m.group() if m else ""


def name_start(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    """Walk left from ``start`` over the characters of a printed event name (at most 40)."""
    stops = name_stop_words()
    stop_chars = name_stop_chars()
    i = start
    while i > floor and start - i < 40:
        if text[i - 1] in stop_chars or any(s < i <= e for s, e in blocked):
            break
        if any(text.endswith(w, floor, i) for w in stops):
            break
        i -= 1
    while i < start and text[i].isspace():
        i += 1
    return i


def strip_prefixes(text: str, start: int, end: int) -> int:
    """Move ``start`` past words that refer to a name rather than belong to it (本报, 此次)."""
    changed = True
    while changed:
        changed = False
        for w in words("title_prefixes.txt"):
            if text.startswith(w, start, end) and end - start >= len(w):
                start += len(w)
                changed = True
                break
    return start


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: between break characters outside 《…》 (a title may hold a space)."""
    left, depth = start, 0
    while left > 0:
        ch = text[left - 1]
        depth += (ch == TITLE_CLOSE) - (ch == TITLE_OPEN)
        if depth <= 0 and ch in CLAUSE_BREAKS:
            break
        left -= 1
    right, depth = end, 0
    while right < len(text):
        ch = text[right]
        depth += (ch == TITLE_OPEN) - (ch == TITLE_CLOSE)
        if depth <= 0 and ch in CLAUSE_BREAKS:
            break
        right += 1
    return left, right


@cached
def place_patterns() -> tuple[re.Pattern[str], ...]:
    """在X(举行|召开…) then 到X(调研…), from ``place_phrases.tsv`` (a place of at most ``reach`` characters
    of ``patterns.tsv``'s ``place_char``)."""
    following: dict[tuple[str, str], list[str]] = {}
    for preposition, word, reach in lexicons.load_table("events/place_phrases.tsv"):
        following.setdefault((preposition, reach), []).append(re.escape(word))
    char = pattern("place_char").pattern
    return tuple(
        re.compile(rf"{re.escape(p)}({char}{{1,{int(reach)}}}?)(?={'|'.join(words)})")
        for (p, reach), words in following.items()
    )


def place_in(text: str) -> tuple[str | None, int, int]:
    """A place phrase 在X(召开|举行…) or 到X调研 in ``text``: (canonical place, start, end) or (None, -1, -1)."""
    m = next((m for m in (p.search(text) for p in place_patterns()) if m), None)
    if not m:
        return None, -1, -1
    return canonical_place(m.group(1)), m.start(), m.end()


def canonical_place(raw: str) -> str:
    """安徽省合肥市 → 合肥, 浙江杭州 → 杭州, 浙江省 → 浙江, 京 → 北京: the most specific part, in the short
    form of the place table (``actorlex.short_place``)."""
    table = place_table(True)  # with abbreviations
    if raw in table:
        return short_place(table[raw])
    cut = "|".join(f"(?<={re.escape(w)})" for w in uses_actors("province_suffix"))
    parts = [p for p in re.split(cut, raw) if p] if cut else [raw]
    last = strip_place_suffix(parts[-1])
    for province in provinces():
        if last.startswith(province) and len(last) > len(province) + 1:
            last = last[len(province) :]
            break
    return short_place(table[last]) if last in table else strip_place_suffix(last)
