"""Chinese and full-width numerals inside date expressions → ASCII digits, with an offset map.

``二〇二〇年八月二十日`` → ``2020年8月20日``. Only numerals that belong to a date are rewritten: a numeral
directly followed by 年/月/日/号 and either written digit by digit (years), starting a date after a
"left" character (``今年三月``), or continuing a run of date parts (``六月五日至六日``). Counts and names
(三省一市, 十四五, 一体化, 一日之功, 一号工程, 五年来) stay as printed. The character tables live in
``lexicons/zh/time/numerals.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import CLOSING_QUOTES

_FULLWIDTH_DIGITS = {chr(0xFF10 + i): str(i) for i in range(10)}
# Between two parts of one date run (2023年 5月, 5月至6月): a gap longer than _MAX_RUN_GAP is no run (the
# gap pattern is possessive: a long stretch of spaces costs linear time).
_MAX_RUN_GAP = 20


@dataclass(frozen=True, slots=True)
class _Tables:
    """``numerals.tsv`` by kind (see its header)."""

    digits: dict[str, int]
    tens: dict[str, int]
    left: frozenset[str]
    units: dict[str, str]  # 年 → year, 月 → month, 日 → day, 号 → number
    run_gap: re.Pattern[str]  # between two parts of one run of dates
    day_next: tuple[str, ...]  # after a small day numeral: a date
    not_day_next: tuple[str, ...]  # after a day numeral: a count
    brackets: dict[str, str]  # closing → opening bracket a day numeral may be printed in (林晓峰(十)日)
    pattern: re.Pattern[str]  # a numeral and its unit
    roc_mark: str  # written before a year counted in Chinese numerals (九十七年五月): the ROC calendar's
    range_first: re.Pattern[str]  # a day numeral without its unit after a month, before a gap (本月十至十三日)


@cached
def _tables() -> _Tables:
    kinds: dict[str, dict[str, str]] = {}
    for row in lexicons.load_table("time/numerals.tsv"):
        kinds.setdefault(row[0], {})[row[1]] = row[2] if len(row) > 2 else "-"
    digits = {c: int(v) for c, v in kinds.get("digit", {}).items()}
    tens = {c: int(v) for c, v in kinds.get("ten", {}).items()}
    units = kinds.get("unit", {})
    numeral_chars = re.escape("".join(sorted({*digits, *tens, *_FULLWIDTH_DIGITS})))
    gaps = alternation(kinds.get("gap", {}))
    brackets = {close: opening for opening, close in kinds.get("bracket", {}).items()}
    closers = _closers(brackets)
    months = "".join(unit for unit, kind in units.items() if kind == "month")
    return _Tables(
        digits,
        tens,
        frozenset(kinds.get("left", {})),
        units,
        re.compile(rf"\s*+(?:{gaps})?\s*+"),
        tuple(kinds.get("day_next", {})),
        tuple(kinds.get("not_day_next", {})),
        brackets,
        # a numeral is read from the start of its run, possessively: a long run of digits costs linear time;
        # the unit after the numeral's spaces, or after the closing bracket it is printed in
        re.compile(
            rf"(?<![{numeral_chars}0-9])([{numeral_chars}0-9]++)([ \t]*+{closers})([{re.escape(''.join(units))}])"
        ),
        next(iter(kinds.get("roc_mark", {})), ""),
        _range_first_pattern(months, numeral_chars, gaps),
    )


def _range_first_pattern(months: str, numeral_chars: str, gaps: str) -> re.Pattern[str]:
    """A numeral right after a month's unit and before a gap, at the end of the searched stretch."""
    if not months or not numeral_chars or not gaps:
        return re.compile("(?!)")
    return re.compile(rf"(?<=[{re.escape(months)}])([{numeral_chars}]{{1,3}})[ \t]*+(?:{gaps})[ \t]*+\Z")


@cached
def chinese_date_numeral() -> re.Pattern[str]:
    """A Chinese numeral before a date unit (三月, 二〇二〇年): a line with one needs rewriting."""
    tables = _tables()
    chars = re.escape("".join([*tables.digits, *tables.tens]))
    closers = _closers(tables.brackets)
    # from the start of a run, possessively: a long run of numerals without a unit costs linear time
    return re.compile(rf"(?<![{chars}])[{chars}]++(?:[ ]*+{closers})[{re.escape(''.join(tables.units))}]")


