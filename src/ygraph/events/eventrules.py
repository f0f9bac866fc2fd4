"""eventrules: the vocabulary of the events stage (``lexicons/zh/events/``) and small text helpers.

Kept apart from ``events.py`` so the extractor reads as the algorithm and this file as its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .. import lexicons
from ..lexicons import cached

# A space left after clean separates headline parts (…出席 某某主持发布会): a clause break too.
CLAUSE_BREAKS = "，,；;：:。！？!? \u3000\n"
# Characters that end a printed event name when walking left from its trigger.
_SPACE = re.compile(r"\s+")
_CJK_CHAR = re.compile("[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]")  # Han, kana, CJK punctuation
_YEAR_PREFIX = re.compile(r"^(?:\d{4}年度?|第[\d一二三四五六七八九十百零〇]+[届次])")
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
    words = sorted(triggers(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cached
def happening() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words before a name, words after a name) that show a named event took place."""
    rows = lexicons.load_lines("events/happening.txt")
    before = tuple(sorted((w[1:] for w in rows if w.startswith("<")), key=len, reverse=True))
    after = tuple(w for w in rows if not w.startswith(("<", ">")))
    return before, after


@cached
def happening_right_after() -> tuple[str, ...]:
    """Words that show a named event took place only right after its name (某会议选举某某, not 某会议选举办法
    further on)."""
    return tuple(w[1:] for w in lexicons.load_lines("events/happening.txt") if w.startswith(">"))


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
    verbs = sorted(participation_verbs(), key=len, reverse=True)
    return re.compile("|".join(re.escape(v) for v in verbs))


