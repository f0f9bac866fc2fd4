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
from ..punctuation import CLOSING_QUOTES, COLONS, SPACES, TITLE_CLOSE, TITLE_OPEN
from ..time.numerals import numeral_characters
from . import modelheads

# A space left after clean separates headline parts (…出席 某某主持发布会): a clause break too.
CLAUSE_BREAKS = _BREAKS + SPACES

# a name's spelling in Latin letters printed in brackets after it (某总统甲(Juan Lugo)): no word of the page's own;
# a clause cut at its space leaves the closing bracket out
LATIN_GLOSS = re.compile(r"[（(][A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .,'’:：-]*(?:[)）]|$)")  # a name's Latin spelling, accents too


def past_gloss(text: str, at: int) -> int:
    """Where ``text`` goes on after a Latin gloss printed at ``at`` (``at`` when none is)."""
    m = LATIN_GLOSS.match(text, at)
    return m.end() if m else at
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
    rows = {row[0]: Trigger(row[0], row[1], row[2]) for row in trigger_rows()}
    heads = {w: Trigger(w, kind, "name") for w, kind in modelheads.heads().items()}
    return {**heads, **rows}


def quoted_head(word: str) -> bool:
    """Whether a name trigger is the head of a quoted activity (“某某行”活动, 「某某特展活动」): a row holding a
    closing quotation mark at either end."""
    return bool(word) and (word[0] in CLOSING_QUOTES or word[-1] in CLOSING_QUOTES)


@cached
def trigger_pattern() -> re.Pattern[str]:
    return re.compile(alternation(triggers()))


@cached
def _rows_pattern() -> re.Pattern[str]:
    """The triggers of ``triggers.tsv`` alone (no learned-layer head)."""
    return re.compile(alternation(_rows()))


def head_hides_rule(text: str, m: re.Match[str]) -> bool:
    """Whether a learned-layer head matched at ``m`` starts or holds a trigger the rules read (访团拜会: 拜会;
    当晚会见: 会见): the head then yields, so turning the model on never takes a rules reading away."""
    if not head_only(m.group()):
        return False
    return any(_rows_pattern().match(text, k) for k in range(m.start() + 1, m.end()))


def head_only(word: str) -> bool:
    """A learned-layer head (``event_heads.tsv``) that is no row of ``triggers.tsv``."""
    return word in modelheads.heads() and word not in _rows()


@cached
def _rows() -> frozenset[str]:
    return frozenset(row[0] for row in trigger_rows())


TRIGGER_FILES = ("events/triggers.tsv", "events/gathering_triggers.tsv", "events/opening_acts.tsv")


def trigger_rows() -> list[tuple[str, ...]]:
    """The rows of every trigger file: ``triggers.tsv`` and the heads of named gatherings kept apart
    (``gathering_triggers.tsv``: sessions named short, meetings of a kind, opening and closing rites)."""
    return [tuple(row) for name in TRIGGER_FILES for row in lexicons.load_table(name)]


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
    """A named regular expression of ``events/patterns.tsv``, its ``{breaks}``, ``{numeral}``, ``{count}``,
    ``{counter}`` and ``{team}`` filled in (clause breaks, the numeral characters of time/numerals.tsv and its
    count-only characters 两/兩, counter words, the words of a team led with no group word)."""
    fill = {
        "breaks": re.escape(_BREAKS),
        "numeral": re.escape(numeral_characters()),
        "count": re.escape(numeral_characters(("count",))),
        "counter": alternation(uses("counter")),
        "team": alternation(uses("led_team")),
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
    """What the object of an act by ``word`` must name for the act to count (听取 → 汇报; 批准设立 → 新区; 欢迎 →
    一行), ()."""
    if word in uses("welcomes"):
        return uses("visiting_group")
    return uses("report") if word in uses("hears") else uses("zone") if word in uses("approval") else ()


@cached
def participation_verbs() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.load_table("events/participation.tsv")}


@cached
def says_verbs() -> tuple[str, ...]:
    """The participation verbs of saying (表示, 指出, 强调): what follows them in a sentence was said, not done."""
    return tuple(w for w, relation in participation_verbs().items() if relation == "says")


@cached
def participation_pattern() -> re.Pattern[str]:
    return re.compile(alternation(participation_verbs()))


@cached
def policy_verbs() -> tuple[tuple[str, str], ...]:
    rows = [(row[0], row[1]) for row in lexicons.load_table("events/policy_verbs.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


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


def recent_word(text: str) -> bool:
    """Whether a time expression's ``text`` is a word of being recent (近日, 日前: ``recent_words.txt``), which
    gives no date by the conventions (B2) but the period the report's day allows."""
    return compact(text) in words("recent_words.txt")


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
    key = pattern("rite_key_drop").sub("", key)  # 某某同志遗体在京火化 / 某某遗体火化: one cremation
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
        elif depth <= 0 and not (ch in COLONS and _subtitle(text, end, m.start(), hi)):
            return m.start()
    return max(end, hi)


_QUOTE_REACH = 90  # characters of a quoted name before and after its subtitle's colon (a Latin gloss too)


def _subtitle(text: str, end: int, colon: int, hi: int) -> bool:
    """The colon at ``colon`` opens the subtitle of a quoted name the clause is inside (首届「某论坛：某对话」今天
    登场): a quote opened before ``end`` and not closed before the colon, closed after it before any other break."""
    before = text[max(0, end - _QUOTE_REACH) : colon]
    opened = max((before.rfind(q) for q in _OPEN_QUOTES), default=-1)
    if opened < 0 or any(q in before[opened:] for q in _CLOSE_QUOTES):
        return False
    after = text[colon + 1 : min(hi, colon + 1 + _QUOTE_REACH)]
    close = min((i for q in _CLOSE_QUOTES if (i := after.find(q)) >= 0), default=-1)
    return close >= 0 and not any(c in _BRACKETED.sub("", after[:close]) for c in _BREAKS)  # (Forum: A Dialogue)


_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


_OPEN_QUOTES, _CLOSE_QUOTES = "「“『", "」”』"


def subtitle_end(text: str, end: int, hi: int) -> int:
    """Where a quoted name's subtitle after its head ends (「某论坛：某对话」: before the closing quote), ``end`` when
    no subtitle follows the head ending at ``end``."""
    if text[end : end + 1] not in COLONS or not _subtitle(text, end, end, hi):
        return end
    return min(i for q in _CLOSE_QUOTES if (i := text.find(q, end, end + _QUOTE_REACH + 1)) >= 0)


def name_year(title: str) -> str:
    """The year an event's name opens with (2031大河论坛, 2031年度…), "" when none."""
    m = pattern("name_year").match(compact(title))
    return m.group(1) if m else ""