def _closers(brackets: dict[str, str]) -> str:
    """The alternative of a closing bracket a numeral may be printed in (``|[）)]``); none without bracket rows
    (an empty ``[]`` would be read as a class holding ``]``)."""
    return f"|[{re.escape(''.join(brackets))}]" if brackets else ""


def numeral_characters(kinds: tuple[str, ...] = ("digit", "ten", "big")) -> str:
    """The Chinese numeral characters of ``numerals.tsv`` of those kinds, in file order."""
    return _numeral_characters(kinds)


@cached
def _numeral_characters(kinds: tuple[str, ...]) -> str:
    rows = lexicons.load_table("time/numerals.tsv")
    return "".join(dict.fromkeys(row[1] for row in rows if row[0] in kinds))


def count_value(numeral: str) -> int | None:
    """Value of a small count (3, 三, 十二, 两: ``count`` rows), as in a length (为期两天); None if none."""
    numeral = numeral.strip()
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    counts = _counts()
    if numeral in counts:
        return counts[numeral]
    tables = _tables()
    return _chinese_value(numeral, tables.digits, tables.tens)


@cached
def _counts() -> dict[str, int]:
    return {row[1]: int(row[2]) for row in lexicons.load_table("time/numerals.tsv") if row[0] == "count"}


def _chinese_value(numeral: str, digits: dict[str, int], tens: dict[str, int]) -> int | None:
    """Value of a small numeral (1–99): 八, 十二, 二十, 三十一, 廿五; ``None`` if not well formed."""
    ten_positions = [i for i, ch in enumerate(numeral) if ch in tens]
    if not ten_positions:
        return digits[numeral] if len(numeral) == 1 and numeral in digits else None
    if len(ten_positions) > 1 or len(numeral) > 3:
        return None
    pos = ten_positions[0]
    head, tail = numeral[:pos], numeral[pos + 1 :]
    if any(ch not in digits for ch in head + tail) or len(head) > 1 or len(tail) > 1:
        return None
    worth = tens[numeral[pos]]
    value = (digits[head] * worth if head else worth) + (digits[tail] if tail else 0)
    return value if not (head and worth != 10) else None


def digit_run_value(numeral: str) -> int | None:
    """Value of a number printed digit by digit (2031, 二〇三一, 一二〇): None if a character is no digit."""
    digits = _as_digits(numeral, _tables().digits)
    return int(digits) if digits else None


def _as_digits(numeral: str, digits: dict[str, int]) -> str | None:
    """Digit-by-digit reading (二〇二三 → 2023, ２０２３ → 2023); ``None`` if a character is not a digit."""
    out = []
    for ch in numeral:
        if ch.isascii() and ch.isdigit():
            out.append(ch)
        elif ch in _FULLWIDTH_DIGITS:
            out.append(_FULLWIDTH_DIGITS[ch])
        elif ch in digits:
            out.append(str(digits[ch]))
        else:
            return None
    return "".join(out)


def _rewrite(numeral: str, unit: str, in_run: bool, left_ok: bool, after: str, tables: _Tables) -> str | None:
    """The ASCII form of ``numeral`` before ``unit``, or ``None`` to leave it as printed."""
    plain = _as_digits(numeral, tables.digits)
    if plain is not None and all(ch.isascii() or ch in _FULLWIDTH_DIGITS for ch in numeral):
        return plain
    kind = tables.units[unit]
    value = _chinese_value(numeral, tables.digits, tables.tens)
    if kind == "year":
        if plain is None and value is not None and _roc_year(value, after, tables):
            return tables.roc_mark + str(value)  # 九十七年五月: a year counted, not spelt digit by digit
        return plain if plain is not None and len(plain) == 4 else None
    if value is None:
        return None
    if kind == "month":
        return str(value) if 1 <= value <= 12 and (in_run or left_ok) else None
    if not 1 <= value <= 31:
        return None
    if in_run:
        return str(value)
    if kind == "number" or after.startswith(tables.not_day_next):
        return None
    if value >= 10 or after.startswith(tables.day_next):
        return str(value)
    return None


