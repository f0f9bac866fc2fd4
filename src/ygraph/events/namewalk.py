"""namewalk: where a printed event name starts: the walk left from its trigger over the name's characters
(``name_start``), stopped by the words and characters that end a name (``name_stops.txt``, the happening,
plan and participation words), and the words before it that refer to a name rather than belong to it
(``strip_prefixes``). Vocabulary: ``lexicons/zh/events/`` through ``eventrules``, docs/events.md."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import (
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    LIST_MARK,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    SERIES_DASHES,
)
from ..scan import word_at
from .eventrules import (
    CLAUSE_BREAKS,
    LATIN_GLOSS,
    compact,
    happening,
    participation_verbs,
    pattern,
    trigger_pattern,
    uses,
    words,
)


@cached
def name_stop_words() -> tuple[str, ...]:
    before = happening().before
    longer = [w for w in words("name_stops.txt") if len(w) > 1]
    stops = {*before, *words("plan_words.txt"), *participation_verbs(), *longer}
    return tuple(sorted(stops, key=len, reverse=True))


@cached
def name_stop_chars() -> frozenset[str]:
    return frozenset(CLAUSE_BREAKS) | {w for w in words("name_stops.txt") if len(w) == 1}


def name_start(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    """Walk left from ``start`` over the characters of a printed event name (at most 40); a name joining
    two parts with 与/和 (甲市与乙市合作协议签约仪式, 交流与合作联席会议) is kept whole (a part of 2–20 characters),
    and so is a hand-over ceremony's list of the posts handed over (甲区及乙区区长交接典礼)."""
    i = _walk(text, start, floor, _mourned(text, start, blocked))
    year = pattern("inner_year").search(text, i + 1, start)
    series = year is not None and text[year.start() - 1] in SERIES_DASHES  # 某平台-2031年首长会议: one name
    if year is not None and not series and (len(text[i : year.start()]) > 8 or re.search(r"\d", text[i : year.start()])):
        i = year.start()  # 开展98个重点合作项目2031年某某联席会议: the name starts at its year
    i = max((m.end() for m in pattern("inner_day").finditer(text, i, start)), default=i)  # a notice's stamp day
    i = after_clock(text, i, start)  # 下午3:00大会: the hour is no part of the name
    i = _after_daypart(text, i, start)  # 某日下午2时30分某大会: nor the part of the day and the hour in words
    joiners = uses("name_joiner")
    if text.startswith(uses("office_ceremony"), start):  # 甲局、乙局及丙局新旧局长交接典礼: the posts handed over
        joiners += uses("ceremony_joiner")
    if pattern("counted_places").match(text, i, start) or _group_list(text, i, start):  # 甲、乙两市…座谈会
        joiners += (LIST_MARK,)
    while i - 1 > floor and text[i - 1] in joiners and start - i >= 2:
        if any(len(w) > 1 and text.endswith(w, floor, i) for w in name_stop_words()):
            break  # 参与某酒会: the joiner ends a word that stops the name
        j = _walk(text, i - 1, floor, blocked)
        if i - 1 - j == 1 and text[j] in uses("ceremony_side") and text[i - 1] in uses("ceremony_joiner"):
            i = j  # 卸、新任某长交接典礼: the sides of a hand-over, one character each
            continue
        if not 2 <= i - 1 - j <= 20 or trigger_pattern().search(text, j, i - 1):
            break  # 甲会议和乙会议: two events listed, not one name
        if pattern("numbered").search(text, i, start) and text[i - 1] not in uses("pair_joiner"):
            break  # 某大会和省第十四次党代会: the part after the joiner is a numbered meeting of its own
        i = j
    return i


_GIVEN = 2  # the longest given name printed after a surname and a post (李前副总统某某: a Taiwanese form)


