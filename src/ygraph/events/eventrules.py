"""eventrules: the vocabulary of the events stage (``lexicons/zh/events/``) and small text helpers.

Kept apart from ``events.py`` so the extractor reads as the algorithm and this file as its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .. import lexicons
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS as _BREAKS
from ..punctuation import (
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    SPACES,
    TITLE_CLOSE,
    TITLE_OPEN,
)
from ..time.numerals import numeral_characters
from . import modelheads

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
    """The trigger rows, and the learned layer's candidate heads (``event_heads.tsv``) while it is on or traced."""
    rows = {row[0]: Trigger(row[0], row[1], row[2]) for row in lexicons.load_table("events/triggers.tsv")}
    heads = {w: Trigger(w, kind, "name") for w, kind in modelheads.heads().items()}
    return {**heads, **rows}


def quoted_head(word: str) -> bool:
    """Whether a name trigger is the head of a quoted activity (“某某行”活动, 「某某特展活动」): a row holding a
    closing quotation mark at either end."""
    return bool(word) and (word[0] in CLOSING_QUOTES or word[-1] in CLOSING_QUOTES)


@cached
def trigger_pattern() -> re.Pattern[str]:
    return re.compile(alternation(triggers()))


def longer_name_inside(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> int | None:
    """Where a name trigger starts inside an act trigger's match (or any trigger inside a yielding name's: 协商会议,
    中午宴请) and ends after it, else ``None``."""
    yields = m.group() in uses("yields")
    if triggers()[m.group()].form == "name" and not yields:
        return None
    for k in range(m.start() + 1, m.end()):
        inner = pattern.match(text, k)
        if inner is not None and inner.end() > m.end() and (yields or triggers()[inner.group()].form == "name"):
            return k
    return None


@dataclass(frozen=True, slots=True)
class Happening:
    """Words that show a named event took place: before its name, after it, around it (在…上), or only
    right after it (某会议选举某某, not 某会议选举办法 further on)."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    around: tuple[tuple[str, str], ...]
    right_after: tuple[str, ...]


@cached
def happening() -> Happening:
    rows = lexicons.load_lines("events/happening.txt")
    before = tuple(sorted((w[1:] for w in rows if w.startswith("<")), key=len, reverse=True))
    around = tuple(tuple(w.split("…", 1)) for w in rows if "…" in w)
    after = tuple(w for w in rows if not w.startswith(("<", ">")) and "…" not in w)
    right_after = tuple(w[1:] for w in rows if w.startswith(">"))
    return Happening(before, after, around, right_after)  # type: ignore[arg-type]


@cached
def pattern(name: str) -> re.Pattern[str]:
    """A named regular expression of ``events/patterns.tsv``, its ``{breaks}``, ``{numeral}``, ``{count}`` and
    ``{counter}`` filled in (clause breaks, the numeral characters of time/numerals.tsv and its count-only
    characters 两/兩, counter words)."""
    fill = {
        "breaks": re.escape(_BREAKS),
        "numeral": re.escape(numeral_characters()),
        "count": re.escape(numeral_characters(("count",))),
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


@cached  # called in inner loops: one lookup instead of three calls
def uses(use: str) -> tuple[str, ...]:
    """Words of ``word_uses.tsv`` with that use, longest first."""
    return lexicons.word_uses("events/word_uses.tsv", use)


def object_wanted(word: str) -> tuple[str, ...]:
    """What the object of an act by ``word`` must name for the act to count (听取 → 汇报; 批准设立 → 新区), ()."""
    return uses("report") if word in uses("hears") else uses("zone") if word in uses("approval") else ()


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


@cached
def caption_marker() -> re.Pattern[str]:
    """A photo-position marker in brackets after a name (某某(右)会见…), from the actors vocabulary: the
    sentence is a photo caption."""
    try:
        markers = lexicons.load_lines("actors/photo_markers.txt")
    except FileNotFoundError:
        markers = []
    if not markers:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<=[\u4e00-\u9fff])[（(](?:{alternatives})[）)]")


def compact(text: str) -> str:
    """Text without whitespace (line breaks and OCR spaces inside names)."""
    return _SPACE.sub("", text)


def strip_end(text: str, ends: tuple[str, ...]) -> str:
    """``text`` without the first of ``ends`` it ends with (itself when none)."""
    return next((text.removesuffix(w) for w in ends if w and text.endswith(w)), text)


def strip_start(text: str, starts: tuple[str, ...]) -> str:
    """``text`` without the first of ``starts`` it starts with (itself when none)."""
    return next((text.removeprefix(w) for w in starts if w and text.startswith(w)), text)


def after_last(text: str, found: tuple[str, ...], left: int, end: int) -> int:
    """The position right after the last of the words ``found`` in ``text[left:end]``, ``left`` if none."""
    return max([left, *(at + len(w) for w in found if (at := text.rfind(w, left, end)) >= 0)])


def policy_title(text: str) -> str:
    """A 《title》's text: whitespace next to a Chinese character goes (line breaks, OCR spaces), whitespace
    between two other characters is one space (《Digital Economy Partnership Agreement》 keeps its words)."""
    text = text.strip()

    def space(m: re.Match[str]) -> str:
        around = text[m.start() - 1] + text[m.end()]
        return "" if _CJK_CHAR.search(around) else " "

    return _SPACE.sub(space, text)


def title_key(title: str) -> str:
    """What two printed names of one event share: no spaces, quotes, brackets or leading year/edition, in
    short words."""
    return _title_key(lexicons.user_dirs(), title)


@lru_cache(maxsize=1 << 16)
def _title_key(_dirs: tuple[object, ...], title: str) -> str:
    return short_form(_plain_key(title))


def _plain_key(title: str) -> str:
    key = re.sub(r"[\W_]+", "", compact(title))
    return pattern("edition").sub("", key, count=1) or key


def short_form(key: str) -> str:
    """A name's key in short words (``short_names.tsv``: 第十二届人民代表大会第四次会议 → 十二届人大四次会议)."""
    for long, short in _short_names():
        key = key.replace(long, short)
    return pattern("ordinal_mark").sub("", key)


@cached
def _short_names() -> tuple[tuple[str, str], ...]:
    rows = lexicons.load_table("events/short_names.tsv")
    return tuple(sorted(((row[0], row[1]) for row in rows), key=lambda row: -len(row[0])))


def counted(title: str) -> bool:
    """A count of events (12场分论坛, 三次座谈会) or a kind of them (地方党代会, 各级人代会) is not the name of one."""
    return bool(pattern("count").match(title) or pattern("kind").match(title))


def edition(title: str) -> str:
    """The year or edition a name is printed with (2023年度…, 第十届…), "" when none."""
    m = pattern("edition").match(compact(title))
    return m.group() if m else ""


def name_start(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    """Walk left from ``start`` over the characters of a printed event name (at most 40); a name joining
    two parts with 与/和 (甲市与乙市合作协议签约仪式, 交流与合作联席会议) is kept whole (a part of 2–20 characters),
    and so is a hand-over ceremony's list of the posts handed over (甲区及乙区区长交接典礼)."""
    i = _walk(text, start, floor, blocked)
    year = pattern("inner_year").search(text, i + 1, start)
    if year is not None and (len(text[i : year.start()]) > 8 or re.search(r"\d", text[i : year.start()])):
        i = year.start()  # 开展98个重点合作项目2031年某某联席会议: the name starts at its year
    i = max((m.end() for m in pattern("inner_day").finditer(text, i, start)), default=i)  # a notice's stamp day
    joiners = uses("name_joiner")
    if text.startswith(uses("office_ceremony"), start):  # 甲局、乙局及丙局新旧局长交接典礼: the posts handed over
        joiners += uses("ceremony_joiner")
    while i - 1 > floor and text[i - 1] in joiners and start - i >= 2:
        if any(len(w) > 1 and text.endswith(w, floor, i) for w in name_stop_words()):
            break  # 参与某酒会: the joiner ends a word that stops the name
        j = _walk(text, i - 1, floor, blocked)
        if not 2 <= i - 1 - j <= 20 or trigger_pattern().search(text, j, i - 1):
            break  # 甲会议和乙会议: two events listed, not one name
        if pattern("numbered").search(text, i, start):
            break  # 某大会和省第十四次党代会: the part after the joiner is a numbered meeting of its own
        i = j
    return i


def _walk(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    stops = name_stop_words()
    stop_chars = name_stop_chars()
    i = start
    while i > floor and start - i < 40:
        if text[i - 1] in CLOSING_BRACKETS:  # 泛珠三角区域(9+2)合作…: a short bracket inside the name
            opening = max(text.rfind(b, floor, i - 1) for b in OPENING_BRACKETS)
            inside = text[opening + 1 : i - 1] if opening >= 0 else ""
            if opening >= 0 and len(inside) <= 6 and not any(c in stop_chars for c in inside):
                i = opening
                continue
        if any(s < i <= e for s, e in blocked):
            break
        if text[i - 1] in CLOSING_QUOTES and (opening := _quote_opening(text, i - 1, floor, blocked)) is not None:
            i = opening  # 出席“甲、乙”主论坛: a quoted theme before the name's head is part of it, whatever it holds
            continue
        if text[i - 1] in stop_chars:
            inner = _name_word_start(text, i - 1, floor)
            if inner is None:
                break
            i = inner  # 对口支援工作座谈会, 和平发展论坛: the stop character is inside a word of the name
            continue
        if text.endswith(stops, floor, i):  # any of them
            inner = _name_word_start(text, i, floor) if i < start else None
            if inner is None or inner >= i:
                break
            i = inner  # 某新闻发言人媒体见面会: a name word runs on across the stop word (发言|人)
            continue
        i -= 1
    while i < start and text[i].isspace():
        i += 1
    return i


_QUOTED = 30  # the longest quoted theme a name holds


def _quote_opening(text: str, close: int, floor: int, blocked: list[tuple[int, int]]) -> int | None:
    """Where the quotation closed at ``close`` opens: at most 30 characters back, no clause break and no
    blocked span inside; None else."""
    pair = OPENING_QUOTES[CLOSING_QUOTES.index(text[close])]
    opening = text.rfind(pair, max(floor, close - _QUOTED), close)
    if opening < 0 or any(c in CLAUSE_BREAKS for c in text[opening + 1 : close]):
        return None
    return None if any(opening < e and s < close for s, e in blocked) else opening


def _name_word_start(text: str, at: int, floor: int) -> int | None:
    """Where a ``name_word`` (对口, 和平) holding the character at ``at`` starts, if one does there."""
    for word in uses("name_word"):
        for k, char in enumerate(word):
            begin = at - k
            if char == text[at] and begin >= floor and text.startswith(word, begin):
                return begin
    return None


def strip_prefixes(text: str, start: int, end: int) -> int:
    """Move ``start`` past words that refer to a name rather than belong to it (本报, 此次), and past a
    connective before one (而本届博览会: word_uses.tsv ``prefix_opener``)."""
    prefixes = words("title_prefixes.txt")
    while True:
        lead = next((w for w in uses("prefix_opener") if text.startswith(w, start, end)), "")
        at = start + len(lead) if lead and text.startswith(prefixes, start + len(lead), end) else start
        word = next((w for w in prefixes if text.startswith(w, at, end)), "")
        if not word:
            return start
        start = at + len(word)


def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause around ``[start, end)``: between break characters outside 《…》 (a title may hold a space),
    looked for within ``[lo, hi)`` only (a sentence of a long text). Only the break and title characters are
    visited (found in C), leftwards a window at a time."""
    hi = len(text) if hi is None else hi
    return _clause_left(text, start, lo), _clause_right(text, end, hi)


_CLAUSE_MARKS = re.compile(f"[{re.escape(CLAUSE_BREAKS + TITLE_OPEN + TITLE_CLOSE)}]")
_LEFT_WINDOW = 64


def _clause_left(text: str, start: int, lo: int) -> int:
    depth, right = 0, start
    while right > lo:
        left = max(lo, right - _LEFT_WINDOW)
        for m in reversed(list(_CLAUSE_MARKS.finditer(text, left, right))):
            ch = m.group()
            if ch == TITLE_CLOSE:
                depth += 1
            elif ch == TITLE_OPEN:
                depth -= 1
            elif depth <= 0:
                return m.end()
        right = left
    return min(start, lo)


def _clause_right(text: str, end: int, hi: int) -> int:
    depth = 0
    for m in _CLAUSE_MARKS.finditer(text, end, hi):
        ch = m.group()
        if ch == TITLE_OPEN:
            depth += 1
        elif ch == TITLE_CLOSE:
            depth -= 1
        elif depth <= 0:
            return m.start()
    return max(end, hi)


def name_year(title: str) -> str:
    """The year an event's name opens with (2031大河论坛, 2031年度…), "" when none."""
    m = pattern("name_year").match(compact(title))
    return m.group(1) if m else ""