def _roc_year(value: int, after: str, tables: _Tables) -> bool:
    """A year counted in Chinese numerals (九十七年, not 一九九七年) before a month's numeral: the Republic of
    China's calendar (a Gregorian year is spelt digit by digit); 九十年代 is a decade, no year."""
    month = after[:1] in tables.digits or after[:1] in tables.tens or after[:1].isdigit()
    return bool(tables.roc_mark) and _ROC_FIRST <= value <= _ROC_LAST and month


_ROC_FIRST, _ROC_LAST = 1, 99  # the ROC years a page counts in Chinese numerals (from 100 on it prints digits)


def normalize_date_numerals(text: str) -> tuple[str, list[int]]:
    """Rewrite date numerals as ASCII digits; ``mapping[i]`` is the input index of output character ``i``."""
    tables = _tables()
    out: list[str] = []
    mapping: list[int] = []
    copied = 0
    last_date_end = -1
    for match in scan.finditer(tables.pattern, text):
        numeral, unit = match.group(1), match.group(3)
        start = match.start()
        in_run = (
            last_date_end >= 0
            and start - last_date_end <= _MAX_RUN_GAP
            and tables.run_gap.fullmatch(text, last_date_end, start) is not None
        )
        prev = text[start - 1] if start else ""
        left_ok = not prev or not _is_han(prev) or prev in tables.left
        left_ok = left_ok or (tables.units[unit] == "month" and _day_after(text, match.end(), tables))
        after = text[match.end() : match.end() + 1]
        if match.group(2) in tables.brackets and not _bracketed_day(text, start, match.group(2), unit, tables):
            continue
        new = _rewrite(numeral, unit, in_run, left_ok, after, tables)
        if new is None:
            if all(ch.isascii() for ch in numeral):
                last_date_end = match.end()
            continue
        first = _range_first(text, copied, start, tables) if tables.units[unit] == "day" else None
        if first is not None:  # 本月十至十三日: the range's first day, printed without its unit
            out.append(text[copied : first.start(1)])
            mapping.extend(range(copied, first.start(1)))
            value = str(_chinese_value(first.group(1), tables.digits, tables.tens))
            out.append(value)
            mapping.extend(min(first.start(1) + i, first.end(1) - 1) for i in range(len(value)))
            copied = first.end(1)
        out.append(text[copied:start])
        mapping.extend(range(copied, start))
        out.append(new)
        mapping.extend(min(start + i, start + len(numeral) - 1) for i in range(len(new)))
        copied = match.start(2)
        last_date_end = match.end()
    out.append(text[copied:])
    mapping.extend(range(copied, len(text)))
    return "".join(out), mapping


def _day_after(text: str, end: int, tables: _Tables) -> bool:
    """A month's numeral right after a Han character (许可九月十四日) is a month when a day's numeral and unit follow
    it at once: the day makes the pair a date."""
    day = tables.pattern.match(text, end)
    if day is None or tables.units[day.group(3)] != "day" or day.group(2) in tables.brackets:
        return False
    value = _chinese_value(day.group(1), tables.digits, tables.tens)
    return value is not None and 1 <= value <= 31


def _range_first(text: str, copied: int, start: int, tables: _Tables) -> re.Match[str] | None:
    """The first day of a range printed without its unit, right after a month and before a gap (本月十至十三日,
    三月五至八日), ending where the day numeral at ``start`` begins; ``None`` when there is none or it is no day."""
    first = tables.range_first.search(text, max(copied, start - _MAX_RUN_GAP), start)
    if first is None or any(ch.isascii() for ch in first.group(1)):
        return None
    value = _chinese_value(first.group(1), tables.digits, tables.tens)
    return first if value is not None and 1 <= value <= 31 else None


def _bracketed_day(text: str, start: int, closing: str, unit: str, tables: _Tables) -> bool:
    """A numeral printed in brackets before its unit (林晓峰(十)日下午): a day when the bracket opens right
    before it after a Han character (a name, 于) or a quoted name's closing mark (「某会议」(十二)日); a heading's
    number ((十)日常管理) never is."""
    opening = tables.brackets[closing]
    return (
        tables.units[unit] == "day"
        and start >= 2
        and text[start - 1] == opening
        and (_is_han(text[start - 2]) or text[start - 2] in CLOSING_QUOTES)
    )


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