def _mourned(text: str, start: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``blocked`` without the person and post spans of the one a mourning rite names (前某省省长某某同志追悼会,
    某某先生遗体告别仪式): the deceased, printed right before the rite's noun (past a ``mourned_after`` word), is part
    of its name, where any other person ends a name."""
    head = next(
        (start - k for w in uses("mourning_name") for k in range(min(len(w), start + 1)) if text.startswith(w, start - k)),
        None,
    )
    if head is None:
        return blocked
    freed, i = set(), head
    while True:
        if (after := next((w for w in uses("mourned_after") if text.endswith(w, 0, i)), "")):
            i -= len(after)
        elif (span := next((b for b in blocked if _given_after(text, b, i) and b not in freed), None)) is not None:
            freed.add(span)  # 某某前副总统某某先生: the given name may follow the surname and the post
            i = span[0]
        else:
            return [b for b in blocked if b not in freed]


def past_honorifics(text: str, i: int) -> int:
    """``i`` moved past the ``mourned_after`` words printed from it on (某某|先生的…, 某某|同志遗体…)."""
    while after := next((w for w in uses("mourned_after") if text.startswith(w, i)), ""):
        i += len(after)
    return i


def remains_owner(text: str, people: list[tuple[int, int]], subject: str, left: int) -> str:
    """A subject that is the word for the remains alone (…某某同志的遗体，23日在某公墓火化 → 遗体): the deceased's
    name printed before it in the clause before (``people``: name spans before ``left``), with their honorifics
    (某某同志遗体); ``subject`` when none is."""
    if subject not in uses("remains"):
        return subject
    for start, end in reversed(people):
        i = past_honorifics(text, end)
        rest = text[i:left].rstrip(CLAUSE_BREAKS + " ")
        if rest in (*uses("remains"), *(w + r for w in uses("attributive") for r in uses("remains"))):
            return compact(text[start:i]) + subject
    return subject


def _given_after(text: str, span: tuple[int, int], i: int) -> bool:
    """``span`` ends at ``i``, or before a given name of at most ``_GIVEN`` Han characters ending there."""
    return i - _GIVEN <= span[1] <= i and all("\u4e00" <= c <= "\u9fff" for c in text[span[1] : i])


def after_clock(text: str, left: int, start: int) -> int:
    """Where a span starting at ``left`` starts once a clock time printed in it or across its left edge
    (16:46:00, 3：00) is left out: after the last such time before ``start``, else ``left``."""
    ends = [m.end() for m in pattern("clock").finditer(text, max(left - 8, 0), start) if m.end() > left]
    return max(ends, default=left)


def _after_daypart(text: str, left: int, start: int) -> int:
    """Where a name starting at ``left`` starts once a part of the day (word_uses.tsv daypart: 下午) and an hour
    (patterns.tsv clock_hour: 2时30分) opening it are left out, else ``left``."""
    i = left + len(next((w for w in uses("daypart") if text.startswith(w, left, start)), ""))
    hour = pattern("clock_hour").match(text, i, start)
    i = hour.end() if hour else i
    return i if i > left and start - i >= 2 else left


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
            if text.startswith(uses("joint_name"), i) and i < start:
                i -= next(len(w) for w in stops if text.endswith(w, floor, i))  # 项目签约暨招商大会: one joint name
                continue
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
        lead = word_at(uses("prefix_opener"), text, start, end)
        at = start + len(lead) if lead and text.startswith(prefixes, start + len(lead), end) else start
        word = word_at(prefixes, text, at, end)
        if not word:
            break
        start = at + len(word)
    if text[start:end] in uses("rite_anaphor") and text.startswith(uses("rite_noun"), end):
        return end  # 出席大会开幕式的人大代表: the session told, its opening (开幕式 alone refers back)
    return start


def unquoted(title: str, opening: str) -> str:
    """A name whose opening quotation mark ``opening`` was left out (「某节」记者会 → 某节记者会) without its
    closing one either, nor a Latin gloss inside the quotes; the title as it is when no mark was left out."""
    title = LATIN_GLOSS.sub("", title)  # 「某论坛：某对话(Forum: A Dialogue)」
    if not opening:
        return title
    closing = CLOSING_QUOTES[OPENING_QUOTES.index(opening)]
    return title.replace(closing, "", 1) if opening not in title else title


def _group_list(text: str, i: int, start: int) -> bool:
    """某市政协委员、特邀代表新春茶话会: the name's walk stopped at a 、 after a group named by a ``group_noun`` word
    (参事, 馆员, 代表): the groups the gathering is for, listed in its name."""
    return i > 0 and text[i - 1] == LIST_MARK and text.endswith(uses("group_noun"), 0, i - 1)