@cached
def policy_verbs() -> tuple[tuple[str, str], ...]:
    rows = [(row[0], row[1]) for row in lexicons.load_table("events/policy_verbs.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@cached
def name_stop_words() -> tuple[str, ...]:
    before, _ = happening()
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
def places() -> dict[str, str]:
    table = {}
    for row in lexicons.load_table("events/places.tsv"):
        table[row[0]] = row[1] if len(row) > 1 and row[1] else row[0]
    return table


def name_type(title: str, trigger: Trigger) -> str:
    """A meeting's name holding a forum's noun is a forum (某论坛·某峰会); else the trigger's type."""
    if trigger.event_type != "meeting":
        return trigger.event_type
    inner = {triggers()[m.group()].event_type for m in trigger_pattern().finditer(compact(title))}
    return "forum" if "forum" in inner else trigger.event_type


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
    """What two printed names of one event share: no spaces, quotes, brackets or leading year/edition, in
    short words."""
    return short_form(_plain_key(title))


@lru_cache(maxsize=1 << 16)
def _plain_key(title: str) -> str:
    key = re.sub(r"[\W_]+", "", compact(title))
    return _YEAR_PREFIX.sub("", key) or key


_ORDINAL_MARK = re.compile(r"第(?=[\d一二三四五六七八九十百零〇]+[届次])")


def short_form(key: str) -> str:
    """A name's key in short words (``short_names.tsv``: 第十二届人民代表大会第四次会议 → 十二届人大四次会议)."""
    for long, short in _short_names():
        key = key.replace(long, short)
    return _ORDINAL_MARK.sub("", key)


@cached
def _short_names() -> tuple[tuple[str, str], ...]:
    rows = lexicons.load_table("events/short_names.tsv")
    return tuple(sorted(((row[0], row[1]) for row in rows), key=lambda row: -len(row[0])))


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


SHORT_FORM = 0.8  # share of a short name's bigrams found in the long one (泛珠…会议 in 泛珠三角区域合作…会议)


def shortened(a: str, b: str) -> bool:
    """Whether one name is a short form of the other in the same article (at least 6 characters, nearly all
    of its character pairs inside the longer name)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 6 or short == long:
        return False
    pairs = [short[i : i + 2] for i in range(len(short) - 1)]
    return sum(p in long for p in pairs) / len(pairs) >= SHORT_FORM


HEADLINE_LOOSE = 0.4  # a headline's act against the report's named event of the same type


def headline_repeats(a: str, b: str) -> bool:
    """Whether a headline (潮溪梧川签署合作协议) retells the report's event (潮溪市与梧川市合作协议签约仪式)."""
    return headline_alike(a, b) or dice(a, b) >= HEADLINE_LOOSE


@cached
def _counter() -> re.Pattern[str]:
    counters = "".join(uses("counter"))
    return re.compile(rf"^[0-9一二三四五六七八九十百千两几数多余]+[{re.escape(counters)}]")


def counted(title: str) -> bool:
    """A count of events (12场分论坛, 三次座谈会) is not the name of one."""
    return bool(_counter().match(title))


def edition(title: str) -> str:
    """The year or edition a name is printed with (2023年度…, 第十届…), "" when none."""
    m = _YEAR_PREFIX.match(compact(title))
    return m.group() if m else ""


def name_start(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    """Walk left from ``start`` over the characters of a printed event name (at most 40); a name joining
    two parts with 与/和 (甲市与乙市合作协议签约仪式, 交流与合作联席会议) is kept whole (a part of 2–20 characters)."""
    i = _walk(text, start, floor, blocked)
    year = _INNER_YEAR.search(text, i + 1, start)
    if year is not None and (len(text[i : year.start()]) > 8 or re.search(r"\d", text[i : year.start()])):
        i = year.start()  # 开展98个重点合作项目2031年某某联席会议: the name starts at its year
    joiners = uses("name_joiner")
    while i - 1 > floor and text[i - 1] in joiners and start - i >= 2:
        j = _walk(text, i - 1, floor, blocked)
        if not 2 <= i - 1 - j <= 20 or trigger_pattern().search(text, j, i - 1):
            break  # 甲会议和乙会议: two events listed, not one name
        i = j
    return i


_INNER_YEAR = re.compile(r"(?<![\d第])(?:19|20)\d\d年")


def _walk(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    stops = name_stop_words()
    stop_chars = name_stop_chars()
    i = start
    while i > floor and start - i < 40:
        if text[i - 1] in ")）":  # 泛珠三角区域(9+2)合作…: a short bracket inside the name
            opening = max(text.rfind("(", floor, i - 1), text.rfind("（", floor, i - 1))
            inside = text[opening + 1 : i - 1] if opening >= 0 else ""
            if opening >= 0 and len(inside) <= 6 and not any(c in stop_chars for c in inside):
                i = opening
                continue
        if any(s < i <= e for s, e in blocked):
            break
        if text[i - 1] in stop_chars:
            inner = _name_word_start(text, i - 1, floor)
            if inner is None:
                break
            i = inner  # 对口支援工作座谈会, 和平发展论坛: the stop character is inside a word of the name
            continue
        if any(text.endswith(w, floor, i) for w in stops):
            break
        i -= 1
    while i < start and text[i].isspace():
        i += 1
    return i


def _name_word_start(text: str, at: int, floor: int) -> int | None:
    """Where a ``name_word`` (对口, 和平) holding the character at ``at`` starts, if one does there."""
    for word in uses("name_word"):
        for k, char in enumerate(word):
            begin = at - k
            if char == text[at] and begin >= floor and text.startswith(word, begin):
                return begin
    return None


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


def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause around ``[start, end)``: between break characters outside 《…》 (a title may hold a space),
    looked for within ``[lo, hi)`` only (a sentence of a long text)."""
    hi = len(text) if hi is None else hi
    left, depth = start, 0
    while left > lo:
        ch = text[left - 1]
        depth += (ch == "》") - (ch == "《")
        if depth <= 0 and ch in CLAUSE_BREAKS:
            break
        left -= 1
    right, depth = end, 0
    while right < hi:
        ch = text[right]
        depth += (ch == "《") - (ch == "》")
        if depth <= 0 and ch in CLAUSE_BREAKS:
            break
        right += 1
    return left, right


@cached
def place_patterns() -> tuple[re.Pattern[str], ...]:
    """在X(举行|召开…) then 到X(调研…), from ``place_phrases.tsv``."""
    following: dict[str, list[str]] = {}
    for preposition, word in lexicons.load_table("events/place_phrases.tsv"):
        following.setdefault(preposition, []).append(re.escape(word))
    return tuple(
        re.compile(
            rf"{re.escape(p)}([^，。；、在的“”《》\s]{{1,{12 if p == '在' else 8}}}?)(?={'|'.join(words)})"
        )
        for p, words in following.items()
    )


_PLACE_SUFFIX = re.compile(r"(?:省|市|自治区|特别行政区)$")


def place_in(text: str) -> tuple[str | None, int, int]:
    """A place phrase 在X(召开|举行…) or 到X调研 in ``text``: (canonical place, start, end) or (None, -1, -1)."""
    m = next((m for m in (p.search(text) for p in place_patterns()) if m), None)
    if not m:
        m = abbreviation_pattern().search(text)
        return (places()[m.group(1)], m.start(), m.end()) if m else (None, -1, -1)
    place = canonical_place(m.group(1))
    return (place if is_place(place) else None), m.start(), m.end()


_NOT_PLACE = re.compile(r"^(?:我|本|该|此|当地|这里)|[\d年月日号时]")


def is_place(name: str) -> bool:
    """A place slot never holds a deictic (我省, 该市), a date or an event's name (…座谈会; 会议室 is a place)."""
    ends_as_event = any(
        name.removesuffix("上").endswith(w) for w in triggers() if triggers()[w].form == "name"
    )
    return bool(name) and not _NOT_PLACE.search(name) and not ends_as_event


@cached
def abbreviation_pattern() -> re.Pattern[str]:
    """A motion verb and a one-character place abbreviation (抵杭, 来沪, 赴粤) followed by a clause break
    or a word of ``after_abbreviation`` (来沪考察): the abbreviation is the place."""
    short = "".join(re.escape(k) for k in places() if len(k) == 1)
    verbs = "|".join(re.escape(v) for v in uses("motion"))
    follow = "|".join(re.escape(w) for w in uses("after_abbreviation"))
    breaks = re.escape(CLAUSE_BREAKS)
    return re.compile(rf"(?:{verbs})([{short}])(?=[{breaks}]|$|{follow})")


def canonical_place(raw: str) -> str:
    """安徽省合肥市 → 合肥, 浙江杭州 → 杭州, 浙江省 → 浙江, 京 → 北京: the most specific part."""
    table = places()
    if raw in table:
        return table[raw]
    parts = [p for p in re.split(r"(?<=省)|(?<=自治区)", raw) if p]
    last = _PLACE_SUFFIX.sub("", parts[-1]) or parts[-1]
    for province in sorted(table, key=len, reverse=True):
        if len(province) > 1 and last.startswith(province) and len(last) > len(province) + 1:
            last = last[len(province) :]
            break
    return table.get(last, _PLACE_SUFFIX.sub("", last) or last)


_NAME_YEAR = re.compile(r"^((?:19|20)\d\d)(?:年度?)?(?!\d)")


def name_year(title: str) -> str:
    """The year an event's name opens with (2031大河论坛, 2031年度…), "" when none."""
    m = _NAME_YEAR.match(compact(title))
    return m.group(1) if m else ""
